// Finishing a planned deck by hand, as the editor page does: the cover's fields, a slide's title,
// its bullets (removed, reordered, or chosen from the point's other sentences), its figure cards,
// a slide hidden. Edits name a slide by its key, made from the speech's words (the slide's kind and
// planned title), not by its position: they still apply after the speech text is edited, wherever
// the slide they touch still exists. The speech itself is never changed.
import type { Deck, Slide, SpeechMeta } from '../types.js';

export type CoverField = 'title' | 'meeting' | 'speaker' | 'date' | 'theme';

export type DeckEdit =
  | { op: 'cover'; field: CoverField; value: string }
  | { op: 'slide-title'; key: string; title: string }
  | { op: 'hide'; key: string; hidden: boolean }
  /** The slide's bullets as they should now read, in order. */
  | { op: 'bullets'; key: string; bullets: string[] }
  /** The figure values the slide keeps, in order. */
  | { op: 'figures'; key: string; values: string[] };

/** Keys for a deck's slides as planned: kind and title, with a count for repeats (…（续）). */
export function slideKeys(deck: Deck): string[] {
  const seen = new Map<string, number>();
  return deck.slides.map((s) => {
    const base = `${s.kind}:${s.title}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n ? `${base}#${n}` : base;
  });
}

export interface EditedDeck {
  deck: Deck;
  /** Each slide's key, in the edited deck's order (hidden slides left out). */
  keys: string[];
  /** The planned slides that are hidden, with their keys, so that they can be shown again. */
  hidden: Array<{ key: string; slide: Slide }>;
  /** Every slide in planned order, hidden ones marked: the editor lists them where they stand. */
  all: Array<{ key: string; slide: Slide; hidden: boolean }>;
}

/** The planned deck with the edits applied in order; an edit whose slide is gone is skipped. */
export function applyDeckEdits(planned: Deck, edits: readonly DeckEdit[]): EditedDeck {
  const keys = slideKeys(planned);
  const slides = new Map(keys.map((k, i) => [k, { ...planned.slides[i], bullets: [...planned.slides[i].bullets], figures: [...planned.slides[i].figures] }]));
  /** The slides as planned: a figure removed by one edit can be restored by a later one. */
  const original = new Map(keys.map((k, i) => [k, planned.slides[i]]));
  const hidden = new Set<string>();
  const meta: SpeechMeta = { ...planned.meta };
  for (const edit of edits) {
    if (edit.op === 'cover') {
      if (edit.value.trim()) meta[edit.field] = edit.value.trim();
      else delete meta[edit.field];
      continue;
    }
    const slide = slides.get(edit.key);
    if (!slide) continue;
    if (edit.op === 'slide-title') slide.title = edit.title.trim() || slide.title;
    else if (edit.op === 'hide') (edit.hidden ? hidden.add(edit.key) : hidden.delete(edit.key));
    else if (edit.op === 'bullets') slide.bullets = [...edit.bullets];
    else if (edit.op === 'figures') {
      const { figures, comparison } = original.get(edit.key)!;
      slide.figures = edit.values.map((v) => figures.find((f) => f.value === v)).filter((f) => f !== undefined);
      if (comparison && !edit.values.includes(comparison.actual.value)) delete slide.comparison;
      else if (comparison) slide.comparison = comparison;
    }
  }
  const title = meta.title ?? planned.title;
  const all = keys.map((key) => ({ key, slide: slides.get(key)! }));
  // The cover and the closing slide carry the deck's title.
  for (const { slide } of all) if (slide.kind === 'cover' || (slide.kind === 'closing' && slide.title === planned.title)) slide.title = title;
  return {
    deck: { ...planned, title, meta: { ...meta, title }, slides: all.filter((s) => !hidden.has(s.key)).map((s) => s.slide) },
    keys: all.filter((s) => !hidden.has(s.key)).map((s) => s.key),
    hidden: all.filter((s) => hidden.has(s.key)),
    all: all.map((s) => ({ ...s, hidden: hidden.has(s.key) })),
  };
}
