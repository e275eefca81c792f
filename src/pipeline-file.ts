// The whole pipeline for one file on disk, as the CLI and the Vite plugin run it.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ingestFile } from './ingest/index.js';
import { deckFromBytes, deckFromSpeech, isDeckMarkdown, type DeckBuild, type DeckOptions } from './pipeline.js';

export async function deckFromFile(path: string, options: DeckOptions = {}): Promise<DeckBuild> {
  if (!isDeckMarkdown(path)) return deckFromSpeech(await ingestFile(path), options);
  return deckFromBytes(await readFile(path), basename(path), options);
}
