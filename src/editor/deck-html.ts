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
export const deckHtml = (deck: RenderedDeck, preview = false): string =>
  inlineScript(renderPage(deck, { assets: { head: `${preview ? fontLinks() : ''}<style>${deckCss}</style>`, hashes: speakerView }, ...(preview ? { reveal: { hash: false } } : {}) }), deckJs);

/** The shipped fonts the editor page itself loads (the dev server serves them), for its preview. */
const fontLinks = (): string =>
  [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')]
    .filter((l) => l.href.includes('/@speechdeck/fonts.css'))
    .map((l) => `<link rel="stylesheet" href="${l.href}">`)
    .join('');

/** One 16:9 page per slide, for the browser's own print to PDF. */
export const printHtml = (deck: RenderedDeck): string => renderPrint(deck, { assets: { head: `<style>${deckCss}</style>`, script: paperJs } });

/** The handout on A4, for the browser's own print to PDF. */
export const handoutHtml = (doc: PaperDocument): string => renderPaper(doc, { assets: { head: `${fontLinks()}<style>${deckCss}</style>`, script: paperJs } });
