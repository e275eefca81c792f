// Editable PPTX for WPS and PowerPoint: native text boxes for titles, bullets and callouts, the
// speech's text in the notes, the official theme's colours, an East Asian font on every run, and
// font sizes computed here so that text fits without relying on shrink-on-open (which PowerPoint
// and WPS do not do).
import type { Deck, Slide } from '../types.js';

/** Faces every Chinese Windows has and WPS maps: 黑体 headings and body, 楷体 subtitles, 宋体 the title. */
export const PPTX_FONTS = { hei: 'SimHei', kai: 'KaiTi', song: 'SimSun' } as const;

const W = 13.333;
const H = 7.5;
const MARGIN = 0.6;
const RED = 'C00000';
const GOLD = 'F2C14E';
const COVER = 'B0001B';
const INK = '1A1A1A';
const LANG = 'zh-CN';

/** Width of a text in ems: CJK characters are a full em, Latin letters and digits about half. */
const ems = (s: string): number => [...s].reduce((sum, c) => sum + (c.charCodeAt(0) < 0x2e80 ? 0.55 : 1), 0);

/**
 * The largest size from `max` down to `min` points at which the paragraphs fit a box of the
 * given inches, each paragraph wrapping on its own, at the given line spacing.
 */
export function fitFontSize(paragraphs: readonly string[], width: number, height: number, max: number, min: number, spacing = 1.3): number {
  for (let pt = max; pt > min; pt -= 1) {
    const perLine = (width * 72) / pt;
    const lines = paragraphs.reduce((n, p) => n + Math.max(1, Math.ceil(ems(p) / perLine)), 0);
    if ((lines * pt * spacing + paragraphs.length * pt * 0.4) / 72 <= height) return pt;
  }
  return min;
}

// pptxgenjs's types describe an ES default export that Node's CommonJS interop wraps once more.
type Pptx = import('pptxgenjs').default;
type PptxSlide = ReturnType<Pptx['addSlide']>;

function title(slide: PptxSlide, text: string, y: number, h: number, color: string, face: string, max: number, align: 'left' | 'center' = 'left'): void {
  const size = fitFontSize([text], W - 2 * MARGIN, h, max, 18, 1.15);
  slide.addText(text, { x: MARGIN, y, w: W - 2 * MARGIN, h, fontFace: face, fontSize: size, bold: true, color, align, valign: 'middle', fit: 'none', margin: 0, lang: LANG });
}

function bullets(slide: PptxSlide, items: readonly string[], y: number, h: number): void {
  if (!items.length) return;
  const size = fitFontSize(items, W - 2 * MARGIN - 0.4, h, 24, 12);
  slide.addText(
    items.map((text) => ({ text, options: { bullet: { code: '25A0' }, breakLine: true, paraSpaceAfter: size * 0.4 } })),
    { x: MARGIN, y, w: W - 2 * MARGIN, h, fontFace: PPTX_FONTS.hei, fontSize: size, color: INK, valign: 'top', fit: 'none', margin: 0, lineSpacingMultiple: 1.2, lang: LANG },
  );
}

function figures(slide: PptxSlide, deckSlide: Slide, y: number): void {
  const n = deckSlide.figures.length;
  if (!n) return;
  const gap = 0.3;
  const w = (W - 2 * MARGIN - gap * (n - 1)) / n;
  deckSlide.figures.forEach((f, i) => {
    const x = MARGIN + i * (w + gap);
    slide.addShape('rect', { x, y, w, h: 1.3, fill: { color: 'FFF3EF' }, line: { color: 'FFF3EF' } });
    slide.addShape('rect', { x, y, w: 0.08, h: 1.3, fill: { color: RED }, line: { color: RED } });
    slide.addText(f.value, { x: x + 0.25, y: y + 0.08, w: w - 0.35, h: 0.7, fontFace: PPTX_FONTS.hei, fontSize: fitFontSize([f.value], w - 0.35, 0.7, 32, 14, 1), bold: true, color: RED, fit: 'none', margin: 0, lang: LANG });
    slide.addText(f.context, { x: x + 0.25, y: y + 0.78, w: w - 0.35, h: 0.45, fontFace: PPTX_FONTS.kai, fontSize: fitFontSize([f.context], w - 0.35, 0.45, 14, 8, 1.1), color: '5A1A1A', fit: 'none', margin: 0, lang: LANG });
  });
}

function addSlide(pptx: Pptx, deck: Deck, s: Slide): void {
  const slide = pptx.addSlide();
  const dark = s.kind === 'cover' || s.kind === 'closing';
  slide.background = { color: dark ? COVER : 'FFFFFF' };
  slide.slideNumber = { x: W - 1.0, y: H - 0.45, w: 0.7, h: 0.3, fontFace: PPTX_FONTS.hei, fontSize: 10, color: dark ? 'FFE9C2' : '666666' };
  if (dark) {
    title(slide, s.title, 2.0, 1.4, GOLD, PPTX_FONTS.song, 44, 'center');
    slide.addShape('line', { x: 2.5, y: 3.5, w: W - 5, h: 0, line: { color: GOLD, width: 2 } });
    const lines = s.kind === 'cover' ? [deck.meta.meeting, deck.meta.speaker, deck.meta.date].filter((x): x is string => !!x) : s.bullets;
    if (lines.length) {
      slide.addText(lines.join('\n'), {
        x: 1.5, y: 3.8, w: W - 3, h: 2.4, align: 'center', valign: 'top', color: 'FFF7E0', fit: 'none', margin: 0,
        fontFace: PPTX_FONTS.kai, fontSize: fitFontSize(lines, W - 3, 2.4, 24, 12), lang: LANG,
      });
    }
  } else if (s.kind === 'divider') {
    slide.addShape('rect', { x: 0, y: 0, w: 0.3, h: H, fill: { color: RED }, line: { color: RED } });
    if (s.partNumber) slide.addText(s.partNumber, { x: 1.2, y: 2.0, w: 1.1, h: 1.1, fontFace: PPTX_FONTS.song, fontSize: 40, bold: true, color: 'FFFFFF', align: 'center', valign: 'middle', fill: { color: RED }, fit: 'none', margin: 0, lang: LANG });
    slide.addText(s.title, { x: 1.2, y: 3.4, w: W - 2.4, h: 1.4, fontFace: PPTX_FONTS.hei, fontSize: fitFontSize([s.title], W - 2.4, 1.4, 40, 20, 1.15), bold: true, color: RED, valign: 'top', fit: 'none', margin: 0, lang: LANG });
  } else {
    title(slide, s.title, 0.35, 1.1, RED, PPTX_FONTS.hei, s.title.length > 20 ? 30 : 34);
    slide.addShape('line', { x: MARGIN, y: 1.5, w: W - 2 * MARGIN, h: 0, line: { color: RED, width: 3 } });
    let y = 1.7;
    if (s.subtitle) {
      slide.addText(s.subtitle, { x: MARGIN, y, w: W - 2 * MARGIN, h: 0.6, fontFace: PPTX_FONTS.kai, fontSize: fitFontSize([s.subtitle], W - 2 * MARGIN, 0.6, 22, 12, 1.1), color: '5A1A1A', fit: 'none', margin: 0, lang: LANG });
      y += 0.7;
    }
    const figureSpace = s.figures.length ? 1.6 : 0;
    bullets(slide, s.bullets, y, H - y - 0.6 - figureSpace);
    figures(slide, s, H - 0.5 - 1.4);
  }
  if (s.notes) slide.addNotes(s.notes);
}

/** The deck as a .pptx, written whole or not at all. */
export async function exportPptx(deck: Deck, out: string): Promise<void> {
  const { writeFileAtomic } = await import('./write.js');
  await writeFileAtomic(out, await pptxBytes(deck));
}

/** The deck as .pptx bytes, in Node and in the browser (the editor's download). */
export async function pptxBytes(deck: Deck): Promise<Uint8Array> {
  const module = (await import('pptxgenjs')) as unknown as { default: new () => Pptx };
  const pptx = new module.default();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.theme = { headFontFace: PPTX_FONTS.hei, bodyFontFace: PPTX_FONTS.hei };
  for (const s of deck.slides) addSlide(pptx, deck, s);
  const data = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  return withEastAsianFonts(data);
}

/**
 * pptxgenjs writes the slide-number field's run with no font of its own; such a run would fall
 * back to the theme's Latin font in WPS. Every run without fonts gets the 黑体 face here.
 */
async function withEastAsianFonts(pptx: Uint8Array): Promise<Uint8Array> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(pptx);
  const fonts = `<a:latin typeface="${PPTX_FONTS.hei}"/><a:ea typeface="${PPTX_FONTS.hei}"/><a:cs typeface="${PPTX_FONTS.hei}"/>`;
  for (const name of Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))) {
    const xml = await zip.file(name)!.async('string');
    zip.file(name, xml.replace(/<a:rPr\b([^>]*?)\s*\/>/g, (_, attrs: string) => `<a:rPr${attrs.replace(/lang="[^"]*"/, `lang="${LANG}"`)}>${fonts}</a:rPr>`));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
