import type { Diagnostic, Outline, Point, Speech } from '../types.js';
import { warning } from '../diagnostics.js';
import { MARKER_ROWS } from './markers.js';
import { indexText, type TextIndex } from './text-index.js';
import { scanMarkers } from './scan.js';
import { findAnnouncements, parallelLeadRows } from './announce.js';
import { buildTree, type Item, type Run } from './tree.js';
import { headlineAt, isHeadingParagraph } from './headline.js';
import { findClosingParagraph, findTitleParagraph } from './title.js';

export { formatOutline } from './format.js';
export { outlineJson } from './json.js';

/** Speech → its outline: the speaker's own enumerations, nested as spoken, with line ranges. */
export function parseOutline(speech: Speech): Outline {
  const { text } = speech;
  const index = indexText(speech);
  const rows = [...MARKER_ROWS, ...parallelLeadRows(text, index)];
  const titleParagraph = findTitleParagraph(text, index, rows);
  const occurrences = scanMarkers(text, index, rows).filter((o) => o.paragraph !== titleParagraph);
  const announcements = findAnnouncements(text, index);
  const { roots, runs } = buildTree({
    occurrences,
    announcements,
    isHeading: (o) => o.atParagraphStart && isHeadingParagraph(text, o.start, index.ends[o.paragraph]),
  });

  const lastParagraph = runs.reduce((last, run) => Math.max(last, run.items[run.items.length - 1].occurrence.paragraph), -1);
  const closingParagraph = findClosingParagraph(text, index, lastParagraph);
  const closingStart = closingParagraph < 0 ? text.length : index.starts[closingParagraph];
  const points = toPoints(roots, text, index, closingStart);
  const bodyStart = titleParagraph < 0 ? 0 : Math.min(text.length, index.starts[1]);

  return {
    title: speech.meta.title ?? (titleParagraph < 0 ? null : text.slice(index.starts[0], index.ends[0])),
    meta: speech.meta,
    points,
    preamble: [bodyStart, points.length ? points[0].span[0] : closingStart],
    closing: [closingStart, text.length],
    diagnostics: checkAnnouncedCounts(runs, index),
  };
}

/** Items → Points; a point's span runs to the next point that is not inside it. */
function toPoints(roots: Item[], text: string, index: TextIndex, end: number): Point[] {
  const convert = (items: Item[], until: number): Point[] =>
    items.map((item, i) => {
      const o = item.occurrence;
      const stop = i + 1 < items.length ? items[i + 1].occurrence.start : until;
      const headline = headlineAt(text, o.headlineStart, index.ends[o.paragraph]);
      const span = [o.start, trimTrailingNewline(text, o.start, stop)] as const;
      return {
        marker: o.marker,
        headline,
        kind: o.row.name,
        ordinal: item.position,
        range: [index.lineAt(span[0]), index.lineAt(Math.max(span[0], span[1] - 1))],
        head: [o.start, o.headlineStart + headline.length],
        span,
        points: convert(item.children, stop),
      };
    });
  return convert(roots, end);
}

const trimTrailingNewline = (text: string, start: number, end: number): number =>
  end > start && text[end - 1] === '\n' ? end - 1 : end;

function checkAnnouncedCounts(runs: Run[], index: TextIndex): Diagnostic[] {
  return runs
    .filter((run) => run.announcement && run.announcement.count !== run.items.length)
    .map((run) => {
      const a = run.announcement!;
      const line = index.lineAt(a.at);
      return warning('announced-count', `“${a.quote}”预告了 ${a.count} 点，随后找到 ${run.items.length} 点（${run.items.map((i) => i.occurrence.marker || i.occurrence.row.name).join(' ')}）`, line);
    });
}
