// An old Word file (.doc, Word 97–2003) or a WPS Writer file (.wps, the same OLE container where WPS
// wrote it Word-compatibly) → its paragraphs, through word-extractor. Node only: the library reads
// with Node's Buffer; the editor page asks for .docx instead.
import type { SourceLine } from './source-line.js';

/** Throws when the bytes are not a readable .doc; the caller turns that into a diagnostic. */
export async function docLines(bytes: Uint8Array): Promise<SourceLine[]> {
  const { default: WordExtractor } = await import('word-extractor');
  const document = await new WordExtractor().extract(Buffer.from(bytes));
  // Word ends paragraphs with \r (word-extractor gives \n), cells with \x07, and keeps field codes
  // and other control characters that are no text.
  return document
    // Verbatim: by default the library turns “” into "" and — into -.
    .getBody({ filterUnicode: false })
    .split(/\r?\n|\r|\u2029/)
    .map((text) => ({ text: text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '') }));
}
