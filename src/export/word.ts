// The handout and the 学习提纲 as Word files (the `docx` package), for offices that finish and
// print study materials in Word or WPS: A4 after GB/T 9704 (22 lines of 28 characters at 3号),
// the title in 小标宋, heads in 黑体 / 楷体 / bold 仿宋 as real Word headings with outline levels
// (the navigation pane shows the speech's structure), the body in 仿宋, the numbering as the
// speaker wrote it, an East Asian font named on every run, and — 1 — page numbers. Runs in Node
// and in the browser (the editor's downloads).
import type { PaperBlock, PaperDocument } from '../types.js';

/** The faces a Chinese office's Word or WPS has, by the names they go by there. */
export const WORD_FONTS = { title: '方正小标宋简体', hei: '黑体', kai: '楷体', fang: '仿宋', latin: 'Times New Roman' } as const;

const PT = 2; // docx sizes are in half-points
const TWIP = 20; // and spacings in twentieths of a point

/** Sizes by the Chinese type scale: 2号 22 pt, 3号 16 pt, 4号 14 pt. */
const SIZES = { handout: { title: 22, body: 16, line: 28.95 }, study: { title: 22, body: 14, line: 22 } } as const;

const FACE: Record<string, string> = { title: WORD_FONTS.title, subtitle: WORD_FONTS.kai, h1: WORD_FONTS.hei, h2: WORD_FONTS.kai, h3: WORD_FONTS.fang, paragraph: WORD_FONTS.fang };

const role = (block: PaperBlock): string => (block.kind === 'heading' ? `h${block.level ?? 1}` : block.kind);

export async function paperDocx(doc: PaperDocument): Promise<Uint8Array> {
  const docx = await import('docx');
  const { AlignmentType, Document, Footer, HeadingLevel, LineRuleType, Packer, PageNumber, Paragraph, TextRun, convertMillimetersToTwip: mm } = docx;
  const size = SIZES[doc.kind];
  const fonts = (face: string) => ({ ascii: WORD_FONTS.latin, hAnsi: WORD_FONTS.latin, eastAsia: face, cs: WORD_FONTS.latin });
  const spacing = { line: Math.round(size.line * TWIP), lineRule: LineRuleType.EXACT };
  const headings = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

  const paragraph = (block: PaperBlock) => {
    const kind = role(block);
    const face = FACE[kind];
    const centred = block.kind === 'title' || block.kind === 'subtitle';
    const points = block.kind === 'title' ? size.title : size.body;
    return new Paragraph({
      ...(block.kind === 'heading' ? { heading: headings[(block.level ?? 1) - 1], outlineLevel: (block.level ?? 1) - 1 } : {}),
      alignment: centred ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
      // Two characters of first-line indent, as every paragraph and head of a 公文 has.
      // Items of the 学习提纲's third level start two characters further in, so that its levels show in any font.
      indent: centred || block.flush ? undefined : { firstLine: Math.round((doc.kind === 'study' && block.kind === 'paragraph' ? 4 : 2) * size.body * TWIP) },
      spacing: block.kind === 'title' ? { line: Math.round(size.title * 1.6 * TWIP), lineRule: LineRuleType.EXACT, after: Math.round(size.line * TWIP) } : spacing,
      keepNext: block.kind !== 'paragraph',
      children: block.runs.map(
        (run) =>
          new TextRun({
            text: run.text,
            font: fonts(face),
            size: points * PT,
            bold: kind === 'h3' || !!run.bold,
            color: '000000',
            language: { eastAsia: 'zh-CN' },
          }),
      ),
    });
  };

  // GB/T 9704: 4号, one character in from the outer edge: right on odd pages, left on even ones.
  const footer = (side: 'right' | 'left') =>
    new Footer({
      children: [
        new Paragraph({
          alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
          indent: side === 'right' ? { right: 14 * TWIP } : { left: 14 * TWIP },
          children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: fonts(WORD_FONTS.fang), size: 14 * PT })],
        }),
      ],
    });

  const heading = (level: 1 | 2 | 3) => ({
    id: `Heading${level}`,
    name: `heading ${level}`,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: fonts(FACE[`h${level}`]), size: size.body * PT, bold: level === 3, color: '000000' },
    paragraph: { spacing, outlineLevel: level - 1, keepNext: true },
  });

  const document = new Document({
    title: doc.kind === 'study' ? `${doc.title}学习提纲` : doc.title,
    creator: 'speechdeck',
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: { document: { run: { font: fonts(WORD_FONTS.fang), size: size.body * PT }, paragraph: { spacing } } },
      paragraphStyles: [heading(1), heading(2), heading(3)],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), footer: mm(25) },
          },
          // 22 lines a page, as GB/T 9704 sets them (Word's document grid). The text width holds 27
          // characters of 3号 without the character grid, which LibreOffice and Word read differently.
          grid: { type: docx.DocumentGridType.LINES, linePitch: Math.round(size.line * TWIP) },
        },
        footers: { default: footer('right'), even: footer('left') },
        children: doc.blocks.map(paragraph),
      },
    ],
  });
  if (typeof Buffer === 'undefined') return new Uint8Array(await (await Packer.toBlob(document)).arrayBuffer());
  return new Uint8Array(await Packer.toBuffer(document));
}
