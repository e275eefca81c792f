// One font file per face. The @fontsource faces come in unicode-range chunks and a deck's text
// touches dozens of them; a browser pays for every face it loads, and again for every face it
// embeds in a PDF (49 faces cost the sample's print ~80 ms more than 4). So the cut chunks of a
// face are merged into one font. The merge keeps outlines and metrics, not the OpenType layout
// tables (GSUB/GPOS), which no deck uses: the themes set punctuation in full character cells and
// kerning off (text-spacing-trim: space-all; font-kerning: none), as official documents are set.
import { deflateSync } from 'node:zlib';

/** Merges TrueType fonts of one face (the cut chunks, in order) into one WOFF font. */
export async function mergeFonts(chunks: readonly Uint8Array[]): Promise<Uint8Array> {
  if (!chunks.length) throw new Error('mergeFonts: no font to merge');
  // Only a deck whose fonts are not cut yet needs the font editor: it loads then.
  const { Font } = await import('fonteditor-core');
  const [first, ...rest] = chunks.map((bytes) => Font.create(Buffer.from(bytes), { type: 'ttf', hinting: false }));
  const glyphs = first.get().glyf;
  const mapped = new Set(glyphs.flatMap((glyph) => glyph.unicode ?? []));
  for (const font of rest) {
    // Glyph 0 is each chunk's .notdef; unmapped glyphs served only the layout tables.
    for (const glyph of font.get().glyf.slice(1)) {
      const unicode = (glyph.unicode ?? []).filter((u) => !mapped.has(u));
      if (!unicode.length) continue;
      unicode.forEach((u) => mapped.add(u));
      glyphs.push({ ...glyph, unicode });
    }
  }
  const woff = first.write({ type: 'woff', deflate: (data) => [...deflateSync(Uint8Array.from(data))] });
  return new Uint8Array(woff as Buffer);
}
