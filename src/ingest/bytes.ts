// Speech bytes or text → Speech. Runs in Node and in the browser (the editor page) alike.
import type { LineStyle, Speech } from '../types.js';
import { error, info } from '../diagnostics.js';
import { decode } from './decode.js';
import { normalizeLine, splitLines } from './normalize.js';
import { readFrontMatter, type FrontMatter } from './front-matter.js';
import { dropCredits, findBoilerplate } from './boilerplate.js';
import { blankComments, markdownLine } from './markdown.js';
import { htmlLines } from './html.js';
import { docxLines } from './docx.js';
import { docxProblem } from './zip-limits.js';
import { pdfLines, PdfUnreadable } from './pdf.js';
import { splitIndents, styleOf, type SourceLine } from './source-line.js';
import { foldTraditional } from '../fold.js';
import { joinWrappedLines } from './wraps.js';

export type SpeechFormat = 'txt' | 'md' | 'html' | 'docx' | 'doc' | 'pdf';

/** A reader of a binary format: bytes → the document's lines. Throws on a file it cannot read. */
export type Reader = (bytes: Uint8Array) => Promise<SourceLine[]>;

/**
 * Readers that only one environment has (Node's word-extractor for .doc), registered by that
 * environment's entry (ingest/index.ts); the rest are built in below.
 */
const readers = new Map<SpeechFormat, Reader>();
export const registerReader = (format: SpeechFormat, reader: Reader): void => void readers.set(format, reader);

export function formatOf(file: string): SpeechFormat {
  const ext = /\.[^./\\]*$/.exec(file)?.[0].toLowerCase() ?? '';
  if (ext === '.md' || ext === '.markdown') return 'md';
  if (ext === '.html' || ext === '.htm' || ext === '.shtml' || ext === '.xhtml') return 'html';
  if (ext === '.docx') return 'docx';
  if (ext === '.doc' || ext === '.wps') return 'doc';
  if (ext === '.pdf') return 'pdf';
  return 'txt';
}

/** A decoded speech text → Speech: front matter read, lines normalized, boilerplate dropped. */
export function ingestText(raw: string, source: string, format: SpeechFormat = formatOf(source)): Speech {
  // Line numbers of a web page's text are those of the extracted text, not of the markup.
  if (format === 'html') return withSpeechText(ingestLines(htmlLines(raw), source));
  const split = splitLines(raw);
  const front = readFrontMatter(split);
  const body = (format === 'md' ? blankComments(split) : split).map((line, i) => (i < front.lineCount ? '' : line));
  const lines = format === 'md' ? body.map((line) => markdownLine(line.trim())) : body.map((text) => ({ text }));
  return ingestLines(lines, source, front);
}

/**
 * Source lines → Speech: paragraphs a copy ran together split again at their indents, each line
 * normalized, the blocks that are not the speech and the credits glued into it dropped.
 */
function ingestLines(lines: readonly SourceLine[], source: string, front?: FrontMatter): Speech {
  const split = lines.flatMap((line, i) => splitIndents(line).map((part) => ({ ...part, text: normalizeLine(part.text), lineNumber: i + 1 })));
  const { lines: paragraphs, joined } = joinWrappedLines(split);
  // Sites and copies in traditional characters say 相關閱讀 and 新華社記者: the rules read them folded.
  const boilerplate = findBoilerplate(paragraphs.map((p) => foldTraditional(p.text)));
  const kept: string[] = [];
  const lineNumbers: number[] = [];
  const styles: LineStyle[] = [];
  paragraphs.forEach((paragraph, i) => {
    if (boilerplate[i]) return;
    dropCredits(paragraph.text).forEach((text, k) => {
      if (text === '') return;
      const style = k === 0 ? styleOf(paragraph, kept.length) : null;
      if (style) styles.push(style);
      kept.push(text);
      lineNumbers.push(paragraph.lineNumber);
    });
  });
  const diagnostics = [...(front?.diagnostics ?? [])];
  if (joined) diagnostics.push(info('joined-lines', `已合并 ${joined} 处按页宽折行造成的断行（如从 PDF 复制的文字）`));
  if (kept.length === 0) diagnostics.push(error('empty', '文件中没有讲话正文（为空或只有空白）'));
  return { source, text: kept.join('\n'), lineNumbers, styles, meta: front?.meta ?? {}, diagnostics };
}

/**
 * A web page whose text has no sentence of a speech (a page of navigation, a title and a copyright
 * line) is no speech: said so, rather than made into a deck of its <title>.
 */
function withSpeechText(speech: Speech): Speech {
  if (!speech.text || /[。！？!?；]/.test(speech.text)) return speech;
  return { ...speech, diagnostics: [...speech.diagnostics, error('no-speech', '网页中没有找到讲话正文（只有标题、导航或版权信息等），请打开讲话原文所在的页面后再保存，或把正文复制到 .txt 文件')] };
}

/** A speech that could not be read: no text, one error saying why. */
export const failed = (source: string, message: string): Speech => ({ source, text: '', lineNumbers: [], styles: [], meta: {}, diagnostics: [error('unreadable', message)] });

/** Raw bytes of a speech file (.txt .md .html .docx) → Speech. */
export async function ingestBytes(bytes: Uint8Array, source: string): Promise<Speech> {
  const format = formatOf(source);
  if (format === 'pdf') return readBinary(bytes, source, pdfLines, '无法读取这个 PDF：文件已损坏，或者不是 PDF');
  if (format === 'doc') {
    const reader = readers.get('doc');
    if (!reader) return failed(source, '在浏览器里不能读取旧版 Word（.doc/.wps）文件：请在 Word 或 WPS 中“另存为” .docx 后再拖入，或用命令行 speechdeck');
    const kind = /\.wps$/i.test(source) ? 'WPS 文件（请在 WPS 中“另存为” .docx 后再试）' : '旧版 Word 文件：文件已损坏，或者不是 .doc 格式；如能在 Word 或 WPS 中打开，请“另存为” .docx 后再试';
    return readBinary(bytes, source, reader, `无法读取这个${kind}`);
  }
  if (format !== 'docx') {
    const decoded = decode(bytes);
    return 'error' in decoded ? failed(source, decoded.error) : ingestText(decoded.text, source, format);
  }
  const problem = await docxProblem(bytes);
  if (problem) return failed(source, problem);
  return readBinary(bytes, source, docxLines, '无法读取这个 Word 文件：文件已损坏，或者不是 .docx 格式');
}

/** A binary format through its reader; a reader's own reason (PdfUnreadable) is kept, any other failure is `unreadable`. */
async function readBinary(bytes: Uint8Array, source: string, reader: Reader, unreadable: string): Promise<Speech> {
  let lines: SourceLine[];
  try {
    lines = await reader(bytes);
  } catch (e) {
    return failed(source, e instanceof PdfUnreadable ? e.message : unreadable);
  }
  return withSpeechText(ingestLines(lines, source));
}
