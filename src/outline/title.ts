import type { SpeechMeta } from '../types.js';
import type { MarkerRow } from './markers.js';
import type { TextIndex } from './text-index.js';

import { CLOSING, SALUTATION } from './salutation.js';
import { foldTraditional } from '../fold.js';

export interface Title {
  text: string;
  /** Paragraphs that hold nothing but the title (none when it is glued to the first sentence). */
  paragraphs: number;
  /** Offset where what follows the title (and a byline glued to it) begins. */
  end: number;
}

const paragraphText = (text: string, index: TextIndex, p: number): string => text.slice(index.starts[p], index.ends[p]);
const isTitleLike = (s: string): boolean => s.length > 0 && s.length <= 40 && !/[。！？!?，,：:；;]$/.test(s) && !SALUTATION.test(s);

/** A speech's own heading glued to its first sentence: 在…座谈会上的讲话（2018年2月12日）习近平党的十八大以后…. */
const GLUED_TITLE = /^(\S{2,40}?(?:上的讲话|上的报告|的讲话|致辞|工作报告))(?:[（(][^）)]{4,20}[）)])?/;
/** An article's heading with its note mark, then its author: 全面提高依法防控依法治理能力※习近平一当前，…. */
const MARKED_TITLE = /^([^。！？，,：:※＊]{4,60})[※＊]/;

/**
 * The byline glued after a title: a name of two to four characters. Of the lengths that fit, the
 * longest that the text names again elsewhere (the speaker's name recurs; 习近平一 does not).
 */
function bylineEnd(text: string, at: number): number {
  for (let length = 4; length >= 2; length--) {
    const name = text.slice(at, at + length);
    if (/^\p{Script=Han}+$/u.test(name) && text.indexOf(name, at + length) >= 0) return at + length;
  }
  return at;
}

/**
 * The title a text states at its top: a short first paragraph that is no sentence, salutation or
 * numbered point (joined with a second one when a line break cut it: 政府工作报 / 告), or the
 * heading a run-on text glued to its first sentence. Found in `text` (the grammar's view of the
 * speech), given as written in `shown`.
 */
export function findTitle(text: string, shown: string, index: TextIndex, rows: readonly MarkerRow[]): Title | null {
  const first = paragraphText(text, index, 0);
  const shownParagraph = (p: number): string => paragraphText(shown, index, p);
  /** A title of the first paragraph's first `length` characters, and what follows from `end`. */
  const upTo = (length: number, end: number): Title => {
    const titleText = shown.slice(index.starts[0], index.starts[0] + length);
    return end >= index.ends[0] ? { text: titleText, paragraphs: 1, end: index.starts[1] ?? text.length } : { text: titleText, paragraphs: 0, end };
  };
  const marked = MARKED_TITLE.exec(first);
  if (marked) return upTo(marked[1].length, bylineEnd(text, marked[0].length));
  if (index.starts.length > 1 && isTitleLike(first) && !rows.some((row) => row.match(text, 0))) {
    const second = paragraphText(text, index, 1);
    if (index.starts.length > 2 && second.length <= 3 && isTitleLike(second)) return { text: shownParagraph(0) + shownParagraph(1), paragraphs: 2, end: index.starts[2] };
    return { text: shownParagraph(0), paragraphs: 1, end: index.starts[1] };
  }
  const glued = first.length > 40 ? GLUED_TITLE.exec(first) : null;
  return glued ? upTo(glued[1].length, bylineEnd(text, glued[0].length)) : null;
}


/** The paragraph where the closing words start: after the last point and the opening, or -1. */
export function findClosingParagraph(text: string, index: TextIndex, afterParagraph: number): number {
  for (let p = Math.max(afterParagraph + 1, 1); p < index.starts.length; p++) {
    if (CLOSING.test(text.slice(index.starts[p], index.starts[p] + 24))) return p;
  }
  return -1;
}

const DATE = /(\d{4}年\d{1,2}月\d{1,2}日)/;
const DATE_LINE = /^[（(]?\d{4}年\d{1,2}月\d{1,2}日[）)]?$/;
const DATELINE = /^[—-]{2,4}\s*(\d{4}年\d{1,2}月\d{1,2}日)\s*在(.{2,60}?)上(?:的(?:讲话|报告|发言|致辞))?$/d;
const NAME_LINE = /^(?:[\p{Script=Han}（）]{2,24}\s+)?[\p{Script=Han}·]{2,4}$/u;
const MEETING_IN_TITLE = /^在(.{2,60}?)上的(?:讲话|报告|发言|致辞|总结讲话)/d;

/**
 * Meeting, speaker and date as the text states them under its title: a date line ((2018年11月1日)),
 * a dateline (——2021年3月5日在…会议上), a byline (国务院总理 李克强), or the title itself (在…会议上的讲话).
 */
export function headerMeta(text: string, shown: string, index: TextIndex, title: Title | null): SpeechMeta {
  const meta: SpeechMeta = {};
  /** What a pattern's group found in the grammar's view, as written. */
  const asShown = (m: RegExpExecArray, group: number, written: string): string => written.slice(...m.indices![group]!);
  const meeting = title && MEETING_IN_TITLE.exec(foldTraditional(title.text));
  if (meeting) meta.meeting = asShown(meeting, 1, title.text);
  if (title && !title.paragraphs) {
    const glued = DATE.exec(text.slice(0, 80));
    if (glued) meta.date = glued[1];
  }
  for (let p = title?.paragraphs ?? 0; p < Math.min(index.starts.length, (title?.paragraphs ?? 0) + 4); p++) {
    const line = paragraphText(text, index, p).trim();
    const written = paragraphText(shown, index, p).trim();
    if (line.length > 60 || SALUTATION.test(line) || /[。！？]/.test(line)) break;
    const dateline = DATELINE.exec(line);
    if (dateline) {
      meta.date ??= dateline[1];
      meta.meeting ??= asShown(dateline, 2, written);
    } else if (DATE_LINE.test(line)) meta.date ??= DATE.exec(line)![1];
    else if (NAME_LINE.test(line)) meta.speaker ??= written.replace(/\s+/g, ' ');
  }
  return meta;
}
