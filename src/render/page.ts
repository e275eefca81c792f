// The HTML page around the slides: reveal.js markup, the deck's config, and its assets.
import { htmlDocument } from './document.js';
import type { RenderedDeck } from './markdown-it.js';

export const THEMES = ['official', 'plain'] as const;
export type ThemeName = (typeof THEMES)[number];

/** reveal.js options for every deck: 16:9 at 1280×720, slide numbers, progress bar, the URL hash. */
export const REVEAL_CONFIG = {
  width: 1280,
  height: 720,
  margin: 0.04,
  center: false,
  hash: true,
  slideNumber: 'c/t',
  progress: true,
  controls: true,
  transition: 'fade',
  // The speaker view paces only when a default is set; each slide's data-timing overrides it.
  defaultTiming: 60,
  pdfMaxPagesPerSlide: 1,
} as const;

export interface PageAssets {
  /** `<script>` and `<link>` tags that load the runtime and its styles. */
  head: string;
  /**
   * CSP hash sources of inline scripts that run in what the page opens (the speaker view's).
   * @default []
   */
  hashes?: readonly string[];
  /**
   * Served by the dev server, whose live reload needs a WebSocket.
   * @default false
   */
  dev?: boolean;
}

/** The policy of a page with these assets. */
export const policyOf = (assets: PageAssets, hashes: readonly string[] = []) => ({ hashes: [...hashes, ...(assets.hashes ?? [])], dev: assets.dev ?? false });

export interface PageOptions {
  theme?: string;
  assets: PageAssets;
  /** Identifies the deck to the dev server's live reload. */
  deckId?: string;
  /** reveal.js options over REVEAL_CONFIG (the editor's preview keeps the URL hash alone). */
  reveal?: Record<string, unknown>;
}

export const themeOf = (requested: string | undefined): ThemeName =>
  (THEMES as readonly string[]).includes(requested ?? '') ? (requested as ThemeName) : 'official';

/** JSON that may sit inside a `<script>` element. */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

/** What changes in an open deck when its speech is saved: its slides, theme and title (the dev server's in-place update). */
export interface DeckUpdate {
  slides: string;
  revealClass: string;
  title: string;
}

export const deckUpdate = (deck: RenderedDeck, theme?: string): DeckUpdate => ({
  slides: deck.sections.join('\n'),
  revealClass: `reveal theme-${themeOf(theme ?? deck.meta.theme)}`,
  title: deck.meta.title ?? '讲稿',
});

export function renderPage(deck: RenderedDeck, options: PageOptions): string {
  const config = { ...REVEAL_CONFIG, ...options.reveal, deckId: options.deckId ?? null };
  return htmlDocument({
    title: deck.meta.title ?? '讲稿',
    head: options.assets.head,
    csp: policyOf(options.assets),
    content: `<div class="${deckUpdate(deck, options.theme).revealClass}">
<div class="slides">
${deckUpdate(deck).slides}
</div>
</div>
<script type="application/json" id="speechdeck-config">${scriptJson(config)}</script>`,
  });
}
