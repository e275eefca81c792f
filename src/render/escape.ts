// Speech text is text: whatever a speech contains (<script>, **, ---, Note:) shows as typed.

const HTML_SPECIAL: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => HTML_SPECIAL[c]);

/**
 * A CSS string literal that shows `s` as typed, inside a `<style>` element too: quotes, backslashes,
 * markup characters and line breaks are written as CSS escapes (`\3c `), which no HTML parser reads.
 */
export const cssString = (s: string): string => `"${s.replace(/["\\<>&\n\r\f\u0000-\u001f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;

/** ASCII punctuation that means something to markdown-it anywhere in a line. */
const INLINE_SPECIAL = /[\\`*_[\]<>&|~!#$]/g;

/**
 * One line of speech text → Markdown that renders back to exactly that text. Besides the inline
 * syntax, what would start a block (a list, a heading, a `---` rule, reveal's `Note:`) is escaped
 * at the line's start.
 */
export function escapeMarkdown(line: string): string {
  return line
    .replace(INLINE_SPECIAL, '\\$&')
    .replace(/^(\s*)([-+=])/, '$1\\$2')
    .replace(/^(\s*[0-9]+)([.)])/, '$1\\$2')
    .replace(/^(\s*notes?):/i, '$1\\:');
}
