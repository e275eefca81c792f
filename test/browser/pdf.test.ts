// PDF and offline delivery, as a person gets them: the slides PDF, the A4 handout, the one-file deck.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { SAMPLE, sentencesOf, speechdeck, squeeze } from '../helpers.js';
import { browserMissing, launch, revealReady, watch } from './launch.js';
import { deckFromFile } from '../../src/pipeline-file.js';

const pdftotext = (pdf: string): string => execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
const pageCount = (pdf: string): number => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);

describe.skipIf(browserMissing)('PDF export and the one-file deck', () => {
  const out = mkdtempSync(join(tmpdir(), 'sd-pdf-'));
  const slidesPdf = join(out, 'slides.pdf');
  const handoutPdf = join(out, 'handout.pdf');
  const single = join(out, 'deck.html');
  let browser: Browser;

  beforeAll(async () => {
    for (const args of [['pdf', SAMPLE, '-o', slidesPdf], ['pdf', SAMPLE, '--handout', '-o', handoutPdf], ['build', SAMPLE, '--single-file', '-o', single]]) {
      const r = speechdeck(...args);
      expect(r.code, r.stderr).toBe(0);
    }
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it('prints one 16:9 page per slide, every title searchable, in at most 1 MB', async () => {
    const deck = (await deckFromFile(SAMPLE)).deck!;
    expect(pageCount(slidesPdf)).toBe(deck.slides.length);
    const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(execFileSync('pdfinfo', [slidesPdf], { encoding: 'utf8' }))!;
    expect(Number(size[1]) / Number(size[2])).toBeCloseTo(16 / 9, 2);
    const text = squeeze(pdftotext(slidesPdf));
    for (const slide of deck.slides) expect(text).toContain(squeeze(slide.title));
    expect(statSync(slidesPdf).size).toBeLessThanOrEqual(1024 * 1024);
  });

  it('prints a handout on A4 that holds every sentence of the speech, with page numbers', async () => {
    const build = await deckFromFile(SAMPLE);
    // Each page's number (— 3 —) falls between the words of a sentence cut by a page break.
    const text = squeeze(pdftotext(handoutPdf).replace(/\f/g, '\n')).replace(/—\d+—/g, '');
    const body = build.speech!.text.split('\n').slice(1).join('\n');
    const missing = sentencesOf(body).filter((s) => !text.includes(squeeze(s)));
    expect(missing).toEqual([]);
    const pages = pageCount(handoutPdf);
    expect(squeeze(pdftotext(handoutPdf))).toContain(`—${pages}—`);
    expect(execFileSync('pdfinfo', [handoutPdf], { encoding: 'utf8' })).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
  });

  it('builds one HTML file that opens from file:// with every slide, no request, and a speaker view', async () => {
    const html = readFileSync(single, 'utf8');
    expect(html).not.toMatch(/<link rel="stylesheet"|<script[^>]* src=|url\(fonts\//);
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const seen = watch(page);
    await page.goto(`file://${single}`);
    await revealReady(page);
    expect(await page.evaluate(() => (window as unknown as { Reveal: { getTotalSlides(): number } }).Reveal.getTotalSlides())).toBe(21);
    const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    await speaker.waitForLoadState();
    await speaker.waitForFunction(() => document.querySelector('.speaker-controls-notes')?.textContent?.includes('同志们'));
    expect(seen.external).toEqual([]);
    expect(seen.errors).toEqual([]);
    await page.close();
  });
});
