// A point's headline: its own statement, as LABELING.md defines it and the slide title will use it.

const MAX = 50;
const STOP = /[。！？；!?;]/;
const CLAUSE = /[，,：:]/;

/**
 * From `start` to the end of its sentence (the first 。！？；) within the paragraph ending at `end`.
 * A sentence longer than 50 characters is cut at its last ，or：before the 50th.
 */
export function headlineAt(text: string, start: number, end: number): string {
  let stop = start;
  while (stop < end && stop - start <= MAX * 4 && !STOP.test(text[stop])) stop++;
  let headline = text.slice(start, stop).trim();
  if (headline.length > MAX) {
    let cut = -1;
    for (let i = 0; i < MAX; i++) if (CLAUSE.test(headline[i])) cut = i;
    headline = headline.slice(0, cut > 0 ? cut : MAX);
  }
  return headline.replace(/[，,：:、\s]+$/, '');
}

/** A paragraph that is only a heading: short, with no sentence ending inside it. */
export function isHeadingParagraph(text: string, start: number, end: number): boolean {
  if (end - start > 60) return false;
  for (let i = start; i < end - 1; i++) if (STOP.test(text[i])) return false;
  return true;
}
