// Finishing a deck in the editor without Markdown, from the built site over file://: remove a
// bullet, reorder two, retitle a slide, edit the cover, hide a slide — each seen in the preview on
// the slide being edited; undo all five back to the deck as planned; reload and find the work kept;
// the PPTX download carries the same titles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { SAMPLE } from '../helpers.js';
import { browserMissing, launch, platformFonts, revealReady, watch, type Watched } from './launch.js';
import { buildDecks } from './build-decks.js';

describe.skipIf(browserMissing)('finishing a deck in the editor', () => {
  let browser: Browser;
  let page: Page;
  let seen: Watched;
  let url = '';

  beforeAll(async () => {
    const [site, b] = await Promise.all([buildDecks([SAMPLE]), launch()]);
    browser = b;
    // The common office laptop's screen.
    page = await browser.newPage({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
    seen = watch(page);
    url = `file://${join(site, 'editor', 'index.html')}`;
    await page.goto(url);
  });
  afterAll(() => browser?.close());

  const preview = () => page.frameLocator('#preview');
  const slideTitles = () => preview().locator('.slides > section').evaluateAll((s) => s.map((e) => e.querySelector('h1, h2')?.textContent ?? ''));
  /** The slide the preview shows: its index and text. */
  const shown = () =>
    page.frameLocator('#preview').locator('body').evaluate(() => {
      const reveal = (window as unknown as { Reveal: { getIndices(): { h: number }; getCurrentSlide(): HTMLElement } }).Reveal;
      // What the slide shows: its notes aside.
      const slide = reveal.getCurrentSlide().cloneNode(true) as HTMLElement;
      slide.querySelectorAll('aside').forEach((a) => a.remove());
      return { h: reveal.getIndices().h, text: slide.textContent ?? '' };
    });
  /** The cover as it shows, without its notes. */
  const coverText = () => preview().locator('section.cover').evaluate((s) => [...s.children].filter((c) => c.tagName !== 'ASIDE').map((c) => c.textContent).join('\n'));
  const row = (title: string) => page.locator('#slide-list > li', { hasText: title }).first();
  let original: string[] = [];

  it('lists the slides of a pasted speech and shows the one clicked', async () => {
    await page.fill('#paste', readFileSync(SAMPLE, 'utf8'));
    await expect.poll(() => page.locator('#slide-list > li').count()).toBe(21);
    original = await slideTitles();
    await row('所谓有欣喜').click();
    await expect.poll(async () => (await shown()).h).toBe(3);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });

  it('removes a bullet, reorders two and retitles the slide, the preview staying on it', async () => {
    const bullets = row('所谓有欣喜').locator('.bullets > li');
    const first = (await bullets.nth(0).locator('span').textContent())!;
    await bullets.nth(0).locator('button', { hasText: '删除' }).click();
    await expect.poll(async () => (await shown()).text).not.toContain(first);
    expect((await shown()).h).toBe(3);

    const [a, b] = [(await bullets.nth(0).locator('span').textContent())!, (await bullets.nth(1).locator('span').textContent())!];
    await bullets.nth(1).locator('button', { hasText: '↑' }).click();
    await expect.poll(async () => {
      const text = (await shown()).text;
      return text.indexOf(b) >= 0 && text.indexOf(b) < text.indexOf(a);
    }).toBe(true);

    await row('所谓有欣喜').locator('.slide-title').fill('有欣喜：看到自身的优势');
    await row('所谓有欣喜').locator('.slide-title').press('Enter');
    await expect.poll(async () => (await shown()).text).toContain('有欣喜：看到自身的优势');
    expect((await shown()).h).toBe(3);
    expect(await page.locator('.slide-panel .warn').count()).toBe(1);
  });

  it('edits the cover and hides a slide', async () => {
    await page.locator('summary', { hasText: '封面' }).click();
    await page.fill('#cover input[name="meeting"]', '全市重点工作推进会议');
    await page.press('#cover input[name="meeting"]', 'Enter');
    await expect.poll(coverText).toContain('全市重点工作推进会议');
    expect((await shown()).h).toBe(0);

    await row('第三，要切实抓住主要矛盾').click();
    await row('第三，要切实抓住主要矛盾').locator('button', { hasText: '隐藏此页' }).click();
    await expect.poll(() => slideTitles()).not.toContain('第三，要切实抓住主要矛盾');
    // The hidden slide stays in its place in the list, greyed, with the way back on its row.
    expect(await page.locator('#slide-list > li.hidden-slide').count()).toBe(1);
    expect(await page.locator('#slide-list > li.hidden-slide button', { hasText: '显示' }).count()).toBe(1);
  });

  it('keeps the work across a reload', async () => {
    const before = await slideTitles();
    await page.reload();
    await expect.poll(() => slideTitles()).toEqual(before);
    expect(await coverText()).toContain('全市重点工作推进会议');
  });

  it('keeps the fixes when the speech text is edited, where their slides still exist', async () => {
    const text = await page.inputValue('#paste');
    await page.fill('#paste', text.replace('借此机会，我再强调三个方面的问题。', '借此机会，我再着重强调三个方面的问题。'));
    await expect.poll(() => page.locator('#slide-list > li.hidden-slide').count()).toBe(1);
    expect(await slideTitles()).toContain('有欣喜：看到自身的优势');
    expect(await coverText()).toContain('全市重点工作推进会议');
  });

  it('downloads a PPTX with the same slide titles', async () => {
    const titles = await slideTitles();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-pptx')]);
    const file = join(mkdtempSync(join(tmpdir(), 'sd-editor-pptx-')), 'deck.pptx');
    await download.saveAs(file);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slides).toHaveLength(titles.length);
    const xml = (await Promise.all(slides.map((n) => zip.file(n)!.async('string')))).join('');
    for (const title of titles) expect(xml).toContain(title.replace(/&/g, '&amp;').replace(/"/g, '&quot;'));
  });

  it('downloads one HTML file that opens offline with the edits, every line in the shipped fonts', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-html')]);
    const file = join(mkdtempSync(join(tmpdir(), 'sd-editor-single-')), download.suggestedFilename());
    await download.saveAs(file);
    const deck = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const deckSeen = watch(deck);
    await deck.goto(`file://${file}#/3`);
    await revealReady(deck);
    await deck.evaluate(() => document.fonts.ready);
    expect(await deck.locator('section.present h2').textContent()).toBe('有欣喜：看到自身的优势');
    const nodes = await platformFonts(deck, 'section.present :is(h2, li)');
    expect(nodes.length).toBeGreaterThan(1);
    for (const fonts of nodes) expect(fonts.every((f) => f.isCustomFont), JSON.stringify(fonts)).toBe(true);
    expect(deckSeen.external).toEqual([]);
    await deck.close();
  });

  it('undoes all five fixes in turn, back to the deck as planned, and redoes one', async () => {
    for (let i = 0; i < 5; i++) await page.keyboard.press('Control+z');
    await expect.poll(() => slideTitles()).toEqual(original);
    expect(await coverText()).not.toContain('全市重点工作推进会议');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => page.locator('#slide-list > li').count()).toBe(21);
    expect(seen.external).toEqual([]);
  });

  it('removes a figure card and restores it', async () => {
    await row('所谓有欣喜').click();
    const figures = row('所谓有欣喜').locator('.figures > li');
    await figures.filter({ hasText: '80%' }).locator('button', { hasText: '删除' }).click();
    await expect.poll(async () => preview().locator('section.present figure').count()).toBe(1);
    await row('所谓有欣喜').locator('.figures > li', { hasText: '80%' }).locator('button', { hasText: '恢复' }).click();
    await expect.poll(async () => preview().locator('section.present figure').allTextContents()).toEqual([expect.stringContaining('连续7年'), expect.stringContaining('80%')]);
  });
});

