// A line as a reader hands it over: its words, and what the source's formatting said of them.
import type { LineStyle } from '../types.js';

export interface SourceLine {
  text: string;
  /** Set as a heading: Markdown `#`, HTML `<h2>`, a Word heading style. */
  heading?: true;
  /** Characters in bold from the line's start (all of them for a line in bold). */
  bold?: number;
}

/** The style of text line `line`, when its source line had one. */
export function styleOf(source: SourceLine, line: number): LineStyle | null {
  if (!source.heading && !source.bold) return null;
  return { line, ...(source.heading ? { heading: true as const } : {}), ...(source.bold ? { bold: source.bold } : {}) };
}

/**
 * Paragraphs that a copy ran together but left their indents in: “…领导小组。　　从年初一到现在…”.
 * Two or more ideographic spaces inside a long line begin a new paragraph; at a line's start they are
 * only its indent, and inside a short line (a byline: 国务院总理　　李克强) only spacing.
 */
const INDENT = /\u3000{2,}/;
const RUN_ON = 120;

export function splitIndents(line: SourceLine): SourceLine[] {
  const text = line.text.replace(/^[\s\u3000]+/, '');
  if (text.length < RUN_ON || !INDENT.test(text)) return [line];
  const [first, ...rest] = text.split(INDENT);
  return [{ ...line, text: first }, ...rest.map((part) => ({ text: part }))];
}
