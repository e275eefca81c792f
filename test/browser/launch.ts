// The system Chromium, driven by playwright-core: no browser is downloaded, none is fetched.
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM } from '../helpers.js';
import { launchBrowser } from '../../src/export/browser.js';

/** In CI Chromium must be there (.ci/run installs it); elsewhere the browser tests skip without it. */
export const browserMissing = !existsSync(CHROMIUM) && !process.env.CI;

export const launch = (): Promise<Browser> => launchBrowser(CHROMIUM);

export interface Watched {
  errors: string[];
  /** Every request that is not for a local file or the page's own server. */
  external: string[];
}

/** Records console errors, page errors and requests that leave the machine. */
export function watch(page: Page, localOrigin = 'file://'): Watched {
  const w: Watched = { errors: [], external: [] };
  page.on('console', (m) => m.type() === 'error' && w.errors.push(m.text()));
  page.on('pageerror', (e) => w.errors.push(String(e)));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(localOrigin) && !url.startsWith('data:') && !url.startsWith('blob:')) w.external.push(url);
  });
  return w;
}

/** Waits until reveal.js has laid the deck out. */
export const revealReady = (page: Page) => page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady());

export interface PlatformFont {
  familyName: string;
  isCustomFont: boolean;
  glyphCount: number;
}

/** For each element matching `selector`, the fonts the browser actually drew it with (CDP). */
export async function platformFonts(page: Page, selector: string): Promise<PlatformFont[][]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
  const fonts: PlatformFont[][] = [];
  for (const nodeId of nodeIds) fonts.push((await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts);
  return fonts;
}
