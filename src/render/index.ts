import type { Deck } from '../types.js';
import { renderMarkdown } from './markdown.js';
import { renderSections, type RenderedDeck } from './markdown-it.js';

export { renderMarkdown } from './markdown.js';
export { renderSections, type RenderedDeck } from './markdown-it.js';
export { renderPage, themeOf, THEMES, REVEAL_CONFIG, type PageAssets } from './page.js';
export { escapeHtml, escapeMarkdown } from './escape.js';
export { renderPaper, renderPrint, type PaperSlide } from './handout.js';

/** Deck → sections: always through the deck Markdown, so a planned deck and a hand-edited one render alike. */
export const renderDeck = (deck: Deck): RenderedDeck => renderSections(renderMarkdown(deck));
