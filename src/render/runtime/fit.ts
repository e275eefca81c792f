// The last line of defence against overflow, and the first against an empty wall: the planner
// budgets characters per slide, and where a slide still runs over its box (a narrow glyph mix, a
// long unbreakable figure) its text shrinks step by step, to no less than 70%; where a point's slide
// holds little, its text grows, to at most 125%, while it still fits. Self-contained, so that
// static pages can inline it as text.

/** Fits one slide's text to its box. Hidden slides cannot be measured and are left alone. */
export function fitSection(section: HTMLElement): void {
  const MIN_SCALE = 0.7;
  const MAX_SCALE = 1.25;
  const STEP = 0.05;
  if (!section.offsetParent && !section.closest('.pdf-page')) return;
  const overflows = (): boolean => section.scrollHeight > section.clientHeight + 1 || section.scrollWidth > section.clientWidth + 1;
  const set = (scale: number): void => section.style.setProperty('--sd-fit', scale.toFixed(2));
  let scale = 1;
  section.style.removeProperty('--sd-fit');
  if (overflows()) {
    while (overflows() && scale - STEP >= MIN_SCALE - 1e-9) set((scale -= STEP));
    return;
  }
  if (!section.matches('.point, .paragraph, .agenda')) return;
  // Growing, the text must also keep clear of the slide's bottom margin, where the controls are.
  const room = (): boolean => {
    const last = [...section.children].filter((c) => (c as HTMLElement).offsetParent).pop() as HTMLElement | undefined;
    const bottom = section.clientHeight - parseFloat(getComputedStyle(section).paddingBottom);
    return !overflows() && (!last || last.offsetTop + last.offsetHeight <= bottom);
  };
  while (scale + STEP <= MAX_SCALE + 1e-9) {
    set(scale + STEP);
    if (!room()) break;
    scale += STEP;
  }
  set(scale);
}

/** Where a static page keeps the promise of its fitting, for whoever prints it. */
export const FITTED = 'speechdeckFitted';

/**
 * For the head of a page without the runtime: nothing is laid out until its fonts are in. A layout
 * in stand-in fonts is thrown away, and on a machine without Chinese fonts it is the slowest step
 * of a print (every character looked up in the system's fonts). Without scripts nothing waits.
 * The paper pages' script (paper.ts) shows the page again.
 */
export const FONTS_FIRST_SCRIPT = "document.documentElement.classList.add('sd-fonts-pending');";
export const FONTS_FIRST = `<style>html.sd-fonts-pending body { display: none; }</style>
<script>${FONTS_FIRST_SCRIPT}</script>`;
