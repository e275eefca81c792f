// The one matcher: walks every paragraph start and sentence start once and tries the grammar's rows.
import type { MarkerMatch, MarkerRow } from './markers.js';
import type { TextIndex } from './text-index.js';

export interface Occurrence extends MarkerMatch {
  row: MarkerRow;
  /** Offset of the marker. */
  start: number;
  paragraph: number;
  atParagraphStart: boolean;
}

/** A sentence ends at these; a closing quote or bracket may follow before the next one starts. */
const SENTENCE_END = /[。！？；：!?;:]/;
const CLOSERS = /[”’」』"）)\s]/;

/** Offsets where a sentence starts inside paragraph [start, end), the paragraph start excluded. */
export function* sentenceStarts(text: string, start: number, end: number): Generator<number> {
  for (let i = start; i < end; i++) {
    if (!SENTENCE_END.test(text[i])) continue;
    let next = i + 1;
    while (next < end && CLOSERS.test(text[next])) next++;
    if (next < end) yield next;
    i = next - 1;
  }
}

function matchAt(text: string, at: number, rows: readonly MarkerRow[], atParagraphStart: boolean): MarkerMatch & { row: MarkerRow } | null {
  for (const row of rows) {
    if (row.where === 'line' && !atParagraphStart) continue;
    if (row.from !== undefined && at < row.from) continue;
    const m = row.match(text, at);
    if (m) return { ...m, row };
  }
  return null;
}

export function scanMarkers(text: string, index: TextIndex, rows: readonly MarkerRow[]): Occurrence[] {
  const found: Occurrence[] = [];
  index.starts.forEach((start, paragraph) => {
    const first = matchAt(text, start, rows, true);
    if (first) found.push({ ...first, start, paragraph, atParagraphStart: true });
    for (const at of sentenceStarts(text, start, index.ends[paragraph])) {
      const m = matchAt(text, at, rows, false);
      if (m) found.push({ ...m, start: at, paragraph, atParagraphStart: false });
    }
  });
  return found;
}
