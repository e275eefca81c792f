// `vite` / `npm start`: an index of the decks in slides/, each deck live-reloading when its file is saved.
import { resolve } from 'node:path';
import { normalizePath, searchForWorkspaceRoot, type Plugin, type ViteDevServer } from 'vite';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { deckFromFile } from '../pipeline-file.js';
import { deckUpdate } from '../render/page.js';
import { formatDiagnostic } from '../diagnostics.js';
import { existsSync } from 'node:fs';
import { deckId, findDecks, SPEECH_FILE } from './decks.js';
import { deckPage, errorPage, indexPage } from './pages.js';
import { EDITOR_ENTRY, PACKAGE_ROOT, RUNTIME_ENTRY, type ResolvedOptions } from './paths.js';
import { editorPage } from '../editor/page.js';
import { fontPackageDirs, fullFontStylesheet } from '../export/fonts.js';
import { editorFonts, fontScript } from '../export/editor-fonts.js';
import { ownScriptHashes, speakerViewHashes } from '../export/runtime.js';

/** A file outside the root as the dev server serves it: `/@fs/` and the path with forward slashes (C:/… on Windows). */
export const fsUrl = (file: string): string => `/@fs/${normalizePath(file).replace(/^\/+/, '')}`;

/** The full faces, under the deck's family names: the browser fetches only the chunks a page needs. */
export const FONTS_CSS = '/@speechdeck/fonts.css';
/** The editor's fonts as inline CSS, for its one-file download (cut on first request). */
const EDITOR_FONT_SCRIPT = '/@speechdeck/editor-fonts.js';
const fontLinks = [`<link rel="stylesheet" href="${FONTS_CSS}">`];
/** Read when a page is served (the runtime's hashes exist once `npm run compile` has run). */
const devAssets = () => ({ head: [...fontLinks, `<script type="module" src="${fsUrl(RUNTIME_ENTRY)}"></script>`].join('\n'), hashes: speakerViewHashes(), dev: true });

function redirect(res: ServerResponse, location: string): void {
  res.statusCode = 302;
  res.setHeader('Location', location);
  res.end();
}

async function respond(server: ViteDevServer, req: IncomingMessage, res: ServerResponse, html: string): Promise<void> {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.end(await server.transformIndexHtml(req.url ?? '/', html));
}

/** A request's path, decoded; null when it is no valid percent-encoding. */
function decodePath(url: string): string | null {
  try {
    return decodeURIComponent(url.split('?')[0]);
  } catch {
    return null;
  }
}

export function devServer(options: ResolvedOptions): Plugin {
  return {
    name: 'speechdeck:dev',
    apply: 'serve',
    // Pre-bundled at start, so the first deck opened is not reloaded by a late dependency scan.
    // Outside this package, its dependency is named through it, as Vite's convention for a plugin's dependency has it.
    config: (config) => ({
      optimizeDeps: { include: ['reveal.js', 'reveal.js/plugin/notes'].map((dep) => (options.packageRoot ? dep : `speechdeck > ${dep}`)) },
      // The runtime and the fonts may sit outside the project (the CLI's server is rooted in this
      // package, the fonts hoisted beside it): served too, with the project's own folder as before.
      server: { fs: { allow: [searchForWorkspaceRoot(resolve(config.root ?? process.cwd())), PACKAGE_ROOT, ...fontPackageDirs()] } },
    }),
    configureServer(server) {
      server.watcher.add(options.slides);
      // A saved speech is built here, once, and its slides sent to the pages that show it.
      const notify = async (file: string): Promise<void> => {
        if (!SPEECH_FILE.test(file)) return;
        const id = deckId(file);
        const build = existsSync(file) ? await deckFromFile(file, options).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e)))) : null;
        if (build && !(build instanceof Error) && !build.failed) {
          server.ws.send({ type: 'custom', event: 'speechdeck:update', data: { deckId: id, deck: deckUpdate(build.rendered, options.theme) } });
          return;
        }
        // A speech that no longer builds: Vite's overlay says why, over the deck as it was.
        if (build) {
          const message = build instanceof Error ? build.message : build.diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(d, file)).join('\n');
          server.ws.send({ type: 'error', err: { message, stack: '', id: file, plugin: 'speechdeck' } });
        }
        server.ws.send({ type: 'custom', event: 'speechdeck:update', data: { deckId: id } });
      };
      const queue = (file: string) => void notify(file);
      server.watcher.on('change', queue).on('add', queue).on('unlink', queue);

      server.middlewares.use(async (req, res, next) => {
        const url = decodePath(req.url ?? '/');
        // A path no browser sends (/%E0%A4%A): answered, and the server goes on.
        if (url === null) {
          res.statusCode = 400;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          return res.end('请求的地址无法解析');
        }
        if (url === EDITOR_FONT_SCRIPT) {
          res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          return res.end(fontScript(await editorFonts()));
        }
        if (url === FONTS_CSS) {
          res.setHeader('Content-Type', 'text/css; charset=utf-8');
          return res.end(await fullFontStylesheet(fsUrl));
        }
        // Vite's own modules and the fonts: not ours, and the slides folder need not be read for them.
        if (/^\/(?:@fs|@vite|@id|node_modules)\//.test(url)) return next();
        const { base } = options;
        if (base !== '/' && url === base.slice(0, -1)) return redirect(res, base);
        // Beside an app, everything outside the decks' own folder is the app's.
        if (!url.startsWith(base)) return next();
        const path = `/${url.slice(base.length)}`;
        if (path === '/editor/' || path === '/editor/index.html') {
          return respond(server, req, res, editorPage({ head: [...fontLinks, `<script type="module" src="${fsUrl(EDITOR_ENTRY)}"></script>`].join('\n'), hashes: ownScriptHashes(), dev: true }, EDITOR_FONT_SCRIPT));
        }
        if (path === '/editor') return redirect(res, `${base}editor/`);
        const decks = findDecks(options.slides, options.files);
        if (path === '/' || path === '/index.html') {
          const builds = await Promise.all(decks.map(async (source) => ({ source, title: (await deckFromFile(source.file, options).catch(() => null))?.rendered.meta.title ?? source.id })));
          return respond(server, req, res, indexPage(builds, devAssets(), base));
        }
        const source = decks.find((d) => path === `/${d.id}/` || path === `/${d.id}/index.html`);
        if (!source) {
          const bare = decks.find((d) => path === `/${d.id}`);
          return bare ? redirect(res, `${base}${encodeURIComponent(bare.id)}/`) : next();
        }
        try {
          return respond(server, req, res, deckPage(await deckFromFile(source.file, options), source, devAssets()));
        } catch (e) {
          // A file the pipeline cannot even read: show why on its page and keep serving the rest.
          return respond(server, req, res, errorPage(source, [`${source.file}: ${e instanceof Error ? e.message : String(e)}`], devAssets()));
        }
      });
    },
  };
}
