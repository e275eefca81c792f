// Markdown speeches: keep the words, drop the syntax that only decorates them.

const RULES: ReadonlyArray<[RegExp, string]> = [
  [/<!--.*?-->/g, ''], // one-line HTML comments
  [/^!\[[^\]]*\]\([^)]*\)$/, ''], // a line that is only an image (tracking pixels, pictures)
  // A blockquote in a Markdown speech is the editor's, not the speaker's: 导读, a lead, a dateline.
  [/^>.*$/, ''],
  [/^\[\^[^\]]+\]:.*$/, ''], // footnote definitions: the editor's notes
  [/\[\^[^\]]+\]/g, ''], // footnote references
  [/<\/?[a-zA-Z][^>]*>/g, ''], // inline HTML tags (visitor badges, <br>, <span>)
  [/^#{1,6}\s+/, ''], // ATX heading
  [/^\*\*(.+)\*\*$/, '$1'], // a whole line in bold, a heading by another name
  [/^__(.+)__$/, '$1'],
];

/** Strips Markdown decoration from one already-trimmed line. */
export function stripMarkdownLine(line: string): string {
  let out = line;
  for (const [re, to] of RULES) out = out.replace(re, to);
  return out.trim();
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
