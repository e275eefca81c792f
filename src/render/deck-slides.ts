// Deck Markdown → Deck: a deck edited by hand, read back into slides for the exports that draw
// slides themselves (PPTX). The inverse of markdown.ts, reading what that file writes and what a
// person would write instead (any heading for a title, any list for bullets).
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import type { Deck, Figure, Slide, SlideKind, SlideLayout } from '../types.js';
import { splitDeckMarkdown, type MarkdownSlide } from './deck-markdown.js';

const md = new MarkdownIt({ html: true });
const KINDS: readonly SlideKind[] = ['cover', 'agenda', 'divider', 'point', 'paragraph', 'closing'];
const LAYOUTS: readonly SlideLayout[] = ['cards', 'statement', 'chart'];

/** The words of an inline token, Markdown and entities undone (markdown-it has done both). */
const words = (inline: Token | undefined): string =>
  (inline?.children ?? [])
    .map((t) => (t.type === 'text' || t.type === 'code_inline' ? t.content : t.type === 'softbreak' || t.type === 'hardbreak' ? ' ' : ''))
    .join('')
    .trim();

/** Figures written as cards (<figure><strong>…</strong><figcaption>…) or chart bars (<strong>…</strong><span class="caption">…). */
function figuresIn(html: string): Figure[] {
  const found: Figure[] = [];
  for (const m of html.matchAll(/<strong>([^<]*)<\/strong>\s*<(?:figcaption|span class="caption")>([^<]*)</g)) {
    found.push({ value: md.utils.unescapeAll(m[1]).trim(), context: md.utils.unescapeAll(m[2]).trim() });
  }
  return found;
}

function readSlide(source: MarkdownSlide): Slide {
  const classes = (source.attributes.class ?? '').split(/\s+/);
  const kind = KINDS.find((k) => classes.includes(k)) ?? 'point';
  const tokens = md.parse(source.body, {});
  const headings: string[] = [];
  const bullets: string[] = [];
  const paragraphs: string[] = [];
  let html = '';
  tokens.forEach((t, i) => {
    const inline = tokens[i + 1];
    if (t.type === 'heading_open') headings.push(words(inline));
    else if (t.type === 'paragraph_open') (tokens[i - 1]?.type === 'list_item_open' ? bullets : paragraphs).push(words(inline));
    else if (t.type === 'html_block' || t.type === 'html_inline') html += t.content;
  });
  const [from, to] = (source.attributes['data-lines'] ?? '').split('-').map(Number);
  const layout = LAYOUTS.find((l) => classes.includes(l));
  const figures = figuresIn(html);
  return {
    kind,
    title: headings[0] ?? paragraphs.shift() ?? '',
    ...(headings[1] ? { subtitle: headings[1] } : {}),
    // The cover's lines are the meeting, speaker and date, which the deck's front matter carries.
    bullets: kind === 'cover' ? [] : [...bullets, ...paragraphs],
    figures,
    notes: source.notes.replace(/\n{2,}/g, '\n'),
    range: [from || source.line, to || from || source.line],
    timing: Number(source.attributes['data-timing']) || 0,
    ...(classes.includes('continuation') ? { continuation: true } : {}),
    ...(source.attributes['data-part'] ? { partNumber: source.attributes['data-part'] } : {}),
    ...(source.attributes['data-crumb'] ? { part: source.attributes['data-crumb'] } : {}),
    ...(layout ? { layout } : {}),
    ...(layout === 'chart' && figures.length >= 2 ? { comparison: { actual: figures[0], target: figures[1] } } : {}),
  };
}

export function deckOfMarkdown(markdown: string): Deck {
  const { meta, slides } = splitDeckMarkdown(markdown);
  const read = slides.map(readSlide);
  return { title: meta.title ?? read.find((s) => s.kind === 'cover')?.title ?? read[0]?.title ?? '', meta, slides: read, diagnostics: [] };
}
