// Key figures: the numbers a follow-up meeting repeats (8.3%, 连续7年, 80%).
import type { Figure } from '../types.js';
import { trimAtClause } from './clauses.js';

/** Percentages, 百分点, 连续N年/届, and amounts with a unit of money, people or output. */
const FIGURE = /连续[0-9一二三四五六七八九十]{1,3}(?:年|届|次)|[0-9]+(?:\.[0-9]+)?(?:%|％|个百分点|倍|(?:万|亿)(?:元|吨|人|户|千瓦|平方米|亩)?)/g;
const CONTEXT_MAX = 26;

/** Up to `limit` distinct figures in text order, each with the clause it stands in. */
export function findFigures(text: string, limit = 3): Figure[] {
  const figures: Figure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    if (figures.length >= limit) break;
    if (figures.some((f) => f.value === m[0])) continue;
    figures.push({ value: m[0], context: clauseAround(text, m.index, m[0].length) });
  }
  return figures;
}

/** The clause around a match, clipped so the figure stays in view. */
function clauseAround(text: string, at: number, length: number): string {
  let start = at;
  while (start > 0 && !/[，,。；;：:！？!?\n]/.test(text[start - 1])) start--;
  let end = at + length;
  while (end < text.length && !/[，,。；;：:！？!?\n]/.test(text[end])) end++;
  const clause = text.slice(start, end);
  if (clause.length <= CONTEXT_MAX) return clause;
  // Keep the part of a long clause that ends just after the figure.
  const tail = text.slice(Math.max(start, at + length - CONTEXT_MAX), at + length);
  return trimAtClause(tail, CONTEXT_MAX).text;
}
