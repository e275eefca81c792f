// Part of npm run bench: from saving a speech to its new words on the open deck's slide, in the dev
// server (median of 9 saves, the page in the system's Chromium).
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBrowser, launchBrowser } from '../lib/export/browser.js';
import { startDevServer } from '../scripts/dev-server.js';

export async function saveToVisible(sample) {
  const dir = mkdtempSync(join(tmpdir(), 'sd-bench-hmr-'));
  const speech = join(dir, 'speech.txt');
  copyFileSync(sample, speech);
  const { url, server } = await startDevServer(dir, 6900 + Math.floor(Math.random() * 90));
  const browser = await launchBrowser(findBrowser());
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${url}speech/#/4`);
    await page.waitForFunction(() => window.Reveal?.isReady());
    const original = readFileSync(sample, 'utf8');
    const times = [];
    for (let i = 0; i < 9; i++) {
      const word = `改稿${i}`;
      const started = performance.now();
      writeFileSync(speech, original.replace('看清自己的差距', `看清自己的差距${word}`));
      await page.waitForFunction((w) => document.querySelector('section.present')?.textContent?.includes(w), word, { polling: 'raf' });
      times.push(performance.now() - started);
    }
    return times.sort((a, b) => a - b)[4];
  } finally {
    await browser.close();
    server.kill();
  }
}
