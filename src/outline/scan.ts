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

/** A sentence ends at these, a clause at those; a closing quote or bracket may follow before the next one starts. */
const SENTENCE_MARKS = '。！？；：!?;:';
const CLAUSE_MARKS = '，,';
const SENTENCE_END_G = new RegExp(`[${SENTENCE_MARKS}]`, 'g');
const CLAUSE_END = new RegExp(`[${CLAUSE_MARKS}]`);
/** Where a sentence or a clause ends, for a search with lastIndex. */
export const CLAUSE_OR_SENTENCE_END = new RegExp(`[${SENTENCE_MARKS}${CLAUSE_MARKS}]`, 'g');
const CLOSERS = /[”’」』"）)\s]/;

export interface Place {
  at: number;
  clause: boolean;
  /** The mark that ended what came before. */
  mark: string;
}

/** Offsets inside paragraph [start, end) where a sentence (or, after a comma, a clause) starts. */
export function* placesIn(text: string, start: number, end: number, clauses = true): Generator<Place> {
  const marks = clauses ? CLAUSE_OR_SENTENCE_END : SENTENCE_END_G;
  for (let i = start; i < end; ) {
    // A native search finds the next mark; the text between holds none.
    marks.lastIndex = i;
    const found = marks.exec(text);
    if (!found || found.index >= end) return;
    let next = found.index + 1;
    while (next < end && CLOSERS.test(text[next])) next++;
    if (next < end) yield { at: next, clause: CLAUSE_END.test(found[0]), mark: found[0] };
    i = next;
  }
}

/** The sentences of paragraph [start, end) as [start, end) pairs, each ending where the next starts. */
export function* sentencesIn(text: string, start: number, end: number): Generator<[number, number]> {
  let from = start;
  for (const place of placesIn(text, start, end, false)) {
    yield [from, place.at];
    from = place.at;
  }
  yield [from, end];
}

/**
 * Who speaks before a spoken ordinal: 我首先讲一下…, 我们一要…, 下面我第二个要讲的是…. The rows
 * are tried after it too, at a sentence start; the marker is then the ordinal itself.
 */
const SUBJECT = /(?:下面|接下来|这里|今天|所以)?，?我们?(?:再|还|就)?/y;

/** Which rows may match at a place: all at a paragraph's start, headings too at a run-on text's sentence starts. */
type Standing = MarkerRow['where'];
const ADMITS: Record<Standing, ReadonlySet<Standing>> = {
  paragraph: new Set(['paragraph', 'line', 'sentence']),
  line: new Set(['line', 'sentence']),
  sentence: new Set(['sentence']),
};

function matchRows(text: string, at: number, rows: readonly MarkerRow[], place: Standing): (MarkerMatch & { row: MarkerRow }) | null {
  for (const row of rows) {
    if (!ADMITS[place].has(row.where)) continue;
    if (row.from !== undefined && at < row.from) continue;
    const m = row.match(text, at);
    if (m) return { ...m, row: m.row ?? row };
  }
  return null;
}

/** The first row matching at `at` (or, for a sentence's ordinals, right after its subject), with where it starts. */
function matchAt(text: string, at: number, rows: readonly MarkerRow[], place: Standing): (MarkerMatch & { row: MarkerRow; start: number }) | null {
  const m = matchRows(text, at, rows, place);
  if (m) return { ...m, start: at };
  SUBJECT.lastIndex = at;
  const subject = SUBJECT.exec(text);
  if (!subject || subject[0].length === 0) return null;
  const after = at + subject[0].length;
  const spoken = matchRows(text, after, rows, 'sentence');
  return spoken && spoken.row.where === 'sentence' && !spoken.row.heading && !spoken.row.unnumbered ? { ...spoken, start: after } : null;
}

/**
 * After a colon or a semicolon a list goes on in its own numbering (议程有三项：（一）…；（二）…),
 * and after a count just said, even past a comma (取决于两点，一、…；二、…).
 */
const LIST_MARK = /[：；:;]/;
const COUNT_BEFORE = /[一二两三四五六七八九十\d]{1,2}(?:点|个方面|条|件事)$/;
const listAhead = (text: string, at: number, mark: string, clause: boolean): boolean =>
  clause ? COUNT_BEFORE.test(text.slice(Math.max(0, at - 8), at).replace(/[，,\s]+$/, '')) : LIST_MARK.test(mark);

export interface ScanOptions {
  /** The text lost its line breaks: numbered headings may stand at any sentence start. */
  runOn?: boolean;
}

/**
 * A marker alone on its line is a form of its own: a copy that sets 一、 on a line above its text
 * does so for one level of its outline (the items under （一）), while 一、关于… heads another.
 */
const alone = new Map<MarkerRow, MarkerRow>();
function aloneOnItsLine(row: MarkerRow): MarkerRow {
  if (!alone.has(row)) alone.set(row, { ...row, name: `${row.name}-alone` });
  return alone.get(row)!;
}

/** A marker alone on its line (一是 / 第一， / （一）) has its statement on the next one. */
function headlineAfterMarker(text: string, index: TextIndex, paragraph: number, headlineStart: number): number {
  const end = index.ends[paragraph];
  if (text.slice(headlineStart, end).trim() !== '' || paragraph + 1 >= index.starts.length) return headlineStart;
  return index.starts[paragraph + 1];
}

/** The rows matching at paragraph starts only (heads found per speech stand nowhere else). */
export function scanParagraphStarts(text: string, index: TextIndex, rows: readonly MarkerRow[]): Occurrence[] {
  return index.starts.flatMap((start, paragraph) => {
    const m = matchRows(text, start, rows, 'paragraph');
    return m ? [{ ...m, start, paragraph, atParagraphStart: true, atClause: false }] : [];
  });
}

export function scanMarkers(text: string, index: TextIndex, rows: readonly MarkerRow[], options: ScanOptions = {}): Occurrence[] {
  const found: Occurrence[] = [];
  index.starts.forEach((start, paragraph) => {
    const first = matchAt(text, start, rows, 'paragraph');
    if (first) {
      const headlineStart = headlineAfterMarker(text, index, paragraph, first.headlineStart);
      const row = headlineStart === first.headlineStart ? first.row : aloneOnItsLine(first.row);
      found.push({ ...first, row, headlineStart, paragraph, atParagraphStart: true, atClause: false });
    }
    let sentence = start;
    for (const { at, clause, mark } of placesIn(text, start, index.ends[paragraph])) {
      if (!clause) sentence = at;
      const m = matchAt(text, at, rows, (!clause && options.runOn) || listAhead(text, at, mark, clause) ? 'line' : 'sentence');
      if (!m) continue;
      const o: Occurrence = { ...m, paragraph, atParagraphStart: false, atClause: clause };
      // 第一 is an ordinal wherever it stands; 一是 inside a sentence may be a word (统一是).
      if (clause && o.ordinal === 2 && o.row.family === 'di') {
        const opener = firstItemBefore(text, sentence, at, o.row, found);
        if (opener) found.push({ ...opener, paragraph, atParagraphStart: false, atClause: false });
      }
      found.push(o);
    }
  });
  return found;
}

/**
 * The first item of a run said inside a sentence, found from its second ("我们第一要…，第二要…"):
 * a marker after the subject of the sentence, where no sentence or clause starts. Only a second
 * item after a comma in the same sentence makes such a first item count.
 */
function firstItemBefore(text: string, sentence: number, before: number, row: MarkerRow, found: readonly Occurrence[]): (MarkerMatch & { row: MarkerRow; start: number }) | null {
  const last = found[found.length - 1];
  if (last && last.start >= sentence && last.row === row) return null;
  for (let at = sentence + 1; at < before; at++) {
    const m = row.match(text, at);
    if (m && m.ordinal === 1) return { ...m, row, start: at };
  }
  return null;
}
