// The ordinal logic, in one place: which marker occurrences are points, and under which parent.
// Levels are not fixed per marker kind: a run of markers nests under whatever point is open when
// it starts, so the order in which kinds appear in THIS speech decides the levels.
import { isHeadGuess, LAST, NEXT, type MarkerRow } from './markers.js';
import type { Occurrence } from './scan.js';
import type { Announcement } from './announce.js';
import type { SectionBreak } from './sections.js';
import { NO_LEVELS, type Levels } from './levels.js';
import { floorIndex } from './text-index.js';

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
  sectionBreakBetween: (from: number, to: number) => SectionBreak | null;
  /** The first words of a point's statement, to tell a preview of the parts from the parts. */
  gist: (o: Occurrence) => string;
  /** Which kinds nest in which in this speech (none known on the first pass). */
  levels?: Levels;
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
  /** A 最后 that carries on no run was said: a list begun next stands under none of the points before. */
  let lastWords = false;
  /** The runs a later point closed, by row: a numbering may go on under the next part (（19） → （五） → （20）). */
  const closed = new Map<string, Run>();
  const closeAbove = (depth: number): void => {
    for (const run of stack.slice(depth)) closed.set(run.row.name, run);
    stack.length = depth;
  };

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
    const continued = findContinued(stack, o, input.levels ?? NO_LEVELS);
    if (continued >= 0) {
      closeAbove(continued + 1);
      add(stack[continued], o);
      lastWords = false;
      continue;
    }
    // Anything but a first item that continues nothing is a stray ordinal and stays body text.
    // A 最后 that carries on no run opens the speech's last words (最后，我给同志们提3点要求。): the
    // list said next stands under none of the points before (unless a run goes on first: 四、…).
    if (o.ordinal === LAST && !o.atClause && /[，,：:]$/.test(o.marker)) {
      lastWords = true;
      continue;
    }
    const carried = carriesOn(closed.get(o.row.name), o);
    if (o.ordinal !== 1 && !o.row.anyOrder && !carried) {
      if (o.ordinal > 1 && !o.atClause && stack.some((run) => run.row === o.row && run.last > 0 && o.ordinal === run.last + 2)) skipped.push(o);
      continue;
    }
    // A second 一、 starts over at its kind's level, or breaks down the last point of that run where
    // the point has nothing of its own yet (二、主要任务 … 一、…六、). Said inside a paragraph
    // (取决于两点，一、…；二、…), it is a list within the point it stands in.
    const sameKind = o.atClause ? -1 : stack.findIndex((run) => run.row.name === o.row.name);
    let depth = lastWords && !o.atClause ? 0 : sameKind >= 0 ? sameKind + (restartsWithin(stack[sameKind], o) ? 1 : 0) : stack.length;
    lastWords = false;
    const adopts = adopter(o, input);
    while (depth > 0 && !adopts(stack[depth - 1])) depth--;
    // A list said inside a sentence (给他们以帮助，一是…，二是…) breaks down the point it is in;
    // at the top of a speech it is only a sentence (今天开这个会，一是…，二是…).
    if (o.atClause && depth === 0) continue;
    closeAbove(depth);
    const top = stack[depth - 1];
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
  const dropped = new Set([...runs.filter((run) => (run.items.length === 1 && !isHeadGuess(run.row)) || nounList(run, input.gist)), ...findPreviews(runs, input.gist)].flatMap((run) => run.items));
  return { ...dropItems(roots, runs, dropped), skipped };
}

/** Whether `o` goes on with the numbering of a run a later point closed, under a new parent, placed as its items were. */
function carriesOn(run: Run | undefined, o: Occurrence): boolean {
  if (!run || run.ended || o.atClause || o.row !== run.row || o.row.unnumbered || o.ordinal < 2) return false;
  return o.ordinal === run.last + 1 && o.atParagraphStart === run.items[0].occurrence.atParagraphStart;
}

/**
 * Whether a heading numbered 一 again, after its kind's run reached 二 or more, breaks down that
 * run's last point: a point that has none of its own yet and is still open (二、主要任务 … 一、…六、).
 */
function restartsWithin(run: Run, o: Occurrence): boolean {
  const last = lastItem(run);
  return run.items.length >= 2 && !last.children.length && !!o.row.heading && o.atParagraphStart && last.occurrence.atParagraphStart;
}

/** Whether a row lets another carry its runs on (第三 after 首先、其次), not counting kinship. */
const admits = (row: MarkerRow, o: Occurrence): boolean => !!row.continuedBy?.rows.includes(o.row.name) && o.ordinal >= row.continuedBy.from;

/** Whether `o` can carry on `run`: its row (or a row the run admits) with the next ordinal. */
function continues(run: Run, o: Occurrence, allowFamily: boolean): boolean {
  if (run.ended) return false;
  if (run.row.anyOrder) return run.row === o.row && !run.items.some((item) => item.occurrence.ordinal === o.ordinal);
  const last = lastItem(run).occurrence;
  if (o.atClause && last.paragraph !== o.paragraph) return false;
  // A run whose items lead paragraphs goes on at a paragraph's start, or within its last item's
  // paragraph; a 第二点 in the middle of another paragraph is a word of that paragraph.
  if (run.items[0].occurrence.atParagraphStart && !o.atParagraphStart && last.paragraph !== o.paragraph && o.row !== run.row) return false;
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
function findContinued(stack: readonly Run[], o: Occurrence, levels: Levels): number {
  // A head without a number carries on its run only where that closes no kind this speech puts above it.
  let outranked = 0;
  if (o.row.unnumbered) for (let j = stack.length - 1; j >= 0 && !outranked; j--) if (levels.outranks(stack[j].row, o.row)) outranked = j + 1;
  for (const allowFamily of [false, true]) {
    let innermost = -1;
    for (let i = stack.length - 1; i >= outranked; i--) {
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
 * run starting at `o`. A point inside a paragraph ends with it. A heading of the document's (一、
 * （六） and heads found without a number, even when its text runs on in its paragraph) owns what
 * follows up to the next heading, unless the speaker turns to the audience again (各位代表！). A
 * spoken point that leads a paragraph (第一，… 所谓… ——…) owns the next ones too, except that a
 * new section begun since (同志们！, 我再强调四点：, 以上…, 为什么…？) closes the innermost such
 * point: the list it introduces is that point's sibling; and the last item of a compact run ends
 * with its paragraph.
 */
function adopter(o: Occurrence, input: TreeInput): (run: Run) => boolean {
  const levels = input.levels ?? NO_LEVELS;
  let sectionClosed = false;
  return (run) => {
    // Where this speech has shown the new run's kind outside the open point's kind, it is so here too.
    if (levels.outranks(o.row, run.row) || levels.peers(run.row, o.row)) return false;
    const item = lastItem(run);
    const from = item.occurrence.paragraph;
    if (from === o.paragraph) return true;
    if (!item.occurrence.atParagraphStart) return false;
    const owns = !!item.occurrence.row.heading;
    // A heading line of the document's is never inside a spoken point of another paragraph, and a
    // numbered heading never inside a lead sentence that stands on a line of its own.
    if (isHeadGuess(o.row) && !owns) return false;
    if (o.row.heading && !o.row.unnumbered && item.occurrence.row.sentenceHead) return false;
    // A compact run's last item ends with its paragraph; what follows it is its run's sibling.
    if (!owns && levels.compact(item.occurrence)) return !(sectionClosed = true);
    if (sectionClosed) return true;
    // The paragraph a list is said in counts too: 各位代表，…我们采取了以下主要措施：（一）…（二）….
    const sectionBreak = input.sectionBreakBetween(from, o.atParagraphStart ? o.paragraph : o.paragraph + 1);
    if (!sectionBreak || (owns && sectionBreak !== 'salutation')) return true;
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
  // The parts are the first run of as many items that starts in a later paragraph.
  const byLength = new Map<number, Run[]>();
  for (const run of [...runs].sort((a, b) => a.items[0].occurrence.start - b.items[0].occurrence.start)) {
    const list = byLength.get(run.items.length);
    if (list) list.push(run);
    else byLength.set(run.items.length, [run]);
  }
  const paragraphs = new Map([...byLength].map(([length, list]) => [length, list.map((run) => run.items[0].occurrence.paragraph)]));
  return runs.filter((preview) => {
    const first = preview.items[0].occurrence;
    if (preview.items.some((item, i) => item.occurrence.paragraph !== first.paragraph || (i > 0 && item.occurrence.atParagraphStart))) return false;
    const later = paragraphs.get(preview.items.length)!;
    const i = floorIndex(later, first.paragraph);
    const parts = byLength.get(preview.items.length)![later[i] > first.paragraph ? i : i + 1];
    return !!parts && parts.items.every((item, k) => sharePhrase(gist(preview.items[k].occurrence), gist(item.occurrence)));
  });
}

/** A list said inside a sentence whose items are single words (抓好三件事，一是项目，二是资金): no points. */
const MIN_CLAUSE = 4;
const nounList = (run: Run, gist: (o: Occurrence) => string): boolean =>
  run.items[0].occurrence.atClause && run.items.some((item) => gist(item.occurrence).split(/[，,；;]/)[0].length < MIN_CLAUSE);

/**
 * Items that are no points go back to being text, their sub-points moving up to their place:
 * a run of one item (a lone 首先 in the opening courtesies, a 第二 with no 第一 left) is no list.
 */
function dropItems(roots: Item[], runs: Run[], dropped: ReadonlySet<Item>): { roots: Item[]; runs: Run[] } {
  if (!dropped.size) return { roots, runs };
  const lift = (items: Item[]): Item[] => items.flatMap((item) => (dropped.has(item) ? lift(item.children) : [{ ...item, children: lift(item.children) }]));
  return { roots: lift(roots), runs: runs.filter((run) => !dropped.has(run.items[0])) };
}
