// The tree's items as the outline's points: marker and headline as written, line ranges, spans.
import type { Point } from '../types.js';
import type { Item } from './tree.js';
import type { Occurrence } from './scan.js';
import type { Reading } from './reading.js';
import { floorIndex, spanTo } from './text-index.js';
import { headlineAt } from './headline.js';

/** A point's marker as the speech writes it. */
export const markerOf = (o: Occurrence, shown: string): string => shown.slice(o.start, o.start + o.marker.length);

export const allItems = (items: readonly Item[]): Item[] => items.flatMap((i) => [i, ...allItems(i.children)]);

/** Items → Points; a point's span runs to the next point that is not inside it, the last ones to `end`. */
export function toPoints(roots: readonly Item[], r: Reading, end: number): Point[] {
  const starts = allItems(roots)
    .map((i) => i.occurrence.start)
    .sort((a, b) => a - b);
  // A headline stops where the next point starts (三件大事：一是…，二是…).
  const nextStart = (after: number): number => starts[floorIndex(starts, after) + 1] ?? Infinity;
  const convert = (items: readonly Item[], until: number): Point[] =>
    items.map((item, i) => {
      const o = item.occurrence;
      const stop = i + 1 < items.length ? items[i + 1].occurrence.start : until;
      const headline = headlineAt(r.shown, o.headlineStart, Math.min(r.headlineEnd(o), nextStart(o.start)));
      return {
        marker: markerOf(o, r.shown),
        headline,
        kind: o.row.name,
        ordinal: item.position,
        ...spanTo(r.shown, r.index, o.start, stop),
        head: [o.start, o.headlineStart + headline.length],
        points: convert(item.children, stop),
      };
    });
  return convert(roots, end);
}
