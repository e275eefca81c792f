// Pages of the deck laid out without reveal.js, for paper: the print page (one 16:9 page a slide)
// and the handout (A4: each slide small, its full speaker notes, the speech's own words, beneath),
// for 传达学习. They share the deck's stylesheet and fonts.
import { htmlDocument } from './document.js';
import type { RenderedDeck } from './markdown-it.js';
import { policyOf, themeOf, type PageAssets } from './page.js';
import { FONTS_FIRST, FONTS_FIRST_SCRIPT } from './runtime/fit.js';
import { scriptHash, scriptText } from './csp.js';
import { cssString } from './escape.js';

export interface PaperAssets extends PageAssets {
  /** The paper pages' script, prebuilt (lib/runtime/assets/paper.js): fonts first, then every slide fitted. */
  script: string;
}

const NOTES = /<aside class="notes">([\s\S]*?)<\/aside>/;


interface StaticPage {
  kind: 'print' | 'handout';
  pageCss: string;
  body: string[];
}

function staticPage(deck: RenderedDeck, assets: PaperAssets, page: StaticPage): string {
  return htmlDocument({
    title: `${deck.meta.title ?? '讲稿'}${page.kind === 'handout' ? '（讲稿）' : ''}`,
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
  return staticPage(deck, options.assets, {
    kind: 'print',
    pageCss: '@page { size: 1280px 720px; margin: 0; }',
    body: deck.sections.map((s) => `<div class="page">${slideBox(theme, s)}</div>`),
  });
}

/** A4 portrait: the title at the top of each page, "第 x 页 / 共 y 页" at the foot. */
export function renderHandout(deck: RenderedDeck, options: { theme?: string; assets: PaperAssets }): string {
  const theme = themeOf(options.theme ?? deck.meta.theme);
  const margin = "font-family: 'Noto Sans SC', sans-serif; font-size: 9pt; color: #555;";
  return staticPage(deck, options.assets, {
    kind: 'handout',
    pageCss: `@page { size: A4 portrait; margin: 18mm 20mm 20mm;
  @top-center { content: ${cssString(deck.meta.title ?? '讲稿')}; ${margin} }
  @bottom-center { content: '第 ' counter(page) ' 页 / 共 ' counter(pages) ' 页'; ${margin} } }`,
    body: deck.sections.map((s) => `<article class="sheet">\n<div class="thumb">${slideBox(theme, s)}</div>\n<div class="notes">${NOTES.exec(s)?.[1] ?? ''}</div>\n</article>`),
  });
}
