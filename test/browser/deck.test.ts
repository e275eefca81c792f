// What a person sees: the built sample deck, opened by double-click (file://) in Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { SAMPLE, speechdeck } from '../helpers.js';
import { browserMissing, launch, revealReady, watch } from './launch.js';

describe.skipIf(browserMissing)('the sample deck in Chromium, from file://', () => {
  let browser: Browser;
  const out = mkdtempSync(join(tmpdir(), 'sd-file-'));

  beforeAll(async () => {
    expect(speechdeck('build', SAMPLE, '-o', out).code).toBe(0);
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it('shows the deck with no console error and no network request', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const seen = watch(page);
    await page.goto(`file://${join(out, 'index.html')}`);
    await revealReady(page);
    const deck = await page.evaluate(() => {
      const reveal = (window as unknown as { Reveal: { getTotalSlides(): number; hasPlugin(id: string): boolean } }).Reveal;
      return { slides: reveal.getTotalSlides(), notes: reveal.hasPlugin('notes'), lang: document.documentElement.lang, title: document.querySelector('section.present h1')?.textContent };
    });
    expect(deck).toEqual({ slides: 21, notes: true, lang: 'zh-CN', title: '工作推进会领导讲话材料' });
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => location.hash === '#/1');
    expect(seen.errors).toEqual([]);
    expect(seen.external).toEqual([]);
  });

  it('opens a speaker view with the full notes in the shipped fonts and a pacing timer', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`file://${join(out, 'index.html')}#/3`);
    await revealReady(page);
    const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    await speaker.waitForFunction(() => document.querySelector('.speaker-controls-notes')?.textContent?.includes('所谓有欣喜，就是要看到自身的优势'));
    await speaker.waitForFunction(() => [...document.fonts].some((f) => f.family.includes('Noto Sans SC') && f.status === 'loaded'));
    expect(await speaker.locator('.speaker-controls-notes').evaluate((el) => getComputedStyle(el).fontFamily)).toContain('Noto Sans SC');
    expect(await speaker.locator('.pacing-title').isVisible()).toBe(true);
    // Every word the speaker view itself says is Chinese: its labels, its layout menu, its clock.
    await speaker.waitForFunction(() => document.title === '演讲者视图');
    const chrome = await speaker.evaluate(() => {
      const notes = document.querySelector('.speaker-controls-notes .value');
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const words: string[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!notes?.contains(n) && !n.parentElement?.closest('script, style, iframe')) words.push(n.nodeValue ?? '');
      return [...words, ...[...document.querySelectorAll('option')].map((o) => o.textContent ?? '')].join(' ');
    });
    expect(chrome).toContain('下一页');
    expect(chrome).not.toMatch(/[A-Za-z]{2,}/);
  });
});
