// The last line of defence against overflow: the planner budgets characters per slide, and where a
// slide still runs over its box (a narrow glyph mix, a long unbreakable figure), its text shrinks
// step by step, to no less than 70%.
const MIN_SCALE = 0.7;
const STEP = 0.05;

const overflows = (s: HTMLElement): boolean => s.scrollHeight > s.clientHeight + 1 || s.scrollWidth > s.clientWidth + 1;

/** Shrinks one slide's text until it fits. Hidden slides cannot be measured and are left alone. */
export function fitSlide(section: HTMLElement): void {
  if (!section.offsetParent && !section.closest('.pdf-page')) return;
  let scale = 1;
  section.style.removeProperty('--sd-fit');
  while (overflows(section) && scale - STEP >= MIN_SCALE - 1e-9) {
    scale -= STEP;
    section.style.setProperty('--sd-fit', scale.toFixed(2));
  }
}

export const fitAll = (root: ParentNode): void => root.querySelectorAll<HTMLElement>('.slides section').forEach(fitSlide);
