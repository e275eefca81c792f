// A point's headline: its own statement, as LABELING.md defines it and the slide title will use it.

const MAX = 50;
const STOP = /[。！？；!?;]/;
const CLAUSE = /[，,：:]/;

/** A sentence with no clause to cut at stays whole up to this length. */
const WHOLE = 80;

/**
 * From `start` to the end of its sentence (the first 。！？；) within the paragraph ending at `end`.
 * A sentence longer than 50 characters is cut at its last ，or：before the 50th; one without such a
 * mark stays whole while it is not much longer.
 */
export function headlineAt(text: string, start: number, end: number): string {
  let stop = start;
  while (stop < end && stop - start <= MAX * 4 && !STOP.test(text[stop])) stop++;
  let headline = text.slice(start, stop).trim();
  if (headline.length > MAX) {
    let cut = -1;
    for (let i = 0; i < MAX; i++) if (CLAUSE.test(headline[i])) cut = i;
    headline = headline.slice(0, cut > 0 ? cut : headline.length <= WHOLE ? headline.length : MAX);
  }
  return headline.replace(/[，,：:、\s]+$/, '');
}

/** A paragraph that is only a heading: short, with no sentence ending inside it. */
export function isHeadingParagraph(text: string, start: number, end: number): boolean {
  if (end - start > 60) return false;
  for (let i = start; i < end - 1; i++) if (STOP.test(text[i])) return false;
  return true;
}

/**
 * Words that open a sentence and never end a heading: the speaker or the country as subject (我在…,
 * 我们…), the moment (当前, 今年). Where a copy lost its line breaks, a heading runs straight into its
 * first sentence, and its first such word is where the heading probably ends (三、集中力量办好自己
 * 的事|我在今年全国两会上讲过…). A time since when (…以来，) opens one too; of its possible starts,
 * the one whose words the speech says elsewhere (改革开放, not 活力改革开放).
 */
const BODY_OPENER = /^(?:我们党|我们|我国|我在|我讲|当前|目前|今年|去年|近年来|近些年来|多年来|今天|现在|这是|这些|这次|面对|随着)[\u4e00-\u9fa5“]/;
const SINCE = /^([\u4e00-\u9fa5]{2,6})以来[，,]/;
const MIN_HEADING = 4;
const MAX_HEADING = 30;
/** A heading line is short: one that runs on longer without a break was glued to its text. */
const GLUED_OVER = 8;

/** Where the body probably begins after a heading glued to it, or -1 when the heading looks whole. */
export function gluedHeadingEnd(text: string, start: number, end: number): number {
  const limit = Math.min(end, start + MAX_HEADING);
  let stop = start;
  while (stop < limit && !/[，,。！？；：]/.test(text[stop])) stop++;
  if (stop - start <= GLUED_OVER) return -1;
  for (let k = start + MIN_HEADING; k < stop; k++) {
    if (BODY_OPENER.test(text.slice(k, k + 6))) return k;
    const since = SINCE.exec(text.slice(k, k + 10));
    if (since && said(text, since[1], k)) return k;
  }
  return -1;
}

/** Whether the speech says these words somewhere other than at `at`. */
const said = (text: string, words: string, at: number): boolean => {
  const first = text.indexOf(words);
  return first >= 0 && (first !== at || text.indexOf(words, at + 1) >= 0);
};
