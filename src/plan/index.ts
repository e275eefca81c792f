import type { Deck, Outline, Speech } from '../types.js';
import { resolvePlanOptions, type PlanOptions } from '../config.js';
import { indexText } from '../outline/text-index.js';
import { selectSlides } from './select.js';
import { fitSlides } from './fit.js';

/** Outline → Deck: cover, agenda, a divider per part, a slide per emphasized point, closing. */
export function planSlides(speech: Speech, outline: Outline, options: Partial<PlanOptions> = {}): Deck {
  const o = resolvePlanOptions(options);
  const slides = fitSlides(speech, indexText(speech), selectSlides(speech, outline, o), o);
  return {
    title: slides[0].title,
    meta: { ...outline.meta, title: slides[0].title },
    slides,
    diagnostics: [...speech.diagnostics, ...outline.diagnostics],
  };
}
