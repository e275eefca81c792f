// The decks a Vite server or build knows: every speech in the slides folder, or the files given.
import { closeSync, constants, openSync, readdirSync, readSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

/**
 * The speeches of a folder. PDFs are read when named, not found in folders: the PDFs in a folder
 * of speeches are as often what `speechdeck pdf` wrote there.
 */
export const SPEECH_FILE = /\.(txt|md|markdown|html?|docx?|wps)$/i;

export interface DeckSource {
  /** URL-safe name: the file name without its extension. */
  id: string;
  file: string;
}

export const deckId = (file: string): string => basename(file).replace(/(\.deck)?\.[^.]+$/, '');

/** A page speechdeck wrote (a one-file deck beside its speech), which is no speech to read again. */
function ownOutput(file: string): boolean {
  if (!/\.html?$/i.test(file)) return false;
  try {
    const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const head = Buffer.alloc(2048);
      return head.subarray(0, readSync(fd, head, 0, head.length, 0)).toString('utf8').includes('<meta name="generator" content="speechdeck">');
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

export function findDecks(folder: string | undefined, files: readonly string[] | undefined): DeckSource[] {
  const list = files ?? (folder ? readdirSync(folder).filter((f) => SPEECH_FILE.test(f) && !f.startsWith('.')).sort().map((f) => join(folder, f)).filter((f) => !ownOutput(f)) : []);
  return list.map((f) => ({ id: deckId(f), file: resolve(f) }));
}
