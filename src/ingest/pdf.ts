// A PDF with a text layer → its paragraphs, rebuilt from where the text sits on each page (PDF.js,
// through unpdf, which runs in Node and in the browser). A PDF keeps lines, not paragraphs: a
// line whose start is indented (the two-character first-line indent of Chinese documents) or
// whose previous line ended short of the right margin starts one; running heads, footers and page
// numbers (— 3 —, 第3页 共9页) are dropped; a line set larger than the body, or centred, is a head.
import type { SourceLine } from './source-line.js';
import { PAGE_NUMBER as TEXT_PAGE_NUMBER, STARTS_ANEW } from './wraps.js';

/** Why a PDF gives no text, in words a user can act on. */
export class PdfUnreadable extends Error {}

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface Line {
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
  page: number;
}

/** At most this many pages are read: far beyond any speech, and a bound on a hostile file. */
const MAX_PAGES = 2_000;

/** The page numbers a copied text shows, and those a page alone carries: a bare 3, ·3·. */
const PAGE_NUMBER = new RegExp(`${TEXT_PAGE_NUMBER.source}|^\\d{1,4}$|^[·•]\\d{1,4}[·•]$`);

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/**
 * One row's items as text, character by character in order across the page. A PDF may set some
 * characters of a line in another font, as separate items that PDF.js fills with spaces in the
 * first (是 三区 建设 and, elsewhere, “ ”): each character is placed by its share of its item's
 * width, and a space another item's character stands on is dropped.
 */
function rowText(row: Item[]): string {
  const chars = row.flatMap((item, k) => {
    const list = [...item.str];
    return list.map((ch, i) => ({ ch, x: item.x + (item.width * (i + 0.5)) / list.length, item: k, size: item.size }));
  });
  chars.sort((a, b) => a.x - b.x || a.item - b.item);
  // Sorted by x, a character standing on a space is among its next few neighbours.
  const covered = (j: number): boolean =>
    [-3, -2, -1, 1, 2, 3].some((d) => {
      const o = chars[j + d];
      return !!o && o.item !== chars[j].item && !/\s/.test(o.ch) && Math.abs(o.x - chars[j].x) < chars[j].size * 0.5;
    });
  const kept = chars.filter((c, j) => !/\s/.test(c.ch) || !covered(j));
  // A wide gap inside a row is spacing the text had (ideographic spaces a PDF leaves out as
  // characters): kept as the two ideographic spaces that later split run-on paragraphs.
  const text = kept.map((c, j) => (j > 0 && c.x - kept[j - 1].x > c.size * 2.5 ? `\u3000\u3000${c.ch}` : c.ch)).join('');
  // Spacing that justification or letter-spacing put between Chinese characters (（ 三 ） 提升…)
  // comes out as spaces: between two Chinese characters or marks a space is never the speech's.
  return text.replace(/(?<=[\u3001-\u303f\u3400-\u9fff\uff00-\uffef])[ \t]+(?=[\u3001-\u303f\u3400-\u9fff\uff00-\uffef])/g, '');
}

/** The items of one page as lines, top to bottom. */
function pageLines(items: Item[], page: number): Line[] {
  const rows: Item[][] = [];
  for (const item of [...items].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const row = rows.at(-1);
    if (row && Math.abs(row[0].y - item.y) < Math.max(row[0].size, item.size) * 0.5) row.push(item);
    else rows.push([item]);
  }
  return rows.map((row) => {
    // A loop, not Math.min(...row): a hostile PDF may put more items in a row than a call takes arguments.
    const left = row.reduce((m, i) => Math.min(m, i.x), Infinity);
    const right = row.reduce((m, i) => Math.max(m, i.x + i.width), -Infinity);
    return { text: rowText(row), left, right, y: row[0].y, size: median(row.map((i) => i.size)), page };
  });
}

/** Digits aside, the same text at the top (or bottom) of most pages: a running head or footer. */
function runningLines(pages: Line[][]): Set<Line> {
  const found = new Set<Line>();
  if (pages.length < 3) return found;
  for (const end of ['first', 'last'] as const) {
    const counts = new Map<string, number>();
    const key = (line: Line): string => line.text.replace(/\d+/g, '#').replace(/\s+/g, '');
    const at = (lines: Line[]): Line | undefined => (end === 'first' ? lines[0] : lines.at(-1));
    for (const lines of pages) {
      const line = at(lines);
      if (line) counts.set(key(line), (counts.get(key(line)) ?? 0) + 1);
    }
    for (const lines of pages) {
      const line = at(lines);
      if (line && (counts.get(key(line)) ?? 0) >= pages.length * 0.5) found.add(line);
    }
  }
  return found;
}

/** Lines → paragraphs: a new one at an indent, after a short line, at a change of size or a wide gap. */
function paragraphs(lines: Line[]): SourceLine[] {
  const body = median(lines.map((l) => l.size)) || 12;
  const bodyLines = lines.filter((l) => Math.abs(l.size - body) < 0.5);
  const left = median(bodyLines.map((l) => l.left));
  const right = median(bodyLines.map((l) => l.right));
  const out: Array<SourceLine & { open: boolean }> = [];
  let previous: Line | undefined;
  for (const line of lines) {
    const text = line.text.trim();
    if (!text) continue;
    const larger = line.size > body * 1.15;
    const centred = line.left - left > body * 3 && Math.abs(line.left - left - (right - line.right)) < body * 1.5;
    const indented = line.left - left > body * 1.2;
    const gap = previous && previous.page === line.page ? previous.y - line.y : 0;
    const last = out.at(-1);
    // After a sentence's end, a line that opens with a marker (（三） 一、 第二，) starts its own paragraph.
    const anew = STARTS_ANEW.test(text) && /[。！？；：]$/.test(last?.text ?? '');
    const sameSize = !!previous && Math.abs(previous.size - line.size) < 0.5;
    // A long title set large wraps: its lines run on while the one before filled the measure.
    const titleGoesOn = larger && sameSize && !!last?.heading && !!previous && previous.right - previous.left >= (right - left) * 0.8 && gap < line.size * 2;
    const continues = titleGoesOn || (last?.open && !larger && !centred && !indented && !anew && !last.heading && (!previous || sameSize) && gap < body * 2.6);
    if (continues) {
      // Latin words wrapped across lines keep their space; Chinese text has none.
      last.text += /[A-Za-z0-9]$/.test(last.text) && /^[A-Za-z0-9]/.test(text) ? ` ${text}` : text;
    } else {
      out.push({ text, ...(larger || centred ? { heading: true as const } : {}), open: true });
    }
    // A line that stops short of the right margin ends its paragraph.
    out.at(-1)!.open = !(larger || centred) && right - line.right < body * 1.5;
    previous = line;
  }
  return out.map(({ open: _, ...line }) => line);
}

/** Throws PdfUnreadable (encrypted, no text layer, damaged) with the reason in Chinese. */
export async function pdfLines(bytes: Uint8Array): Promise<SourceLine[]> {
  // PDF.js is loaded only for PDF files.
  const { getDocumentProxy } = await import('unpdf');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(bytes.slice(), { stopAtErrors: false });
  } catch (e) {
    if ((e as Error)?.name === 'PasswordException') throw new PdfUnreadable('这个 PDF 设置了打开密码，无法读取。请用密码打开后“另存为”不加密的 PDF，或把正文复制到 .txt 文件后再试');
    throw new PdfUnreadable('无法读取这个 PDF：文件已损坏，或者不是 PDF');
  }
  try {
    const pages: Line[][] = [];
    for (let n = 1; n <= Math.min(pdf.numPages, MAX_PAGES); n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const items = (content.items as Array<{ str?: string; transform?: number[]; width?: number; height?: number }>)
        .filter((i) => typeof i.str === 'string' && i.str.trim() && i.transform)
        .map((i) => ({ str: i.str!, x: i.transform![4], y: i.transform![5], width: i.width ?? 0, size: Math.hypot(i.transform![2], i.transform![3]) || i.height || 12 }));
      pages.push(pageLines(items, n).filter((l) => !PAGE_NUMBER.test(l.text.replace(/\s+/g, ''))));
    }
    const running = runningLines(pages);
    const lines = pages.flat().filter((l) => !running.has(l));
    if (lines.reduce((n, l) => n + l.text.replace(/\s/g, '').length, 0) < 10) {
      throw new PdfUnreadable('这个 PDF 没有文字层（是扫描件或图片），本工具不识别图片中的文字。请索取 Word 或文本版，或先用 WPS/Office 的“图片转文字（OCR）”转成文字后再试');
    }
    return paragraphs(lines);
  } finally {
    await pdf.cleanup();
  }
}
