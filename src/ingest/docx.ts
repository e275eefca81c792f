// A Word file → Markdown-like text: Word heading styles become `##` lines, a paragraph in bold
// becomes `**…**`, and numbered lists get back the numbers Word draws but does not store in the
// text (一、 → （一） → 1. → （1）, the GB/T 9704 order of levels).
import { parse, type HTMLElement } from 'node-html-parser';
import { toChineseNumeral } from '../outline/numerals.js';

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

function listLines(list: HTMLElement, depth: number, counter: ListCounter): string[] {
  return children(list, ['LI']).flatMap((li) => {
    const nested = children(li, ['OL', 'UL']);
    for (const inner of nested) inner.remove();
    const text = clean(li.text);
    const own = text ? [(list.tagName === 'OL' ? counter.next(depth) : '') + text] : [];
    return [...own, ...nested.flatMap((inner) => listLines(inner, depth + 1, counter))];
  });
}

function blockLines(el: HTMLElement, counter: ListCounter): string[] {
  const tag = el.tagName;
  if (/^H[1-6]$/.test(tag)) return [`## ${clean(el.text)}`];
  if (tag === 'OL' || tag === 'UL') return listLines(el, 0, counter);
  if (tag === 'TABLE') return el.querySelectorAll('tr').map((tr) => tr.querySelectorAll('td, th').map((c) => clean(c.text)).join(' '));
  const text = clean(el.text);
  if (!text) return [];
  const bold = el.querySelectorAll('strong').map((b) => clean(b.text)).join('');
  return [bold === text ? `**${text}**` : text];
}

/** Throws when the bytes are not a readable .docx; the caller turns that into a diagnostic. */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  // mammoth is loaded only for Word files: every other command starts faster without it.
  const { default: mammoth } = await import('mammoth');
  const input = typeof Buffer === 'undefined' ? { arrayBuffer: bytes.slice().buffer } : { buffer: Buffer.from(bytes) };
  const { value } = await mammoth.convertToHtml(input);
  const counter = new ListCounter();
  return parse(value)
    .childNodes.filter((c): c is HTMLElement => !!(c as HTMLElement).tagName)
    .flatMap((el) => blockLines(el, counter))
    .join('\n');
}
