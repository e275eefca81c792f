// The editor page, from the built site opened over file://: drop a speech, fix its outline, watch
// the preview follow, download the one-file deck and open it. No request leaves the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import JSZip from 'jszip';
import { SAMPLE } from '../helpers.js';
import { browserMissing, launch, revealReady, watch, type Watched } from './launch.js';
import { buildDecks } from './build-decks.js';
import { officialPage } from './office-files.js';

describe.skipIf(browserMissing)('the editor page', () => {
  let browser: Browser;
  let page: Page;
  let seen: Watched;

  beforeAll(async () => {
    const [site, b] = await Promise.all([buildDecks([SAMPLE]), launch()]);
    browser = b;
    page = await browser.newPage({ viewport: { width: 1400, height: 800 }, acceptDownloads: true });
    seen = watch(page);
    await page.goto(`file://${join(site, 'editor', 'index.html')}`);
  });
  afterAll(() => browser?.close());

  const points = () => page.frameLocator('#preview').locator('section.point');

  it('turns a dropped speech into its outline and a preview of 15 point slides', async () => {
    await page.setInputFiles('#file', SAMPLE);
    await page.locator('summary', { hasText: '调整提纲结构' }).click();
    await page.locator('#tree li[data-path="1.4"]').waitFor();
    await expect.poll(() => points().count()).toBe(15);
    expect(await page.locator('#tree li[data-path="0"] > .point').textContent()).toBe('一、关于经济工作');
  });

  it('demotes a point and the preview follows, the speech unchanged', async () => {
    // The outline's operations show on the row being worked on.
    await page.locator('#tree li[data-path="1.1"] > .point').hover();
    await page.locator('#tree li[data-path="1.1"] > button', { hasText: '降级' }).click();
    await expect.poll(() => points().count()).toBe(14);
    const first = page.frameLocator('#preview').locator('section.point', { hasText: '一是认识要再提升' });
    expect(await first.locator('li').allTextContents()).toEqual(['二是理解要再深化']);
  });

  it('downloads the one-file deck, which opens and shows the slides', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-html')]);
    const file = join(mkdtempSync(join(tmpdir(), 'sd-editor-')), download.suggestedFilename());
    await download.saveAs(file);
    expect(readFileSync(file, 'utf8')).toContain('<li>二是理解要再深化</li>');
    const deck = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const deckSeen = watch(deck);
    await deck.goto(`file://${file}`);
    await revealReady(deck);
    expect(await deck.evaluate(() => (window as unknown as { Reveal: { getTotalSlides(): number } }).Reveal.getTotalSlides())).toBe(20);
    expect(deckSeen.external).toEqual([]);
    expect(seen.external).toEqual([]);
    expect(seen.errors).toEqual([]);
  });

  it('downloads the handout and the 学习提纲 as Word files, with the edited outline', async () => {
    for (const [button, name, heading] of [['#export-handout', '讲稿', '一、关于经济工作'], ['#export-study', '学习提纲', '第一，要全力完成各项目标任务']] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`-${name}\\.docx$`));
      const file = join(mkdtempSync(join(tmpdir(), 'sd-editor-word-')), 'x.docx');
      await download.saveAs(file);
      const xml = await (await JSZip.loadAsync(readFileSync(file))).file('word/document.xml')!.async('string');
      expect(xml).toContain(`<w:t xml:space="preserve">${heading}</w:t>`);
      expect(xml).toMatch(/<w:outlineLvl w:val="\d"\/>/);
    }
  });

  it('takes pasted text too', async () => {
    await page.fill('#paste', '一、关于经济工作\n第一，要抓项目。\n第二，要抓投资。\n二、关于民生工作');
    await expect.poll(() => page.locator('#tree .point').allTextContents()).toEqual(['一、关于经济工作', '第一，要抓项目', '第二，要抓投资', '二、关于民生工作']);
  });

  it('reads a dropped PDF in the page, and says what to do with an old .doc', async () => {
    const printer = await browser.newPage();
    const dir = mkdtempSync(join(tmpdir(), 'sd-editor-files-'));
    writeFileSync(join(dir, 'official.html'), officialPage());
    await printer.goto(`file://${join(dir, 'official.html')}`);
    await printer.evaluate(() => document.fonts.ready);
    writeFileSync(join(dir, '讲话.pdf'), await printer.pdf({ preferCSSPageSize: true }));
    await printer.close();
    await page.setInputFiles('#file', join(dir, '讲话.pdf'));
    await expect.poll(() => points().count(), { timeout: 20_000 }).toBe(15);
    writeFileSync(join(dir, '旧稿.doc'), Buffer.from('d0cf11e0a1b11ae1', 'hex'));
    await page.setInputFiles('#file', join(dir, '旧稿.doc'));
    await expect.poll(() => page.locator('body').textContent()).toContain('另存为” .docx');
    expect(seen.external).toEqual([]);
  });
});
