// Deck Markdown → reveal.js `<section>`s, through markdown-it.
import MarkdownIt from 'markdown-it';
import { escapeHtml } from './escape.js';
import { typeset } from './typeset.js';
import { splitDeckMarkdown, type MarkdownSlide } from './deck-markdown.js';
import type { SpeechMeta } from '../types.js';

// HTML is on so that a hand-edited deck may use it; speech text reaches here escaped.
const md = new MarkdownIt({ html: true, linkify: false, typographer: false }).use(typeset);

function sectionHtml(slide: MarkdownSlide): string {
  const attrs = Object.entries({ ...slide.attributes, 'data-md-line': String(slide.line) })
    .map(([k, v]) => ` ${k}="${escapeHtml(v)}"`)
    .join('');
  const notes = slide.notes ? `<aside class="notes">${md.render(slide.notes)}</aside>` : '';
  return `<section${attrs}>\n${md.render(slide.body)}${notes}</section>`;
}

export interface RenderedDeck {
  meta: SpeechMeta;
  /** The slides as the deck Markdown has them (their words pick the fonts a deck ships). */
  slides: MarkdownSlide[];
  /** The `<section>` elements, in order. */
  sections: string[];
}

export function renderSections(markdown: string): RenderedDeck {
  const { meta, slides } = splitDeckMarkdown(markdown);
  return { meta, slides, sections: slides.map(sectionHtml) };
}
