// Fixing an outline by hand, as the editor page does: promote or demote a point, merge it into the
// one before, split a new point off at a sentence, retitle its slide. The speech is never changed:
// an edit moves points, and every span is then recomputed from where the points start.
import type { Outline, Point, Speech } from '../types.js';
import { indexText, spanTo, type TextIndex } from './text-index.js';
import { headlineAt } from './headline.js';

/** A point's place: its index among the top-level points, then among its parent's, and so on. */
export type PointPath = readonly number[];

export type OutlineEdit =
  | { op: 'promote'; path: PointPath }
  | { op: 'demote'; path: PointPath }
  | { op: 'merge'; path: PointPath }
  | { op: 'split'; path: PointPath; at: number }
  | { op: 'title'; path: PointPath; title: string };

type Tree = Point[];

const clone = (points: Tree): Tree => points.map((p) => ({ ...p, points: clone(p.points) }));

/** The list holding the point at `path`, and its index there (null when the path leads nowhere). */
function locate(root: Tree, path: PointPath): { list: Tree; i: number; parentList: Tree | null; parentIndex: number } | null {
  let list = root;
  let parentList: Tree | null = null;
  let parentIndex = -1;
  for (let depth = 0; depth < path.length - 1; depth++) {
    const next = list[path[depth]];
    if (!next) return null;
    parentList = list;
    parentIndex = path[depth];
    list = next.points;
  }
  const i = path[path.length - 1];
  return i >= 0 && i < list.length ? { list, i, parentList, parentIndex } : null;
}

function apply(root: Tree, edit: OutlineEdit, text: string, index: TextIndex): void {
  const at = locate(root, edit.path);
  if (!at) return;
  const { list, i } = at;
  const point = list[i];
  switch (edit.op) {
    case 'title': {
      const title = edit.title.trim();
      if (title) point.title = title;
      else delete point.title;
      return;
    }
    case 'demote':
      // Under the point before it, as its last sub-point.
      if (i === 0) return;
      list.splice(i, 1);
      list[i - 1].points.push(point);
      return;
    case 'promote': {
      // Out of its parent, right after it; the points that followed it become its sub-points.
      if (!at.parentList) return;
      const [, ...after] = list.splice(i);
      point.points.push(...after);
      at.parentList.splice(at.parentIndex + 1, 0, point);
      return;
    }
    case 'merge':
      // Into the point before it: its words join that point's, its sub-points follow that point's.
      if (i === 0) return;
      list.splice(i, 1);
      list[i - 1].points.push(...point.points);
      return;
    case 'split': {
      if (edit.at <= point.head[0] || edit.at >= point.span[1]) return;
      const headline = headlineAt(text, edit.at, index.ends[index.paragraphAt(edit.at)]);
      const moved = point.points.filter((c) => c.span[0] >= edit.at);
      point.points = point.points.filter((c) => c.span[0] < edit.at);
      list.splice(i + 1, 0, { marker: '', headline, kind: 'split', ordinal: 0, range: point.range, head: [edit.at, edit.at + headline.length], span: [edit.at, point.span[1]], points: moved });
      return;
    }
  }
}

/** Spans and ranges again from where the points start: each runs to the next point not inside it. */
function reflow(points: Tree, until: number, text: string, index: TextIndex): Tree {
  return points.map((p, i) => {
    const end = i + 1 < points.length ? points[i + 1].head[0] : until;
    return { ...p, ordinal: i + 1, ...spanTo(text, index, p.head[0], end), points: reflow(p.points, end, text, index) };
  });
}

export function applyEdits(speech: Speech, outline: Outline, edits: readonly OutlineEdit[]): Outline {
  const index = indexText(speech);
  const points = clone(outline.points);
  for (const edit of edits) apply(points, edit, speech.text, index);
  return { ...outline, points: reflow(points, outline.closing[0], speech.text, index) };
}
