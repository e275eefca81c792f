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
import type { DeckUpdate } from '../page.js';

const config = JSON.parse(document.getElementById('speechdeck-config')?.textContent ?? '{}');
/** The deck this page shows (a deck or its error page); none on the index, which follows every deck. */
const deckId: string | undefined = config.deckId ?? document.body.dataset.deck;

const element = document.querySelector<HTMLElement>('.reveal');

interface Update {
  deckId: string;
  /** The deck's new slides; none when the speech no longer builds (the overlay says why) or was removed. */
  deck?: DeckUpdate;
}

// Saving a speech updates its open deck in place, on the slide being shown: the slides are
// replaced and reveal.js syncs, the page and its state stay. An error page, the index, or a deck
// that comes back from an error reloads.
if (import.meta.hot) {
  import.meta.hot.on('speechdeck:update', (data: Update) => {
    if (deckId !== undefined && data.deckId !== deckId) return;
    const reveal = (window as unknown as { Reveal?: InstanceType<typeof Reveal> }).Reveal;
    if (!data.deck || !element || !reveal) {
      if (!data.deck && element) return; // a broken save: Vite's overlay shows why, the deck stays
      location.reload();
      return;
    }
    document.querySelectorAll('vite-error-overlay').forEach((overlay) => overlay.remove());
    const { h, v } = reveal.getIndices();
    element.className = data.deck.revealClass;
    element.querySelector('.slides')!.innerHTML = data.deck.slides;
    document.title = data.deck.title;
    reveal.sync();
    reveal.slide(h, v);
    // The speaker view takes the current slide's notes on slidechanged: it gets the new words too.
    const current = reveal.getCurrentSlide();
    reveal.dispatchEvent({ type: 'slidechanged', data: { indexh: h, indexv: v, previousSlide: current, currentSlide: current, origin: 'speechdeck:update' } });
    void document.fonts.ready.then(() => fitSection(reveal.getCurrentSlide() as HTMLElement));
  });
}

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
