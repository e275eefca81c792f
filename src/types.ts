// The contracts between the pipeline's stages:
//   bytes ─ingest→ Speech ─parseOutline→ Outline ─planSlides→ Deck ─render→ Markdown/HTML ─export→ site

/** A problem found in the user's input. Stages return these; only the CLI and the dev server print them. */
export interface Diagnostic {
  severity: 'error' | 'warning' | 'info';
  /** Stable identifier, e.g. `announced-count`. */
  code: string;
  /** In Chinese, for the user. */
  message: string;
  /** 1-based line in the source file, when there is one. */
  line?: number;
}

/** What front matter (or a later stage) may say about the occasion. */
export interface SpeechMeta {
  title?: string;
  meeting?: string;
  speaker?: string;
  date?: string;
  theme?: string;
}

/**
 * A decoded, normalized speech. `text` is the body, one paragraph per line, with the lines that are
 * not the speech (front matter, site lists) removed; `lineNumbers[i]` is the source line of text line i,
 * so every later position can be reported in the user's own file.
 */
export interface Speech {
  /** The file name the speech came from, for messages. */
  source: string;
  text: string;
  lineNumbers: number[];
  /** What the source's formatting says about its lines (headings, bold leads), in line order. */
  styles: LineStyle[];
  meta: SpeechMeta;
  diagnostics: Diagnostic[];
}

/**
 * What a source's formatting says about one line of `Speech.text`: evidence of structure that the
 * words alone do not carry. A Markdown `##` line, a Word heading style or an HTML `<h2>` is a
 * `heading`; a paragraph that opens with a bold run (`**国民经济持续增长。**全市…`, a line all
 * in bold) has its `bold` length in characters.
 */
export interface LineStyle {
  /** 0-based line of `Speech.text`. */
  line: number;
  heading?: true;
  /** Characters in bold from the line's start. */
  bold?: number;
}

/** A half-open range of character offsets into `Speech.text`. */
export type Span = readonly [start: number, end: number];

export interface Point {
  /** The marker as written: `一、`, `第一，`, `一是`, `所谓`, `首先，`. */
  marker: string;
  /** The point's own statement, without its marker. */
  headline: string;
  /** The grammar row that recognised the marker, e.g. `cn-comma`. */
  kind: string;
  /** Position in its sequence, from 1. */
  ordinal: number;
  /** First and last source line of the point, its sub-points included. */
  range: [number, number];
  /** Offsets of the marker and headline. */
  head: Span;
  /** Offsets of the whole point, its sub-points included. */
  span: Span;
  points: Point[];
  /** A slide title set by hand in the editor; the speech itself is never changed. */
  title?: string;
}

export interface Outline {
  title: string | null;
  meta: SpeechMeta;
  points: Point[];
  /** Text before the first point (title, salutation, opening) and after the last (closing words). */
  preamble: Span;
  closing: Span;
  diagnostics: Diagnostic[];
}

/** A key figure shown as a callout: the number, and the clause of the speech it stands in. */
export interface Figure {
  value: string;
  context: string;
}

export type SlideKind = 'cover' | 'agenda' | 'divider' | 'point' | 'paragraph' | 'closing';

/**
 * How a point slide shows its content, chosen from the content: a list (the default), a grid of
 * cards for three to six short parallel sub-points, one strong statement alone, or a figure set
 * against its target (8.3% against 8.5%) as a small chart.
 */
export type SlideLayout = 'list' | 'cards' | 'statement' | 'chart';

/** A figure and the target the speech sets it against, from one sentence (增长8.3%，没有完成…8.5%的预期目标). */
export interface Comparison {
  actual: Figure;
  target: Figure;
}

export interface Slide {
  kind: SlideKind;
  title: string;
  /** A second line under the title (the rest of a long headline, the meeting on the cover). */
  subtitle?: string;
  bullets: string[];
  figures: Figure[];
  /** The original text this slide stands for, whole, for the speaker. */
  notes: string;
  /** Source lines the slide comes from. */
  range: [number, number];
  /** Seconds to spend on the slide at a normal speaking rate. */
  timing: number;
  /** True for a "（续）" slide that carries on the bullets of the slide before it. */
  continuation?: boolean;
  /** The divider's part number, e.g. `一`. */
  partNumber?: string;
  /** The part a point belongs to, as its heading reads (一、关于经济工作), shown above its title. */
  part?: string;
  layout?: SlideLayout;
  /** For the chart layout. */
  comparison?: Comparison;
}

export interface Deck {
  title: string;
  meta: SpeechMeta;
  slides: Slide[];
  diagnostics: Diagnostic[];
}

/** A run of words in a printed document, in bold where the speech states a point (第一，要…). */
export interface PaperRun {
  text: string;
  bold?: true;
}

/**
 * A block of a printed document (handout, 学习提纲): the title, a line under it (meeting, date),
 * a heading of the speech's own outline (level 1–3, its depth), or a paragraph.
 */
export interface PaperBlock {
  kind: 'title' | 'subtitle' | 'heading' | 'paragraph';
  /** For headings: the outline depth, 1 (一、) to 3 (1.). */
  level?: 1 | 2 | 3;
  runs: PaperRun[];
  /** Set flush left, without the first-line indent: a salutation (同志们：) or an item of the 学习提纲's third level. */
  flush?: true;
  /** The source line the block starts at, where it comes from the speech. */
  line?: number;
}

/** A document for paper and for Word, in the speech's words: the handout or the 学习提纲. */
export interface PaperDocument {
  kind: 'handout' | 'study';
  title: string;
  blocks: PaperBlock[];
}
