// One HTML file that holds the whole deck (script, styles, fonts), for a USB stick: it opens by
// double-click with no network, speaker view included.
import { readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from './site.js';
import { guardInputs, removeTemp, tempDirBeside, writeFileAtomic } from './write.js';
import { inlineScript } from '../render/document.js';

const MIME: Record<string, string> = { woff: 'font/woff', woff2: 'font/woff2' };

/**
 * A built single-deck site → one self-contained page. Only the site's own assets are inlined, by
 * name, and only in the page's head: the speech's words (url(fonts/../../etc/…)) are never a path.
 */
export async function inlineSite(site: string): Promise<string> {
  const html = await readFile(join(site, 'index.html'), 'utf8');
  const split = html.indexOf('</head>');
  let head = html.slice(0, split);
  const css = await readFile(join(site, 'assets/deck.css'), 'utf8');
  const js = await readFile(join(site, 'assets/deck.js'), 'utf8');
  head = head.replace('<link rel="stylesheet" href="./assets/deck.css">', () => `<style>${css}</style>`).replace(/<script defer src="\.\/assets\/deck\.js"><\/script>\n?/, '');
  for (const font of await readdir(join(site, 'fonts'))) {
    const type = MIME[font.split('.').pop()!] ?? 'application/octet-stream';
    const data = (await readFile(join(site, 'fonts', font))).toString('base64');
    head = head.replaceAll(`url(fonts/${font})`, () => `url(data:${type};base64,${data})`);
  }
  return inlineScript(head + html.slice(split), js);
}

export async function exportSingleFile(file: string, out: string, options: { theme?: string } = {}): Promise<void> {
  guardInputs(out, [file]);
  const site = await tempDirBeside(join(tmpdir(), 'speechdeck-single'));
  try {
    await buildSite([file], site, { single: true, ...options });
    await writeFileAtomic(out, await inlineSite(site));
  } finally {
    await removeTemp(site);
  }
}
