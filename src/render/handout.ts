// Pages laid out without reveal.js, for paper: the print page (one 16:9 page a slide), and the
// handout and 学习提纲 of 传达学习 (A4, as an office sets a document: the speech's words, its own
// outline as headings). They share the deck's stylesheet and fonts.
import { htmlDocument } from './document.js';
import type { RenderedDeck } from './markdown-it.js';
import { policyOf, themeOf, type PageAssets } from './page.js';
import { FONTS_FIRST, FONTS_FIRST_SCRIPT } from './runtime/fit.js';
import { scriptHash, scriptText } from './csp.js';
import { escapeHtml } from './escape.js';
import type { PaperBlock, PaperDocument } from '../types.js';

export interface PaperAssets extends PageAssets {
  /** The paper pages' script, prebuilt (lib/runtime/assets/paper.js): fonts first, then every slide fitted. */
  script: string;
}

const NOTES = /<aside class="notes">([\s\S]*?)<\/aside>/;


interface StaticPage {
  kind: 'print' | 'handout' | 'study';
  pageCss: string;
  body: string[];
}

function staticPage(title: string, assets: PaperAssets, page: StaticPage): string {
  return htmlDocument({
    title,
    head: `${FONTS_FIRST}\n${assets.head}\n<style>${page.pageCss}</style>`,
    csp: policyOf(assets, [scriptHash(FONTS_FIRST_SCRIPT), scriptHash(assets.script)]),
    body: { class: `sd-static sd-${page.kind}` },
    content: `${page.body.join('\n')}\n<script>${scriptText(assets.script)}</script>`,
  });
}

const slideBox = (theme: string, section: string): string => `<div class="reveal theme-${theme}"><div class="slides">${section.replace(NOTES, '')}</div></div>`;

/** One 1280×720 page per slide. */
export function renderPrint(deck: RenderedDeck, options: { theme?: string; assets: PaperAssets }): string {
  const theme = themeOf(options.theme ?? deck.meta.theme);
  return staticPage(deck.meta.title ?? '讲稿', options.assets, {
    kind: 'print',
    pageCss: '@page { size: 1280px 720px; margin: 0; }',
    body: deck.sections.map((s) => `<div class="page">${slideBox(theme, s)}</div>`),
  });
}

/** A slide's thumbnail on paper, placed before the block its source lines start at. */
export interface PaperSlide {
  line: number;
  section: string;
}

export interface PaperOptions {
  theme?: string;
  assets: PaperAssets;
  /** Small slide thumbnails among the text (`--slides small`); none by default. */
  slides?: readonly PaperSlide[];
}

const TAGS: Record<PaperBlock['kind'], string> = { title: 'h1', subtitle: 'p', heading: 'h2', paragraph: 'p' };

function blockHtml(block: PaperBlock): string {
  const tag = block.kind === 'heading' ? `h${(block.level ?? 1) + 1}` : TAGS[block.kind];
  const runs = block.runs.map((r) => (r.bold ? `<strong>${escapeHtml(r.text)}</strong>` : escapeHtml(r.text))).join('');
  const cls = block.kind === 'subtitle' ? 'subtitle' : block.flush ? 'flush' : '';
  return `<${tag}${cls ? ` class="${cls}"` : ''}>${runs}</${tag}>`;
}

/**
 * A4 after GB/T 9704: 37/35 mm top and bottom, 22 lines of 28 characters at 16 pt (3号), the
 * title in 小标宋, heads in 黑体 and 楷体, the body in the 仿宋 stand-in, page numbers as — 1 —,
 * black on white (no colour to waste toner on an office printer). The 学习提纲 is set a size
 * smaller (4号), to fit a page or two.
 */
export function renderPaper(doc: PaperDocument, options: PaperOptions): string {
  const theme = themeOf(options.theme ?? 'official');
  const slides = [...(options.slides ?? [])].sort((a, b) => a.line - b.line);
  const body: string[] = [];
  let next = 0;
  for (const block of doc.blocks) {
    while (next < slides.length && block.line !== undefined && slides[next].line <= block.line) {
      body.push(`<div class="thumb">${slideBox(theme, slides[next++].section)}</div>`);
    }
    body.push(blockHtml(block));
  }
  // GB/T 9704: the page number in 4号, one character in from the text's outer edge (right on odd pages, left on even).
  const numbers = "content: '— ' counter(page) ' —'; font-family: 'Noto Serif SC', serif; font-size: 14pt;";
  return staticPage(doc.kind === 'study' ? `${doc.title}学习提纲` : `${doc.title}（讲稿）`, options.assets, {
    kind: doc.kind === 'study' ? 'study' : 'handout',
    pageCss: `@page { size: A4 portrait; margin: 37mm 24.5mm 35mm 26.5mm; }
@page :right { @bottom-right { ${numbers} text-align: right; padding-right: 1em; } }
@page :left { @bottom-left { ${numbers} text-align: left; padding-left: 1em; } }`,
    body: [`<main class="sd-paper sd-paper-${doc.kind}">`, ...body, '</main>'],
  });
}
