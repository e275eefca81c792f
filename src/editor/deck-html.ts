// The deck as one HTML page, in the browser: the editor's preview and its single-file download.
// The runtime (reveal.js, notes, themes) comes prebuilt, inlined as text.
import deckJs from '../../lib/runtime/assets/deck.js?raw';
import deckCss from '../../lib/runtime/assets/deck.css?raw';
import paperJs from '../../lib/runtime/assets/paper.js?raw';
import cspJson from '../../lib/runtime/csp.json?raw';
import { renderPage, renderPaper, renderPrint, type RenderedDeck } from '../render/index.js';
import type { PaperDocument } from '../types.js';
import { inlineScript } from '../render/document.js';


/** The speaker view's inline scripts, allowed in every deck (see scripts/build-runtime.js). */
const speakerView: string[] = JSON.parse(cspJson).speakerView;

/**
 * A page that needs nothing else: it opens from a download, a USB stick or an iframe. In the
 * preview (an iframe of the editor), the slide is not kept in the URL, which a srcdoc cannot change.
 */
export const deckHtml = (deck: RenderedDeck, preview = false, fontCss = ''): string =>
  inlineScript(renderPage(deck, { assets: { head: `${preview ? fontLinks() : `<style>${fontCss}</style>`}<style>${deckCss}</style>`, hashes: speakerView }, ...(preview ? { reveal: { hash: false } } : {}) }), deckJs);

/**
 * The shipped fonts as inline CSS, for a one-file deck: loaded from the script the page names
 * (the built site's assets/editor-fonts.js, or the dev server's), only when a download asks.
 */
export function loadFontCss(): Promise<string> {
  const known = (window as unknown as { speechdeckFontCss?: string }).speechdeckFontCss;
  if (known !== undefined) return Promise.resolve(known);
  return new Promise((resolve) => {
    const script = Object.assign(document.createElement('script'), { src: document.body.dataset.fontScript ?? '' });
    script.onload = () => resolve((window as unknown as { speechdeckFontCss?: string }).speechdeckFontCss ?? '');
    // Without the fonts the deck still opens, in the system's faces.
    script.onerror = () => resolve('');
    document.head.append(script);
  });
}

/** The shipped fonts the editor page itself loads (the dev server serves them), for its preview. */
const fontLinks = (): string =>
  [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')]
    .filter((l) => /\/@speechdeck\/fonts\.css|editor-fonts\.css/.test(l.href))
    .map((l) => `<link rel="stylesheet" href="${l.href}">`)
    .join('');

/** One 16:9 page per slide, for the browser's own print to PDF. */
export const printHtml = (deck: RenderedDeck): string => renderPrint(deck, { assets: { head: `<style>${deckCss}</style>`, script: paperJs } });

/** The handout on A4, for the browser's own print to PDF. */
export const handoutHtml = (doc: PaperDocument): string => renderPaper(doc, { assets: { head: `${fontLinks()}<style>${deckCss}</style>`, script: paperJs } });
