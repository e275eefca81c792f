// Bullets for a point without sub-points: the sentences a secretary would underline in it, verbatim.
//
// The rule, in DESIGN's terms: the point's own statement is its slide's title; its bullets are the
// sentences of the point's own text that carry its requirements (要…, 必须…, 确保…), its figures
// and its deadlines, the sentence that leads its text first among equals, shown in the speech's
// order. Never an anecdote or a remark (a sentence with no requirement and no figure), a quotation of
// someone else (…说：“…”), or a question. Each is trimmed only where a clause ends and no quote or
// bracket is left open; a sentence that cannot be so trimmed is left out rather than cut.
import { ELLIPSIS, splitSentences, trimBalanced } from './clauses.js';

/** 要 as a demand (各级党委要…, 要坚持…), not inside 重要/需要/主要/不要/要求. */
const DEMAND = /(?<![重主需只想必首不纲扼])要(?![求素点害是么紧件])|必须|务必|确保|坚持|加快|着力|切实|全力|坚决|抓好|抓紧|做好|落实|推进|推动|强化|加强|完善|健全|严格|大力|深入|进一步|积极|力争|争取/;
const FIGURE = /[0-9０-９](?:[.．][0-9０-９]+)?(?:%|％|个百分点|倍|[万亿]|元|吨|人|户)|连续[0-9一二三四五六七八九十]/;
const DEADLINE = /(?:年底|年内|月底|季度|之前|以前|前完成|到\d{4}年)/;
/** Someone else's words: 孔子说：“…”, …指出：“…”. */
const QUOTING = /(?:说|讲|道|指出|强调|认为|称|写道|问)[：:]\s*[“"]|^[“"]/;
const MIN_CHARS = 8;

export interface Bullet {
  text: string;
  /** Offset in the speech where the bullet's words start. */
  at: number;
}

/** Up to `limit` key sentences of text[start, end), in the speech's order. */
export function keySentences(text: string, start: number, end: number, limit: number, max: number): Bullet[] {
  const scored = splitSentences(text, start, end)
    .map((s, order) => {
      if (s.text.length < MIN_CHARS || QUOTING.test(s.text) || /[？?]$/.test(text.slice(s.end, s.end + 1))) return null;
      const weight = (FIGURE.test(s.text) ? 2 : 0) + (DEMAND.test(s.text) ? 2 : 0) + (DEADLINE.test(s.text) ? 1 : 0);
      if (!weight) return null;
      const shown = trimBalanced(s.text, max);
      return shown ? { s, order, shown, score: weight + (order === 0 ? 1 : 0) } : null;
    })
    .filter((x): x is NonNullable<typeof x> => x !== null);
  return scored
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .sort((a, b) => a.order - b.order)
    .map(({ s, shown }) => ({ text: shown.rest ? shown.text + ELLIPSIS : shown.text, at: s.start }));
}
