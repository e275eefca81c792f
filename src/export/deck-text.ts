// The characters a deck shows, for its fonts: in its headings, on its slides, and with its notes.
import type { RenderedDeck } from '../render/markdown-it.js';
import { SPEAKER_TEXT } from '../render/runtime/speaker-view.js';
import type { PaperDocument } from '../types.js';

/** What paper pages add: page numbers (— 1 —) and the 学习提纲 heading. */
const PAPER_CHROME = '— 0123456789学习提纲';

/** Words the pages add around the speech: the agenda heading, "（续）", slide and page numbers, the speaker view. */
export const CHROME_TEXT = `主要内容（续）第页共 0123456789/·…—${SPEAKER_TEXT}`;

export interface DeckText {
  /** Titles and figures: what is set in bold. */
  headings: string;
  /** Everything the slides show. */
  slides: string;
  /** The slides and their notes (the handout prints both). */
  all: string;
  /** The curly quotes among them, which the 楷体 lines take from a face that sets them full-width. */
  quotes: string;
  /** What the paper documents (handout, 学习提纲) print, when there are any: their serif faces cover it. */
  paper: string;
  /** Their titles, headings and bold statements. */
  paperHeads: string;
}

export function deckText({ meta, slides }: Pick<RenderedDeck, 'meta' | 'slides'>, paper: readonly PaperDocument[] = []): DeckText {
  // A point's part shows above its title (data-crumb), in the regular face.
  const bodies = slides.map((s) => `${s.body}\n${s.attributes['data-crumb'] ?? ''}`).join('\n');
  const bold = [...bodies.matchAll(/^#{1,2} (.*)$|<strong>(.*?)<\/strong>/gm)].map((m) => m[1] ?? m[2]).join('');
  const shown = Object.values(meta).join('') + bodies + CHROME_TEXT;
  const all = shown + slides.map((s) => s.notes).join('');
  // A run is a head when it is bold or no paragraph's (titles, headings): the bold faces cover those.
  const runs = paper.flatMap((d) => d.blocks.flatMap((b) => b.runs.map((r) => ({ text: r.text, head: !!r.bold || b.kind !== 'paragraph' }))));
  const printed = runs.length ? runs.map((r) => r.text).join('') + PAPER_CHROME : '';
  const heads = runs.some((r) => r.head) ? runs.filter((r) => r.head).map((r) => r.text).join('') + PAPER_CHROME : '';
  return { headings: (meta.title ?? '') + bold + CHROME_TEXT, slides: shown, all: all + printed, quotes: (all + printed).replace(/[^‘’“”]/g, ''), paper: printed, paperHeads: heads };
}
