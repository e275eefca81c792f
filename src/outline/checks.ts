// What the outline tells the user to check: counts the speaker announced and did not keep,
// numbering that mixes forms or skips one, and the structure it had to guess.
import type { Diagnostic } from '../types.js';
import { info, warning } from '../diagnostics.js';
import type { Item, Run } from './tree.js';
import type { Occurrence } from './scan.js';
import type { Reading } from './reading.js';
import { UNNUMBERED_HEADS } from './heads.js';
import { allItems, markerOf } from './points.js';

export function checkOutline(r: Reading, tree: { roots: readonly Item[]; runs: readonly Run[]; skipped: readonly Occurrence[] }): Diagnostic[] {
  return [...announcedCounts(r, tree.runs), ...numbering(r, tree.runs, tree.skipped), ...guesses(r, tree.roots)];
}

function announcedCounts({ shown, index }: Reading, runs: readonly Run[]): Diagnostic[] {
  return runs
    .filter((run) => run.announcement && run.announcement.count !== run.items.length)
    .map((run) => {
      const a = run.announcement!;
      const markers = run.items.map((i) => markerOf(i.occurrence, shown) || i.occurrence.row.name).join(' ');
      return warning('announced-count', `“${shown.slice(...a.quote)}”预告了 ${a.count} 点，随后找到 ${run.items.length} 点（${markers}）`, index.lineAt(a.at));
    });
}

/** Mixed numbering in one run (第一点，… 第二，…) and an ordinal that skips one (一是… 三是). */
function numbering({ shown, index }: Reading, runs: readonly Run[], skipped: readonly Occurrence[]): Diagnostic[] {
  const mixed = runs.flatMap((run) =>
    run.mixed.map((item) => warning('mixed-numbering', `“${markerOf(item.occurrence, shown)}”与同一序列前面的“${markerOf(run.items[0].occurrence, shown)}”写法不一致`, index.lineAt(item.occurrence.start))),
  );
  const gaps = skipped.map((o) => warning('skipped-ordinal', `序号“${markerOf(o, shown)}”前缺少上一项，未当作要点`, index.lineAt(o.start)));
  return [...mixed, ...gaps];
}

/** Heads found without a number, and where a heading glued to its text was taken to end. */
function guesses({ shown, index, glued }: Reading, roots: readonly Item[]): Diagnostic[] {
  const items = allItems(roots);
  const guessed = items.filter((i) => UNNUMBERED_HEADS.has(i.occurrence.row.name));
  const first = guessed[0]?.occurrence;
  const heads = first ? [info('unnumbered-heads', `把 ${guessed.length} 处没有序号的行当作了小标题（从第 ${index.lineAt(first.start)} 行起），请核对`, index.lineAt(first.start))] : [];
  const cuts = items
    .map((i) => i.occurrence)
    .filter((o) => (glued.get(o.start) ?? -1) >= 0)
    .map((o) => info('glued-heading', `标题“${shown.slice(o.start, glued.get(o.start))}”与正文连在一起，推测标题到此为止，请核对`, index.lineAt(o.start)));
  return [...heads, ...cuts];
}
