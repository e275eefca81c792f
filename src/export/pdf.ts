// PDF through the user's own browser: the deck's print page (one 16:9 page a slide), the handout or
// the 学习提纲 (A4, as an office sets a document). No build and no reveal.js: the pages are static,
// styled by the runtime's stylesheet prebuilt at compile time and the deck's cut fonts (cached),
// both inline: the page is handed to the browser whole and asks for nothing more. The browser
// starts before the speech is even read, so an export costs little more than the browser's own
// start and print.
import { findBrowser, printingBrowser } from './browser.js';
import type { CdpBrowser } from './cdp.js';
import { writeFileAtomic } from './write.js';
import { subsetFonts } from './fonts.js';
import { deckText } from './deck-text.js';
import type { DeckBuild } from '../pipeline.js';
import { renderPaper, renderPrint, type PaperSlide } from '../render/index.js';
import { FITTED } from '../render/runtime/fit.js';
import { runtimeFile } from './runtime.js';

/** What a PDF holds: the slides (16:9, a page each), the handout or the 学习提纲 (A4). */
export type PdfKind = 'slides' | 'handout' | 'study';

export interface PrintOptions {
  out: string;
  kind?: PdfKind;
  /** Small slide thumbnails among the handout's text. */
  thumbnails?: boolean;
  theme?: string;
}

export interface Printer {
  print(build: DeckBuild, options: PrintOptions): Promise<void>;
  close(): Promise<void>;
}

/** The deck's slides as the handout places them: each before the text its source lines start at. */
export const paperSlides = (rendered: DeckBuild['rendered']): PaperSlide[] =>
  rendered.sections.map((section, i) => ({ line: Number((rendered.slides[i].attributes['data-lines'] ?? '').split('-')[0]) || 0, section }));

/** The page a PDF prints, with the fonts cut to what it shows. */
export async function paperPage(build: DeckBuild, { kind = 'slides', thumbnails = false, theme }: Omit<PrintOptions, 'out'>, script: string): Promise<string> {
  const doc = kind === 'slides' ? undefined : build.paper?.[kind];
  const text = deckText(build.rendered, doc ? [doc] : []);
  // The slides print no notes: their fonts need only what the slides show.
  const fonts = await subsetFonts(doc ? text : { ...text, all: text.slides });
  // The paper pages' styles (without reveal.js's: the same look, printed faster) and script, inline.
  const assets = { head: `<style>${fonts.css('inline')}</style>\n<style>${runtimeFile('assets/paper.css')}</style>`, script };
  const options = { assets, ...(theme ? { theme } : {}) };
  return doc ? renderPaper(doc, { ...options, slides: thumbnails ? paperSlides(build.rendered) : [] }) : renderPrint(build.rendered, options);
}

/** Finds and starts the browser now (throwing BrowserNotFound at once); prints when asked. */
export function startPrinter(browserPath?: string): Printer {
  const starting: Promise<CdpBrowser> = printingBrowser(findBrowser(browserPath));
  starting.catch(() => {});
  // One tab prints every deck, opened as soon as the browser is up.
  const opening = starting.then((browser) => browser.newTab());
  opening.catch(() => {});
  return {
    async print(build, { out, ...options }) {
      const page = await paperPage(build, options, runtimeFile('assets/paper.js'));
      const [browser, tab] = await Promise.all([starting, opening]);
      // The page's last script shows it and fits its slides once its fonts are in.
      await writeFileAtomic(out, await browser.print(tab, page, `window.${FITTED}`));
    },
    close: () => starting.then((browser) => browser.close()).catch(() => {}),
  };
}
