import type { Deck, Outline, Speech } from '../types.js';
import { resolvePlanOptions, type PlanOptions } from '../config.js';
import { indexText } from '../outline/text-index.js';
import { selectSlides } from './select.js';
import { fitSlides } from './fit.js';
import { themeFor } from './theme.js';

/** Outline → Deck: cover, agenda, a divider per part, a slide per emphasized point, closing. */
export function planSlides(speech: Speech, outline: Outline, options: Partial<PlanOptions> = {}): Deck {
  const o = resolvePlanOptions(options);
  const slides = fitSlides(speech, indexText(speech), selectSlides(speech, outline, o), o);
  // A theme the front matter names wins; else the speech's own words choose it.
  const chosen = outline.meta.theme ? null : themeFor(speech.text);
  return {
    title: slides[0].title,
    meta: { ...outline.meta, title: slides[0].title, ...(chosen ? { theme: chosen.theme } : {}) },
    slides,
    diagnostics: [...speech.diagnostics, ...outline.diagnostics, ...(chosen ? [chosen.diagnostic] : [])],
  };
}
