// One HTML file that holds the whole deck (script, styles, fonts), for a USB stick: it opens by
// double-click with no network, speaker view included.
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from './site.js';
import { guardInputs, writeFileAtomic } from './write.js';
import { inlineScript } from '../render/document.js';

const MIME: Record<string, string> = { woff: 'font/woff', woff2: 'font/woff2' };

/** A built single-deck site → one self-contained page. */
export async function inlineSite(site: string): Promise<string> {
  const html = await readFile(join(site, 'index.html'), 'utf8');
  const css = await readFile(join(site, 'assets/deck.css'), 'utf8');
  const js = await readFile(join(site, 'assets/deck.js'), 'utf8');
  let page = inlineScript(
    html.replace(/<link rel="stylesheet" href="\.\/assets\/deck\.css">/, () => `<style>${css}</style>`).replace(/<script defer src="\.\/assets\/deck\.js"><\/script>\n?/, ''),
    js,
  );
  const fonts = [...page.matchAll(/url\((fonts\/[^)]+)\)/g)].map((m) => m[1]);
  for (const font of new Set(fonts)) {
    const data = (await readFile(join(site, font))).toString('base64');
    page = page.replaceAll(`url(${font})`, `url(data:${MIME[font.split('.').pop()!] ?? 'application/octet-stream'};base64,${data})`);
  }
  return page;
}

export async function exportSingleFile(file: string, out: string, options: { theme?: string } = {}): Promise<void> {
  guardInputs(out, [file]);
  const site = await mkdtemp(join(tmpdir(), 'speechdeck-single-'));
  try {
    await buildSite([file], site, { single: true, ...options });
    await writeFileAtomic(out, await inlineSite(site));
  } finally {
    await rm(site, { recursive: true, force: true });
  }
}
