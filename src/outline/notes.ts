// What a speech's text carries besides the speech, numbered like points but no points: footnotes
// (①…, whose numerals the text has cited inline before: …的重要论述①。) and a glossary appended at
// the end (（1）“四早”：早发现、早报告… （55）…), which a copy kept without its heading.
import type { Occurrence } from './scan.js';
import type { Run } from './tree.js';
import type { TextIndex } from './text-index.js';

const GLOSSARY_MIN = 5;
/** A glossary entry names its term and defines it after a colon: “四早”：早发现、早报告…. */
const ENTRY = /^[^。！？；，,]{1,24}[：:]/;
/** A glossary ends the text; its last entry may run on over a paragraph or two. */
const TAIL = 2;

/** The starts of the occurrences that are notes, not points. */
export function appendedNotes(text: string, index: TextIndex, runs: readonly Run[]): Set<number> {
  const notes = new Set<number>();
  for (const run of runs) {
    const items = run.items.map((item) => item.occurrence);
    if (items.every((o) => isFootnote(text, index, o)) || isGlossary(text, index, items)) for (const o of items) notes.add(o.start);
  }
  return notes;
}

/** A circled numeral leading a paragraph that the text has already cited inside a sentence. */
function isFootnote(text: string, index: TextIndex, o: Occurrence): boolean {
  if (o.row.name !== 'circled' || !o.atParagraphStart) return false;
  const cited = text.lastIndexOf(o.marker, o.start - 1);
  return cited >= 0 && index.starts[index.paragraphAt(cited)] !== cited;
}

function isGlossary(text: string, index: TextIndex, items: readonly Occurrence[]): boolean {
  if (items.length < GLOSSARY_MIN || items.some((o) => !o.atParagraphStart)) return false;
  const last = items[items.length - 1].paragraph;
  return last >= index.starts.length - 1 - TAIL && items.every((o) => ENTRY.test(text.slice(o.headlineStart, o.headlineStart + 40)));
}
