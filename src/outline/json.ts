import type { Outline, Point } from '../types.js';

export interface PointJson {
  marker: string;
  headline: string;
  kind: string;
  ordinal: number;
  range: [number, number];
  points: PointJson[];
}

const pointJson = (p: Point): PointJson => ({
  marker: p.marker,
  headline: p.headline,
  kind: p.kind,
  ordinal: p.ordinal,
  range: p.range,
  points: p.points.map(pointJson),
});

/** The outline JSON contract of DESIGN.md: title, meta, points, diagnostics (offsets left out). */
export const outlineJson = (outline: Outline) => ({
  title: outline.title,
  meta: outline.meta,
  points: outline.points.map(pointJson),
  diagnostics: outline.diagnostics,
});
