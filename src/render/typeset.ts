// Chinese typesetting after clreq (W3C 中文排版需求), as a markdown-it core rule over the rendered
// words (the deck Markdown stays plain): two adjacent punctuation marks share a cell and a half,
// not two (、“ / 。”); a line never ends a paragraph with one or two characters alone: its last
// few characters keep together and, where a break is needed, go down as one; and a figure with
// its unit (3.68万亿元, 8.3%) is never broken across lines.
import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { RATE, UNITS } from '../plan/figures.js';

/** Marks whose blank half is on the right (closing and stops) or on the left (opening). */
const CLOSING = '、。，．；：！？”’）》」』】〕';
const OPENING = '“‘（《「『【〔';
const PAIR = new RegExp(`[${CLOSING}][${CLOSING}${OPENING}]|[${OPENING}][${OPENING}]`, 'g');
/** A figure as written, with its magnitude and unit (the units figure cards know), or a year. */
const FIGURE = new RegExp(`[0-9０-９]+(?:[.．,][0-9０-９]+)*(?:${RATE}|[万亿千百]*(?:${UNITS}|年))?`, 'g');
/** How many characters at a paragraph's end keep together, and how long it must be to bother. */
const KEEP = 4;
const MIN_LENGTH = 12;

function text(state: StateCore, content: string): Token {
  const token = new state.Token('text', '', 0);
  token.content = content;
  return token;
}

function html(state: StateCore, content: string): Token {
  const token = new state.Token('html_inline', '', 0);
  token.content = content;
  return token;
}

/** A text token split so that the squeezed half of each adjacent pair of marks is its own span. */
function squeeze(state: StateCore, token: Token): Token[] {
  const out: Token[] = [];
  let from = 0;
  for (const m of token.content.matchAll(PAIR)) {
    // Of a closing mark first, its right half goes; of two opening marks, the second's left half.
    const at = CLOSING.includes(m[0][0]) ? m.index! : m.index! + 1;
    const side = CLOSING.includes(m[0][0]) ? 'end' : 'start';
    if (at > from) out.push(text(state, token.content.slice(from, at)));
    out.push(html(state, `<span class="sd-squeeze-${side}">`), text(state, token.content[at]), html(state, '</span>'));
    from = at + 1;
  }
  if (!out.length) return [token];
  if (from < token.content.length) out.push(text(state, token.content.slice(from)));
  return out;
}

/** The last text token of a paragraph, its last characters kept on one line. */
function keepEnd(state: StateCore, children: Token[]): Token[] {
  const total = children.reduce((n, t) => n + (t.type === 'text' ? t.content.length : 0), 0);
  const last = children.length - 1;
  const tail = children[last];
  if (total < MIN_LENGTH || tail?.type !== 'text' || tail.content.length < KEEP + 1) return children;
  const cut = tail.content.length - KEEP;
  return [...children.slice(0, last), text(state, tail.content.slice(0, cut)), html(state, '<span class="sd-keep">'), text(state, tail.content.slice(cut)), html(state, '</span>')];
}

/** A text token split so that each figure of three characters or more is a span kept on one line. */
function keepFigures(state: StateCore, token: Token): Token[] {
  const out: Token[] = [];
  let from = 0;
  for (const m of token.content.matchAll(FIGURE)) {
    if (m[0].length < 3) continue;
    if (m.index! > from) out.push(text(state, token.content.slice(from, m.index)));
    out.push(html(state, '<span class="sd-keep">'), text(state, m[0]), html(state, '</span>'));
    from = m.index! + m[0].length;
  }
  if (!out.length) return [token];
  if (from < token.content.length) out.push(text(state, token.content.slice(from)));
  return out;
}

/** Applies `split` to every text token outside a kept span (spans do not nest). */
function outsideKept(children: Token[], split: (t: Token) => Token[]): Token[] {
  let kept = false;
  return children.flatMap((t) => {
    if (t.type === 'html_inline') kept = t.content.startsWith('<span class="sd-keep"') ? true : t.content === '</span>' ? false : kept;
    return t.type === 'text' && !kept ? split(t) : [t];
  });
}

export function typeset(md: MarkdownIt): void {
  md.core.ruler.push('speechdeck_typeset', (state) => {
    for (const block of state.tokens) {
      if (block.type !== 'inline' || !block.children) continue;
      const ended = keepEnd(state, block.children);
      block.children = outsideKept(outsideKept(ended, (t) => keepFigures(state, t)), (t) => squeeze(state, t));
    }
  });
}
