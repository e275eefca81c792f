// Markdown speeches: keep the words, drop the syntax that only decorates them, and keep what the
// syntax says about structure (a `##` line is a heading, a paragraph may open in bold).
import type { SourceLine } from './source-line.js';

const RULES: ReadonlyArray<[RegExp, string]> = [
  [/<!--.*?-->/g, ''], // one-line HTML comments
  [/^!\[[^\]]*\]\([^)]*\)$/, ''], // a line that is only an image (tracking pixels, pictures)
  // A blockquote in a Markdown speech is the editor's, not the speaker's: 导读, a lead, a dateline.
  [/^>.*$/, ''],
  [/^\[\^[^\]]+\]:.*$/, ''], // footnote definitions: the editor's notes
  [/\[\^[^\]]+\]/g, ''], // footnote references
  [/<\/?[a-zA-Z][^>]*>/g, ''], // inline HTML tags (visitor badges, <br>, <span>)
];
const HEADING = /^#{1,6}\s+/;
/** Bold or strong emphasis: `**…**` or `__…__`. */
const BOLD = /(\*\*|__)(?=\S)(.+?)\1/g;
const LEADING_BOLD = /^(\*\*|__)(?=\S)(.+?)\1/;

/** One already-trimmed Markdown line → its words and style. */
export function markdownLine(line: string): SourceLine {
  let out = line;
  for (const [re, to] of RULES) out = out.replace(re, to);
  const heading = HEADING.test(out);
  out = out.replace(HEADING, '');
  const lead = LEADING_BOLD.exec(out);
  const bold = lead ? lead[2].replace(BOLD, '$2').length : 0;
  out = out.replace(BOLD, '$2').trim();
  return { text: out, ...(heading ? { heading: true as const } : {}), ...(bold ? { bold: Math.min(bold, out.length) } : {}) };
}

/** Blanks the lines inside multi-line HTML comments, keeping the line count. */
export function blankComments(lines: readonly string[]): string[] {
  let inComment = false;
  return lines.map((line) => {
    if (inComment) {
      const end = line.indexOf('-->');
      if (end < 0) return '';
      inComment = false;
      return line.slice(end + 3);
    }
    const open = line.lastIndexOf('<!--');
    if (open >= 0 && line.indexOf('-->', open) < 0) {
      inComment = true;
      return line.slice(0, open);
    }
    return line;
  });
}
