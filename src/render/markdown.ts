// Deck → deck Markdown (DESIGN contract 2), editable by hand and rebuilt by `speechdeck build x.deck.md`.
import type { Deck, Figure, Slide } from '../types.js';
import { rateOf } from '../plan/figures.js';
import { escapeHtml, escapeMarkdown } from './escape.js';
import { DECK_MARK } from './deck-markdown.js';

const HEADING: Record<Slide['kind'], string> = { cover: '#', divider: '#', closing: '#', agenda: '##', point: '##', paragraph: '##' };

/** Titles past this length get a smaller size (still within the planner's budget). */
const LONG_TITLE = 20;

/** A title that opens with a bracket or a quote hangs it into the margin. */
const OPENS = /^[（(“「《【]/;

function attributes(slide: Slide): string {
  const layout = slide.layout && slide.layout !== 'list' ? slide.layout : undefined;
  const count = layout === 'cards' ? `cards-${slide.bullets.length}` : undefined;
  const classes = [slide.kind, layout, count, slide.continuation && 'continuation', slide.title.length > LONG_TITLE && 'long-title', OPENS.test(slide.title) && 'hang-title'].filter(Boolean);
  const attrs: Array<[string, string | number | undefined]> = [
    ['class', classes.join(' ')],
    ['data-timing', slide.timing],
    ['data-lines', `${slide.range[0]}-${slide.range[1]}`],
    ['data-part', slide.partNumber],
    ['data-crumb', slide.part],
    // The slide number turns light over the cover's colour.
    ['data-state', slide.kind === 'cover' || slide.kind === 'closing' ? 'sd-cover' : undefined],
  ];
  const list = attrs.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}="${escapeHtml(String(v))}"`);
  return `<!-- .slide: ${list.join(' ')} -->`;
}

function figures(slide: Slide): string[] {
  const compared = slide.comparison ? [slide.comparison.actual, slide.comparison.target] : [];
  const shown = slide.figures.filter((f) => !compared.some((c) => c.value === f.value));
  if (!shown.length) return [];
  const items = shown.map((f) => `<figure><strong>${escapeHtml(f.value)}</strong><figcaption>${escapeHtml(f.context)}</figcaption></figure>`);
  return ['<div class="figures">', ...items, '</div>', ''];
}

/** A rate and its target as two bars to scale, each with its own words from the speech. */
function chart(slide: Slide): string[] {
  if (!slide.comparison) return [];
  const { actual, target } = slide.comparison;
  const top = Math.max(rateOf(actual.value), rateOf(target.value));
  const bar = (f: Figure, kind: string): string =>
    `<div class="bar ${kind}"><span class="track"><span class="fill" style="width:${((rateOf(f.value) / top) * 100).toFixed(1)}%"></span></span><strong>${escapeHtml(f.value)}</strong><span class="caption">${escapeHtml(f.context)}</span></div>`;
  return ['<div class="chart">', bar(actual, 'actual'), bar(target, 'target'), '</div>', ''];
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
  out.push(...chart(slide), ...figures(slide));
  if (slide.notes) out.push('Note:', '', ...slide.notes.split('\n').flatMap((p) => [escapeMarkdown(p), '']));
  return out.join('\n').trimEnd();
}

function frontMatter(deck: Deck): string {
  const fields = Object.entries({ ...deck.meta, title: deck.title }).filter(([, v]) => v);
  return ['---', DECK_MARK, ...fields.map(([k, v]) => `${k}: ${JSON.stringify(v)}`), '---'].join('\n');
}

export function renderMarkdown(deck: Deck): string {
  return `${frontMatter(deck)}\n\n${deck.slides.map((s) => slideMarkdown(s, deck)).join('\n\n---\n\n')}\n`;
}
