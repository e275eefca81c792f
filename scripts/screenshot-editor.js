// Part of npm run screenshots: the editor with the sample loaded, from the dev server (fonts served).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findBrowser, launchBrowser } from '../lib/export/browser.js';
import { startDevServer } from './dev-server.js';

const root = new URL('..', import.meta.url).pathname;
const { url, server } = await startDevServer(join(root, 'slides'), 5391);
const browser = await launchBrowser(findBrowser());
// The common office laptop's screen.
const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
await page.goto(`${url}editor/`);
await page.fill('#paste', readFileSync(join(root, 'slides/gongzuo-tuijinhui.txt'), 'utf8'));
await page.frameLocator('#preview').locator('section.point').first().waitFor({ state: 'attached' });
// A slide open for its fixes, as a user sees it after one click.
await page.locator('#slide-list > li', { hasText: '所谓有欣喜' }).first().click();
await page.evaluate(() => document.fonts.ready);
await page.waitForTimeout(1500);
await page.screenshot({ path: join(root, 'docs', 'editor.png') });
await browser.close();
server.kill();
