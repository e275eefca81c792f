// The last line of defence against overflow: the planner budgets characters per slide, and where a
// slide still runs over its box (a narrow glyph mix, a long unbreakable figure), its text shrinks
// step by step, to no less than 70%. Self-contained, so that static pages can inline it as text.

/** Shrinks one slide's text until it fits. Hidden slides cannot be measured and are left alone. */
export function fitSection(section: HTMLElement): void {
  const MIN_SCALE = 0.7;
  const STEP = 0.05;
  if (!section.offsetParent && !section.closest('.pdf-page')) return;
  const overflows = (): boolean => section.scrollHeight > section.clientHeight + 1 || section.scrollWidth > section.clientWidth + 1;
  let scale = 1;
  section.style.removeProperty('--sd-fit');
  while (overflows() && scale - STEP >= MIN_SCALE - 1e-9) {
    scale -= STEP;
    section.style.setProperty('--sd-fit', scale.toFixed(2));
  }
}

/** Where a static page keeps the promise of its fitting, for whoever prints it. */
export const FITTED = 'speechdeckFitted';

/**
 * A script for a page without the runtime: lay the page out (which asks for its fonts), fit every
 * slide once the fonts are in; `window.speechdeckFitted` settles then.
 */
export const FIT_SCRIPT = `${fitSection.toString()}
document.body.offsetWidth;
window.${FITTED} = document.fonts.ready.then(() => { document.querySelectorAll('.slides section').forEach(fitSection); });`;
