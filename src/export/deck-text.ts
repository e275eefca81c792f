// The characters a deck shows, for its fonts: its slides alone, and with its notes.
import { splitDeckMarkdown } from '../render/deck-markdown.js';

/** Words the pages add around the speech: the agenda heading, "（续）", slide and page numbers. */
export const CHROME_TEXT = '主要内容（续）第页共 0123456789/·…—';

export function deckText(markdown: string): { all: string; slides: string } {
  const { meta, slides } = splitDeckMarkdown(markdown);
  const head = Object.values(meta).join('');
  const shown = head + slides.map((s) => s.body).join('') + CHROME_TEXT;
  return { slides: shown, all: shown + slides.map((s) => s.notes).join('') };
}
