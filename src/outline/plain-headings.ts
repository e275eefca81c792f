// Parts titled by plain lines, with no numbers: "关于经济工作" on a line of its own, then its text.
import type { MarkerRow } from './markers.js';
import type { Occurrence } from './scan.js';
import type { TextIndex } from './text-index.js';
import { SALUTATION } from './title.js';

/** Short, no sentence inside, not a date, a byline, a bracketed note or a salutation. */
const HEADING_LIKE = /^[^。！？!?；;：:]{4,30}$/;
const NOT_HEADING = /^[（(【[]|[）)】\]]$|^\d{4}年|^[\p{Script=Han}]{2,4}$|讲话$|报告$/u;
const ENDS_SENTENCE = /[。！？!?”）)]$/;

/**
 * A row for the plain heading lines of a speech whose parts carry no numbers: at least two lines
 * that look like headings, each between complete paragraphs (so a line broken by a web link is no
 * heading). None when the speech numbers its headings: then a plain line is just a line.
 */
export function plainHeadingRow(text: string, index: TextIndex, occurrences: readonly Occurrence[], firstBody: number): MarkerRow | null {
  if (occurrences.some((o) => o.atParagraphStart && o.row.where === 'line')) return null;
  const para = (p: number): string => text.slice(index.starts[p], index.ends[p]);
  const headings = new Set<number>();
  for (let p = Math.max(firstBody, 1); p + 1 < index.starts.length; p++) {
    const line = para(p);
    if (!HEADING_LIKE.test(line) || NOT_HEADING.test(line) || SALUTATION.test(line)) continue;
    if (!ENDS_SENTENCE.test(para(p - 1)) || !ENDS_SENTENCE.test(para(p + 1)) || para(p + 1).length < line.length) continue;
    headings.add(index.starts[p]);
  }
  if (headings.size < 2) return null;
  return {
    name: 'plain-heading',
    example: '关于经济工作（独占一行、没有序号的小标题）',
    where: 'line',
    unnumbered: true,
    match: (_text, at) => (headings.has(at) ? { marker: '', ordinal: 1, headlineStart: at } : null),
  };
}
