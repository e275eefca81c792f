// The editor's work: the speech, every fix made to it in order, and the undone fixes that can be
// redone. Fixes are keyed to the speech's words (a point's heading, a slide's planned title), so
// they still apply after the text is edited; the whole is kept in the browser (localStorage), so a
// reload loses nothing, until 新建 starts over.
import type { Outline, Point, Speech } from '../types.js';
import { applyEdits, type OutlineEdit, type PointPath } from '../outline/edit.js';
import { pointHeading } from '../outline/format.js';
import type { DeckEdit } from '../plan/deck-edits.js';

/** An outline fix names its point by heading; a split, the sentence the new point starts with. */
export type OutlineFix = { kind: 'outline'; point: string; op: 'promote' | 'demote' | 'merge' } | { kind: 'outline'; point: string; op: 'split'; sentence: string };
export type Fix = OutlineFix | ({ kind: 'deck' } & DeckEdit);

export interface Work {
  name: string;
  speech?: Speech;
  fixes: Fix[];
  undone: Fix[];
}

const STORE = 'speechdeck:editor';

export function loadWork(): Work {
  try {
    const saved = JSON.parse(localStorage.getItem(STORE) ?? 'null') as Work | null;
    if (saved?.speech) return { ...saved, undone: saved.undone ?? [] };
  } catch {
    // A store this page cannot read is started afresh.
  }
  return { name: '讲稿', fixes: [], undone: [] };
}

export function saveWork(work: Work): void {
  try {
    localStorage.setItem(STORE, JSON.stringify(work));
  } catch {
    // A full or disabled store only means the work is not kept across a reload.
  }
}

export const clearWork = (): void => localStorage.removeItem(STORE);

/** The path of the point with this heading, searched depth first. */
function pathOf(points: readonly Point[], heading: string, parent: PointPath = []): PointPath | null {
  for (let i = 0; i < points.length; i++) {
    if (pointHeading(points[i]) === heading) return [...parent, i];
    const inner = pathOf(points[i].points, heading, [...parent, i]);
    if (inner) return inner;
  }
  return null;
}

/** An edit the outline tree asks for, as a fix keyed to the words: the point's heading, the split's sentence. */
export function outlineFix(outline: Outline, edit: OutlineEdit, text: string): OutlineFix | null {
  let points = outline.points;
  let point: Point | undefined;
  for (const i of edit.path) {
    point = points[i];
    points = point?.points ?? [];
  }
  if (!point) return null;
  const heading = pointHeading(point);
  if (edit.op === 'split') return { kind: 'outline', point: heading, op: 'split', sentence: text.slice(edit.at, edit.at + 12) };
  return edit.op === 'title' ? null : { kind: 'outline', point: heading, op: edit.op };
}

/** The outline with the outline fixes applied in order; a fix whose point is gone is skipped. */
export function fixOutline(speech: Speech, outline: Outline, fixes: readonly Fix[]): Outline {
  let current = outline;
  for (const fix of fixes) {
    if (fix.kind !== 'outline') continue;
    const path = pathOf(current.points, fix.point);
    if (!path) continue;
    const at = fix.op === 'split' ? speech.text.indexOf(fix.sentence) : 0;
    if (at < 0) continue;
    current = applyEdits(speech, current, [fix.op === 'split' ? { op: 'split', path, at } : { op: fix.op, path }]);
  }
  return current;
}

export const deckFixes = (fixes: readonly Fix[]): DeckEdit[] => fixes.filter((f): f is { kind: 'deck' } & DeckEdit => f.kind === 'deck').map(({ kind: _, ...edit }) => edit as DeckEdit);
