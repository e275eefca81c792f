// `vite build` / `speechdeck build`: the runtime as one classic deferred script (a module script
// does not run from file://), and a static page per deck with relative paths.
import type { Plugin } from 'vite';
import { deckFromFile } from '../pipeline-file.js';
import { formatDiagnostic } from '../diagnostics.js';
import { findDecks } from './decks.js';
import { deckPage, indexPage } from './pages.js';
import { EDITOR_ENTRY, RUNTIME_ENTRY, standalone, type ResolvedOptions } from './paths.js';
import { editorPage } from '../editor/page.js';
import { join, resolve } from 'node:path';
import { mkdir, writeFile } from 'node:fs/promises';
import { editorFonts, fontScript } from '../export/editor-fonts.js';
import { subsetFonts } from '../export/fonts.js';
import { deckText } from '../export/deck-text.js';
import { renderPaper, renderPrint } from '../render/handout.js';
import { paperDocx } from '../export/word.js';
import { ownScriptHashes, runtimeFile, speakerViewHashes } from '../export/runtime.js';

export const SCRIPT = 'assets/deck.js';
export const STYLES = 'assets/deck.css';

export const FONTS = 'fonts/';
/** The editor's fonts (GB 2312), beside its script. */
const EDITOR_FONTS = 'assets/editor-fonts';
export const HANDOUT = 'handout.html';
export const STUDY = 'study.html';
export const PRINT = 'print.html';
/** The Word files beside each deck, named as an office worker would look for them. */
export const HANDOUT_DOCX = '讲稿.docx';
export const STUDY_DOCX = '学习提纲.docx';

/** Tags that load the deck's fonts, styles and (for the slides, not the handout) its script. */
const assetsAt = (prefix: string, fontCss = '', script = true) => ({
  head: [`<style>${fontCss}</style>`, `<link rel="stylesheet" href="${prefix}${STYLES}">`, script ? `<script defer src="${prefix}${SCRIPT}"></script>` : ''].join('\n'),
  hashes: script ? speakerViewHashes() : [],
});

/**
 * Vite's build options for the runtime: one classic IIFE script and one stylesheet under assets/.
 * Also used at compile time to prebuild lib/runtime, which PDF export loads without a build.
 */
export const runtimeBuild = (entry = RUNTIME_ENTRY, script = SCRIPT, styles = STYLES) => ({
  modulePreload: false as const,
  cssCodeSplit: false,
  rollupOptions: {
    input: { main: entry },
    output: {
      format: 'iife' as const,
      entryFileNames: script,
      assetFileNames: (asset: { names?: string[] }) => (asset.names?.some((n) => n.endsWith('.css')) ? styles : 'assets/[name][extname]'),
    },
  },
});

/** The editor page's script and styles, built beside the decks' (a second entry cannot share an IIFE build), and its fonts. */
async function buildEditor(outDir: string): Promise<void> {
  const { build } = await import('vite');
  await build(
    standalone({
      // mammoth, loaded on demand, leaves Vite's preload helper warning that IIFE has no import.meta.
      logLevel: 'error' as const,
      build: { ...runtimeBuild(EDITOR_ENTRY, 'assets/editor.js', 'assets/editor.css'), outDir, emptyOutDir: false, reportCompressedSize: false },
    }),
  );
  const fonts = await editorFonts();
  await mkdir(join(outDir, EDITOR_FONTS), { recursive: true });
  for (const file of fonts.files) await writeFile(join(outDir, EDITOR_FONTS, file.name), file.bytes);
  await writeFile(join(outDir, 'assets/editor-fonts.css'), fonts.css('editor-fonts/'));
  await writeFile(join(outDir, 'assets/editor-fonts.js'), fontScript(fonts));
}

/** The decks of an app's slides folder, as a site of their own in a folder of the app's output. */
async function buildBesideApp(options: ResolvedOptions, outDir: string): Promise<void> {
  const [{ build }, { speechdeck }] = await Promise.all([import('vite'), import('./index.js')]);
  const { slides, files, theme } = options;
  await build(
    standalone({
      logLevel: 'warn' as const,
      plugins: [speechdeck({ ...(files ? { files } : { slides }), ...(theme ? { theme } : {}), base: '/' })],
      build: { outDir, emptyOutDir: false, reportCompressedSize: false },
    }),
  );
}

export function staticBuild(options: ResolvedOptions): Plugin {
  let outDir = 'dist';
  return {
    name: 'speechdeck:build',
    apply: 'build',
    // Beside an app (base is not '/'), the app's build stays its own; the decks are built after it.
    config: () => (options.base === '/' ? { base: './', build: runtimeBuild() } : {}),
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    // The site (not a one-deck build) carries the editor page too.
    async closeBundle() {
      if (options.base !== '/') await buildBesideApp(options, join(outDir, options.base));
      else if (!options.single) await buildEditor(outDir);
    },
    async generateBundle() {
      if (options.base !== '/') return;
      const decks = findDecks(options.slides, options.files);
      const listed: Array<{ source: (typeof decks)[number]; title: string }> = [];
      for (const source of decks) {
        const build = await deckFromFile(source.file, options);
        for (const d of build.diagnostics) {
          if (d.severity === 'error') this.error(formatDiagnostic(d, source.file));
          this.warn(formatDiagnostic(d, source.file));
        }
        const single = options.single && decks.length === 1;
        const dir = single ? '' : `${source.id}/`;
        // Each deck carries its own fonts, cut to its own characters.
        const paperDocs = build.paper ? [build.paper.handout, build.paper.study] : [];
        const fonts = await subsetFonts(deckText(build.rendered, paperDocs));
        for (const file of fonts.files) this.emitFile({ type: 'asset', fileName: `${dir}${FONTS}${file.name}`, source: file.bytes });
        const prefix = single ? './' : '../';
        const fontCss = fonts.css(FONTS);
        this.emitFile({ type: 'asset', fileName: `${dir}index.html`, source: deckPage(build, source, assetsAt(prefix, fontCss)) });
        if (!build.failed) {
          const paper = { ...(options.theme ? { theme: options.theme } : {}), assets: { ...assetsAt(prefix, fontCss, false), script: runtimeFile('assets/paper.js') } };
          this.emitFile({ type: 'asset', fileName: `${dir}${PRINT}`, source: renderPrint(build.rendered, paper) });
          if (build.paper) {
            this.emitFile({ type: 'asset', fileName: `${dir}${HANDOUT}`, source: renderPaper(build.paper.handout, paper) });
            this.emitFile({ type: 'asset', fileName: `${dir}${STUDY}`, source: renderPaper(build.paper.study, paper) });
            this.emitFile({ type: 'asset', fileName: `${dir}${HANDOUT_DOCX}`, source: await paperDocx(build.paper.handout) });
            this.emitFile({ type: 'asset', fileName: `${dir}${STUDY_DOCX}`, source: await paperDocx(build.paper.study) });
          }
        }
        listed.push({ source, title: build.rendered.meta.title ?? source.id });
      }
      if (!options.single) {
        this.emitFile({ type: 'asset', fileName: 'index.html', source: indexPage(listed, { head: '' }, './') });
        const head = '<link rel="stylesheet" href="../assets/editor-fonts.css">\n<link rel="stylesheet" href="../assets/editor.css">\n<script defer src="../assets/editor.js"></script>';
        // The editor writes decks and print pages into frames and windows that inherit its policy.
        this.emitFile({ type: 'asset', fileName: 'editor/index.html', source: editorPage({ head, hashes: ownScriptHashes() }, '../assets/editor-fonts.js') });
      }
    },
  };
}
