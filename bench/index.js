// npm run bench: how long the pipeline takes on the sample speech, on this machine.
import { readFileSync, mkdtempSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { saveToVisible } from './hmr.js';
import { ingestText, ingestFile, parseOutline, planSlides, renderMarkdown } from '../lib/index.js';

const SAMPLE = new URL('../slides/gongzuo-tuijinhui.txt', import.meta.url);
const text = readFileSync(SAMPLE, 'utf8');

/** Median milliseconds of `runs` calls after a warm-up. */
function time(fn, runs = 50, warmups = 5) {
  for (let i = 0; i < warmups; i++) fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

const speech = ingestText(text, 'sample.txt');
const outline = parseOutline(speech);
const rows = [
  ['ingest (sample, ' + text.length + ' chars)', time(() => ingestText(text, 'sample.txt'))],
  ['outline', time(() => parseOutline(speech))],
  ['plan', time(() => planSlides(speech, outline))],
  ['render Markdown', time(() => renderMarkdown(planSlides(speech, outline)))],
];

// The longest real speech of ../shared/corpus, when it is there.
const corpus = new URL('../../shared/corpus/', import.meta.url).pathname;
if (existsSync(corpus)) {
  const files = readdirSync(corpus).filter((f) => /\.(txt|md|html)$/.test(f) && !/^[A-Z]+\.md$/.test(f));
  const speeches = await Promise.all(files.map((f) => ingestFile(join(corpus, f))));
  const long = speeches.sort((a, b) => b.text.length - a.text.length)[0];
  rows.push([`outline of ${long.source} (${long.text.length} chars)`, time(() => parseOutline(long))]);
}

// Linear time: outline of a run-on text (no line breaks) at 10 KB, 100 KB, 1 MB and 10 MB.
const flat = text.replace(/\n/g, '');
const scale = [];
for (const size of [10_000, 100_000, 1_000_000, 10_000_000]) {
  const big = ingestText(flat.repeat(Math.ceil(size / flat.length)).slice(0, size), 'big.txt');
  const ms = size >= 10_000_000 ? time(() => parseOutline(big), 3, 1) : time(() => parseOutline(big), size >= 1_000_000 ? 5 : 20);
  scale.push(ms);
  rows.push([`outline of ${size / 1000} KB with no line break (${(size / ms).toFixed(0)} chars/ms)`, ms]);
}

const bin = new URL('../bin/speechdeck.js', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'sd-bench-'));

// Big speeches (the sample repeated, as paragraphs) through whole commands: time and peak memory.
const peaks = [];
for (const mb of [1, 10]) {
  const file = join(out, `big-${mb}mb.txt`);
  writeFileSync(file, Array(Math.ceil((mb * 1024 * 1024) / Buffer.byteLength(text))).fill(text).join('\n'));
  for (const command of ['outline', 'build']) {
    const report = join(out, 'peak.json');
    const args = command === 'build' ? ['build', file, '-o', join(out, `big-${mb}mb`)] : ['outline', file];
    execFileSync(process.execPath, [new URL('./peak.js', import.meta.url).pathname, ...args], { stdio: 'ignore', env: { ...process.env, PEAK_OUT: report } });
    const { code, ms, rssMB } = JSON.parse(readFileSync(report, 'utf8'));
    peaks.push(`${command} of a ${mb} MB speech: ${code === 0 ? 'ok' : `exit ${code}`}, ${(ms / 1000).toFixed(1)} s, peak RSS ${rssMB.toFixed(0)} MB`);
  }
}
const cold = (args) => time(() => execFileSync(process.execPath, [bin, ...args], { stdio: 'ignore' }), 5);
rows.push(['`speechdeck outline --json` (cold process)', cold(['outline', SAMPLE.pathname, '--json'])]);
rows.push(['`speechdeck build` (cold process)', cold(['build', SAMPLE.pathname, '-o', join(out, 'site')])]);

// PDF export against its floor: the same browser, started the same way, printing a plain page
// with as many pages. Both run as cold processes, alternately, median of nine: a cold start on a
// shared machine varies by ±10 %, and alternating keeps both sides under the same conditions.
const slideCount = planSlides(speech, outline).slides.length;
const pdfOut = join(out, 'sample.pdf');
const exportPdf = () => execFileSync(process.execPath, [bin, 'pdf', SAMPLE.pathname, '-o', pdfOut], { stdio: 'ignore' });
const floor = () => execFileSync(process.execPath, [new URL('./floor.js', import.meta.url).pathname, String(slideCount)], { stdio: 'ignore' });
// The browser's own print (chromium --headless --print-to-pdf, fresh profile) in the deck's cut font.
const deckFont = join(out, 'site', 'fonts', 'noto-sans-sc-400.woff');
const cliFloor = () => execFileSync(process.execPath, [new URL('./floor-cli.js', import.meta.url).pathname, String(slideCount), deckFont], { stdio: 'ignore' });
exportPdf(); // warms the font cache, as any second export of a deck finds it
const pdfTimes = [];
const floorTimes = [];
const cliFloorTimes = [];
for (let i = 0; i < 9; i++) {
  for (const [fn, list] of [[exportPdf, pdfTimes], [floor, floorTimes], [cliFloor, cliFloorTimes]]) {
    const t = performance.now();
    fn();
    list.push(performance.now() - t);
  }
}
const median = (list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)];
rows.push([`\`speechdeck pdf\` (cold process, ${slideCount} slides)`, median(pdfTimes)]);
rows.push([`floor: the browser printing ${slideCount} plain pages`, median(floorTimes)]);
rows.push([`floor: chromium --print-to-pdf, ${slideCount} pages, deck font`, median(cliFloorTimes)]);

const hmr = await saveToVisible(SAMPLE.pathname);

console.log(`machine: ${cpus()[0].model}, ${cpus().length} cores, Node ${process.version}`);
for (const [name, ms] of rows) console.log(`${name.padEnd(50)} ${ms.toFixed(2).padStart(9)} ms`);
console.log(`outline 1 MB / 100 KB: ${(scale[2] / scale[1]).toFixed(1)}×, 10 MB / 100 KB: ${(scale[3] / scale[1]).toFixed(1)}×`);
for (const line of peaks) console.log(line);
console.log(`pdf / floor: ${(median(pdfTimes) / median(floorTimes)).toFixed(2)}×, pdf / chromium --print-to-pdf: ${(median(pdfTimes) / median(cliFloorTimes)).toFixed(2)}×`);
console.log(`dev server, save → new words on the open slide: ${hmr.toFixed(0)} ms (median of 9)`);
