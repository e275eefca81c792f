// A Word file → its paragraphs as lines: Word heading styles are headings, a paragraph that opens
// in bold says so, and numbered lists get back the numbers Word draws but does not store in the
// text (一、 → （一） → 1. → （1）, the GB/T 9704 order of levels). The words are taken as they are:
// nothing in a paragraph is read as markup.
import { parse, type HTMLElement } from 'node-html-parser';
import { toChineseNumeral } from '../outline/numerals.js';
import type { SourceLine } from './source-line.js';

const LIST_MARKERS: ReadonlyArray<(n: number) => string> = [
  (n) => `${toChineseNumeral(n)}、`,
  (n) => `（${toChineseNumeral(n)}）`,
  (n) => `${n}.`,
  (n) => `（${n}）`,
];

const clean = (s: string): string => s.replace(/\s*\n\s*/g, '').trim();

const children = (el: HTMLElement, tags: readonly string[]): HTMLElement[] =>
  el.childNodes.filter((c): c is HTMLElement => tags.includes((c as HTMLElement).tagName));

/**
 * Numbers of a document's list items by depth. Word keeps one list going across the paragraphs
 * between its items, which mammoth writes as separate lists, so counting runs over the document.
 */
class ListCounter {
  private counts: number[] = [];
  next(depth: number): string {
    this.counts.length = depth + 1;
    this.counts[depth] = (this.counts[depth] ?? 0) + 1;
    return LIST_MARKERS[Math.min(depth, LIST_MARKERS.length - 1)](this.counts[depth]);
  }
}

/** A paragraph's words, and how many of its first characters are bold. */
function paragraph(el: HTMLElement, prefix = ''): SourceLine[] {
  const text = clean(el.text);
  if (!text) return [];
  let bold = 0;
  for (const child of el.childNodes) {
    const part = clean(child.text);
    if (!part) continue;
    if ((child as HTMLElement).tagName !== 'STRONG') break;
    bold += part.length;
  }
  return [{ text: prefix + text, ...(bold ? { bold: prefix.length + bold } : {}) }];
}

function listLines(list: HTMLElement, depth: number, counter: ListCounter): SourceLine[] {
  return children(list, ['LI']).flatMap((li) => {
    const nested = children(li, ['OL', 'UL']);
    for (const inner of nested) inner.remove();
    const own = paragraph(li, list.tagName === 'OL' ? counter.next(depth) : '');
    return [...own, ...nested.flatMap((inner) => listLines(inner, depth + 1, counter))];
  });
}

function blockLines(el: HTMLElement, counter: ListCounter): SourceLine[] {
  const tag = el.tagName;
  if (/^H[1-6]$/.test(tag)) return paragraph(el).map((line) => ({ ...line, heading: true as const }));
  if (tag === 'OL' || tag === 'UL') return listLines(el, 0, counter);
  if (tag === 'TABLE') return el.querySelectorAll('tr').map((tr) => ({ text: tr.querySelectorAll('td, th').map((c) => clean(c.text)).join(' ') }));
  return paragraph(el);
}

/** Throws when the bytes are not a readable .docx; the caller turns that into a diagnostic. */
export async function docxLines(bytes: Uint8Array): Promise<SourceLine[]> {
  // mammoth is loaded only for Word files: every other command starts faster without it.
  const { default: mammoth } = await import('mammoth');
  const input = typeof Buffer === 'undefined' ? { arrayBuffer: bytes.slice().buffer } : { buffer: Buffer.from(bytes) };
  const { value } = await mammoth.convertToHtml(input);
  const counter = new ListCounter();
  return parse(value)
    .childNodes.filter((c): c is HTMLElement => !!(c as HTMLElement).tagName)
    .flatMap((el) => blockLines(el, counter));
}
