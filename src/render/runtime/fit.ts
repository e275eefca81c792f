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
 * For the head of a page without the runtime: nothing is laid out until its fonts are in. A layout
 * in stand-in fonts is thrown away, and on a machine without Chinese fonts it is the slowest step
 * of a print (every character looked up in the system's fonts). Without scripts nothing waits.
 */
export const FONTS_FIRST = `<style>html.sd-fonts-pending body { display: none; }</style>
<script>document.documentElement.classList.add('sd-fonts-pending');</script>`;

/** For the end of its body: load every font, show the page, fit every slide; `window.speechdeckFitted` settles then. */
export const FIT_SCRIPT = `${fitSection.toString()}
window.${FITTED} = Promise.all([...document.fonts].map((face) => face.load().catch(() => {}))).then(() => {
  document.documentElement.classList.remove('sd-fonts-pending');
  document.querySelectorAll('.slides section').forEach(fitSection);
});`;
