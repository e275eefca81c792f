// The floor for PDF export: the same browser, started the same way, printing a plain static page
// with as many pages as the deck has slides. `npm run bench` runs it as a cold process, like the CLI.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const pages = Number(process.argv[2] ?? 21);
const { findBrowser, launchBrowser } = await import('../lib/export/browser.js');
const dir = mkdtempSync(join(tmpdir(), 'sd-floor-'));
const html = join(dir, 'index.html');
const page = (i) => `<section style="width:1330px;height:748px;break-after:page;font:40px sans-serif">Page ${i + 1}</section>`;
writeFileSync(html, `<!doctype html><style>@page{size:1330px 748px;margin:0}body{margin:0}</style>${Array.from({ length: pages }, (_, i) => page(i)).join('')}`);
const browser = await launchBrowser(findBrowser());
const tab = await browser.newPage();
await tab.goto(pathToFileURL(html).href);
writeFileSync(join(dir, 'floor.pdf'), await tab.pdf({ preferCSSPageSize: true, printBackground: true }));
await browser.close();
