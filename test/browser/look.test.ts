// What a person sees on the wall: every deck of the sample and ../shared/corpus, in Chromium at
// 1280×720, fits its slides, draws its Chinese in the shipped fonts, and asks nothing of the network.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { FIGURE_ENDS, ROOT, SAMPLE, SHARED, hasShared } from '../helpers.js';
import { browserMissing, launch, revealReady, watch } from './launch.js';
import { buildDecks } from './build-decks.js';
import { deckId } from '../../src/vite/decks.js';
import { ingestFile } from '../../src/ingest/index.js';
import { measureSlides } from './measure.js';

const corpus = hasShared ? readdirSync(join(SHARED, 'corpus')).filter((f) => /\.(txt|md|html)$/.test(f) && !/^[A-Z]+\.md$/.test(f)).map((f) => join(SHARED, 'corpus', f)) : [];
const files = [SAMPLE, ...corpus];
const ARTIFACTS = join(ROOT, 'test-results');

/** Slides whose content runs over their box, with their titles, after the deck's own fitting. */
async function overflowingSlides(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const reveal = (window as unknown as { Reveal: { getTotalSlides(): number; slide(i: number): void; getCurrentSlide(): HTMLElement } }).Reveal;
    const over: string[] = [];
    for (let i = 0; i < reveal.getTotalSlides(); i++) {
      reveal.slide(i);
      await document.fonts.ready;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const s = reveal.getCurrentSlide();
      if (s.scrollHeight > s.clientHeight + 1 || s.scrollWidth > s.clientWidth + 1) over.push(`${i + 1}: ${s.querySelector('h1, h2')?.textContent}`);
    }
    return over;
  });
}

describe.skipIf(browserMissing)('decks in Chromium', () => {
  let browser: Browser;
  let out: string;

  beforeAll(async () => {
    [out, browser] = await Promise.all([buildDecks(files), launch()]);
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(() => browser?.close());

  it.each(files.map((f) => [deckId(f), f]))('%s: every slide fits, in the shipped fonts, offline', async (id) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const seen = watch(page);
    await page.goto(`file://${join(out, id, 'index.html')}`);
    await revealReady(page);
    expect(await overflowingSlides(page)).toEqual([]);
    const faces = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/['"]/g, '')));
    // Only the shipped faces, and each only where the deck has text in its role (no 楷体 caption, no 楷体 face).
    expect(faces).toContain('Noto Sans SC');
    expect(faces.filter((f) => !['Noto Sans SC', 'Noto Serif SC', 'LXGW WenKai', 'SD Quotes'].includes(f))).toEqual([]);
    expect(seen.external).toEqual([]);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it.each(files.map((f) => [deckId(f), f]))('%s: figures as written, content not crowded at the top, no orphaned line ends, a legible slide number', async (id, file) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`file://${join(out, id, 'index.html')}`);
    await revealReady(page);
    const looks = await measureSlides(page);
    await page.close();
    const text = (await ingestFile(file)).text;
    expect(looks.flatMap((l) => l.figures).filter((f) => !text.includes(f) || !FIGURE_ENDS.test(f))).toEqual([]);
    expect(looks.filter((l) => l.topHalfOnly).map((l) => `${l.index}: ${l.title}`)).toEqual([]);
    const wrapped = looks.flatMap((l) => l.wrapped.map((w) => ({ ...w, slide: l.index })));
    const orphans = wrapped.filter((w) => w.lastLine <= 2).map((w) => `${w.slide}: ${w.text}`);
    expect(orphans.length, orphans.join('\n')).toBeLessThanOrEqual(wrapped.length * 0.05);
    expect(looks.filter((l) => l.numberContrast < 4.5).map((l) => `${l.index}: ${l.numberContrast.toFixed(2)}`)).toEqual([]);
    expect(looks.filter((l) => l.numberUnderControls).map((l) => l.index)).toEqual([]);
  });

  it('fits every slide of the print view too, and leaves screenshots of the sample', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`file://${join(out, deckId(SAMPLE), 'index.html')}?print-pdf`);
    await page.waitForSelector('.pdf-page');
    await page.evaluate(() => document.fonts.ready);
    const pages = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.pdf-page section')].map((s) => s.scrollHeight <= s.clientHeight + 1 && s.scrollWidth <= s.clientWidth + 1),
    );
    expect(pages.length).toBe(21);
    expect(pages.every(Boolean)).toBe(true);
    await page.goto(`file://${join(out, deckId(SAMPLE), 'index.html')}`);
    await revealReady(page);
    for (const slide of [0, 3, 9]) {
      await page.evaluate((i) => (window as unknown as { Reveal: { slide(i: number): void } }).Reveal.slide(i), slide);
      await page.waitForTimeout(400);
      await page.screenshot({ path: join(ARTIFACTS, `sample-slide-${slide + 1}.png`) });
    }
    await page.close();
  });
});
