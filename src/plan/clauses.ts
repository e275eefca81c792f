// Verbatim trimming: a slide shows a span of the speech, cut only where a clause ends.

export const ELLIPSIS = '……';
const CLAUSE_END = /[，,、；;：:。！？!?]/;
/** Where a title may break: a clause's end, never inside a list of items (集成、自动化处理). */
const TITLE_BREAK = /[，,；;：:。！？!?]/;
const SENTENCE_END = /[。！？!?；;]/;

/**
 * The longest prefix of `s` that ends at a clause boundary and has at most `max` characters.
 * `midClause` says the cut could find no boundary and falls inside a clause.
 */
export function trimAtClause(s: string, max: number, breaks = CLAUSE_END): { text: string; rest: string; midClause: boolean } {
  if (s.length <= max) return { text: s, rest: '', midClause: false };
  let cut = -1;
  for (let i = 1; i <= max && i < s.length; i++) if (breaks.test(s[i])) cut = i;
  // No boundary early enough: cut mid-clause rather than overflow the slide.
  const end = cut > max / 3 ? cut : max;
  return { text: s.slice(0, end), rest: s.slice(end).replace(/^[，,、；;：:。！？!?\s]+/, ''), midClause: end === max };
}

/** A title cut where a clause ends, and at 、 only where no clause ends early enough. */
export function trimTitle(s: string, max: number): { text: string; rest: string; midClause: boolean } {
  const cut = trimAtClause(s, max, TITLE_BREAK);
  return cut.midClause ? trimAtClause(s, max) : cut;
}

/** Marks that open and close a span that a cut must not leave open: quotes, brackets, book titles. */
export const PAIRS: Readonly<Record<string, string>> = { '“': '”', '‘': '’', '（': '）', '(': ')', '《': '》', '「': '」', '『': '』', '【': '】' };
/** Each closing mark → the mark that opens it. */
export const OPENER_OF: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(PAIRS).map(([open, close]) => [close, open]));

/** Whether every quote and bracket opened in `s` is closed in it, and none closes that was not opened. */
export function balanced(s: string): boolean {
  const open: string[] = [];
  for (const c of s) {
    if (PAIRS[c]) open.push(PAIRS[c]);
    else if (OPENER_OF[c] && open.pop() !== c) return false;
  }
  return open.length === 0;
}

/**
 * The longest prefix of `s` that ends where a clause ends, is at most `max` characters long (a
 * quarter more for a sentence that is whole) and leaves no quote or bracket open; null when there
 * is none worth showing.
 */
export function trimBalanced(s: string, max: number): { text: string; rest: string } | null {
  if (s.length <= max * 1.25 && balanced(s)) return { text: s, rest: '' };
  for (let i = Math.min(max, s.length - 1); i > max / 3; i--) {
    if (CLAUSE_END.test(s[i]) && balanced(s.slice(0, i))) return { text: s.slice(0, i), rest: s.slice(i + 1) };
  }
  return null;
}

/** `s` trimmed to `max` characters at a clause boundary, no quote left open, with an ellipsis where words were dropped. */
export function clip(s: string, max: number): string {
  const { text, rest } = trimBalanced(s, max) ?? trimAtClause(s, max);
  return rest ? text + ELLIPSIS : text;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** Sentences of `text` between offsets, each without its closing punctuation. */
export function splitSentences(text: string, start: number, end: number): Sentence[] {
  const out: Sentence[] = [];
  let from = start;
  const push = (to: number): void => {
    // A sentence starts after the marks that ended what came before it (a heading's cut: ，松山湖…).
    const raw = text.slice(from, to);
    const lead = raw.length - raw.replace(/^[\s，,、：:]+/, '').length;
    const body = raw.slice(lead).trim().replace(/[。！？!?；;]+$/, '');
    if (body) out.push({ start: from + lead, end: from + lead + body.length, text: body });
  };
  for (let i = start; i < end; i++) {
    if (SENTENCE_END.test(text[i]) || text[i] === '\n') {
      push(i + 1);
      from = i + 1;
    }
  }
  push(end);
  return out;
}
