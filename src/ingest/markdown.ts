// Markdown speeches: keep the words, drop the syntax that only decorates them.

const RULES: ReadonlyArray<[RegExp, string]> = [
  [/<!--.*?-->/g, ''], // one-line HTML comments
  [/^!\[[^\]]*\]\([^)]*\)$/, ''], // a line that is only an image (tracking pixels, pictures)
  [/^>\s?/, ''], // blockquote
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
