// Builds decks as `npm run build` does (the editor included), into a temporary folder.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../../src/export/site.js';

/** Builds every file given (one deck each) and returns the output folder: <out>/<deck>/index.html. */
export async function buildDecks(files: string[]): Promise<string> {
  const outDir = join(mkdtempSync(join(tmpdir(), 'sd-decks-')), 'site');
  await buildSite(files, outDir);
  return outDir;
}
