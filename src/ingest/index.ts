import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Speech } from '../types.js';
import { error } from '../diagnostics.js';
import { decode } from './decode.js';
import { normalizeLine, splitLines } from './normalize.js';
import { readFrontMatter } from './front-matter.js';
import { dropPhotoCredits, findBoilerplate } from './boilerplate.js';
import { stripMarkdownLine } from './markdown.js';
import { htmlToText } from './html.js';

export type SpeechFormat = 'txt' | 'md' | 'html';

export function formatOf(file: string): SpeechFormat {
  const ext = extname(file).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'md';
  if (ext === '.html' || ext === '.htm' || ext === '.shtml' || ext === '.xhtml') return 'html';
  return 'txt';
}

/** A decoded speech text → Speech: front matter read, lines normalized, boilerplate dropped. */
export function ingestText(raw: string, source: string, format: SpeechFormat = formatOf(source)): Speech {
  // Line numbers of a web page's text are those of the extracted text, not of the markup.
  const lines = splitLines(format === 'html' ? htmlToText(raw) : raw);
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
    for (const part of dropPhotoCredits(line)) {
      if (part === '') continue;
      kept.push(part);
      lineNumbers.push(i + 1);
    }
  });
  const diagnostics = [...front.diagnostics];
  if (kept.length === 0) diagnostics.push(error('empty', '文件中没有讲话正文（为空或只有空白）'));
  return { source, text: kept.join('\n'), lineNumbers, meta: front.meta, diagnostics };
}

/** Raw bytes of a .txt or .md file → Speech. */
export function ingestBytes(bytes: Uint8Array, source: string): Speech {
  return ingestText(decode(bytes).text, source, formatOf(source));
}

export async function ingestFile(path: string): Promise<Speech> {
  return ingestBytes(await readFile(path), basename(path));
}
