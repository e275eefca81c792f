// Text as pasted from Word, WeChat or an OA system → one trimmed paragraph per line.

/** Zero-width and byte-order characters that copy-paste leaves inside Chinese text. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
/** Ideographic space, NBSP and other Unicode spaces become plain spaces before trimming. */
const WIDE_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

/** Splits into lines (CRLF, CR or LF) without losing the line count. */
export const splitLines = (text: string): string[] => text.split(/\r\n|\r|\n/);

export function normalizeLine(line: string): string {
  return line.replace(INVISIBLE, '').replace(WIDE_SPACE, ' ').replace(/\t/g, ' ').trim();
}
