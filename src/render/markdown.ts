// Deck → deck Markdown (DESIGN contract 2), editable by hand and rebuilt by `speechdeck build x.deck.md`.
import type { Deck, Slide } from '../types.js';
import { escapeHtml, escapeMarkdown } from './escape.js';

const HEADING: Record<Slide['kind'], string> = { cover: '#', divider: '#', closing: '#', agenda: '##', point: '##', paragraph: '##' };

/** Titles past this length get a smaller size (still within the planner's budget). */
const LONG_TITLE = 20;

function attributes(slide: Slide): string {
  const classes = [slide.kind, slide.continuation && 'continuation', slide.title.length > LONG_TITLE && 'long-title'].filter(Boolean);
  const attrs: Array<[string, string | number | undefined]> = [
    ['class', classes.join(' ')],
    ['data-timing', slide.timing],
    ['data-lines', `${slide.range[0]}-${slide.range[1]}`],
    ['data-part', slide.partNumber],
  ];
  const list = attrs.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}="${escapeHtml(String(v))}"`);
  return `<!-- .slide: ${list.join(' ')} -->`;
}

function figures(slide: Slide): string[] {
  if (!slide.figures.length) return [];
  const items = slide.figures.map((f) => `<figure><strong>${escapeHtml(f.value)}</strong><figcaption>${escapeHtml(f.context)}</figcaption></figure>`);
  return ['<div class="figures">', ...items, '</div>', ''];
}

function coverLines(deck: Deck): string[] {
  const { meeting, speaker, date } = deck.meta;
  return [meeting, speaker, date].filter((x): x is string => !!x).flatMap((x) => [escapeMarkdown(x), '']);
}

export function slideMarkdown(slide: Slide, deck: Deck): string {
  const out = [attributes(slide), '', `${HEADING[slide.kind]} ${escapeMarkdown(slide.title)}`, ''];
  if (slide.subtitle) out.push(`### ${escapeMarkdown(slide.subtitle)}`, '');
  if (slide.kind === 'cover') out.push(...coverLines(deck));
  if (slide.bullets.length) out.push(...slide.bullets.map((b) => `- ${escapeMarkdown(b)}`), '');
  out.push(...figures(slide));
  if (slide.notes) out.push('Note:', '', ...slide.notes.split('\n').flatMap((p) => [escapeMarkdown(p), '']));
  return out.join('\n').trimEnd();
}

function frontMatter(deck: Deck): string {
  const fields = Object.entries({ ...deck.meta, title: deck.title }).filter(([, v]) => v);
  return ['---', ...fields.map(([k, v]) => `${k}: ${JSON.stringify(v)}`), '---'].join('\n');
}

export function renderMarkdown(deck: Deck): string {
  return `${frontMatter(deck)}\n\n${deck.slides.map((s) => slideMarkdown(s, deck)).join('\n\n---\n\n')}\n`;
}
