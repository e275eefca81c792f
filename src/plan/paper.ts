// The speech for paper: the handout (the whole text, its outline's heads as headings, each point's
// statement in bold where it stands) and the 学习提纲 (the outline alone, to depth 3, each point's
// statement verbatim). One model, which the A4 page and the Word file both render.
import type { Deck, Outline, PaperBlock, PaperDocument, PaperRun, Point, Speech, SpeechMeta } from '../types.js';

interface Placed {
  point: Point;
  depth: number;
}

const flatten = (points: readonly Point[], depth = 1): Placed[] => points.flatMap((point) => [{ point, depth }, ...flatten(point.points, depth + 1)]);

/** The lines under the title: meeting, speaker, date, as the speech or its front matter gives them. */
const metaLines = (outline: Outline): string[] => [outline.meta.meeting, outline.meta.speaker, outline.meta.date].filter((x): x is string => !!x);

const level = (depth: number): 1 | 2 | 3 => (Math.min(depth, 3) as 1 | 2 | 3);

/** Punctuation a heading line ends with that its point's statement leaves out. */
const TRAILING = /^[\s。：:；;，,！!]*$/;

const SALUTATION = /^[^，。！？；：]{1,14}[：:]$/;

/** Characters a statement's bold may run on to its sentence's end (…比较平稳，没有大起大落。). */
const RUN_ON = 20;

/** A statement's span, run on to the end of its sentence when little of the sentence is left. */
function sentenceEnd(text: string, [from, to]: readonly [number, number]): readonly [number, number] {
  if (/[。！？；]/.test(text[to] ?? '')) return [from, to];
  const end = text.slice(to, to + RUN_ON + 1).search(/[。！？；\n]/);
  return end >= 0 && text[to + end] !== '\n' ? [from, to + end] : [from, to];
}

/** The handout: every paragraph of the speech, in order. */
export function handoutDocument(speech: Speech, outline: Outline): PaperDocument {
  const title = outline.title ?? speech.meta.title ?? '讲话';
  const placed = flatten(outline.points).sort((a, b) => a.point.head[0] - b.point.head[0]);
  const blocks: PaperBlock[] = [{ kind: 'title', runs: [{ text: title }] }, ...metaLines(outline).map((text): PaperBlock => ({ kind: 'subtitle', runs: [{ text }] }))];
  const skip = new Set([title, ...metaLines(outline)]);
  let offset = 0;
  let next = 0;
  speech.text.split('\n').forEach((text, i) => {
    const start = offset;
    offset += text.length + 1;
    const here: Placed[] = [];
    while (next < placed.length && placed[next].point.head[0] < offset) here.push(placed[next++]);
    const line = speech.lineNumbers[i];
    if (!text.trim() || (i < 5 && skip.has(text.trim()))) return;
    // A line that is only a point's statement (一、关于经济工作) is a heading of the point's depth.
    const whole = here.find(({ point }) => point.head[0] - start <= 1 && TRAILING.test(text.slice(point.head[1] - start)));
    if (whole && text.length <= 60) {
      blocks.push({ kind: 'heading', level: level(whole.depth), runs: [{ text: text.trim() }], line });
      return;
    }
    // A salutation (同志们： 各位代表：) stands at the margin, as GB/T 9704 sets a 主送 line.
    const salutation = SALUTATION.test(text.trim());
    blocks.push({ kind: 'paragraph', runs: boldRuns(text, start, here.map((p) => sentenceEnd(speech.text, p.point.head))), line, ...(salutation ? { flush: true as const } : {}) });
  });
  return { kind: 'handout', title, blocks };
}

/** A paragraph's runs, the given spans (offsets into the speech) in bold. */
function boldRuns(text: string, start: number, spans: ReadonlyArray<readonly [number, number]>): PaperRun[] {
  const runs: PaperRun[] = [];
  let at = 0;
  for (const [from, to] of spans) {
    const a = Math.max(from - start, at);
    const b = Math.min(to - start, text.length);
    if (b <= a) continue;
    if (a > at) runs.push({ text: text.slice(at, a) });
    runs.push({ text: text.slice(a, b), bold: true });
    at = b;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}

/** The 学习提纲: the title, then every point to depth 3 as the speaker stated it, marker and all. */
export function studyDocument(speech: Speech, outline: Outline): PaperDocument {
  const title = outline.title ?? speech.meta.title ?? '讲话';
  const blocks: PaperBlock[] = [
    { kind: 'title', runs: [{ text: `${title}学习提纲` }] },
    ...metaLines(outline).map((text): PaperBlock => ({ kind: 'subtitle', runs: [{ text }] })),
  ];
  for (const { point, depth } of flatten(outline.points)) {
    if (depth > 3) continue;
    const text = `${point.marker}${point.headline}`;
    const line = point.range[0];
    blocks.push(depth < 3 ? { kind: 'heading', level: level(depth), runs: [{ text }], line } : { kind: 'paragraph', runs: [{ text }], line });
  }
  return { kind: 'study', title, blocks };
}

/**
 * Both documents of a deck Markdown file, which has no speech to read: the handout from its
 * slides' notes under the dividers' titles, the 学习提纲 from the dividers and the points' titles.
 */
export function paperFromDeck(deck: Deck): { handout: PaperDocument; study: PaperDocument } {
  const title = deck.title || '讲话';
  const head = (text: string, level: 1 | 2, line: number): PaperBlock => ({ kind: 'heading', level, runs: [{ text }], line });
  const handout: PaperBlock[] = [{ kind: 'title', runs: [{ text: title }] }];
  const study: PaperBlock[] = [{ kind: 'title', runs: [{ text: `${title}学习提纲` }] }];
  for (const slide of deck.slides) {
    if (slide.kind === 'divider') {
      handout.push(head(slide.title, 1, slide.range[0]));
      study.push(head(slide.title, 1, slide.range[0]));
    } else if (slide.kind === 'point' && !slide.continuation) study.push(head(slide.title, 2, slide.range[0]));
    if (slide.kind === 'divider') continue;
    for (const text of slide.notes.split('\n').filter((t) => t.trim())) handout.push({ kind: 'paragraph', runs: [{ text }], line: slide.range[0] });
  }
  return { handout: { kind: 'handout', title, blocks: handout }, study: { kind: 'study', title, blocks: study } };
}

/** A document under the cover the user set: the title, and the meeting, speaker and date beneath it. */
export function withCover(doc: PaperDocument, meta: SpeechMeta, title: string): PaperDocument {
  const heading: PaperBlock = { kind: 'title', runs: [{ text: doc.kind === 'study' ? `${title}学习提纲` : title }] };
  const lines = [meta.meeting, meta.speaker, meta.date].filter((x): x is string => !!x).map((text): PaperBlock => ({ kind: 'subtitle', runs: [{ text }] }));
  return { ...doc, title, blocks: [heading, ...lines, ...doc.blocks.filter((b) => b.kind !== 'title' && b.kind !== 'subtitle')] };
}
