// A meeting-room PC with no Chinese font: Chromium is started with a fontconfig that offers only
// Latin fonts, and every glyph of the sample deck must still come from the fonts the deck ships.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, SAMPLE, speechdeck } from '../helpers.js';
import { browserMissing, platformFonts } from './launch.js';
import { BROWSER_FLAGS } from '../../src/export/browser.js';

const LATIN_FONT_DIRS = ['/usr/share/fonts/truetype/dejavu', '/usr/share/fonts/truetype/liberation'].filter(existsSync);

/** Total size of a folder's files. */
const sizeOf = (dir: string): number =>
  readdirSync(dir).reduce((sum, f) => sum + (statSync(join(dir, f)).isDirectory() ? sizeOf(join(dir, f)) : statSync(join(dir, f)).size), 0);

describe.skipIf(browserMissing)('the sample deck on a machine without Chinese fonts', () => {
  const work = mkdtempSync(join(tmpdir(), 'sd-nocjk-'));
  const out = join(work, 'deck');
  let browser: Browser;

  beforeAll(async () => {
    expect(speechdeck('build', SAMPLE, '-o', out).code).toBe(0);
    const config = join(work, 'fonts.conf');
    writeFileSync(config, `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n${LATIN_FONT_DIRS.map((d) => `  <dir>${d}</dir>`).join('\n')}\n  <cachedir>${work}/cache</cachedir>\n</fontconfig>\n`);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: BROWSER_FLAGS, env: { ...process.env, FONTCONFIG_FILE: config } });
  });
  afterAll(() => browser?.close());

  it('draws every character of every slide in a shipped font (no tofu)', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`file://${join(out, 'index.html')}?print-pdf`);
    await page.waitForSelector('.pdf-page');
    await page.evaluate(() => document.fonts.ready);
    const nodes = await platformFonts(page, '.pdf-page section :is(h1, h2, h3, p, li, strong, figcaption)');
    expect(nodes.length).toBeGreaterThan(80);
    const system = new Set<string>();
    let glyphs = 0;
    for (const fonts of nodes) {
      for (const f of fonts) {
        glyphs += f.glyphCount;
        if (!f.isCustomFont) system.add(`${f.familyName} (${f.glyphCount} glyphs)`);
      }
    }
    expect([...system]).toEqual([]);
    expect(glyphs).toBeGreaterThan(1500);
  });

  it('stays small: the built deck, fonts included, is at most 3 MB', () => {
    expect(sizeOf(out)).toBeLessThanOrEqual(3 * 1024 * 1024);
  });
});
