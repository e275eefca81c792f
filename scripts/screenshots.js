// npm run screenshots: small PNGs of the sample deck for the README (docs/), taken in the system Chromium.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'sd-shots-'));
execFileSync(process.execPath, [join(root, 'bin/speechdeck.js'), 'build', join(root, 'slides/gongzuo-tuijinhui.txt'), '-o', out], { stdio: 'inherit' });
const browser = await chromium.launch({
  executablePath: process.env.SPEECHDECK_BROWSER ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 0.5 });
await page.goto(`file://${join(out, 'index.html')}`);
await page.waitForFunction(() => window.Reveal?.isReady());
for (const [slide, name] of [[0, 'cover'], [2, 'divider'], [3, 'point'], [6, 'figures']]) {
  await page.evaluate((i) => window.Reveal.slide(i), slide);
  await page.waitForTimeout(600);
  await page.screenshot({ path: join(root, 'docs', `sample-${name}.png`) });
}
await browser.close();
