// A speech is untrusted input. Payloads of every kind (script, style, images, frames, javascript:
// URLs, Markdown, HTML blocks, YAML fields), in a .txt, a .docx and a saved web page, through every
// output — the deck, the handout and print pages, the one-file deck, the editor, the PDFs, the
// .pptx — loaded in Chromium from file://: no script runs, nothing is fetched (a trap server on this
// machine counts every request), and every payload reads verbatim where the speech's words are.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { speechdeck, squeeze } from '../helpers.js';
import { browserMissing, launch, revealReady, watch } from './launch.js';
import { buildDecks } from './build-decks.js';
import { frontMatterPayloads, payloads } from '../injection/payloads.js';
import { escapeHtml } from '../../src/render/escape.js';

const CN = '一二三四五六七八九十';

/** A speech of the payloads: a part heading every eleven lines, the others paragraphs under it. */
const speechLines = (list: string[]): string[] =>
  list.flatMap((p, i) => (i % 11 === 0 ? [`${CN[i / 11]}、关于${p}`, `我们要做好${p}。`] : [p]));

const yaml = (fields: Record<string, string>): string => ['---', ...Object.entries(fields).map(([k, v]) => `${k}: ${JSON.stringify(v)}`), '---'].join('\n');

describe.skipIf(browserMissing)('a hostile speech through every output', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sd-inject-'));
  const hits: string[] = [];
  let trap: Server;
  let url: string;
  let list: string[];
  let front: Record<string, string>;
  let browser: Browser;
  let site: string;
  const inputs = ['speech.txt', 'speech.docx', 'speech.html', 'speech.md'];
  const hitsBefore: Record<string, string[]> = {};

  beforeAll(async () => {
    trap = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.end('');
    });
    await new Promise<void>((r) => trap.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(trap.address() as { port: number }).port}`;
    list = payloads(url);
    front = frontMatterPayloads(url);
    const lines = speechLines(list);
    writeFileSync(join(dir, 'speech.txt'), `${yaml(front)}\n同志们：\n${lines.join('\n')}\n`);
    writeFileSync(join(dir, 'speech.md'), `${yaml(front)}\n同志们：\n\n${lines.join('\n\n')}\n`);
    const docx = new Document({ sections: [{ children: ['同志们：', ...lines].map((l) => new Paragraph({ children: [new TextRun(l)] })) }] });
    writeFileSync(join(dir, 'speech.docx'), await Packer.toBuffer(docx));
    // A saved page: the payloads as its text, and some as its own markup, which is not the speech.
    const raw = list.filter((p) => p.startsWith('<') && !p.startsWith('<!')).slice(0, 20);
    writeFileSync(
      join(dir, 'speech.html'),
      `<!doctype html><html><head><title>${escapeHtml(front.title)}</title><script>document.documentElement.setAttribute('data-pwned','page')</script></head><body><article>${['同志们：', ...lines].map((l) => `<p>${escapeHtml(l)}</p>`).join('')}${raw.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
    );
    for (const input of inputs) {
      const name = input.replace('.', '-');
      for (const args of [
        ['build', input, '-o', `${name}-site`],
        ['build', input, '--single-file', '-o', `${name}.html`],
        ['pdf', input, '-o', `${name}.pdf`],
        ['pdf', input, '--handout', '-o', `${name}-handout.pdf`],
        ['pptx', input, '-o', `${name}.pptx`],
      ]) {
        const r = speechdeck(...args.map((a, i) => (i === 1 || i === args.length - 1 ? join(dir, a) : a)));
        expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
      }
      hitsBefore[input] = [...hits];
    }
    [site, browser] = await Promise.all([buildDecks([join(dir, 'speech.txt')]), launch()]);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    trap?.close();
  });

  it('has at least 60 payloads', () => expect(list.length + Object.keys(front).length).toBeGreaterThanOrEqual(60));

  it('asks nothing of the network while building, printing PDFs and writing .pptx', () => {
    expect(hitsBefore['speech.md']).toEqual([]);
  });

  /** Opens a page, steps through its slides, and returns what ran and what was asked for. */
  async function visit(file: string): Promise<{ page: Page; pwned: string[]; external: string[]; dialogs: number }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const seen = watch(page);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(`file://${file}`);
    await page.waitForLoadState('load');
    if (await page.evaluate(() => 'Reveal' in window)) {
      await revealReady(page);
      await page.evaluate(async () => {
        const reveal = (window as unknown as { Reveal: { getTotalSlides(): number; slide(i: number): void } }).Reveal;
        for (let i = 0; i < reveal.getTotalSlides(); i++) {
          reveal.slide(i);
          await new Promise((r) => setTimeout(r, 10));
        }
      });
    }
    await page.waitForTimeout(300);
    // Script that ran, and markup of the speech's that became elements (which the policy might still stop).
    const pwned: string[] = [];
    for (const frame of page.frames()) {
      const found = await frame
        .evaluate(() => {
          const marks = [document.documentElement.getAttribute('data-pwned') ?? ''];
          for (const el of document.querySelectorAll('*')) {
            if (el.tagName === 'SCRIPT' && el.textContent!.includes('data-pwned')) marks.push(`<script> ${el.textContent!.slice(0, 40)}`);
            for (const a of el.attributes) {
              if (/^on/i.test(a.name) || (/^(src|href|srcset|data|action|formaction|background|style|content|srcdoc)$/i.test(a.name) && /127\.0\.0\.1|javascript:|data-pwned/i.test(a.value))) {
                marks.push(`<${el.tagName.toLowerCase()} ${a.name}="${a.value.slice(0, 40)}">`);
              }
            }
          }
          return marks.filter(Boolean);
        })
        .catch(() => []);
      pwned.push(...found);
    }
    return { page, pwned, external: seen.external, dialogs };
  }

  const pages = (input: string): string[] => {
    const name = input.replace('.', '-');
    const s = join(dir, `${name}-site`);
    return [join(s, 'index.html'), join(s, 'handout.html'), join(s, 'print.html'), join(dir, `${name}.html`)];
  };

  it.each(inputs)('%s: no script runs and nothing is fetched, on any page', async (input) => {
    for (const file of pages(input)) {
      const before = hits.length;
      const { page, pwned, external, dialogs } = await visit(file);
      const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '');
      await page.close();
      expect({ file, pwned, external, dialogs, hits: hits.slice(before) }).toEqual({ file, pwned: [], external: [], dialogs: 0, hits: [] });
      expect(csp, file).toMatch(/default-src 'none'/);
    }
  });

  it.each(['speech.txt', 'speech.docx', 'speech.html'])('%s: every payload reads verbatim in the deck, the one-file deck and the handout', async (input) => {
    for (const file of pages(input).filter((f) => !f.endsWith('print.html'))) {
      const page = await browser.newPage();
      await page.goto(`file://${file}`);
      const text = squeeze(await page.evaluate(() => document.querySelector('.slides, body')!.textContent ?? ''));
      const missing = list.filter((p) => !text.includes(squeeze(p)));
      expect({ file, missing }).toEqual({ file, missing: [] });
      // The front matter's values are words on the cover, never slides or notes of their own.
      if (input === 'speech.txt') {
        for (const value of Object.values(front)) expect(text, file).toContain(squeeze(value));
        const titles = await page.locator('section h1, section h2, .sheet h1, .sheet h2').allTextContents();
        expect(titles).not.toContain('注入的标题');
      }
      await page.close();
    }
  });

  it('the .pptx holds every payload as text', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'speech-txt.pptx')));
    const xml = await Promise.all(Object.keys(zip.files).filter((f) => /^ppt\/(slides|notesSlides)\/\w+\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
    const text = squeeze(
      xml
        .flatMap((x) => [...x.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]))
        .join('')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&'),
    );
    expect(list.filter((p) => !text.includes(squeeze(p)))).toEqual([]);
  });

  it('the editor shows the speech in its preview, and nothing in it runs or loads', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 800 } });
    const seen = watch(page);
    const before = hits.length;
    await page.goto(`file://${join(site, 'editor', 'index.html')}`);
    await page.setInputFiles('#file', join(dir, 'speech.txt'));
    await page.frameLocator('#preview').locator('section.cover').waitFor({ state: 'attached' });
    await page.waitForTimeout(500);
    const preview = page.frames().find((f) => f !== page.mainFrame())!;
    const text = squeeze(await preview.evaluate(() => document.querySelector('.slides')!.textContent ?? ''));
    const marks = await Promise.all(page.frames().map((f) => f.evaluate(() => document.documentElement.getAttribute('data-pwned'))));
    await page.close();
    expect(marks.filter(Boolean)).toEqual([]);
    expect(seen.external).toEqual([]);
    expect(hits.slice(before)).toEqual([]);
    expect(list.filter((p) => !text.includes(squeeze(p)))).toEqual([]);
  });
});
