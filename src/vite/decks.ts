// The decks a Vite server or build knows: every speech in the slides folder, or the files given.
import { readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

export const SPEECH_FILE = /\.(txt|md|markdown|html?|docx)$/i;

export interface DeckSource {
  /** URL-safe name: the file name without its extension. */
  id: string;
  file: string;
}

export const deckId = (file: string): string => basename(file).replace(/(\.deck)?\.[^.]+$/, '');

export function findDecks(folder: string | undefined, files: readonly string[] | undefined): DeckSource[] {
  const list = files ?? (folder ? readdirSync(folder).filter((f) => SPEECH_FILE.test(f) && !f.startsWith('.')).sort().map((f) => join(folder, f)) : []);
  return list.map((f) => ({ id: deckId(f), file: resolve(f) }));
}
