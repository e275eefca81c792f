// Builds decks with the Vite plugin, as `npm run build` does, into a temporary folder.
import { build } from 'vite';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { speechdeck, PACKAGE_ROOT } from '../../src/vite/index.js';

/** Builds every file given (one deck each) and returns the output folder: <out>/<deck>/index.html. */
export async function buildDecks(files: string[]): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'sd-decks-'));
  await build({
    configFile: false,
    envDir: false,
    publicDir: false,
    root: PACKAGE_ROOT,
    logLevel: 'silent',
    css: { postcss: {} },
    plugins: [speechdeck({ files })],
    build: { outDir, emptyOutDir: false, reportCompressedSize: false },
  });
  return outDir;
}
