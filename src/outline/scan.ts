// The one matcher: walks every paragraph, sentence and clause start once and tries the grammar's rows.
import type { MarkerMatch, MarkerRow } from './markers.js';
import type { TextIndex } from './text-index.js';

export interface Occurrence extends MarkerMatch {
  row: MarkerRow;
  /** Offset of the marker. */
  start: number;
  paragraph: number;
  atParagraphStart: boolean;
  /** After a comma, inside a sentence: such a marker can only carry on a run (一是…，二是…). */
  atClause: boolean;
}

/** A sentence ends at these; a closing quote or bracket may follow before the next one starts. */
const SENTENCE_END = /[。！？；：!?;:]/;
const CLAUSE_END = /[，,]/;
const CLOSERS = /[”’」』"）)\s]/;

export interface Place {
  at: number;
  clause: boolean;
}

/** Offsets inside paragraph [start, end) where a sentence (or, after a comma, a clause) starts. */
export function* placesIn(text: string, start: number, end: number, clauses = true): Generator<Place> {
  for (let i = start; i < end; i++) {
    const clause = CLAUSE_END.test(text[i]);
    if (!clause && !SENTENCE_END.test(text[i])) continue;
    if (clause && !clauses) continue;
    let next = i + 1;
    while (next < end && CLOSERS.test(text[next])) next++;
    if (next < end) yield { at: next, clause };
    i = next - 1;
  }
}

/** Offsets where a sentence starts inside paragraph [start, end), the paragraph start excluded. */
export function* sentenceStarts(text: string, start: number, end: number): Generator<number> {
  for (const place of placesIn(text, start, end, false)) yield place.at;
}

function matchAt(text: string, at: number, rows: readonly MarkerRow[], atParagraphStart: boolean): (MarkerMatch & { row: MarkerRow }) | null {
  for (const row of rows) {
    if (row.where === 'line' && !atParagraphStart) continue;
    if (row.from !== undefined && at < row.from) continue;
    const m = row.match(text, at);
    if (m) return { ...m, row: m.row ?? row };
  }
  return null;
}

export function scanMarkers(text: string, index: TextIndex, rows: readonly MarkerRow[]): Occurrence[] {
  const found: Occurrence[] = [];
  index.starts.forEach((start, paragraph) => {
    const first = matchAt(text, start, rows, true);
    if (first) found.push({ ...first, start, paragraph, atParagraphStart: true, atClause: false });
    for (const { at, clause } of placesIn(text, start, index.ends[paragraph])) {
      const m = matchAt(text, at, rows, false);
      if (m) found.push({ ...m, start: at, paragraph, atParagraphStart: false, atClause: clause });
    }
  });
  return found;
}
