// What a speaker says about the structure before it comes: "我强调三点", "有欣喜、有感触、有收获".
import type { AnnouncedList } from './markers.js';
import { parseChineseNumeral } from './numerals.js';
import { CLAUSE_OR_SENTENCE_END, sentencesIn } from './scan.js';
import type { TextIndex } from './text-index.js';

export interface Announcement {
  /** Offset of the count phrase. */
  at: number;
  paragraph: number;
  count: number;
  /** Where the sentence's last words are, to quote them in messages. */
  quote: readonly [number, number];
}

/**
 * A sentence that ends by counting what follows: 我强调三点 / 三个方面的问题 / 讲几点意见 is not counted.
 * Only its last characters are tested, so a 10 000-character sentence costs nothing extra.
 */
const COUNT_AT_END = /(?<![第\d一二三四五六七八九十])([一二两三四五六七八九十]{1,2}|\d{1,2})(?:个方面的?问题|个方面|个问题|个大?矛盾|件大?事|点意见|点要求|点体会|点看法|点|条意见|条)(?:意见|要求)?$/;
const TAIL = 14;
/** A short sentence that says how many parts the work ahead (or behind) has: 重点从六个方面推进… / 要抓好6个方面政策举措落实 / 在十个方面取得新的进展. */
const COUNT_AHEAD = /(?:从|在|抓好|做好|突出|围绕|着力)(?:以下)?([一二两三四五六七八九十]{1,2}|\d{1,2})个方面/;
const SHORT = 40;

const trimEnd = (text: string, start: number, end: number): number => {
  let e = end;
  while (e > start && /[。！？；：!?;:”’」』"）)\s]/.test(text[e - 1])) e--;
  return e;
};

export function findAnnouncements(text: string, index: TextIndex): Announcement[] {
  const found: Announcement[] = [];
  index.starts.forEach((start, paragraph) => {
    for (const [s, e] of sentencesIn(text, start, index.ends[paragraph])) {
      const end = trimEnd(text, s, e);
      const from = Math.max(s, end - (end - s <= SHORT ? SHORT : TAIL));
      const tail = text.slice(from, end);
      const m = COUNT_AT_END.exec(tail) ?? (end - s <= SHORT ? COUNT_AHEAD.exec(tail) : null);
      if (!m) continue;
      const count = /\d/.test(m[1]) ? Number(m[1]) : parseChineseNumeral(m[1].replace('两', '二'));
      found.push({ at: from + m.index, paragraph, count, quote: [Math.max(s, end - 30), end] });
    }
  });
  return found;
}

/** A clause that is nothing but a list of 2–8 short parallel phrases: 有欣喜、有感触、有收获. */
const PHRASE_LIST = /^[\p{Script=Han}A-Za-z0-9“”"]{1,8}(?:、[\p{Script=Han}A-Za-z0-9“”"]{1,8}){1,7}$/u;
/** A sentence that ends in three or more short parallel clauses: 都要勤勤恳恳为民，兢兢业业干事，清清白白做人。 */
const CLAUSE_LIST = /([\p{Script=Han}]{2,30}(?:[，,][\p{Script=Han}]{3,8}){2,7})[。！；]/gu;
/** A slogan in quotes whose parts are the items: “守初心、担使命，找差距、抓落实”. */
const QUOTED_LIST = /“((?:[\p{Script=Han}]{2,8}[、，,]){1,7}[\p{Script=Han}]{2,8})”/gu;
const QUOTES = /[“”"]/g;
/** A list inside a longer clause: 要落实好中央统筹、省负总责、市县抓落实的管理体制. */
const EMBEDDED_LIST = /[\p{Script=Han}]{2,}(?:、[\p{Script=Han}]{2,8}){1,7}/gu;

/** The endings of a phrase (its last 2…8 characters), or its beginnings. */
const ends = (p: string): string[] => Array.from({ length: Math.min(8, p.length) - 1 }, (_, i) => p.slice(p.length - 2 - i));
const starts = (p: string): string[] => Array.from({ length: Math.min(8, p.length) - 1 }, (_, i) => p.slice(0, 2 + i));

/**
 * The parallel lists the speaker announces, each with the offset after which its leads may come.
 * A list that is a clause of its own names its items exactly; a list inside a longer clause may
 * have words around it, so its first item is known by how it ends and its last by how it begins,
 * and its leads must say what the item is (中央统筹，就是…).
 */
export function announcedLists(text: string, index: TextIndex): AnnouncedList[] {
  const lists: AnnouncedList[] = [];
  index.starts.forEach((start, n) => {
    const paragraph = text.slice(start, index.ends[n]);
    // Each clause runs to the next clause mark, or to the paragraph's end.
    for (let from = 0, i = 0; from <= paragraph.length; from = i + 1) {
      CLAUSE_OR_SENTENCE_END.lastIndex = from;
      i = CLAUSE_OR_SENTENCE_END.exec(paragraph)?.index ?? paragraph.length;
      const clause = paragraph.slice(from, i);
      if (clause.length <= 72 && PHRASE_LIST.test(clause)) {
        const phrases = clause.replace(QUOTES, '').split('、');
        if (phrases.every((p) => p.length >= 2)) lists.push({ phrases: phrases.map((p) => [p]), from: start + i, defines: false });
      } else if (clause.length <= 200) {
        for (const m of clause.matchAll(EMBEDDED_LIST)) {
          const items = m[0].split('、');
          const phrases = items.map((p, k) => (k === 0 ? ends(p) : k === items.length - 1 ? starts(p) : [p]));
          lists.push({ phrases, from: start + i, defines: true });
        }
      }
    }
    for (const m of paragraph.matchAll(QUOTED_LIST)) {
      if (m[1].includes('，') || m[1].includes(',')) lists.push({ phrases: m[1].split(/[、，,]/).map((p) => [p]), from: start + m.index! + m[0].length, defines: false });
    }
    for (const m of paragraph.matchAll(CLAUSE_LIST)) {
      // 都要勤勤恳恳为民，兢兢业业干事，清清白白做人。: the first phrase is known by how it ends.
      const items = m[1].split(/[，,]/);
      lists.push({ phrases: items.map((p, k) => (k === 0 ? ends(p) : [p])), from: start + m.index! + m[0].length, defines: true });
    }
  });
  return lists;
}
