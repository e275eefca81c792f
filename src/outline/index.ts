import type { Diagnostic, Outline, Point, Speech } from '../types.js';
import { info, warning } from '../diagnostics.js';
import { MARKER_ROWS, parallelLeadRow, type MarkerRow } from './markers.js';
import { floorIndex, indexText, spanTo, type TextIndex } from './text-index.js';
import { scanMarkers } from './scan.js';
import { announcedLists, findAnnouncements } from './announce.js';
import { buildTree, type Item, type Run } from './tree.js';
import type { Occurrence } from './scan.js';
import { gluedHeadingEnd, headlineAt, isHeadingParagraph } from './headline.js';
import { findClosingParagraph, findTitle, headerMeta } from './title.js';
import { isRunOn, runOnBreaks, sectionBreaks } from './sections.js';
import { UNNUMBERED_HEADS, unnumberedHeadRows } from './heads.js';
import { inferLevels, type Levels } from './levels.js';
import { appendedNotes } from './notes.js';
import { foldTraditional } from '../fold.js';

export { formatOutline } from './format.js';
export { outlineJson } from './json.js';

/** Speech → its outline: the speaker's own enumerations, nested as spoken, with line ranges. */
export function parseOutline(speech: Speech): Outline {
  // The grammar reads the speech with its traditional characters folded (關於 → 关于); every string
  // the outline gives is sliced from the speech as written.
  const shown = speech.text;
  const text = foldTraditional(shown);
  let index = indexText(speech);
  const leads = parallelLeadRow(announcedLists(text, index));
  const rows = leads ? [...MARKER_ROWS, leads] : MARKER_ROWS;
  let title = findTitle(text, shown, index, rows);
  // A text that lost its line breaks gets them back where its markers and salutations stand, and
  // where a title glued to the first sentence ends.
  const runOn = isRunOn(index);
  const breaks = runOn ? runOnBreaks(text, index, scanMarkers(text, index, rows, { runOn })) : [];
  if (title && !title.paragraphs) breaks.push(title.end);
  if (breaks.length) {
    index = indexText(speech, breaks);
    title = findTitle(text, shown, index, rows);
  }
  const firstBody = title?.paragraphs ?? 0;
  const scan = (withRows: readonly MarkerRow[]): Occurrence[] => scanMarkers(text, index, withRows, { runOn }).filter((o) => o.start >= (title?.end ?? 0));
  const announcements = findAnnouncements(text, index);
  // A heading that a run-on text glued to its first sentence ends where that sentence probably begins.
  const glued = new Map<number, number>();
  const headlineEnd = (o: Occurrence): number => {
    const end = index.ends[index.paragraphAt(o.headlineStart)];
    if (!runOn || o.row.where === 'sentence' || !o.atParagraphStart) return end;
    if (!glued.has(o.start)) glued.set(o.start, gluedHeadingEnd(text, o.headlineStart, end));
    const cut = glued.get(o.start)!;
    return cut < 0 ? end : cut;
  };
  const treeOf = (occurrences: readonly Occurrence[], levels?: Levels) =>
    buildTree({
      occurrences,
      announcements,
      levels,
      isHeading: (o) => o.atParagraphStart && isHeadingParagraph(text, o.headlineStart, headlineEnd(o)),
      sectionBreakBetween: sectionBreaks(text, index, occurrences, announcements),
      gist: (o) => headlineAt(text, o.headlineStart, headlineEnd(o)).slice(0, 24),
    });

  // 1. The numbered points; 2. heads without numbers, where the speech shows them; 3. which kind
  // nests in which in this speech, from a first tree; 4. the tree with those levels.
  // Footnotes and an appended glossary are numbered too, but are no points.
  let numbered = scan(rows);
  let first = treeOf(numbered);
  const notes = appendedNotes(text, index, first.runs);
  const isPoint = (o: Occurrence): boolean => !notes.has(o.start);
  if (notes.size) first = treeOf((numbered = numbered.filter(isPoint)));
  const numberedItems = allItems(first.roots);
  const taken = new Map(numberedItems.filter((i) => i.occurrence.atParagraphStart).map((i) => [i.occurrence.paragraph, i.occurrence]));
  const heads = unnumberedHeadRows({ text, index, styles: speech.styles, taken, firstBody, announcements });
  // Heads only stand where no numbered point does, so they go first: 首先报告２００１年的工作 is a
  // heading line, not a 首先 that nothing follows.
  const occurrences = scan([...heads, ...rows]).filter(isPoint);
  const headItems = occurrences.filter((o) => UNNUMBERED_HEADS.has(o.row.name));
  const items = [...numberedItems.map((i) => i.occurrence), ...headItems].sort((a, b) => a.start - b.start);
  const { roots, runs, skipped } = treeOf(occurrences, inferLevels(first.runs, items));

  const lastParagraph = runs.reduce((last, run) => Math.max(last, run.items[run.items.length - 1].occurrence.paragraph), -1);
  const closingParagraph = findClosingParagraph(text, index, lastParagraph);
  const closingStart = closingParagraph < 0 ? text.length : index.starts[closingParagraph];
  const points = toPoints(roots, shown, index, closingStart, headlineEnd);
  const bodyStart = title ? Math.min(text.length, title.end) : 0;

  return {
    title: speech.meta.title ?? title?.text ?? null,
    // What front matter says wins over what the text's header says.
    meta: { ...headerMeta(text, shown, index, title), ...speech.meta },
    points,
    preamble: [bodyStart, points.length ? points[0].span[0] : closingStart],
    closing: [closingStart, text.length],
    diagnostics: [...checkAnnouncedCounts(runs, index, shown), ...checkNumbering(runs, skipped, index, shown), ...reportGuesses(roots, index, glued, shown)],
  };
}

const allItems = (items: readonly Item[]): Item[] => items.flatMap((i) => [i, ...allItems(i.children)]);

/**
 * The outline's guesses, for the user to check: heads found without a number, and where a heading
 * glued to its text was taken to end.
 */
function reportGuesses(roots: readonly Item[], index: TextIndex, glued: ReadonlyMap<number, number>, text: string): Diagnostic[] {
  const items = allItems(roots);
  const guessed = items.filter((i) => UNNUMBERED_HEADS.has(i.occurrence.row.name));
  const first = guessed[0]?.occurrence;
  const heads = first ? [info('unnumbered-heads', `把 ${guessed.length} 处没有序号的行当作了小标题（从第 ${index.lineAt(first.start)} 行起），请核对`, index.lineAt(first.start))] : [];
  const cuts = items
    .map((i) => i.occurrence)
    .filter((o) => (glued.get(o.start) ?? -1) >= 0)
    .map((o) => info('glued-heading', `标题“${text.slice(o.start, glued.get(o.start))}”与正文连在一起，推测标题到此为止，请核对`, index.lineAt(o.start)));
  return [...heads, ...cuts];
}

/** Items → Points; a point's span runs to the next point that is not inside it. */
function toPoints(roots: Item[], text: string, index: TextIndex, end: number, headlineEnd: (o: Occurrence) => number): Point[] {
  const starts: number[] = [];
  const collect = (items: Item[]): void => items.forEach((i) => (starts.push(i.occurrence.start), collect(i.children)));
  collect(roots);
  starts.sort((a, b) => a - b);
  // A headline stops where the next point starts (三件大事：一是…，二是…).
  const nextStart = (after: number): number => starts[floorIndex(starts, after) + 1] ?? Infinity;
  const convert = (items: Item[], until: number): Point[] =>
    items.map((item, i) => {
      const o = item.occurrence;
      const stop = i + 1 < items.length ? items[i + 1].occurrence.start : until;
      const headline = headlineAt(text, o.headlineStart, Math.min(headlineEnd(o), nextStart(o.start)));
      return {
        marker: markerOf(o, text),
        headline,
        kind: o.row.name,
        ordinal: item.position,
        ...spanTo(text, index, o.start, stop),
        head: [o.start, o.headlineStart + headline.length],
        points: convert(item.children, stop),
      };
    });
  return convert(roots, end);
}

/** A point's marker as the speech writes it. */
const markerOf = (o: Occurrence, shown: string): string => shown.slice(o.start, o.start + o.marker.length);

function checkAnnouncedCounts(runs: Run[], index: TextIndex, shown: string): Diagnostic[] {
  return runs
    .filter((run) => run.announcement && run.announcement.count !== run.items.length)
    .map((run) => {
      const a = run.announcement!;
      const markers = run.items.map((i) => markerOf(i.occurrence, shown) || i.occurrence.row.name).join(' ');
      return warning('announced-count', `“${shown.slice(...a.quote)}”预告了 ${a.count} 点，随后找到 ${run.items.length} 点（${markers}）`, index.lineAt(a.at));
    });
}

/** Mixed numbering in one run (第一点，… 第二，…) and an ordinal that skips one (一是… 三是). */
function checkNumbering(runs: Run[], skipped: Occurrence[], index: TextIndex, shown: string): Diagnostic[] {
  const mixed = runs.flatMap((run) =>
    run.mixed.map((item) => warning('mixed-numbering', `“${markerOf(item.occurrence, shown)}”与同一序列前面的“${markerOf(run.items[0].occurrence, shown)}”写法不一致`, index.lineAt(item.occurrence.start))),
  );
  const gaps = skipped.map((o) => warning('skipped-ordinal', `序号“${markerOf(o, shown)}”前缺少上一项，未当作要点`, index.lineAt(o.start)));
  return [...mixed, ...gaps];
}
