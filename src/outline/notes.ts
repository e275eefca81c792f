// What a speech's text carries besides the speech, numbered like points but no points: footnotes
// (①…, whose numerals the text has cited inline before: …的重要论述①。), a glossary appended at
// the end (（1）“四早”：早发现、早报告… （55）…), which a copy kept without its heading, and
// whatever a file appends under a heading of its own after the closing words (九江市2016年重大民生工程).
import type { Occurrence } from './scan.js';
import type { Run } from './tree.js';
import type { TextIndex } from './text-index.js';
import { CLOSING } from './salutation.js';

const GLOSSARY_MIN = 5;
/** A glossary entry names its term and defines it after a colon: “四早”：早发现、早报告…. */
const ENTRY = /^[^。！？；，,]{1,24}[：:]/;
/** A glossary ends the text; its last entry may run on over a paragraph or two. */
const TAIL = 2;

/** The starts of the occurrences that are notes, not points. */
export function appendedNotes(text: string, index: TextIndex, runs: readonly Run[]): Set<number> {
  const notes = new Set<number>();
  const points = new Set(runs.flatMap((run) => run.items.map((item) => item.occurrence.start)));
  const appendix = appendixStart(text, index, points);
  for (const run of runs) {
    const items = run.items.map((item) => item.occurrence);
    if (items.every((o) => isFootnote(text, index, o) || o.start >= appendix) || isGlossary(text, index, items)) for (const o of items) notes.add(o.start);
  }
  return notes;
}

/** The speech's last words: the audience addressed once more, and a call to act (各位代表！…让我们…！). */
const LAST_WORDS = /[！!]$/;
const HEADING_LINE = /^[^。！？!?；;：:，,]{2,40}$/;

/**
 * Where an appendix begins: a heading line of no point of the speech's, right after the speech's
 * last words (the text's end when there is none).
 */
function appendixStart(text: string, index: TextIndex, points: ReadonlySet<number>): number {
  for (let p = index.starts.length - 2; p > 0; p--) {
    const paragraph = text.slice(index.starts[p], index.ends[p]);
    if (!CLOSING.test(paragraph)) continue;
    const next = text.slice(index.starts[p + 1], index.ends[p + 1]);
    return LAST_WORDS.test(paragraph) && HEADING_LINE.test(next) && !points.has(index.starts[p + 1]) ? index.starts[p + 1] : text.length;
  }
  return text.length;
}

/** A circled numeral leading a paragraph that the text has already cited inside a sentence. */
function isFootnote(text: string, index: TextIndex, o: Occurrence): boolean {
  if (o.row.name !== 'circled' || !o.atParagraphStart) return false;
  const cited = text.lastIndexOf(o.marker, o.start - 1);
  return cited >= 0 && index.starts[index.paragraphAt(cited)] !== cited;
}

function isGlossary(text: string, index: TextIndex, items: readonly Occurrence[]): boolean {
  if (items.length < GLOSSARY_MIN || items.some((o) => !o.atParagraphStart)) return false;
  const last = items[items.length - 1].paragraph;
  return last >= index.starts.length - 1 - TAIL && items.every((o) => ENTRY.test(text.slice(o.headlineStart, o.headlineStart + 40)));
}
