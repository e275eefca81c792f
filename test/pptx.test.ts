// The .pptx for WPS and PowerPoint, read back as XML: one slide per deck slide, notes holding each
// slide's speech text, an East Asian font on every run; rendered by LibreOffice where it is installed.
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { SAMPLE, speechdeck, squeeze } from './helpers.js';
import { deckFromFile } from '../src/pipeline-file.js';
import { fitFontSize } from '../src/export/pptx.js';

const xmlText = (xml: string): string =>
  [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const soffice = ['soffice', 'libreoffice'].find((bin) => spawnSync(bin, ['--version'], { encoding: 'utf8' }).status === 0);
// Impress reads the .pptx; a LibreOffice with Writer alone converts nothing (.ci/run installs both).
const impress = !!soffice && (!!process.env.CI || ['/usr/lib/libreoffice/program/libsdlo.so', '/usr/lib64/libreoffice/program/libsdlo.so'].some((f) => existsSync(f)));

describe('speechdeck pptx', () => {
  const out = mkdtempSync(join(tmpdir(), 'sd-pptx-'));
  const file = join(out, 'sample.pptx');
  let zip: JSZip;
  let slides: string[];
  let notes: string[];

  beforeAll(async () => {
    const r = speechdeck('pptx', SAMPLE, '-o', file);
    expect(r.code, r.stderr).toBe(0);
    zip = await JSZip.loadAsync(readFileSync(file));
    const byNumber = (prefix: string) =>
      Object.keys(zip.files)
        .filter((f) => new RegExp(`^ppt/${prefix}/\\w+?(\\d+)\\.xml$`).test(f))
        .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
    slides = await Promise.all(byNumber('slides').map((f) => zip.file(f)!.async('string')));
    notes = await Promise.all(byNumber('notesSlides').map((f) => zip.file(f)!.async('string')));
  });

  it('has one slide per deck slide, each with its title as editable text', async () => {
    const deck = (await deckFromFile(SAMPLE)).deck!;
    expect(slides).toHaveLength(deck.slides.length);
    deck.slides.forEach((s, i) => expect(squeeze(xmlText(slides[i]))).toContain(squeeze(s.title)));
  });

  it("holds each slide's speech text in its notes", async () => {
    const deck = (await deckFromFile(SAMPLE)).deck!;
    expect(notes).toHaveLength(deck.slides.length);
    deck.slides.forEach((s, i) => expect(squeeze(xmlText(notes[i]))).toContain(squeeze(s.notes)));
  });

  it('names an East Asian font on every text run', () => {
    for (const xml of slides) {
      const runs = [...xml.matchAll(/<a:rPr\b[^>]*?(?:\/>|>([\s\S]*?)<\/a:rPr>)/g)];
      expect(runs.length).toBeGreaterThan(0);
      for (const [, inner] of runs) expect(inner ?? '').toMatch(/<a:ea typeface="(SimHei|KaiTi|SimSun)"/);
    }
  });

  it('sizes text to fit its box instead of relying on shrink-on-open', () => {
    expect(slides.join('')).not.toContain('normAutofit');
    expect(fitFontSize(['短'], 10, 1, 24, 12)).toBe(24);
    expect(fitFontSize(Array(8).fill('很长的一句话'.repeat(8)), 12, 4, 24, 12)).toBeLessThan(24);
  });

  it.skipIf(!impress)('renders in LibreOffice with every title', async () => {
    execFileSync(soffice!, ['--headless', '--convert-to', 'pdf', '--outdir', out, file], { stdio: 'ignore', timeout: 120_000 });
    const pdf = join(out, 'sample.pdf');
    expect(Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1])).toBe(slides.length);
    const text = squeeze(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
    const deck = (await deckFromFile(SAMPLE)).deck!;
    for (const s of deck.slides) expect(text).toContain(squeeze(s.title));
  });
});
