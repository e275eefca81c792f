// The runtime prebuilt by `npm run compile` under lib/runtime, as the pages that inline it need it:
// the paper pages' script and styles, the deck's script, and the hashes of every inline script the
// project runs (its own pages', and the speaker view's that reveal.js writes).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../vite/paths.js';
import { scriptHash } from '../render/csp.js';
import { FONTS_FIRST_SCRIPT } from '../render/runtime/fit.js';

export const RUNTIME_DIR = join(PACKAGE_ROOT, 'lib/runtime');

const cache = new Map<string, string>();

/** A file of the prebuilt runtime (assets/deck.js, assets/paper.css, csp.json…), read once. */
export function runtimeFile(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    try {
      text = readFileSync(join(RUNTIME_DIR, name), 'utf8');
    } catch {
      throw new Error(`没有找到预先构建的幻灯片运行文件 ${join(RUNTIME_DIR, name)}：请先运行 npm run compile`);
    }
    cache.set(name, text);
  }
  return text;
}

/** Hashes of the speaker view's inline scripts, which run in a window the deck writes. */
export const speakerViewHashes = (): string[] => JSON.parse(runtimeFile('csp.json')).speakerView;

/** Every inline script the project runs anywhere: what a page that writes other pages (the editor) allows. */
export const ownScriptHashes = (): string[] => [
  ...speakerViewHashes(),
  scriptHash(runtimeFile('assets/deck.js')),
  scriptHash(runtimeFile('assets/paper.js')),
  scriptHash(FONTS_FIRST_SCRIPT),
];
