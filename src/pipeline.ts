// The whole pipeline for one speech, in Node and in the browser (the editor page) alike.
import type { Deck, Diagnostic, Outline, PaperDocument, Speech } from './types.js';
import { handoutDocument, paperFromDeck, studyDocument } from './plan/paper.js';
import type { PlanOptions } from './config.js';
import { failed as failedSpeech, formatOf, ingestBytes, ingestText } from './ingest/bytes.js';
import { deckOfMarkdown } from './render/deck-slides.js';
import { isDeckMarkdown } from './render/deck-markdown.js';
import { hasError } from './diagnostics.js';
import { decode } from './ingest/decode.js';
import { parseOutline } from './outline/index.js';
import { planSlides } from './plan/index.js';
import { renderMarkdown, renderSections, type RenderedDeck } from './render/index.js';

export interface DeckBuild {
  source: string;
  speech?: Speech;
  outline?: Outline;
  deck?: Deck;
  /** The deck Markdown (contract 2); for a `*.deck.md` input, the file itself. */
  markdown: string;
  rendered: RenderedDeck;
  diagnostics: Diagnostic[];
  /** True when an error diagnostic means there is no deck to show. */
  failed: boolean;
  /** The handout and the 学习提纲, for paper and Word (absent when the build failed). */
  paper?: { handout: PaperDocument; study: PaperDocument };
}

/** Planner options, and a theme that overrides the speech's front matter. */
export type DeckOptions = Partial<PlanOptions> & { theme?: string };


export function deckFromSpeech(input: Speech, { theme, ...options }: DeckOptions = {}): DeckBuild {
  const speech = theme ? { ...input, meta: { ...input.meta, theme } } : input;
  const failed = hasError(speech.diagnostics);
  if (failed) return { source: speech.source, speech, markdown: '', rendered: { meta: speech.meta, slides: [], sections: [] }, diagnostics: speech.diagnostics, failed };
  const outline = parseOutline(speech);
  const deck = planSlides(speech, outline, options);
  const markdown = renderMarkdown(deck);
  const paper = { handout: handoutDocument(speech, outline), study: studyDocument(speech, outline) };
  return { source: speech.source, speech, outline, deck, markdown, rendered: renderSections(markdown), diagnostics: deck.diagnostics, failed, paper };
}

export async function deckFromBytes(bytes: Uint8Array, source: string, options: DeckOptions = {}): Promise<DeckBuild> {
  if (formatOf(source) !== 'md') return deckFromSpeech(await ingestBytes(bytes, source), options);
  const decoded = decode(bytes);
  if ('error' in decoded) return deckFromSpeech(failedSpeech(source, decoded.error));
  return deckFromMarkdownText(decoded.text, source, options);
}

/**
 * A Markdown file: a speech, or a deck already planned (named *.deck.md, or marked so in its front
 * matter), taken as it stands and read back into slides for PPTX.
 */
export function deckFromMarkdownText(text: string, source: string, options: DeckOptions = {}): DeckBuild {
  if (!isDeckMarkdown(source, text)) return deckFromSpeech(ingestText(text, source, 'md'), options);
  const deck = deckOfMarkdown(text);
  return { source, markdown: text, rendered: renderSections(text), deck, diagnostics: [], failed: false, paper: paperFromDeck(deck) };
}
