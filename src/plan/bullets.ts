// Bullets for a point that has no sub-points: its key sentences, verbatim, trimmed at clauses.
import { clip, splitSentences } from './clauses.js';

/** Words that carry a directive: the sentences a secretary would underline. */
const DIRECTIVE = /要|必须|务必|确保|坚持|加快|着力|切实|全力|坚决|推动|强化|加强/;
const FIGURE = /[0-9]+(?:\.[0-9]+)?(?:%|％)|连续[0-9]/;

export interface Bullet {
  text: string;
  /** Offset in the speech where the bullet's words start. */
  at: number;
}

/** Up to `limit` key sentences of text[start, end), in the speech's order. */
export function keySentences(text: string, start: number, end: number, limit: number, max: number): Bullet[] {
  const scored = splitSentences(text, start, end)
    .filter((s) => s.text.length >= 8)
    .map((s, order) => ({ s, order, score: (FIGURE.test(s.text) ? 2 : 0) + (DIRECTIVE.test(s.text) ? 1 : 0) }))
    .filter((x) => x.score > 0);
  return scored
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .sort((a, b) => a.order - b.order)
    .map(({ s }) => ({ text: clip(s.text, max), at: s.start }));
}
