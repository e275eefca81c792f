// The script every page runs: reveal.js with its speaker notes, configured by the page; in the dev
// server, also the live reload of the index, the decks and their error pages.
import Reveal from 'reveal.js';
import Notes from 'reveal.js/plugin/notes';
import 'reveal.js/reveal.css';
import '../themes/base.css';
import '../themes/official.css';
import '../themes/plain.css';
import '../themes/static.css';
import { fitSection } from './fit.js';
import { prepareSpeakerView } from './speaker-view.js';

const config = JSON.parse(document.getElementById('speechdeck-config')?.textContent ?? '{}');
/** The deck this page shows (a deck or its error page); none on the index, which follows every deck. */
const deckId: string | undefined = config.deckId ?? document.body.dataset.deck;

// Saving a speech rebuilds its page: reload it in place (the URL hash keeps the slide).
if (import.meta.hot) {
  import.meta.hot.on('speechdeck:update', (data: { deckId: string }) => {
    if (deckId === undefined || data.deckId === deckId) location.reload();
  });
}

const element = document.querySelector<HTMLElement>('.reveal');
if (element) {
  prepareSpeakerView();
  const deck = new Reveal(element, { ...config, plugins: [Notes] });
  // Fit once the shipped fonts are in: text measured in a fallback font is measured wrong.
  const fitCurrent = () => void document.fonts.ready.then(() => fitSection(deck.getCurrentSlide() as HTMLElement));
  deck.on('ready', fitCurrent);
  deck.on('slidechanged', fitCurrent);
  deck.on('pdf-ready', () => void document.fonts.ready.then(() => element.querySelectorAll<HTMLElement>('.slides section').forEach(fitSection)));
  void deck.initialize();
  // As reveal.js's own script build does, so that tests, the console and print tools find the deck.
  (window as unknown as { Reveal: typeof deck }).Reveal = deck;
}
