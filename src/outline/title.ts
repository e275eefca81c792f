import type { MarkerRow } from './markers.js';
import type { TextIndex } from './text-index.js';

/** The speaker's salutation, which opens a speech and, said again, its closing words. */
export const SALUTATION = /^(?:同志们|同志们、朋友们|各位(?:领导|同志|代表|来宾)[^，,：:！!]{0,12})[，,：:！!]/;

/**
 * The title a text states in its first paragraph: short, not a sentence, not a salutation and not a
 * numbered point. Returns the paragraph index, or -1.
 */
export function findTitleParagraph(text: string, index: TextIndex, rows: readonly MarkerRow[]): number {
  if (index.starts.length < 2) return -1;
  const first = text.slice(index.starts[0], index.ends[0]);
  if (first.length > 40 || /[。！？!?，,：:；;]$/.test(first) || SALUTATION.test(first)) return -1;
  if (rows.some((row) => row.match(text, 0))) return -1;
  return 0;
}

/** Closing words open with the salutation said again, in a sentence: 同志们，面对…. */
const CLOSING = /^(?:同志们|同志们、朋友们|各位(?:领导|同志|代表|来宾)[^，,：:！!]{0,12})[，,！!]/;

/** The paragraph where the closing words start: after the last point and the opening, or -1. */
export function findClosingParagraph(text: string, index: TextIndex, afterParagraph: number): number {
  for (let p = Math.max(afterParagraph + 1, 1); p < index.starts.length; p++) {
    if (CLOSING.test(text.slice(index.starts[p], index.starts[p] + 24))) return p;
  }
  return -1;
}
