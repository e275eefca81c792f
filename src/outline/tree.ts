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
  /** Items written in another row of the same family (第一点，… 第二，…). */
  mixed: Item[];
}

export interface TreeInput {
  occurrences: readonly Occurrence[];
  announcements: readonly Announcement[];
  isHeading: (o: Occurrence) => boolean;
  /**
   * Whether a paragraph strictly between two paragraphs starts a new section (a salutation said
   * again, or a sentence introducing a list): the points that lead paragraphs before it stop there.
   */
  sectionBreakBetween: (from: number, to: number) => boolean;
  /** The first words of a point's statement, to tell a preview of the parts from the parts. */
  gist: (o: Occurrence) => string;
}

export interface Tree {
  roots: Item[];
  runs: Run[];
  /** Ordinals that would have continued a run but for a missing one (一是… 三是). */
  skipped: Occurrence[];
}

export function buildTree(input: TreeInput): Tree {
  const { occurrences, announcements, isHeading } = input;
  const roots: Item[] = [];
  const runs: Run[] = [];
  const stack: Run[] = [];
  const skipped: Occurrence[] = [];
  let nextAnnouncement = 0;
  let pending: Announcement | undefined;

  const add = (run: Run, o: Occurrence): void => {
    const item: Item = { occurrence: o, run, position: run.items.length + 1, heading: isHeading(o), children: [] };
    if (run.items.length && o.row !== run.row && !admits(run.row, o)) run.mixed.push(item);
    run.items.push(item);
    (run.parent ? run.parent.children : roots).push(item);
    run.last = o.ordinal === NEXT || o.ordinal === LAST || o.row.unnumbered ? run.last + 1 : o.ordinal;
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
    // Anything but a first item that continues nothing is a stray ordinal and stays body text; so
    // is a marker after a comma, which only carries on a run (三件大事：一是…，二是…).
    if (o.ordinal !== 1 || o.atClause) {
      if (o.ordinal > 1 && !o.atClause && stack.some((run) => run.row === o.row && run.last > 0 && o.ordinal === run.last + 2)) skipped.push(o);
      continue;
    }
    // A run never nests in a run of its own kind: a second 一、 starts over at that level.
    const sameKind = stack.findIndex((run) => run.row.name === o.row.name);
    if (sameKind >= 0) stack.length = sameKind;
    const adopts = adopter(o, input);
    while (stack.length && !adopts(stack[stack.length - 1])) stack.pop();
    const top = stack[stack.length - 1];
    const run: Run = { row: o.row, last: 0, items: [], parent: top ? lastItem(top) : null, ended: false, mixed: [] };
    // A count said in this paragraph or the one before announces this run.
    if (pending && pending.paragraph >= o.paragraph - 1) {
      run.announcement = pending;
      pending = undefined;
    }
    stack.push(run);
    runs.push(run);
    add(run, o);
  }
  const dropped = new Set([...runs.filter((run) => run.items.length === 1), ...findPreviews(runs, input.gist)].flatMap((run) => run.items));
  return { ...dropItems(roots, runs, dropped), skipped };
}

/** Whether a row lets another carry its runs on (第三 after 首先、其次), not counting kinship. */
const admits = (row: MarkerRow, o: Occurrence): boolean => !!row.continuedBy?.rows.includes(o.row.name) && o.ordinal >= row.continuedBy.from;

/** Whether `o` can carry on `run`: its row (or a row the run admits) with the next ordinal. */
function continues(run: Run, o: Occurrence, allowFamily: boolean): boolean {
  if (run.ended) return false;
  if (o.atClause && lastItem(run).occurrence.paragraph !== o.paragraph) return false;
  const same = run.row === o.row;
  if (!same) {
    const family = allowFamily && run.row.family !== undefined && run.row.family === o.row.family;
    if (!admits(run.row, o) && !family) return false;
  }
  if (o.row.unnumbered) return same;
  if (o.ordinal === NEXT || o.ordinal === LAST) return run.last >= 2;
  return o.ordinal === run.last + 1;
}

/**
 * The index in the stack of the run `o` continues, or -1. A run of its own row (or one that admits
 * it) wins over a run of a kindred row. Where two runs could take it (an outer 第一、第二 and an inner 首先、其次 both wait
 * for a 第三), a marker at a paragraph start goes to the innermost run whose items also start
 * paragraphs, and a marker inside a paragraph to the innermost.
 */
function findContinued(stack: readonly Run[], o: Occurrence): number {
  for (const allowFamily of [false, true]) {
    let innermost = -1;
    for (let i = stack.length - 1; i >= 0; i--) {
      if (!continues(stack[i], o, allowFamily)) continue;
      if (!o.atParagraphStart) return i;
      if (innermost < 0) innermost = i;
      if (lastItem(stack[i]).occurrence.atParagraphStart) return i;
    }
    if (innermost >= 0) return innermost;
  }
  return -1;
}

const lastItem = (run: Run): Item => run.items[run.items.length - 1];

/**
 * Asked from the innermost run out: whether the newest point of a run can be the parent of a new
 * run starting at `o`. A point inside a paragraph ends with it; a heading owns what follows; a
 * point that leads a paragraph owns the next ones too, except that a new section begun since
 * (同志们！, 我再强调四点：) closes the innermost such point: the list it introduces is that point's sibling.
 */
function adopter(o: Occurrence, input: TreeInput): (run: Run) => boolean {
  let sectionClosed = false;
  return (run) => {
    const item = lastItem(run);
    const from = item.occurrence.paragraph;
    if (from === o.paragraph) return true;
    if (!item.occurrence.atParagraphStart) return false;
    if (item.heading || sectionClosed || !input.sectionBreakBetween(from, o.paragraph)) return true;
    sectionClosed = true;
    return false;
  };
}

/** Whether two statements share a phrase of four characters or more (认清形势 / 要认清形势). */
function sharePhrase(a: string, b: string): boolean {
  for (let i = 0; i + 4 <= a.length; i++) if (b.includes(a.slice(i, i + 4))) return true;
  return false;
}

/**
 * A preview: a run said inside one paragraph ("我讲三点：一是认清形势。二是抢抓机遇。三是强化责任。")
 * that the same number of points then takes up one by one. The parts are the points; the preview
 * is the speaker's agenda, and stays text.
 */
function findPreviews(runs: readonly Run[], gist: (o: Occurrence) => string): Run[] {
  return runs.filter((preview) => {
    const first = preview.items[0].occurrence;
    if (preview.items.some((item) => item.occurrence.paragraph !== first.paragraph || item.occurrence.atParagraphStart)) return false;
    return runs.some(
      (parts) =>
        parts !== preview &&
        parts.items.length === preview.items.length &&
        parts.items[0].occurrence.paragraph > first.paragraph &&
        parts.items.every((item, i) => sharePhrase(gist(preview.items[i].occurrence), gist(item.occurrence))),
    );
  });
}

/**
 * Items that are no points go back to being text, their sub-points moving up to their place:
 * a run of one item (a lone 首先 in the opening courtesies, a 第二 with no 第一 left) is no list.
 */
function dropItems(roots: Item[], runs: Run[], dropped: ReadonlySet<Item>): { roots: Item[]; runs: Run[] } {
  if (!dropped.size) return { roots, runs };
  const lift = (items: Item[]): Item[] => items.flatMap((item) => (dropped.has(item) ? lift(item.children) : [{ ...item, children: lift(item.children) }]));
  return { roots: lift(roots), runs: runs.filter((run) => !dropped.has(run.items[0])) };
}
