import type { Speech } from '../types.js';

/**
 * Paragraph boundaries of a speech's text and the way back from an offset to a source line.
 * Paragraphs are the text's lines, further cut at `breaks` when a text came without line breaks.
 */
export interface TextIndex {
  /** Start offset of each paragraph. */
  starts: number[];
  /** End offset of each paragraph (exclusive, before its newline). */
  ends: number[];
  /** The paragraph an offset falls in. */
  paragraphAt(offset: number): number;
  /** The source line an offset falls on. */
  lineAt(offset: number): number;
  /** The offset where line `line` (0-based) of the text starts. */
  lineStart(line: number): number;
}

/** The index of the last element of ascending `list` that is ≤ `value` (0 when none is). */
export function floorIndex(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (list[mid] <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function indexText(speech: Pick<Speech, 'text' | 'lineNumbers'>, breaks: readonly number[] = []): TextIndex {
  const { text } = speech;
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const starts = [...new Set([...lineStarts, ...breaks.filter((b) => b > 0 && b < text.length)])].sort((a, b) => a - b);
  const ends = starts.map((_, p) => {
    if (p + 1 === starts.length) return text.length;
    const next = starts[p + 1];
    return text[next - 1] === '\n' ? next - 1 : next;
  });
  return {
    starts,
    ends,
    paragraphAt: (offset) => floorIndex(starts, offset),
    lineAt: (offset) => speech.lineNumbers[floorIndex(lineStarts, offset)] ?? 1,
    lineStart: (line) => lineStarts[line] ?? text.length,
  };
}

/**
 * A point's span from its start to where the next point not inside it starts (the newline before
 * that one left out), and the source lines it covers.
 */
export function spanTo(text: string, index: TextIndex, start: number, next: number): { span: readonly [number, number]; range: [number, number] } {
  const end = next > start && text[next - 1] === '\n' ? next - 1 : next;
  return { span: [start, end], range: [index.lineAt(start), index.lineAt(Math.max(start, end - 1))] };
}
