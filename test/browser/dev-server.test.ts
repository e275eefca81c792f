// `speechdeck dev` (what `npm start` runs): an index of the decks in a folder, each deck reloading
// when its speech is saved, and a bad file shown on its own page without stopping the server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { ROOT, SAMPLE } from '../helpers.js';
import { browserMissing, launch, revealReady, watch } from './launch.js';

describe.skipIf(browserMissing)('the dev server', () => {
  const slides = mkdtempSync(join(tmpdir(), 'sd-dev-'));
  const speech = join(slides, 'tuijinhui.txt');
  let server: ChildProcess;
  let url = '';

  let browser: Browser;

  beforeAll(async () => {
    copyFileSync(SAMPLE, speech);
    writeFileSync(join(slides, 'second.md'), '---\ntitle: 第二篇讲话\n---\n第一，要抓落实。\n第二，要见实效。\n');
    server = spawn(process.execPath, [join(ROOT, 'bin/speechdeck.js'), 'dev', slides, '--port', String(5300 + Math.floor(Math.random() * 500))], { cwd: ROOT });
    url = await new Promise<string>((resolve, reject) => {
      let out = '';
      server.stdout!.on('data', (d) => {
        out += String(d).replace(/\x1b\[[0-9;]*m/g, '');
        const m = /Local:\s+(http:\/\/\S+)/.exec(out);
        if (m) resolve(m[1]);
      });
      server.on('exit', (code) => reject(new Error(`dev server exited ${code}: ${out}`)));
    });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    server?.kill();
  });

  it('answers 50 malformed requests and stays up', async () => {
    const bad = ['/%E0%A4%A', '/%', '/%ZZ', '/%E4%B8', '/editor/%C3%28', '/tuijinhui/%FF', '/%00', '/..%2F..%2Fetc%2Fpasswd', '/%2e%2e/%2e%2e/', '/%u4e00'];
    for (let i = 0; i < 50; i++) {
      const r = await fetch(`${url.replace(/\/$/, '')}${bad[i % bad.length]}?i=${i}`);
      expect(r.status, bad[i % bad.length]).toBeLessThan(500);
    }
    expect(server.exitCode).toBe(null);
    expect((await fetch(url)).status).toBe(200);
  });

  it('lists every speech in the folder', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    expect(await page.locator('li a').allTextContents()).toEqual(['第二篇讲话', '工作推进会领导讲话材料']);
  });

  it('serves the editor, which runs the pipeline in the page', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 800 } });
    const seen = watch(page, new URL(url).origin);
    await page.goto(`${url}editor/`);
    await page.fill('#paste', readFileSync(SAMPLE, 'utf8'));
    await expect.poll(() => page.frameLocator('#preview').locator('section.point').count()).toBe(15);
    expect(seen.external).toEqual([]);
    await page.close();
  });

  it('updates an open deck in place when its speech is saved, on the slide shown, and survives a bad save', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const seen = watch(page, new URL(url).origin);
    await page.goto(`${url}tuijinhui/#/4`);
    await revealReady(page);
    const title = () => page.locator('section.present h2').textContent();
    expect(await title()).toBe('所谓有感触，就是要看清自己的差距和不足，进一步增强发展紧迫感');
    // State of the page that a reload would lose.
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    let reloads = 0;
    page.on('load', () => reloads++);
    // The speaker view, open beside the deck, follows with the new words of the slide's notes.
    const [speakerView] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    const notes = () => speakerView.evaluate(() => document.querySelector('.speaker-controls-notes')?.textContent ?? '');
    await expect.poll(notes, { timeout: 10_000 }).toContain('所谓有感触，就是要看清自己的差距和不足');

    const original = readFileSync(speech, 'utf8');
    writeFileSync(speech, original.replace('所谓有感触，就是要看清自己的差距和不足', '所谓有感触，就是要看清我们的差距和不足'));
    await expect.poll(title, { timeout: 10_000 }).toBe('所谓有感触，就是要看清我们的差距和不足，进一步增强发展紧迫感');
    expect(page.url()).toMatch(/#\/4$/);
    await expect.poll(notes, { timeout: 10_000 }).toContain('所谓有感触，就是要看清我们的差距和不足');

    // A save that breaks the speech: Vite's overlay says why, the deck stays as it was.
    writeFileSync(speech, '');
    await expect.poll(() => page.locator('vite-error-overlay').count(), { timeout: 10_000 }).toBe(1);
    expect(await page.evaluate(() => document.querySelector('vite-error-overlay')!.shadowRoot!.textContent)).toContain('文件中没有讲话正文');
    expect(await title()).toBe('所谓有感触，就是要看清我们的差距和不足，进一步增强发展紧迫感');

    writeFileSync(speech, original);
    await expect.poll(title, { timeout: 10_000 }).toBe('所谓有感触，就是要看清自己的差距和不足，进一步增强发展紧迫感');
    expect(await page.locator('vite-error-overlay').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(42);
    expect(reloads).toBe(0);
    expect(seen.external).toEqual([]);
  });

  it('shows an error page for a speech that never built, and the deck once it does', async () => {
    const broken = join(slides, 'broken.txt');
    writeFileSync(broken, '');
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    try {
      await page.goto(`${url}broken/`);
      expect(await page.locator('pre').textContent()).toContain('broken.txt: 错误：文件中没有讲话正文');
      const loaded = page.waitForEvent('load');
      writeFileSync(broken, '第一，要抓落实。\n第二，要见实效。\n');
      await loaded;
      await revealReady(page);
      expect(await page.locator('.slides section').count()).toBeGreaterThan(1);
    } finally {
      rmSync(broken);
      await page.close();
    }
  });

  it('answers at once when a named pipe sits in the folder, and says what it is', async () => {
    const pipe = join(slides, 'pipe.txt');
    expect(spawnSync('mkfifo', [pipe]).status).toBe(0);
    try {
      const started = Date.now();
      expect((await fetch(url, { signal: AbortSignal.timeout(5000) })).status).toBe(200);
      const page = await (await fetch(`${url}pipe/`, { signal: AbortSignal.timeout(5000) })).text();
      expect(page).toContain('这不是普通文件');
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      rmSync(pipe);
    }
  });
});
