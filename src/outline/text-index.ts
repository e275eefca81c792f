import type { Speech } from '../types.js';

/** Paragraph boundaries of a speech's text and the way back from an offset to a source line. */
export interface TextIndex {
  /** Start offset of each paragraph (one per line of `Speech.text`). */
  starts: number[];
  /** End offset (exclusive, before the newline) of each paragraph. */
  ends: number[];
  /** The paragraph an offset falls in. */
  paragraphAt(offset: number): number;
  /** The source line an offset falls on. */
  lineAt(offset: number): number;
}

export function indexText(speech: Pick<Speech, 'text' | 'lineNumbers'>): TextIndex {
  const starts: number[] = [];
  const ends: number[] = [];
  let start = 0;
  for (;;) {
    const nl = speech.text.indexOf('\n', start);
    starts.push(start);
    ends.push(nl < 0 ? speech.text.length : nl);
    if (nl < 0) break;
    start = nl + 1;
  }
  const paragraphAt = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return { starts, ends, paragraphAt, lineAt: (offset) => speech.lineNumbers[paragraphAt(offset)] ?? 1 };
}
