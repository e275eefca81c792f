// Which parts of the outline earn a slide, and what each slide says.
import type { Comparison, Figure, Outline, Point, SlideKind, SlideLayout, Span, Speech } from '../types.js';
import type { PlanOptions } from '../config.js';
import { balanced, clip, splitSentences, trimBalanced, trimTitle } from './clauses.js';
import { keySentences, type Bullet } from './bullets.js';
import { findComparison, findFigures } from './figures.js';
import { toChineseNumeral } from '../outline/numerals.js';
import { SALUTATION } from '../outline/salutation.js';
import { pointHeading } from '../outline/format.js';

/** A slide before fitting: bullets still remember where they stand in the speech. */
export interface Draft {
  kind: SlideKind;
  layout?: SlideLayout;
  comparison?: Comparison;
  title: string;
  subtitle?: string;
  bullets: Bullet[];
  figures: Figure[];
  notes: Span;
  partNumber?: string;
  part?: string;
}

/**
 * Title from a headline: cut at a clause if long, the rest shown under it. A long headline with no
 * clause to cut at stays whole (it wraps onto a second line, set smaller) rather than losing a word.
 */
function titled(full: string, o: PlanOptions): { title: string; subtitle?: string } {
  const cut = trimTitle(full, o.titleMax);
  const { text, rest, midClause } = balanced(cut.text) ? cut : { ...(trimBalanced(full, o.titleMax) ?? trimBalanced(full, o.titleMax * 1.5) ?? cut), midClause: false };
  if (midClause && full.length <= o.titleMax * 1.8) return { title: full };
  return rest ? { title: text, subtitle: clip(rest, o.bulletMax) } : { title: text };
}

/**
 * Where a point's own words end. A point's span runs to the next point; the last of a run whose
 * points each say their piece in one paragraph says its own in one too, and what follows it (the
 * part's concluding words) is not its to show.
 */
function ownEnd(text: string, siblings: readonly Point[], i: number): number {
  const p = siblings[i];
  const oneParagraph = (q: Point): boolean => !text.slice(q.span[0], q.span[1]).includes('\n');
  if (i + 1 < siblings.length || i === 0 || p.points.length || !siblings.slice(0, i).every(oneParagraph)) return p.span[1];
  const nl = text.indexOf('\n', p.head[1]);
  return nl < 0 ? p.span[1] : Math.min(nl, p.span[1]);
}

/** One slide for a point: its sub-points as bullets, or its key sentences and figures from its own words. */
function pointSlide(text: string, siblings: readonly Point[], i: number, o: PlanOptions): Draft {
  const p = siblings[i];
  const end = ownEnd(text, siblings, i);
  const bullets = p.points.length
    ? p.points.map((c) => ({ text: clip(pointHeading(c), o.bulletMax), at: c.span[0] }))
    : keySentences(text, p.head[1], end, o.keySentences, o.bulletMax);
  const own = text.slice(p.span[0], end);
  // A point made of sub-points shows the rates and sums said in them, not their counts of things.
  const figures = findFigures(own, o.figures, !p.points.length);
  const comparison = p.points.length ? null : findComparison(own, figures);
  const draft: Draft = { kind: 'point', ...titled(pointHeading(p), o), bullets, figures, notes: p.span };
  if (comparison) return { ...draft, layout: 'chart', comparison };
  const short = bullets.every((b) => b.text.length <= o.cardMax);
  if (p.points.length >= 3 && p.points.length <= 6 && short && !figures.length) return { ...draft, layout: 'cards' };
  return statement(draft, pointHeading(p), o, p.title ? 0 : p.marker.length);
}

/**
 * A slide with nothing to list or count shows its statement alone, large and whole where it is short
 * enough to read at once (a one-sentence point, a paragraph of one sentence); else as it is.
 */
function statement(draft: Draft, full: string, o: PlanOptions, markerLength = 0): Draft {
  if (draft.bullets.length || draft.figures.length) return draft;
  if (!draft.subtitle) return { ...draft, layout: 'statement' };
  // A marker as written may be unbalanced (2）): the words after it must not be.
  if (full.length > o.statementMax || !balanced(full.slice(markerLength))) return draft;
  const { subtitle: _, ...rest } = draft;
  return { ...rest, title: full, layout: 'statement' };
}

/** A top-level part with sub-points gets a divider holding its own words, then slides for its points. */
function partSlides(text: string, parts: readonly Point[], i: number, o: PlanOptions): Draft[] {
  const p = parts[i];
  if (!p.points.length) {
    // Where the other parts open with a divider, a part without points is one too, its words on it.
    const slide = pointSlide(text, parts, i, o);
    const divided = parts.some((q) => q.points.length);
    return [divided ? { ...slide, kind: 'divider', layout: undefined, partNumber: toChineseNumeral(p.ordinal) } : slide];
  }
  const divider: Draft = {
    kind: 'divider',
    ...titled(pointHeading(p), o),
    bullets: [],
    figures: [],
    notes: [p.span[0], p.points[0].span[0]],
    partNumber: toChineseNumeral(p.ordinal),
  };
  const part = clip(pointHeading(p), o.titleMax);
  return [divider, ...p.points.map((_, k) => ({ ...pointSlide(text, p.points, k, o), part }))];
}

/**
 * A speech with no enumeration: one slide a paragraph, titled by its first sentence. A paragraph
 * with nothing to title (a lone "。") goes into the notes of the slide before it.
 */
function paragraphSlides(text: string, span: Span, o: PlanOptions): Draft[] {
  const drafts: Draft[] = [];
  let start = span[0];
  while (start < span[1]) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 || nl > span[1] ? span[1] : nl;
    const [first] = splitSentences(text, start, end);
    const previous = drafts[drafts.length - 1];
    if (first) {
      const bullets = keySentences(text, first.end, end, o.keySentences, o.bulletMax);
      const draft: Draft = { kind: 'paragraph', ...titled(first.text, o), bullets, figures: findFigures(text.slice(start, end), o.figures), notes: [start, end] };
      drafts.push(statement(draft, first.text, o));
    } else if (previous) previous.notes = [previous.notes[0], end];
    start = end + 1;
  }
  return drafts;
}

/** Where the paragraph after a leading 同志们： starts, or `start` when there is none. */
function salutationEnd(text: string, start: number): number {
  const nl = text.indexOf('\n', start);
  const first = text.slice(start, nl < 0 ? text.length : nl);
  return nl >= 0 && first.length <= 16 && SALUTATION.test(first) ? nl + 1 : start;
}

export function selectSlides(speech: Speech, outline: Outline, o: PlanOptions): Draft[] {
  const { text } = speech;
  const title = outline.title ?? speech.source.replace(/\.[^.]+$/, '');
  const points = outline.points;
  // A speech without points, or with a long narrative before its first one (a report's review of
  // the year), gets a slide a paragraph there; the cover keeps the salutation and a short opening.
  const [from, to] = outline.preamble;
  const opening = !points.length || to - from > o.openingSlidesFrom ? paragraphSlides(text, [salutationEnd(text, from), to], o) : [];
  const cover: Draft = { kind: 'cover', title, bullets: [], figures: [], notes: [from, opening.length ? opening[0].notes[0] : to] };
  const body = [...opening, ...points.flatMap((_, i) => partSlides(text, points, i, o))];
  const agenda: Draft[] = points.length > 1
    ? [{ kind: 'agenda', title: '主要内容', bullets: points.map((p) => ({ text: clip(pointHeading(p), o.bulletMax), at: p.span[0] })), figures: [], notes: [outline.preamble[1], outline.preamble[1]] }]
    : [];
  const closingWords = keySentences(text, outline.closing[0], outline.closing[1], 2, o.bulletMax);
  const closing: Draft = { kind: 'closing', title, bullets: closingWords, figures: [], notes: outline.closing };
  return [cover, ...agenda, ...body, closing];
}
