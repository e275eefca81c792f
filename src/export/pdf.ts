// PDF through the user's own browser: the deck's print page (one 16:9 page a slide) or its handout
// (A4, each slide with the speech's words beneath). No build and no reveal.js: the pages are static,
// styled by the runtime's stylesheet prebuilt at compile time and the deck's cut fonts (cached),
// both inline: the page is handed to the browser whole and asks for nothing more. The browser
// starts before the speech is even read, so an export costs little more than the browser's own
// start and print.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { findBrowser, launchBrowser } from './browser.js';
import { writeFileAtomic } from './write.js';
import { subsetFonts } from './fonts.js';
import { deckText } from './deck-text.js';
import type { DeckBuild } from '../pipeline.js';
import { renderHandout, renderPrint } from '../render/index.js';
import { FITTED } from '../render/runtime/fit.js';
import { PACKAGE_ROOT } from '../vite/paths.js';

/** Styles of the paper pages, without reveal.js's: the same look, printed faster. */
const STYLES = join(PACKAGE_ROOT, 'lib/runtime/assets/paper.css');

/** The paper stylesheet, read once per process. */
let styles: Promise<string> | undefined;
const paperStyles = (): Promise<string> =>
  (styles ??= readFile(STYLES, 'utf8').catch(() => {
    throw new Error(`没有找到预先构建的幻灯片样式 ${STYLES}：请先运行 npm run compile`);
  }));

export interface Printer {
  print(build: DeckBuild, options: { out: string; handout?: boolean; theme?: string }): Promise<void>;
  close(): Promise<void>;
}

/** Finds and starts the browser now (throwing BrowserNotFound at once); prints when asked. */
export function startPrinter(browserPath?: string): Printer {
  const starting: Promise<Browser> = launchBrowser(findBrowser(browserPath));
  // One tab prints every deck, opened as soon as the browser is up.
  const opening: Promise<Page> = starting.then((browser) => browser.newPage());
  opening.catch(() => {});
  return {
    async print(build, { out, handout = false, theme }) {
      const text = deckText(build.rendered);
      // The slides print no notes: their fonts need only what the slides show.
      const fonts = await subsetFonts(handout ? text : { ...text, all: text.slides });
      const assets = { head: `<style>${fonts.css('inline')}</style>\n<style>${await paperStyles()}</style>` };
      const page = (handout ? renderHandout : renderPrint)(build.rendered, { assets, ...(theme ? { theme } : {}) });
      const tab = await opening;
      // The page's last script shows it and fits its slides once its fonts are in.
      await tab.setContent(page, { waitUntil: 'domcontentloaded' });
      await tab.evaluate(`window.${FITTED}`);
      await writeFileAtomic(out, await tab.pdf({ preferCSSPageSize: true, printBackground: true }));
    },
    close: () => starting.then((browser) => browser.close()).catch(() => {}),
  };
}
