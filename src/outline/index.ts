import type { Outline, Speech } from '../types.js';
import { readSpeech } from './reading.js';
import { scanParagraphStarts, type Occurrence } from './scan.js';
import { findClosingParagraph, headerMeta } from './title.js';
import { unnumberedHeadRows } from './heads.js';
import { inferLevels } from './levels.js';
import { appendedNotes } from './notes.js';
import { allItems, toPoints } from './points.js';
import { checkOutline } from './checks.js';

export { formatOutline } from './format.js';
export { outlineJson } from './json.js';

/**
 * Speech → its outline: the speaker's own enumerations, nested as spoken, with line ranges.
 * 1. the numbered points (footnotes and appended notes left out); 2. heads without numbers, where
 * the speech shows them; 3. which kind nests in which, in this speech; 4. the tree at those levels.
 */
export function parseOutline(speech: Speech): Outline {
  const r = readSpeech(speech);
  const { text, index, title } = r;

  let numbered = r.scan(r.rows);
  let first = r.tree(numbered);
  const notes = appendedNotes(text, index, first.runs);
  const isPoint = (o: Occurrence): boolean => !notes.has(o.start);
  if (notes.size) first = r.tree((numbered = numbered.filter(isPoint)));
  const numberedItems = allItems(first.roots).map((i) => i.occurrence);

  const taken = new Map(numberedItems.filter((o) => o.atParagraphStart).map((o) => [o.paragraph, o]));
  const heads = unnumberedHeadRows({ text, index, styles: speech.styles, taken, firstBody: title?.paragraphs ?? 0, announcements: r.announcements });
  // Heads only stand where no numbered point does, so they take their paragraph's start first:
  // 首先报告２００１年的工作 is a heading line, not a 首先 that nothing follows.
  const headItems = heads.length ? scanParagraphStarts(text, index, heads).filter((o) => o.start >= (title?.end ?? 0) && isPoint(o)) : [];
  const headed = new Set(headItems.map((o) => o.start));
  const byStart = (a: Occurrence, b: Occurrence): number => a.start - b.start;
  const occurrences = [...numbered.filter((o) => !headed.has(o.start)), ...headItems].sort(byStart);

  const levels = inferLevels(first.runs, [...numberedItems, ...headItems].sort(byStart));
  const tree = r.tree(occurrences, levels);

  const lastParagraph = tree.runs.reduce((last, run) => Math.max(last, run.items[run.items.length - 1].occurrence.paragraph), -1);
  const closingParagraph = findClosingParagraph(text, index, lastParagraph);
  const closingStart = closingParagraph < 0 ? text.length : index.starts[closingParagraph];
  const points = toPoints(tree.roots, r, closingStart);
  return {
    title: speech.meta.title ?? title?.text ?? null,
    // What front matter says wins over what the text's header says.
    meta: { ...headerMeta(text, r.shown, index, title), ...speech.meta },
    points,
    preamble: [title ? Math.min(text.length, title.end) : 0, points.length ? points[0].span[0] : closingStart],
    closing: [closingStart, text.length],
    diagnostics: checkOutline(r, tree),
  };
}
