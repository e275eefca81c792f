// The whole pipeline for one file on disk, as the CLI and the Vite plugin run it.
import { basename } from 'node:path';
import { readSpeechFile } from './ingest/index.js';
import { deckFromBytes, deckFromSpeech, type DeckBuild, type DeckOptions } from './pipeline.js';

export async function deckFromFile(path: string, options: DeckOptions = {}): Promise<DeckBuild> {
  const bytes = await readSpeechFile(path);
  return bytes instanceof Uint8Array ? deckFromBytes(bytes, basename(path), options) : deckFromSpeech(bytes, options);
}
