// Which kinds of point nest inside which, in THIS speech: the one step that decides levels from
// the whole text rather than from a fixed rank per marker. Two kinds of evidence, counted over the
// speech from the runs its numbers make certain:
// - a point found between two items of a numbered run (一是 between （一） and （二）) is inside it;
// - a point standing just before a numbered run starts over (（二） before the next 一是…, a plain
//   heading line before the next 一、…) is outside it.
// - the first head of a kind found without a number holds what follows it (一九九九年工作回顾 → its
//   bold leads).
// Where the text alone leaves a level open (after the last item of a run, a head without a number),
// the kind that this speech shows outside the other is the outer one; and a head without a number
// that holds the same kind of point as a numbered heading does is that heading's peer, not its parent.
import { isHeadGuess, type MarkerRow } from './markers.js';
import type { Occurrence } from './scan.js';
import type { Run } from './tree.js';
import { floorIndex } from './text-index.js';

export interface Levels {
  /** Whether this speech shows `inner`'s kind inside `outer`'s more often than the reverse. */
  outranks(outer: MarkerRow, inner: MarkerRow): boolean;
  /**
   * Whether a head without a number and a numbered kind (either way round) hold the same kind of
   * point and nothing shows one inside the other: they stand at one level (首先报告２００１年的工作
   * and 结束语 beside 一、…).
   */
  peers(a: MarkerRow, b: MarkerRow): boolean;
  /**
   * Whether the item is in a compact run: items in paragraphs one after another, nothing inside
   * them (—— lists, 一是… paragraphs). Its last item then ends with its paragraph.
   */
  compact(o: Occurrence): boolean;
}

export const NO_LEVELS: Levels = { outranks: () => false, peers: () => false, compact: () => false };

/** What numbered runs show counts more than what follows a head found without a number. */
const CERTAIN = 2;
const GUESSED = 1;

/** The index of the first element of ascending `list` greater than `value`. */
function firstAfter(list: readonly number[], value: number): number {
  const i = floorIndex(list, value);
  return list[i] <= value ? i + 1 : i;
}

const startOf = (run: Run, i: number): number => run.items[i].occurrence.start;
/** A run whose ordinals make its extent certain. */
const numbered = (run: Run): boolean => !run.row.unnumbered && !run.row.anyOrder;

/**
 * @param runs the runs of the numbered points (their extent is certain)
 * @param items every point found, numbered or not, in text order
 */
export function inferLevels(runs: readonly Run[], items: readonly Occurrence[]): Levels {
  const starts = items.map((o) => o.start);
  const evidence = new Map<string, number>();
  const key = (outer: string, inner: string): string => `${outer}\u0000${inner}`;
  const add = (outer: string, inner: string, weight = CERTAIN): void => {
    if (outer !== inner) evidence.set(key(outer, inner), (evidence.get(key(outer, inner)) ?? 0) + weight);
  };
  /** The rows of the items strictly between two offsets, each once. */
  const rowsBetween = (from: number, to: number): Set<string> => {
    const rows = new Set<string>();
    for (let j = firstAfter(starts, from); j < items.length && starts[j] < to; j++) rows.add(items[j].row.name);
    return rows;
  };
  const lastRunOf = new Map<string, Run>();
  for (const run of runs.filter(numbered).sort((a, b) => startOf(a, 0) - startOf(b, 0))) {
    for (let i = 0; i + 1 < run.items.length; i++) for (const row of rowsBetween(startOf(run, i), startOf(run, i + 1))) add(run.row.name, row);
    // What stands right before a run that starts its numbering over is what it starts over under.
    const before = lastRunOf.get(run.row.name);
    if (before) {
      const j = firstAfter(starts, startOf(run, 0) - 1) - 1;
      if (j >= 0 && starts[j] > startOf(before, before.items.length - 1)) add(items[j].row.name, run.row.name);
    }
    lastRunOf.set(run.row.name, run);
  }
  // The first head of a kind found without a number holds the point that follows it, if that opens a
  // list of its own: the later ones may as well stand last under it, before a higher head.
  const seen = new Set<string>();
  items.forEach((head, j) => {
    const next = items[j + 1];
    if (!isHeadGuess(head.row) || seen.has(head.row.name)) return;
    seen.add(head.row.name);
    if (next && next.paragraph > head.paragraph && next.ordinal === 1) add(head.row.name, next.row.name, GUESSED);
  });
  const count = (outer: string, inner: string): number => evidence.get(key(outer, inner)) ?? 0;
  const holds = (outer: string): Set<string> => new Set([...evidence.keys()].filter((k) => k.startsWith(`${outer}\u0000`)).map((k) => k.slice(outer.length + 1)));
  const compactItems = new Set<number>();
  for (const run of runs) {
    const paragraphs = run.items.map((item) => item.occurrence.paragraph);
    const holdsPoints = run.items.some((item, i) => i > 0 && rowsBetween(startOf(run, i - 1), item.occurrence.start).size > 0);
    if (!holdsPoints && paragraphs.every((p, i) => i === 0 || p - paragraphs[i - 1] <= 1)) for (const item of run.items) compactItems.add(item.occurrence.start);
  }
  return {
    outranks: (outer, inner) => count(outer.name, inner.name) > count(inner.name, outer.name),
    peers: (a, b) => {
      const [head, other] = isHeadGuess(a) ? [a, b] : [b, a];
      if (!isHeadGuess(head) || other.unnumbered || count(head.name, other.name) || count(other.name, head.name)) return false;
      const below = holds(other.name);
      return [...holds(head.name)].some((row) => below.has(row));
    },
    compact: (o) => compactItems.has(o.start),
  };
}
