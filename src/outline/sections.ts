// Where a speech's paragraphs are, when its text lost them, and where a new section begins.
import type { Occurrence } from './scan.js';
import type { MarkerRow } from './markers.js';
import type { TextIndex } from './text-index.js';
import type { Announcement } from './announce.js';
import { sentencesIn } from './scan.js';
import { SALUTATION_ALONE } from './salutation.js';

/**
 * A paragraph that ends by introducing a list (主要包括以下几个方面 / 我讲几点意见：), that sums up
 * what went before (以上，我讲了…), or that asks the question the next part answers (为什么要…？).
 */
const INTRODUCES = /(?:以下|如下)[^。！？]{0,12}$|[：:]$|^(?:以上|综上|总之|总而言之)|^[^。！？!?]{4,40}[？?]$/;

/**
 * A text whose paragraphs ran together (copied from a web page or a PDF): its lines average over
 * 500 characters, where a speech's paragraphs rarely reach 400.
 */
const RUN_ON = 500;
export const isRunOn = (index: TextIndex): boolean => {
  const length = index.ends[index.ends.length - 1] - index.starts[0];
  return length > RUN_ON && length / index.starts.length > RUN_ON;
};

/** A sentence announcing a list to come, which in a run-on text most likely stood alone. */
const LIST_AHEAD = /(?:以下|如下)[^。！？]{0,12}[。：:]$/;

/** Whether a sentence of the paragraph announces a list to come (以下几个方面。). */
function announcesList(text: string, start: number, end: number): boolean {
  for (const [from, to] of sentencesIn(text, start, end)) if (LIST_AHEAD.test(text.slice(from, to).trim())) return true;
  return false;
}

/**
 * Where paragraphs probably began in a run-on text: at each marker, before a sentence announcing
 * what follows (以下几个方面), and around each salutation.
 */
export function runOnBreaks(text: string, index: TextIndex, occurrences: readonly Occurrence[]): number[] {
  const breaks = occurrences.filter((o) => !o.atClause).map((o) => o.start);
  index.starts.forEach((start, p) => {
    for (const [from, to] of sentencesIn(text, start, index.ends[p])) {
      const sentence = text.slice(from, to).trim();
      if (SALUTATION_ALONE.test(sentence)) breaks.push(from, to);
      else if (LIST_AHEAD.test(sentence)) breaks.push(from);
    }
  });
  return breaks;
}

/** For each paragraph that no marker opens: whether it is a salutation or introduces a list. */
/**
 * A new section begun in a paragraph that no marker opens: the speaker turning to the audience again
 * (各位代表！), or a paragraph that introduces a list, sums up or asks (以下几个方面 / 以上 / 为什么…？).
 */
export type SectionBreak = 'salutation' | 'section';

export function sectionBreaks(text: string, index: TextIndex, occurrences: readonly Occurrence[], announcements: readonly Announcement[]) {
  const opened = new Set(occurrences.filter((o) => o.atParagraphStart).map((o) => o.paragraph));
  const announced = new Set(announcements.map((a) => a.paragraph));
  const sections = [0];
  const salutations = [0];
  index.starts.forEach((start, p) => {
    const paragraph = text.slice(start, index.ends[p]).trim();
    const salutation = !opened.has(p) && SALUTATION_ALONE.test(paragraph);
    const section = salutation || (!opened.has(p) && (announced.has(p) || INTRODUCES.test(paragraph.replace(/[。！!]+$/, '')) || announcesList(text, start, index.ends[p])));
    sections.push(sections[p] + (section ? 1 : 0));
    salutations.push(salutations[p] + (salutation ? 1 : 0));
  });
  /** The strongest break in a paragraph strictly between `from` and `to`, if any. */
  return (from: number, to: number): SectionBreak | null => {
    if (to - from <= 1) return null;
    if (salutations[to] - salutations[from + 1] > 0) return 'salutation';
    return sections[to] - sections[from + 1] > 0 ? 'section' : null;
  };
}

/** A heading is short and says no sentence: 一、第九届省人民政府工作的回顾. */
const TRAILING_HEADING = 40;
const SENTENCE_MARK = /[。！？!?；;]/;

/**
 * Headings a copy glued to the end of the paragraph before (…并请省政协各位委员提出意见。一、第九届
 * 省人民政府工作的回顾): a numbered heading at the last sentence start of a paragraph, short and
 * with no sentence after it, begins a paragraph of its own.
 */
export function trailingHeadings(text: string, index: TextIndex, rows: readonly MarkerRow[]): number[] {
  const headings = rows.filter((row) => row.heading && row.where === 'line');
  const breaks: number[] = [];
  index.starts.forEach((start, p) => {
    const end = index.ends[p];
    let last = start;
    for (const [from] of sentencesIn(text, start, end)) last = from;
    if (last === start || end - last > TRAILING_HEADING || SENTENCE_MARK.test(text.slice(last, end))) return;
    if (headings.some((row) => row.match(text, last))) breaks.push(last);
  });
  return breaks;
}
