// Speech bytes or text → Speech. Runs in Node and in the browser (the editor page) alike.
import type { Speech } from '../types.js';
import { error } from '../diagnostics.js';
import { decode } from './decode.js';
import { normalizeLine, splitLines } from './normalize.js';
import { readFrontMatter } from './front-matter.js';
import { dropCredits, findBoilerplate } from './boilerplate.js';
import { blankComments, stripMarkdownLine } from './markdown.js';
import { htmlToText } from './html.js';
import { docxToText } from './docx.js';

export type SpeechFormat = 'txt' | 'md' | 'html' | 'docx' | 'doc';

export function formatOf(file: string): SpeechFormat {
  const ext = /\.[^./\\]*$/.exec(file)?.[0].toLowerCase() ?? '';
  if (ext === '.md' || ext === '.markdown') return 'md';
  if (ext === '.html' || ext === '.htm' || ext === '.shtml' || ext === '.xhtml') return 'html';
  if (ext === '.docx') return 'docx';
  if (ext === '.doc' || ext === '.wps') return 'doc';
  return 'txt';
}

/** A decoded speech text → Speech: front matter read, lines normalized, boilerplate dropped. */
export function ingestText(raw: string, source: string, format: SpeechFormat = formatOf(source)): Speech {
  // Line numbers of a web page's text are those of the extracted text, not of the markup.
  const split = splitLines(format === 'html' ? htmlToText(raw) : raw);
  const lines = format === 'md' ? blankComments(split) : split;
  const front = readFrontMatter(lines);
  const cleaned = lines.map((line, i) => {
    if (i < front.lineCount) return '';
    const plain = normalizeLine(line);
    return format === 'md' ? stripMarkdownLine(plain) : plain;
  });
  const boilerplate = findBoilerplate(cleaned);
  const kept: string[] = [];
  const lineNumbers: number[] = [];
  cleaned.forEach((line, i) => {
    if (boilerplate[i]) return;
    for (const part of dropCredits(line)) {
      if (part === '') continue;
      kept.push(part);
      lineNumbers.push(i + 1);
    }
  });
  const diagnostics = [...front.diagnostics];
  if (kept.length === 0) diagnostics.push(error('empty', '文件中没有讲话正文（为空或只有空白）'));
  return { source, text: kept.join('\n'), lineNumbers, meta: front.meta, diagnostics };
}

/** A speech that could not be read: no text, one error saying why. */
export const failed = (source: string, message: string): Speech => ({ source, text: '', lineNumbers: [], meta: {}, diagnostics: [error('unreadable', message)] });

/** Raw bytes of a speech file (.txt .md .html .docx) → Speech. */
export async function ingestBytes(bytes: Uint8Array, source: string): Promise<Speech> {
  const format = formatOf(source);
  if (format === 'doc') return failed(source, '不支持旧版 Word（.doc/.wps）文件，请在 Word 或 WPS 中“另存为” .docx 后再试');
  if (format !== 'docx') {
    const decoded = decode(bytes);
    return 'error' in decoded ? failed(source, decoded.error) : ingestText(decoded.text, source, format);
  }
  let text: string;
  try {
    text = await docxToText(bytes);
  } catch {
    return failed(source, '无法读取这个 Word 文件：文件已损坏，或者不是 .docx 格式');
  }
  return ingestText(text, source, 'md');
}
