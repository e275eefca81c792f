import type { Outline, Point } from '../types.js';

/** What a point is called on its slide: the title set by hand, or its marker and headline as said. */
export const pointHeading = (p: Point): string => p.title ?? p.marker + p.headline;

/**
 * The outline as an indented tree a Chinese reader checks at a glance, one point a line with the
 * source line of its heading; warnings follow. Used by `speechdeck outline` and the grammar fixtures.
 */
export function formatOutline(outline: Outline): string {
  const lines: string[] = [];
  if (outline.title) lines.push(`# ${outline.title}`);
  const walk = (points: Point[], depth: number): void => {
    for (const p of points) {
      lines.push(`${'  '.repeat(depth)}${p.marker}${p.headline} [L${p.range[0]}]`);
      walk(p.points, depth + 1);
    }
  };
  walk(outline.points, 0);
  for (const d of outline.diagnostics) lines.push(`! ${d.line === undefined ? '' : `L${d.line} `}${d.message}`);
  return lines.join('\n');
}
