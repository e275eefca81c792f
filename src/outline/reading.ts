// A speech as the outline reads it: its paragraphs (given back where a copy lost them), its title,
// the grammar for it, and the few things every step asks of it.
import type { Speech } from '../types.js';
import { foldTraditional } from '../fold.js';
import { MARKER_ROWS, parallelLeadRow, type MarkerRow } from './markers.js';
import { indexText, type TextIndex } from './text-index.js';
import { scanMarkers, type Occurrence } from './scan.js';
import { announcedLists, findAnnouncements, type Announcement } from './announce.js';
import { buildTree, type Tree } from './tree.js';
import { gluedHeadingEnd, headlineAt, isHeadingParagraph } from './headline.js';
import { findTitle, type Title } from './title.js';
import { isRunOn, runOnBreaks, sectionBreaks, trailingHeadings } from './sections.js';
import type { Levels } from './levels.js';

export interface Reading {
  /** The speech as written, which every string the outline gives is sliced from. */
  shown: string;
  /** The same text as the grammar reads it: traditional characters folded (關於 → 关于), offset for offset. */
  text: string;
  index: TextIndex;
  title: Title | null;
  /** The text lost its line breaks: numbered headings may stand at any sentence start. */
  runOn: boolean;
  /** The grammar's rows, with the parallel leads this speech announces. */
  rows: readonly MarkerRow[];
  announcements: readonly Announcement[];
  /** Where a point's headline may run to: its paragraph's end, or where a glued heading probably ends. */
  headlineEnd(o: Occurrence): number;
  /** Headings glued to their text and where each was taken to end (start → cut). */
  glued: ReadonlyMap<number, number>;
  /** Every marker of `rows` in the body, in text order. */
  scan(rows: readonly MarkerRow[]): Occurrence[];
  tree(occurrences: readonly Occurrence[], levels?: Levels): Tree;
}

export function readSpeech(speech: Speech): Reading {
  const shown = speech.text;
  const text = foldTraditional(shown);
  let index = indexText(speech);
  const leads = parallelLeadRow(announcedLists(text, index));
  const rows = leads ? [...MARKER_ROWS, leads] : MARKER_ROWS;
  let title = findTitle(text, shown, index, rows);
  // A text that lost its line breaks gets them back where its markers and salutations stand, where
  // a title glued to the first sentence ends, and where a heading was glued to a paragraph's end.
  const runOn = isRunOn(index);
  const breaks = runOn ? runOnBreaks(text, index, scanMarkers(text, index, rows, { runOn })) : trailingHeadings(text, index, rows);
  if (title && !title.paragraphs) breaks.push(title.end);
  if (breaks.length) {
    index = indexText(speech, breaks);
    title = findTitle(text, shown, index, rows);
  }
  const body = title?.end ?? 0;
  const announcements = findAnnouncements(text, index);
  // A heading that a run-on text glued to its first sentence ends where that sentence probably begins.
  const glued = new Map<number, number>();
  const headlineEnd = (o: Occurrence): number => {
    if (o.headlineEnd !== undefined) return o.headlineEnd;
    const end = index.ends[index.paragraphAt(o.headlineStart)];
    if (!runOn || !o.row.heading || !o.atParagraphStart) return end;
    if (!glued.has(o.start)) glued.set(o.start, gluedHeadingEnd(text, o.headlineStart, end));
    const cut = glued.get(o.start)!;
    return cut < 0 ? end : cut;
  };
  return {
    shown,
    text,
    index,
    title,
    runOn,
    rows,
    announcements,
    headlineEnd,
    glued,
    scan: (withRows) => scanMarkers(text, index, withRows, { runOn }).filter((o) => o.start >= body),
    tree: (occurrences, levels) =>
      buildTree({
        occurrences,
        announcements,
        levels,
        isHeading: (o) => o.atParagraphStart && isHeadingParagraph(text, o.headlineStart, headlineEnd(o)),
        sectionBreakBetween: sectionBreaks(text, index, occurrences, announcements),
        gist: (o) => headlineAt(text, o.headlineStart, headlineEnd(o)).slice(0, 24),
      }),
  };
}
