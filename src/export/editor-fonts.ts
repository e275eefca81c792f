// The fonts the editor page works with, in Node (build, dev server): the deck's faces cut to the
// characters of GB 2312 (6 763 hanzi and its symbols) and ASCII, so that a pasted speech is drawn in
// the shipped faces and a one-file deck downloaded from the page carries them (the browser cannot
// cut fonts; a character outside GB 2312 falls back to the system's face).
import { subsetFonts, type SubsetFonts } from './fonts.js';

/** GB 2312's characters, read from its code table through the GB 18030 decoder, and ASCII. */
export function gb2312Characters(): string {
  const decoder = new TextDecoder('gb18030');
  let chars = '';
  for (let lead = 0xa1; lead <= 0xf7; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) {
      const c = decoder.decode(new Uint8Array([lead, trail]));
      if (c.length === 1 && c !== '\ufffd') chars += c;
    }
  }
  for (let c = 0x20; c < 0x7f; c++) chars += String.fromCharCode(c);
  return `${chars}“”‘’…—·`;
}

let cut: Promise<SubsetFonts> | undefined;

/** The deck's faces (not the paper ones) cut to GB 2312, once a process (and cached on disk by fonts.ts). */
export function editorFonts(): Promise<SubsetFonts> {
  const chars = gb2312Characters();
  cut ??= subsetFonts({ headings: chars, slides: chars, all: chars, quotes: '“”‘’', paper: '', paperHeads: '' });
  return cut;
}

/** A script that hands the page the fonts as inline CSS (data: URLs), for the one-file download. */
export const fontScript = (fonts: SubsetFonts): string => `window.speechdeckFontCss = ${JSON.stringify(fonts.css('inline'))};\n`;
