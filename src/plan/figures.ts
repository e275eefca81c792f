// Key figures: the numbers a follow-up meeting repeats (8.3%, 连续7年, 3.68万亿元), each exactly as
// the speech writes it, with its unit, and the clause it stands in as its caption.
import type { Comparison, Figure } from '../types.js';
import { OPENER_OF, PAIRS } from './clauses.js';

const DIGITS = '[0-9０-９]';
/** A number as written: 3.68, 1,234.5, ５６ — never the tail of a longer one. */
const NUMBER = `(?<![0-9０-９.．,，])(?:${DIGITS}{1,3}(?:,${DIGITS}{3})+|${DIGITS}+)(?:[.．]${DIGITS}+)?`;
/** What makes a number a figure: a rate, or an amount in the units a report counts in. */
export const RATE = '(?:%|％|‰|个百分点|倍)';
export const UNITS = '美元|元|吨|斤|公斤|千克|人次|人|户|名|位|千瓦时|千瓦|平方米|平方公里|立方米|公顷|亩|公里|千米|标准箱|个|家|项|所|座|套|辆|台|架|艘|件|条|次|场|批|处|张|床|册|部';
/** An amount: a unit, maybe after 万/亿; or 万/亿 alone where no word follows that could be its unit. */
const AMOUNT = `(?:[万亿千百]*(?:${UNITS})|[万亿]+(?![\\u4e00-\\u9fa5]))`;
/** A change said with its figure: 增长5.6%, 下降3个百分点. */
const CHANGE = '(?:增长|下降|提高|降低|减少|增加|上升|超过|突破)?';
const FIGURE = new RegExp(`连续[0-9一二三四五六七八九十]{1,3}(?:年|届|次)|${CHANGE}${NUMBER}(?:${RATE}|${AMOUNT})`, 'g');

/** A caption is the clause the figure stands in; a long one gives the listed item that holds it. */
const CAPTION_MAX = 30;
const CLAUSE_MARKS = /[，,。；;：:！？!?\n]/;
const ITEM_MARKS = /[、，,。；;：:！？!?\n]/;

/** What a meeting repeats first: rates and sums in 亿, then in 万 and unbroken records, then counts of things. */
function weight(value: string): number {
  if (/[%％‰亿]|百分点|倍/.test(value)) return 3;
  if (/万|^连续/.test(value)) return 2;
  return 1;
}

/**
 * Up to `limit` figures, the weightiest first, shown in text order: one to a clause (the clause is
 * the caption, and a second figure in it is already there to read). Counts of things only where
 * `counts` allows and nothing weightier is there.
 */
export function findFigures(text: string, limit = 3, counts = true): Figure[] {
  const found: Array<Figure & { at: number; weight: number }> = [];
  for (const m of text.matchAll(FIGURE)) {
    const context = captionFor(text, m.index!, m[0].length);
    if (found.some((f) => f.value === m[0] || f.context === context)) continue;
    found.push({ value: m[0], context, at: m.index!, weight: weight(m[0]) });
  }
  // A count of things (5个, 44家) is shown only where the point gives no rate or sum to show.
  const heaviest = found.reduce((most, f) => Math.max(most, f.weight), 0);
  return found
    .filter((f) => f.weight > 1 || (counts && heaviest === 1))
    .sort((a, b) => b.weight - a.weight || a.at - b.at)
    .slice(0, limit)
    .sort((a, b) => a.at - b.at)
    .map(({ value, context }) => ({ value, context }));
}

/**
 * The whole clause around a figure. Where the clause is long and lists several items (…从2020年
 * 的3.68万亿元增长到2025年的4.93万亿元、实现…), the item that holds the figure, whole; never a
 * piece that starts or ends inside a number or a word, or leaves a quote or bracket open.
 */
function captionFor(text: string, at: number, length: number): string {
  const [start, end] = spanAround(text, at, at + length, CLAUSE_MARKS);
  const clause = text.slice(start, end).trim();
  if (clause.length <= CAPTION_MAX) return clause;
  const [from, to] = spanAround(text, at, at + length, ITEM_MARKS);
  return text.slice(Math.max(from, start), Math.min(to, end)).trim();
}


/**
 * The span around [from, to) out to the nearest `marks` at the figure's own depth, within its line:
 * a quote or an aside whole on one side is passed over, marks and all; one that opens after the
 * figure and holds a mark (9.5%（绝对值按当年价，…）) ends the span, as a bracket that the figure
 * stands inside (…（增长9.5%）) or a stray mark does.
 */
function spanAround(text: string, from: number, to: number, marks: RegExp): [number, number] {
  const lineStart = text.lastIndexOf('\n', from - 1) + 1;
  const lineEnd = text.indexOf('\n', to) < 0 ? text.length : text.indexOf('\n', to);
  let start = from;
  for (; start > lineStart; start--) {
    const c = text[start - 1];
    if (OPENER_OF[c]) {
      const open = text.lastIndexOf(OPENER_OF[c], start - 2);
      if (open < lineStart || marks.test(text.slice(open, start))) break;
      start = open + 1;
    } else if (PAIRS[c] || marks.test(c)) break;
  }
  let end = to;
  for (; end < lineEnd; end++) {
    const c = text[end];
    if (PAIRS[c]) {
      const close = text.indexOf(PAIRS[c], end);
      if (close < 0 || close > lineEnd || marks.test(text.slice(end, close))) break;
      end = close;
    } else if (OPENER_OF[c] || marks.test(c)) break;
  }
  return [start, end];
}

/** Words that say a figure is the one aimed at: 目标, 预期, 计划, 任务. */
const TARGET = /目标|预期|计划|任务/;
const RATE_VALUE = /(?<![0-9０-９.．])[0-9]+(?:\.[0-9]+)?(?=%|％)/;

/**
 * A rate set against its target in one sentence (生产总值增长8.3%，没有完成年初制定的8.5%的预期目标):
 * the two figures for a small chart. Only rates, and only where one clause names the target.
 */
export function findComparison(text: string, figures: readonly Figure[]): Comparison | null {
  const rates = figures.filter((f) => RATE_VALUE.test(f.value));
  for (let i = 0; i + 1 < rates.length; i++) {
    const [a, b] = [rates[i], rates[i + 1]];
    const sentence = text.split(/[。！？；]/).find((s) => s.includes(a.context) && s.includes(b.context));
    if (!sentence || TARGET.test(a.context) === TARGET.test(b.context)) continue;
    return TARGET.test(a.context) ? { actual: b, target: a } : { actual: a, target: b };
  }
  return null;
}

/** The number of a rate as written (增长8.3% → 8.3), for drawing it. */
export const rateOf = (value: string): number => Number(RATE_VALUE.exec(value)?.[0] ?? NaN);
