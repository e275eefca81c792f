// npm run screenshots: small PNGs of the sample deck for the README (docs/), one of each kind of
// slide, taken in the system Chromium. The sample has no one-statement point: that one is taken
// from a corpus speech when ../shared is there.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBrowser, launchBrowser } from '../lib/export/browser.js';

const root = new URL('..', import.meta.url).pathname;
const statementSource = join(root, '../shared/corpus/cpc_20da_shilu_2022.md');
const shots = [
  { speech: join(root, 'slides/gongzuo-tuijinhui.txt'), slides: [[0, 'cover'], [2, 'divider'], [3, 'point'], [6, 'chart'], [8, 'cards']] },
  ...(existsSync(statementSource) ? [{ speech: statementSource, slides: [[4, 'statement']] }] : []),
];
const browser = await launchBrowser(findBrowser());
const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 0.5 });
for (const { speech, slides } of shots) {
  const out = mkdtempSync(join(tmpdir(), 'sd-shots-'));
  execFileSync(process.execPath, [join(root, 'bin/speechdeck.js'), 'build', speech, '-o', out], { stdio: 'inherit' });
  await page.goto(`file://${join(out, 'index.html')}`);
  await page.waitForFunction(() => window.Reveal?.isReady());
  await page.evaluate(() => window.Reveal.configure({ transition: 'none', backgroundTransition: 'none' }));
  for (const [slide, name] of slides) {
    await page.evaluate((i) => window.Reveal.slide(i), slide);
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(root, 'docs', `sample-${name}.png`) });
  }
}
await browser.close();
