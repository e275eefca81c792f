// Text copied out of a PDF or a fixed-width page: every line broken at the page's width, page
// numbers (— 3 —) and the running head of every page between the paragraphs. The lines of one
// paragraph are joined again and the page's furniture dropped, so that the outline sees paragraphs.

export interface WrappedLine {
  text: string;
  lineNumber: number;
}

/** How much of a text must be lines of one width before it counts as wrapped at that width. */
const WRAPPED_SHARE = 0.3;
const MIN_LINES = 8;
const MIN_WIDTH = 16;
/** A page number as a PDF prints it: — 3 —, -3-, 第3页, 第3页 共9页, 3/9. */
export const PAGE_NUMBER = /^(?:[—－–-]+\s*\d{1,4}\s*[—－–-]+|第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;
/** A line that starts something of its own: a numbered heading, a spoken ordinal, a list's dash, a Markdown heading. */
export const STARTS_ANEW = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十0-9０-９]{1,3}[）)]|[0-9０-９]{1,2}[.．、]|第[一二三四五六七八九十]{1,3}|[①-⑳]|——|#)/;
/** A running head repeats on every page: short, and at least this often. */
const RUNNING_HEAD_REPEATS = 3;
const RUNNING_HEAD_MAX = 30;

/** The width most lines of the text have (±1), when enough of them do; 0 when the text is not wrapped. */
function wrapWidth(lines: readonly WrappedLine[]): number {
  const lengths = lines.map((l) => l.text.length).filter((n) => n >= MIN_WIDTH);
  const counts = new Map<number, number>();
  for (const n of lengths) counts.set(n, (counts.get(n) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [n] of counts) {
    const near = (counts.get(n - 1) ?? 0) + (counts.get(n) ?? 0) + (counts.get(n + 1) ?? 0);
    if (near > bestCount || (near === bestCount && n > best)) [best, bestCount] = [n, near];
  }
  const nonEmpty = lines.filter((l) => l.text).length;
  return bestCount >= MIN_LINES && bestCount >= WRAPPED_SHARE * nonEmpty ? best : 0;
}

/**
 * The lines with page numbers and running heads dropped and the lines of each paragraph joined:
 * a line as wide as the page runs on into the next, unless the next starts a point of its own.
 * Says how many breaks it joined.
 */
export function joinWrappedLines<T extends WrappedLine>(lines: readonly T[]): { lines: T[]; joined: number } {
  const width = wrapWidth(lines);
  if (!width) return { lines: [...lines], joined: 0 };
  const seen = new Map<string, number>();
  // A running head is short of the page's width; a line as wide as the page is text, however often it recurs.
  for (const l of lines) if (l.text && l.text.length <= RUNNING_HEAD_MAX && l.text.length < width - 1) seen.set(l.text, (seen.get(l.text) ?? 0) + 1);
  const furniture = (l: WrappedLine): boolean => PAGE_NUMBER.test(l.text) || (seen.get(l.text) ?? 0) >= RUNNING_HEAD_REPEATS;
  const out: T[] = [];
  let joined = 0;
  let open = false;
  let started = false;
  for (const line of lines) {
    // The first line of text is the title a running head repeats, not a running head itself.
    const first = !!line.text && !started;
    started ||= !!line.text;
    if (furniture(line) && !(first && !PAGE_NUMBER.test(line.text))) continue;
    const last = out[out.length - 1];
    if (open && last && line.text && !STARTS_ANEW.test(line.text)) {
      last.text += line.text;
      joined++;
    } else out.push({ ...line });
    open = line.text.length >= width - 1;
  }
  return { lines: out, joined };
}
