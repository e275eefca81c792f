// The ordinal logic, in one place: which marker occurrences are points, and under which parent.
// Levels are not fixed per marker kind: a run of markers nests under whatever point is open when
// it starts, so the order in which kinds appear in THIS speech decides the levels.
import { LAST, NEXT, type MarkerRow } from './markers.js';
import type { Occurrence } from './scan.js';
import type { Announcement } from './announce.js';

/** A marker accepted as a point. */
export interface Item {
  occurrence: Occurrence;
  run: Run;
  /** 1 for the first item of its run, 2 for the next… */
  position: number;
  /** The marker's paragraph is nothing but the heading, so the point owns the paragraphs after it. */
  heading: boolean;
  children: Item[];
}

/** A sequence of sibling points: 一、二、三、 or 首先、其次、第三. */
export interface Run {
  row: MarkerRow;
  last: number;
  items: Item[];
  parent: Item | null;
  announcement?: Announcement;
  /** A 最后 was seen: nothing continues the run. */
  ended: boolean;
}

export interface TreeInput {
  occurrences: readonly Occurrence[];
  announcements: readonly Announcement[];
  isHeading: (o: Occurrence) => boolean;
}

export function buildTree({ occurrences, announcements, isHeading }: TreeInput): { roots: Item[]; runs: Run[] } {
  const roots: Item[] = [];
  const runs: Run[] = [];
  const stack: Run[] = [];
  let nextAnnouncement = 0;
  let pending: Announcement | undefined;

  const add = (run: Run, o: Occurrence): void => {
    const item: Item = { occurrence: o, run, position: run.items.length + 1, heading: isHeading(o), children: [] };
    run.items.push(item);
    (run.parent ? run.parent.children : roots).push(item);
    run.last = o.ordinal === NEXT || o.ordinal === LAST ? run.last + 1 : o.ordinal;
    if (o.ordinal === LAST) run.ended = true;
  };

  for (const o of occurrences) {
    while (nextAnnouncement < announcements.length && announcements[nextAnnouncement].at < o.start) {
      pending = announcements[nextAnnouncement++];
    }
    const continued = findContinued(stack, o);
    if (continued >= 0) {
      stack.length = continued + 1;
      add(stack[continued], o);
      continue;
    }
    // Anything but a first item that continues nothing is a stray ordinal and stays body text.
    if (o.ordinal !== 1) continue;
    // A run never nests in a run of its own kind: a second 一、 starts over at that level.
    const sameKind = stack.findIndex((run) => run.row.name === o.row.name);
    if (sameKind >= 0) stack.length = sameKind;
    while (stack.length && !canAdopt(stack[stack.length - 1], o)) stack.pop();
    const top = stack[stack.length - 1];
    const run: Run = { row: o.row, last: 0, items: [], parent: top ? top.items[top.items.length - 1] : null, ended: false };
    // A count said in this paragraph or the one before announces this run.
    if (pending && pending.paragraph >= o.paragraph - 1) {
      run.announcement = pending;
      pending = undefined;
    }
    stack.push(run);
    runs.push(run);
    add(run, o);
  }
  return { roots, runs };
}

/** Whether `o` carries on `run`: the same row (or one the row admits) with the next ordinal. */
function continues(run: Run, o: Occurrence): boolean {
  if (run.ended) return false;
  const same = run.row === o.row;
  const admitted = run.row.continuedBy?.rows.includes(o.row.name) && o.ordinal >= run.row.continuedBy.from;
  if (!same && !admitted) return false;
  if (o.ordinal === NEXT || o.ordinal === LAST) return run.last >= 2;
  return o.ordinal === run.last + 1;
}

/**
 * The index in the stack of the run `o` continues, or -1. Where two runs could take it (an outer
 * 第一、第二 and an inner 首先、其次 both wait for a 第三), a marker at a paragraph start goes to the
 * innermost run whose items also start paragraphs, and a marker inside a paragraph to the innermost.
 */
function findContinued(stack: readonly Run[], o: Occurrence): number {
  let innermost = -1;
  for (let i = stack.length - 1; i >= 0; i--) {
    if (!continues(stack[i], o)) continue;
    if (!o.atParagraphStart) return i;
    if (innermost < 0) innermost = i;
    if (lastItem(stack[i]).occurrence.atParagraphStart) return i;
  }
  return innermost;
}

const lastItem = (run: Run): Item => run.items[run.items.length - 1];

/** Whether the newest point of `run` can be the parent of a new run starting at `o`. */
function canAdopt(run: Run, o: Occurrence): boolean {
  const item = lastItem(run);
  if (item.occurrence.paragraph === o.paragraph) return true;
  // A point inside a paragraph ends with it; a heading owns what follows; a point that leads a
  // paragraph owns the next ones too, unless it was the last its speaker announced.
  if (!item.occurrence.atParagraphStart) return false;
  return item.heading || !isComplete(run);
}

function isComplete(run: Run): boolean {
  const size = run.row.size ?? run.announcement?.count;
  return run.ended || (size !== undefined && run.items.length >= size);
}
