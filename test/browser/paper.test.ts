// Study materials as an office gets them: the handout and the 学习提纲 as Word files (read back
// from their XML, and converted by LibreOffice as Word or WPS would open them) and as A4 PDFs from
// the browser. The whole speech in order, its outline as real Word headings, an East Asian font on
// every run, page counts an office can print, and no page left half empty.
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { SAMPLE, sentencesOf, speechdeck, squeeze } from '../helpers.js';
import { browserMissing } from './launch.js';

const soffice = ['soffice', 'libreoffice'].find((bin) => spawnSync(bin, ['--version']).status === 0);
const office = !!soffice || !!process.env.CI;
const pages = (pdf: string): number => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);

interface WordParagraph {
  text: string;
  outlineLevel?: number;
  runs: string[];
}

/** The paragraphs of a .docx's document.xml: text, outline level, and each run's XML. */
async function readDocx(file: string): Promise<WordParagraph[]> {
  const xml = await (await JSZip.loadAsync(readFileSync(file))).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1].replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')).join(''),
    ...(/<w:outlineLvl w:val="(\d)"/.test(p) ? { outlineLevel: Number(/<w:outlineLvl w:val="(\d)"/.exec(p)![1]) } : {}),
    runs: [...p.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].map((m) => m[0]),
  }));
}

interface OutlinePoint {
  marker: string;
  headline: string;
  points: OutlinePoint[];
}
const outline: OutlinePoint[] = JSON.parse(speechdeck('outline', SAMPLE, '--json').stdout).points;
const byDepth = (points: OutlinePoint[], depth = 1): Array<[string, number]> => points.flatMap((p) => [[`${p.marker}${p.headline}`, depth] as [string, number], ...byDepth(p.points, depth + 1)]);

describe('the Word files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sd-word-'));
  const handout = join(dir, 'gongzuo-tuijinhui-讲稿.docx');
  const study = join(dir, 'gongzuo-tuijinhui-学习提纲.docx');

  beforeAll(() => {
    const r = speechdeck('word', SAMPLE, '-o', dir);
    expect(r.code, r.stderr).toBe(0);
  });

  it('the handout holds every sentence of the speech, in order', async () => {
    const text = squeeze((await readDocx(handout)).map((p) => p.text).join(''));
    let at = 0;
    for (const sentence of sentencesOf(readFileSync(SAMPLE, 'utf8').replace(/\n看过[\s\S]*$/, ''))) {
      const found = text.indexOf(squeeze(sentence), at);
      expect(found, sentence).toBeGreaterThanOrEqual(0);
      at = found;
    }
  });

  it('sets the outline as Word headings whose outline levels are the points’ depths', async () => {
    const depths = new Map(byDepth(outline));
    const headings = (await readDocx(handout)).filter((p) => p.outlineLevel !== undefined);
    expect(headings.map((h) => h.text)).toEqual(outline.map((p) => `${p.marker}${p.headline}`));
    for (const h of headings) expect(h.outlineLevel! + 1).toBe(depths.get(h.text));
    for (const h of (await readDocx(study)).filter((p) => p.outlineLevel !== undefined)) expect(h.outlineLevel! + 1, h.text).toBe(depths.get(h.text));
  });

  it('names an East Asian font on every run', async () => {
    for (const file of [handout, study]) {
      const runs = (await readDocx(file)).flatMap((p) => p.runs);
      expect(runs.length).toBeGreaterThan(20);
      for (const run of runs) expect(run).toMatch(/<w:rFonts [^>]*w:eastAsia="[^"]+"/);
    }
  });

  it('the 学习提纲 holds every point of depth 1 and 2 verbatim', async () => {
    const lines = (await readDocx(study)).map((p) => p.text);
    for (const [point, depth] of byDepth(outline)) if (depth <= 2) expect(lines).toContain(point);
  });

  it.skipIf(!office)('LibreOffice opens both and prints the handout in ≤ 14 pages, the 学习提纲 in 1–2', () => {
    for (const file of [handout, study]) execFileSync(soffice!, ['--headless', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'ignore', timeout: 120_000 });
    expect(pages(handout.replace(/docx$/, 'pdf'))).toBeLessThanOrEqual(14);
    expect(pages(study.replace(/docx$/, 'pdf'))).toBeGreaterThanOrEqual(1);
    expect(pages(study.replace(/docx$/, 'pdf'))).toBeLessThanOrEqual(2);
  });
});

describe.skipIf(browserMissing)('the A4 PDFs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sd-paper-'));
  const pdf = (name: string, ...flags: string[]): string => {
    const out = join(dir, name);
    const r = speechdeck('pdf', SAMPLE, ...flags, '-o', out);
    expect(r.code, r.stderr).toBe(0);
    return out;
  };

  it('prints the handout in ≤ 14 pages, none more than 40 % empty but the last', () => {
    const file = pdf('handout.pdf', '--handout');
    const count = pages(file);
    expect(count).toBeLessThanOrEqual(14);
    // Text area of A4 after GB/T 9704: from 37 mm below the top to 35 mm above the bottom.
    const [top, bottom] = [(37 / 25.4) * 72, 842 - (35 / 25.4) * 72];
    const bbox = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
    const perPage = bbox.split('<page ').slice(1).map((page) => Math.max(...[...page.matchAll(/yMax="([\d.]+)"/g)].map((m) => Number(m[1])).filter((y) => y < bottom + 4)));
    expect(perPage).toHaveLength(count);
    perPage.slice(0, -1).forEach((lowest, i) => expect((bottom - lowest) / (bottom - top), `page ${i + 1}`).toBeLessThanOrEqual(0.4));
    expect(squeeze(execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' }))).toContain('—1—');
  });

  it('prints the 学习提纲 on one or two pages, and the handout with small slides when asked', () => {
    const count = pages(pdf('study.pdf', '--study'));
    expect(count).toBeGreaterThanOrEqual(1);
    expect(count).toBeLessThanOrEqual(2);
    const withSlides = pdf('handout-slides.pdf', '--handout', '--slides', 'small');
    expect(pages(withSlides)).toBeGreaterThan(pages(join(dir, 'handout.pdf')));
    expect(squeeze(execFileSync('pdftotext', [withSlides, '-'], { encoding: 'utf8' }))).toContain('第一，要全力完成各项目标任务');
  });
});
