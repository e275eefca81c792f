// THE outline grammar: one row per way a Chinese speech marks a point. The scanner tries the rows in
// order at every paragraph start and sentence start; the tree builder decides, from the sequences
// already open, whether a match is a point, and at which level. A new convention is a new row here
// and a fixture in test/fixtures/outline, not a branch elsewhere.
import { parseArabicNumeral, parseChineseNumeral, parseCircledNumeral, parseLetter, parseRomanNumeral } from './numerals.js';
import { floorIndex } from './text-index.js';

/**
 * Where a marker may stand. `line`: at the start of a paragraph (numbered headings), or of a
 * sentence in a text that lost its line breaks. `paragraph`: only at a paragraph's start, whatever
 * the text (a bare 一 inside a run of sentences is a word: 一诺千金). `sentence`: at a paragraph
 * start or after a sentence's end (。！？；：), as spoken enumerators do.
 */
export type MarkerPlace = 'line' | 'paragraph' | 'sentence';

/** Ordinals a row can give besides 1, 2, 3…: the next one after any, or the last one of a run. */
export const NEXT = 0;
export const LAST = -1;

export interface MarkerMatch {
  /** The row the match belongs to, when a row stands for several (one per announced list). */
  row?: MarkerRow;
  /** The marker as written, e.g. `第一，`. */
  marker: string;
  /** 1, 2, 3…, or NEXT / LAST for 再次 / 最后. */
  ordinal: number;
  /** Where the headline starts: after the marker, or at it when the marker is part of the statement. */
  headlineStart: number;
  /** Where the headline ends, where the row knows it (a lead set off from its text by a space). */
  headlineEnd?: number;
}

export interface MarkerRow {
  name: string;
  example: string;
  where: MarkerPlace;
  /** Rows of one family may carry on each other's runs (第一点，… 第二，… 第三个问题，), with a warning. */
  family?: string;
  /** Items carry no number (——): each one continues an open run of the row. */
  unnumbered?: boolean;
  /** Other rows whose items, from the given ordinal on, may carry on this row's sequence. */
  continuedBy?: { rows: readonly string[]; from: number };
  /** How many items a run of this row can have, when the speech has said so (parallel leads). */
  size?: number;
  /** The row only matches at or after this offset (a parallel lead only after its announcement). */
  from?: number;
  /** Items may come in any order, each once (parallel leads taken up as the speaker pleases). */
  anyOrder?: boolean;
  /**
   * A heading of the document's (一、（一）1.（1）① and heads found without a number), not a
   * spoken ordinal: a point it leads owns what follows, up to the next heading.
   */
  heading?: boolean;
  /** A head that is a sentence set on its own line (国民经济保持良好发展势头。): above the text, below any numbered heading. */
  sentenceHead?: boolean;
  match(text: string, at: number): MarkerMatch | null;
}

/** A heading found without a number (a plain line, a bold lead, a numeral a copy lost): a guess, and a head. */
export const isHeadGuess = (row: MarkerRow): boolean => !!row.unnumbered && !!row.heading;

const CN = '[一二三四五六七八九十]{1,3}';
const DIGITS = '[0-9０-９]{1,2}';
/** Punctuation that may follow a spoken ordinal: 第一，第一、第一：. */
const AFTER = '[，,、：:]';

/** A row from a sticky regex whose first group is the numeral. */
function regexRow(
  name: string,
  example: string,
  where: MarkerPlace,
  source: string,
  parse: (numeral: string) => number,
  extra: Partial<MarkerRow> = {},
): MarkerRow {
  const re = new RegExp(source, 'yu');
  return {
    name,
    example,
    where,
    ...extra,
    match(text, at) {
      re.lastIndex = at;
      const m = re.exec(text);
      if (!m) return null;
      // The numeral is the first group that matched (a row may spell it more than one way).
      const ordinal = parse(m.slice(1).find((g) => g !== undefined) ?? '');
      return Number.isNaN(ordinal) ? null : { marker: m[0], ordinal, headlineStart: at + m[0].length };
    },
  };
}

/** A dateline or byline under a title (——2021年3月5日在…会议上, ——任正非在…上的讲话) is no list item. */
const DASH_HEADER = /^\s*(?:[0-9〇零一二三四五六七八九]{4}年|[^。！？\n]{0,40}(?:讲话|报告|发言)\s*(?:\n|$))/;

/** —— or ―― leading a paragraph of a list the speaker sets up without numbers. */
const dashRow: MarkerRow = {
  name: 'dash',
  example: '——我们创立了新时代中国特色社会主义思想…',
  where: 'sentence',
  unnumbered: true,
  match(text, at) {
    const dash = text.slice(at, at + 2);
    if (dash !== '——' && dash !== '――') return null;
    if (DASH_HEADER.test(text.slice(at + 2, at + 48))) return null;
    let start = at + 2;
    while (text[start] === ' ') start++;
    return { marker: dash, ordinal: 1, headlineStart: start };
  },
};

/**
 * A part numbered by a bare numeral: 一 alone on its line, or glued to the part's first words in a
 * copy that lost the line break (一当前，疫情防控…). Not before what makes the numeral a word:
 * a measure word (一个, 一项), a compound (一季度, 一直, 一方面), another numeral (一九九九年).
 */
const BARE_NUMERAL = `(${CN})(?:[ \\t]+|(?=\\n)|$|(?![一二三四五六七八九十〇零两个些种项条次点场批件位名类级期届号倍年月日天周季度直定般切样起同致旦律道流线边面方手带体国把股份半成就再要是号则如即系时下上中])(?=[\\p{Script=Han}“]))`;

/** A heading whose numeral a copy dropped with the paragraph's first character: 、2016年工作回顾. */
function lostNumeralRow(): MarkerRow {
  return {
    name: 'lost-numeral',
    example: '、2016年工作回顾',
    where: 'line',
    heading: true,
    unnumbered: true,
    match: (text, at) => (text[at] === '、' && text[at + 1] !== undefined && text[at + 1] !== '\n' ? { marker: '、', ordinal: 1, headlineStart: at + 1 } : null),
  };
}

/** 首先/其次/再次/最后 name their place with words; a 第二 or 其三 may carry the same run on. */
const SEQUENCE_WORDS: Record<string, number> = { 首先: 1, 其次: 2, 再次: NEXT, 最后: LAST };

export const MARKER_ROWS: readonly MarkerRow[] = [
  regexRow('cn-comma', '一、关于经济工作', 'line', `(${CN})、`, parseChineseNumeral, { heading: true }),
  // A copy that dropped each paragraph's first character leaves 一）… (and 、… below): still a heading.
  // Bracketed numbers number paragraphs and the items of a list inside one (…。（2）新建改造…。（3）…).
  regexRow('cn-paren', '（一）加强组织领导', 'sentence', `(?:[（(]|(?<=^|\n))(${CN})[）)]`, parseChineseNumeral, { heading: true }),
  regexRow('arabic-paren', '（1）完善制度 1）… ⑴…', 'sentence', `(?:[（(]|(?<=^|\n))(${DIGITS})[）)]|([\u2474-\u2487])`, parseArabicNumeral, { heading: true }),
  // `1.5亿元` opens many a paragraph: a digit right after the dot is a decimal, not a marker.
  regexRow('arabic-dot', '1. 明确目标', 'line', `(${DIGITS})[.．、](?![0-9０-９])`, parseArabicNumeral, { heading: true }),
  regexRow('circled', '①提高认识', 'sentence', '([\u2460-\u2473])', parseCircledNumeral, { heading: true }),
  regexRow('roman', 'I. 中国革命问题 Ⅱ、…', 'line', '(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I|[\u2160-\u216b])[.．、]\\s*', parseRomanNumeral, { heading: true }),
  regexRow('letter', 'a．南昌暴动 (b)…', 'line', '[（(]?([a-zａ-ｚ])[.．、)）]', parseLetter, { heading: true }),
  lostNumeralRow(),
  regexRow('bare-numeral', '一（独占一行的序号）', 'paragraph', BARE_NUMERAL, parseChineseNumeral, { heading: true }),
  // 第一部分 and 第一个问题 head parts; without line breaks they stand at a sentence start. Each
  // unit is a row of its own, so that 第一步 inside 第一部分 nests instead of carrying it on.
  regexRow('di-part', '第一部分 总体要求', 'sentence', `第(${CN})(?:部分|章|篇|编)${AFTER}?`, parseChineseNumeral, { family: 'di' }),
  regexRow('di-question', '第一个问题：深刻认识…', 'sentence', `第(${CN})(?:个问题|个方面|方面)${AFTER}?`, parseChineseNumeral, { family: 'di' }),
  regexRow('di-step', '第一步，摸清底数', 'sentence', `第(${CN})(?:步|阶段|节|层次|个层次)${AFTER}?`, parseChineseNumeral, { family: 'di' }),
  regexRow('di-point', '第一点，…', 'sentence', `第(${CN})点${AFTER}?`, parseChineseNumeral, { family: 'di' }),
  regexRow('di-ordinal', '第一，要全力完成各项目标任务 第一个，…', 'sentence', `第(${CN})个?${AFTER}`, parseChineseNumeral, { family: 'di' }),
  regexRow('di-shi', '第一是现代工业的产值… 第二个要讲的是…', 'sentence', `第(${CN})个?(?:要讲的|要说的|想讲的|讲的)?是`, parseChineseNumeral, { family: 'di' }),
  // 第一要务 is a word, not an ordinal (but 第五要务实求真 is one).
  regexRow('di-yao', '第一要把美国人民和他们的政府相区别', 'sentence', `第(${CN})要(?!务(?!实)|素|义)`, parseChineseNumeral, { family: 'di' }),
  dashRow,
  regexRow('yi-shi', '一是认识要再提升', 'sentence', `(${CN})是`, parseChineseNumeral),
  regexRow('yi-yao', '一要超前谋划', 'sentence', `(${CN})要`, parseChineseNumeral),
  regexRow('qi-yi', '其一，…其二，…', 'sentence', `其(${CN})${AFTER}`, parseChineseNumeral),
  regexRow('shou-xian', '首先，…其次，…最后，…', 'sentence', `(首先|其次|再次|最后)${AFTER}?`, (w) => SEQUENCE_WORDS[w], {
    continuedBy: { rows: ['di-ordinal', 'di-shi', 'di-yao', 'di-point', 'di-question', 'qi-yi'], from: 2 },
  }),
];

/**
 * Parallel leads a speaker announces: "有欣喜、有感触、有收获" and then paragraphs that open with
 * "所谓有欣喜，…" (or just "有欣喜，…"). Each announced list is a row of its own (its own run, as
 * long as the list); one dispatching row finds them all by lookup, so a text with thousands of
 * lists is scanned as fast as one with none.
 */
export interface AnnouncedList {
  /** For each item, the phrases a lead may open with. */
  phrases: ReadonlyArray<readonly string[]>;
  /** Offset where the announcement ends: its leads can only come after. */
  from: number;
  /** Its leads must define their item (…，就是…), as leads inside a paragraph always must. */
  defines: boolean;
}

/** What follows a lead at a paragraph start (所谓有欣喜，…), and what a lead that defines says (中央统筹，就是…). */
const LEAD_END = /^(?:[，,：:。]|就是)/;
const DEFINES = /^，?(?:就是|重点是|是指|指的是|主要是|关键是|核心是)/;

export function parallelLeadRow(lists: readonly AnnouncedList[]): MarkerRow | null {
  if (!lists.length) return null;
  const rows = lists.map(
    (list): MarkerRow => ({ name: 'parallel-lead', example: `所谓${list.phrases[0][0]}，…`, where: 'sentence', size: list.phrases.length, from: list.from, anyOrder: true, match: () => null }),
  );
  // phrase → the lists it stands in, in the order they were announced (and where each ends)
  const byPhrase = new Map<string, { froms: number[]; entries: Array<{ row: MarkerRow; ordinal: number; defines: boolean }> }>();
  lists.forEach((list, i) =>
    list.phrases.forEach((aliases, ordinal) =>
      aliases.forEach((p) => {
        const found = byPhrase.get(p) ?? { froms: [], entries: [] };
        if (!found.froms.length) byPhrase.set(p, found);
        found.froms.push(list.from);
        found.entries.push({ row: rows[i], ordinal: ordinal + 1, defines: list.defines });
      }),
    ),
  );
  /** The most recent list announced before `at` that has the phrase, if its lead reads right. */
  const latest = (phrase: string, at: number, after: string, paragraphStart: boolean) => {
    const found = byPhrase.get(phrase);
    if (!found) return undefined;
    const i = floorIndex(found.froms, at);
    const entry = found.froms[i] <= at ? found.entries[i] : undefined;
    return entry && (entry.defines || !paragraphStart ? DEFINES : LEAD_END).test(after) ? entry : undefined;
  };
  // A loop, not Math.max(...all): a speech may announce more lists than a call can take arguments.
  let longest = 0;
  const openings = new Set<string>();
  for (const p of byPhrase.keys()) {
    longest = Math.max(longest, p.length);
    openings.add(p.slice(0, 2));
  }
  return {
    name: 'parallel-lead',
    example: '所谓有欣喜，…所谓有感触，…',
    where: 'sentence',
    match(text, at) {
      const lead = text.startsWith('所谓', at) ? '所谓' : '';
      const start = at + lead.length;
      if (!openings.has(text.slice(start, start + 2))) return null;
      const paragraphStart = at === 0 || text[at - 1] === '\n';
      for (let length = Math.min(longest, text.length - start); length >= 2; length--) {
        const found = latest(text.slice(start, start + length), at, text.slice(start + length, start + length + 6), paragraphStart);
        if (found) return { row: found.row, marker: lead, ordinal: found.ordinal, headlineStart: start };
      }
      return null;
    },
  };
}
