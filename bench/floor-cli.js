// The browser's own print, as #18 sets the floor: `chromium --headless --print-to-pdf` of a static
// page with as many pages as the deck, set in the deck's own cut font, in a fresh profile. Node
// only writes the page and starts the browser; the time is the browser's.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [pages = '21', font] = process.argv.slice(2);
const { findBrowser, BROWSER_FLAGS } = await import('../lib/export/browser.js');
const dir = mkdtempSync(join(tmpdir(), 'sd-floor-cli-'));
const html = join(dir, 'index.html');
const face = font ? `@font-face{font-family:Deck;src:url(${pathToFileURL(font).href}) format('woff')}` : '';
const page = (i) => `<section style="width:1280px;height:720px;break-after:page;font:40px Deck,sans-serif">第 ${i + 1} 页 工作推进会领导讲话材料</section>`;
writeFileSync(html, `<!doctype html><meta charset="utf-8"><style>${face}@page{size:1280px 720px;margin:0}body{margin:0}</style>${Array.from({ length: Number(pages) }, (_, i) => page(i)).join('')}`);
const flags = BROWSER_FLAGS.filter((f) => f !== '--headless');
execFileSync(findBrowser(), ['--headless', ...flags, `--user-data-dir=${join(dir, 'profile')}`, '--no-pdf-header-footer', `--print-to-pdf=${join(dir, 'floor.pdf')}`, pathToFileURL(html).href], { stdio: 'ignore' });
