// Heads without numbers, where the speech's own evidence says they are heads: rows of the grammar
// built per speech, one per shape, like the parallel leads. Each shape must recur: one short line
// is a line, several short lines standing between paragraphs are the parts of a speech.
import type { LineStyle } from '../types.js';
import type { MarkerRow } from './markers.js';
import type { Announcement } from './announce.js';
import type { Occurrence } from './scan.js';
import type { TextIndex } from './text-index.js';
import { isSalutation } from './salutation.js';

export interface HeadEvidence {
  text: string;
  index: TextIndex;
  styles: readonly LineStyle[];
  /** Paragraphs already opened by a numbered point, with that point's marker, and the first paragraph of the body. */
  taken: ReadonlyMap<number, Occurrence>;
  firstBody: number;
  announcements: readonly Announcement[];
}

/** Short, no sentence inside, not a date, a byline, a bracketed note or a salutation. */
const HEADING_LIKE = /^[^。！？!?；;：:]{3,30}$/;
/** A name on its own (a byline) is no heading; 结束语 and 结语 are. */
const NOT_HEADING = /^[（(【[]|[）)】\]]$|^\d{4}年\d|^(?![\p{Script=Han}]{1,2}语$)[\p{Script=Han}]{2,4}$|讲话$|报告$|^[—―-]/u;
const ENDS_SENTENCE = /[。！？!?”）)]$/;
/**
 * A lead sentence set on a line of its own: one sentence, short, closed by 。, saying what is to be
 * done or what was achieved, not a remark in the speaker's own voice (这次…, 我们…) or a question.
 */
const LEAD_LINE = /^[^。！？!?；;：:]{6,50}。$/;
const OWN_VOICE = /[我你这那]|[他她它]们/;
/** A plain lead line is as long as a heading and has at most two commas. */
const PLAIN_LEAD = 40;
/** Lines that open alike (这五年，我们…), several of them, are parallel leads whatever their voice. */
const OPENING = 3;
const PARALLEL = 3;
/** A lead line right under a heading or over numbered points is as short as a heading, with no comma. */
const SHORT_LEAD = 20;
const isShortLead = (line: string): boolean => line.length <= SHORT_LEAD && !/[，,]/.test(line);
/** How many lead lines a speech must set apart before they count as its way of marking points. */
const MIN_LEAD_LINES = 4;
/** A bold lead is the paragraph's first sentence, no longer than a heading. */
const MAX_LEAD = 60;
const SENTENCE_END = /[。！？!?；;：:]/;

/** The rows of heads found without a number: the outline reports them as guesses to check. */
export const UNNUMBERED_HEADS: ReadonlySet<string> = new Set(['plain-heading', 'bold-lead', 'spaced-lead', 'lead-line', 'announced-lead']);

function row(name: string, example: string, heads: ReadonlySet<number>, least = 2, extra: Partial<MarkerRow> = {}): MarkerRow | null {
  if (heads.size < least) return null;
  return { name, example, where: 'line', unnumbered: true, heading: true, ...extra, match: (_text, at) => (heads.has(at) ? { marker: '', ordinal: 1, headlineStart: at } : null) };
}

/**
 * Where the speech itself begins: the first paragraph that is a sentence or a salutation. Above it
 * stand the title, the dateline and the byline (**广州市市长黎子流**), which are no heads; only the
 * line right above a first sentence may be the first part's title.
 */
function speechStart(e: HeadEvidence): number {
  for (let p = e.firstBody; p < e.index.starts.length; p++) {
    const line = paragraphOf(e, p);
    if (isSalutation(line)) return p;
    if (/[。！？!?]/.test(line)) return Math.max(e.firstBody, p - 1);
  }
  return e.index.starts.length;
}

/** The rows for this speech's heads without numbers: plain heading lines, bold leads, lead lines. */
export function unnumberedHeadRows(evidence: HeadEvidence): MarkerRow[] {
  const e = { ...evidence, firstBody: speechStart(evidence) };
  return [plainHeadings(e), boldLeads(e), spacedLeads(e), leadLines(e), announcedLeads(e)].filter((r): r is MarkerRow => r !== null);
}

const paragraphOf = (e: HeadEvidence, p: number): string => e.text.slice(e.index.starts[p], e.index.ends[p]);
/** Whether paragraph `p` closes what it says (a sentence, a salutation, the header above the speech), so that a heading may follow. */
const endsText = (e: HeadEvidence, p: number): boolean => p < e.firstBody || ENDS_SENTENCE.test(paragraphOf(e, p)) || isSalutation(paragraphOf(e, p));

/**
 * Lines set apart as headings: by their source's formatting (a Markdown `##`, a line in bold), or
 * short and unpunctuated between complete paragraphs (so a line broken by a web link is no heading).
 */
function plainHeadings(e: HeadEvidence): MarkerRow | null {
  const styled = new Map(e.styles.map((s) => [e.index.lineStart(s.line), s]));
  const heads = new Set<number>();
  let styledHeads = 0;
  const count = e.index.starts.length;
  for (let p = Math.max(e.firstBody, 1); p + 1 < count; p++) {
    if (e.taken.has(p)) continue;
    const line = paragraphOf(e, p);
    const style = styled.get(e.index.starts[p]);
    const setApart = !!style && (style.heading || style.bold === line.length) && line.length <= 40 && !/[。！？!?]$/.test(line);
    if (!setApart && (!HEADING_LIKE.test(line) || !endsText(e, p - 1))) continue;
    if (NOT_HEADING.test(line) || isSalutation(line)) continue;
    const next = paragraphOf(e, p + 1);
    if (!setApart && next.length < line.length && !e.taken.has(p + 1)) continue;
    heads.add(e.index.starts[p]);
    if (setApart) styledHeads++;
  }
  // A line the source itself set as a heading is one even alone; a plain short line needs others like it.
  return row('plain-heading', '关于经济工作（独占一行、没有序号的小标题）', heads, styledHeads ? 1 : 2);
}

/**
 * Paragraphs that open with a sentence in bold (**国民经济持续增长。**全市…). Where such paragraphs
 * follow one another, a paragraph between two of them that opens the same way, short and without a
 * comma, lost its bold in the copy and is one of them.
 */
function boldLeads(e: HeadEvidence): MarkerRow | null {
  const leads: number[] = [];
  for (const s of e.styles) {
    const p = e.index.paragraphAt(e.index.lineStart(s.line));
    if (p < e.firstBody || e.taken.has(p) || !s.bold || s.bold > MAX_LEAD) continue;
    const line = paragraphOf(e, p);
    if (s.bold < line.length && SENTENCE_END.test(line[s.bold - 1])) leads.push(p);
  }
  const heads = new Set(leads);
  for (let i = 0; i + 1 < leads.length; i++) {
    if (leads[i + 1] - leads[i] !== 2) continue;
    const between = paragraphOf(e, leads[i] + 1);
    const lead = /^[^。！？!?；;：:，,]{4,30}。/.exec(between);
    if (lead && !e.taken.has(leads[i] + 1)) heads.add(leads[i] + 1);
  }
  return row('bold-lead', '**国民经济持续增长。**全市生产总值……', new Set([...heads].map((p) => e.index.starts[p])));
}

/**
 * A lead phrase set off from its paragraph's text by a space, as a copy leaves a bold lead: 以港立市步伐
 * 加快 厦门湾…; not a speaker's label in a transcript (广州代表处代表 孙福友：…).
 */
const SPACED_LEAD = /^[\p{Script=Han}“”、]{4,20}(?=[ \u3000\u00a0]+\p{Script=Han})(?![ \u3000\u00a0]+\p{Script=Han}{1,4}[：:])/u;
/** How many paragraphs in a row must open so before it counts as this speech's way of marking points. */
const MIN_SPACED = 3;

/**
 * Paragraphs that open with a phrase set off by a space (高新技术产业迅速发展 实行各项扶持政策…), three or
 * more among neighbouring paragraphs: leads whose bold the copy lost. A paragraph between two of
 * them that lost its space too is one of them, as are those up to the count a sentence just before
 * announced (在十个方面取得新的进展。); such a lead's headline is its first sentence.
 */
function spacedLeads(e: HeadEvidence): MarkerRow | null {
  const leads = new Map<number, number>();
  for (let p = e.firstBody; p < e.index.starts.length; p++) {
    const lead = e.taken.has(p) ? null : SPACED_LEAD.exec(paragraphOf(e, p));
    if (lead) leads.set(p, lead[0].length);
  }
  const heads = new Map<number, number | undefined>();
  const found = [...leads.keys()];
  for (let i = 0; i < found.length; ) {
    let j = i;
    while (j + 1 < found.length && found[j + 1] - found[j] <= 2) j++;
    if (j - i + 1 >= MIN_SPACED) {
      // Where the leads open one paragraph after another, a paragraph among them is one too.
      const steps = found.slice(i + 1, j + 1).map((p, k) => p - found[i + k]);
      const oneEach = steps.filter((d) => d === 1).length * 3 >= steps.length * 2;
      const announced = e.announcements.find((a) => a.paragraph < found[i] && a.paragraph >= found[i] - 2 && a.count > j - i + 1);
      const last = announced && oneEach ? Math.max(found[j], announced.paragraph + announced.count) : found[j];
      for (let p = found[i]; p <= last && p < e.index.starts.length && !e.taken.has(p); p++) if (oneEach || leads.has(p)) heads.set(p, leads.get(p));
    }
    i = j + 1;
  }
  const ends = new Map([...heads].map(([p, length]) => [e.index.starts[p], length === undefined ? undefined : e.index.starts[p] + length]));
  // A lead of its paragraph, as a spoken one is: it owns what follows until a new section begins.
  const spaced = row('spaced-lead', '以港立市步伐加快 厦门湾10万吨级航道……（段首短语后空一格）', new Set(ends.keys()), 2, { heading: false });
  return spaced && { ...spaced, match: (_text, at) => (ends.has(at) ? { marker: '', ordinal: 1, headlineStart: at, ...(ends.get(at) === undefined ? {} : { headlineEnd: ends.get(at) }) } : null) };
}

/**
 * Lead sentences that a copy set on lines of their own, each before its paragraph or its numbered
 * points (国民经济保持良好发展势头。/ 在世界经济增长明显减速的情况下，…), between paragraphs of text:
 * only where the speech does so again and again. Right under a heading such a line is the part's
 * opening sentence, not a head.
 */
function leadLines(e: HeadEvidence): MarkerRow | null {
  const candidates = new Map<number, string>();
  const announcing = new Set(e.announcements.map((a) => a.paragraph));
  for (let p = Math.max(e.firstBody, 1); p + 1 < e.index.starts.length; p++) {
    if (e.taken.has(p) || announcing.has(p)) continue;
    const line = paragraphOf(e, p);
    if (!LEAD_LINE.test(line) || isSalutation(line)) continue;
    // Right under a numbered heading, a longer sentence is the part's opening words, not a head.
    const underHeading = !!e.taken.get(p - 1)?.row.heading;
    if (underHeading ? !isShortLead(line) : !endsText(e, p - 1)) continue;
    // Before numbered points, only a line as short as a heading that their first one follows, not
    // a sentence leading into them or the last words of the point before.
    const next = e.taken.get(p + 1);
    if (next ? next.ordinal !== 1 || !isShortLead(line) : paragraphOf(e, p + 1).length < 1.5 * line.length) continue;
    candidates.set(p, line);
  }
  // A lead in the speaker's own voice (这次…, 我们…) or a long one counts only among others that open alike.
  const openings = new Map<string, number>();
  for (const line of candidates.values()) openings.set(line.slice(0, OPENING), (openings.get(line.slice(0, OPENING)) ?? 0) + 1);
  const plain = (line: string): boolean => line.length <= PLAIN_LEAD && !OWN_VOICE.test(line) && (line.match(/[，,]/g)?.length ?? 0) <= 2;
  const heads = new Set([...candidates].filter(([, line]) => plain(line) || openings.get(line.slice(0, OPENING))! >= PARALLEL).map(([p]) => e.index.starts[p]));
  return heads.size >= MIN_LEAD_LINES ? row('lead-line', '国民经济保持良好发展势头。（独占一行的句子，其下是正文）', heads, 2, { sentenceHead: true }) : null;
}

/** The first sentence of a paragraph that may lead it: short, closed by 。. */
const FIRST_SENTENCE = /^[^。！？!?；;：:]{4,40}。/;

/** The longest ending (or beginning) that all the strings share. */
function shared(strings: readonly string[], fromEnd: boolean): number {
  let n = 0;
  const at = (s: string, k: number): string => (fromEnd ? s[s.length - 1 - k] : s[k]);
  while (n < strings[0].length && strings.every((s) => n < s.length && at(s, n) === at(strings[0], n))) n++;
  return n;
}

/**
 * Paragraphs that a count announced and that open alike: “重点从六个方面推进…。” and then six
 * paragraphs whose first sentences end the same way (…，增强综合实力谱新篇。) or begin the same
 * way: the parts the count names, though no number marks them.
 */
function announcedLeads(e: HeadEvidence): MarkerRow | null {
  const heads = new Set<number>();
  for (const a of e.announcements) {
    const parts = Array.from({ length: a.count }, (_, k) => a.paragraph + 1 + k);
    if (a.count < 2 || parts[parts.length - 1] >= e.index.starts.length || parts.some((p) => e.taken.has(p))) continue;
    const leads = parts.map((p) => FIRST_SENTENCE.exec(paragraphOf(e, p))?.[0].slice(0, -1));
    if (leads.some((lead) => lead === undefined)) continue;
    const sentences = leads as string[];
    if (shared(sentences, true) >= 2 || shared(sentences, false) >= 2) for (const p of parts) heads.add(e.index.starts[p]);
  }
  return row('announced-lead', '重点从六个方面推进：构建现代产业体系，增强综合实力谱新篇。（其后六段开头的句子）', heads);
}
