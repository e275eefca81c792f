// Fitting drafts to 16:9 slides: a slide holds a budget of lines; what does not fit continues on a
// "（续）" slide, and the notes are split where the continued bullets start, so none are lost.
import type { Slide, Speech } from '../types.js';
import type { PlanOptions } from '../config.js';
import type { TextIndex } from '../outline/text-index.js';
import type { Draft } from './select.js';
import type { Bullet } from './bullets.js';

const CONTINUED = '（续）';
/** A row of figure callouts takes the room of this many lines of bullets. */
const FIGURE_ROW_LINES = 3;

const linesOf = (s: string, o: PlanOptions): number => Math.max(1, Math.ceil(s.length / o.lineChars));

/** Splits bullets into chunks that fit the budget left after the title and callouts. */
function chunkBullets(draft: Draft, o: PlanOptions): Bullet[][] {
  const headLines = (draft.subtitle ? linesOf(draft.subtitle, o) : 0) + (draft.figures.length ? FIGURE_ROW_LINES : 0);
  const chunks: Bullet[][] = [[]];
  let used = headLines;
  for (const b of draft.bullets) {
    const need = linesOf(b.text, o);
    const chunk = chunks[chunks.length - 1];
    if (chunk.length && used + need > o.maxLines) {
      chunks.push([b]);
      used = need;
    } else {
      chunk.push(b);
      used += need;
    }
  }
  return chunks;
}

export function fitSlides(speech: Speech, index: TextIndex, drafts: Draft[], o: PlanOptions): Slide[] {
  return drafts.flatMap((draft) => {
    const chunks = chunkBullets(draft, o);
    return chunks.map((bullets, i): Slide => {
      const start = i === 0 ? draft.notes[0] : bullets[0].at;
      const end = i + 1 < chunks.length ? chunks[i + 1][0].at : draft.notes[1];
      const notes = speech.text.slice(start, end).trim();
      const continuation = i > 0;
      return {
        kind: draft.kind,
        title: continuation ? draft.title + CONTINUED : draft.title,
        ...(draft.subtitle && !continuation ? { subtitle: draft.subtitle } : {}),
        bullets: bullets.map((b) => b.text),
        figures: continuation ? [] : draft.figures,
        notes,
        range: [index.lineAt(start), index.lineAt(Math.max(start, end - 1))],
        timing: Math.max(8, Math.round(notes.length / o.charsPerSecond)),
        ...(continuation ? { continuation } : {}),
        ...(draft.partNumber ? { partNumber: draft.partNumber } : {}),
        ...(draft.part ? { part: draft.part } : {}),
        ...(draft.layout && !continuation ? { layout: draft.layout } : {}),
        ...(draft.comparison && !continuation ? { comparison: draft.comparison } : {}),
      };
    });
  });
}
