// npm run screenshots: small PNGs of the sample deck for the README (docs/), taken in the system Chromium.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBrowser, launchBrowser } from '../lib/export/browser.js';

const root = new URL('..', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'sd-shots-'));
execFileSync(process.execPath, [join(root, 'bin/speechdeck.js'), 'build', join(root, 'slides/gongzuo-tuijinhui.txt'), '-o', out], { stdio: 'inherit' });
const browser = await launchBrowser(findBrowser());
const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 0.5 });
await page.goto(`file://${join(out, 'index.html')}`);
await page.waitForFunction(() => window.Reveal?.isReady());
for (const [slide, name] of [[0, 'cover'], [2, 'divider'], [3, 'point'], [6, 'figures']]) {
  await page.evaluate((i) => window.Reveal.slide(i), slide);
  await page.waitForTimeout(600);
  await page.screenshot({ path: join(root, 'docs', `sample-${name}.png`) });
}
await browser.close();
