// The one slide splitter for deck Markdown (DESIGN contract 2): YAML front matter, slides between
// lines `---`, speaker notes after a line `Note:`, attributes in `<!-- .slide: … -->`.
import type { SpeechMeta } from '../types.js';
import { readFrontMatter } from '../ingest/front-matter.js';
import { splitLines } from '../ingest/normalize.js';

export interface MarkdownSlide {
  attributes: Record<string, string>;
  body: string;
  notes: string;
  /** 1-based line of the slide's first non-blank line in the Markdown file. */
  line: number;
}

/** The front-matter line that marks deck Markdown (as `speechdeck md` writes it), whatever the file is called. */
export const DECK_MARK = 'speechdeck: deck';

/** True for deck Markdown: named `*.deck.md`, or a Markdown file whose front matter carries DECK_MARK. */
export function isDeckMarkdown(file: string, text?: string): boolean {
  if (/\.deck\.md$/i.test(file)) return true;
  if (text === undefined || !/\.(md|markdown)$/i.test(file)) return false;
  const front = /^\ufeff?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text.slice(0, 4096));
  return !!front && /^speechdeck:\s*["']?deck["']?\s*$/m.test(front[1]);
}

const SEPARATOR = /^---\s*$/;
const NOTES = /^\s*notes?:(.*)$/i;
const ATTRIBUTES = /^\s*<!--\s*\.slide:(.*?)-->\s*$/;
const ATTRIBUTE = /([\w-]+)="([^"]*)"/g;

export function splitDeckMarkdown(markdown: string): { meta: SpeechMeta; slides: MarkdownSlide[] } {
  const lines = splitLines(markdown);
  const front = readFrontMatter(lines);
  const slides: MarkdownSlide[] = [];
  let current: string[] = [];
  let firstLine = front.lineCount + 1;
  const flush = (nextLine: number): void => {
    const first = current.findIndex((l) => l.trim());
    if (first >= 0) slides.push(parseSlide(current, firstLine + first));
    current = [];
    firstLine = nextLine;
  };
  lines.slice(front.lineCount).forEach((line, i) => {
    if (SEPARATOR.test(line)) flush(front.lineCount + i + 2);
    else current.push(line);
  });
  flush(lines.length + 1);
  return { meta: front.meta, slides };
}

function parseSlide(lines: string[], line: number): MarkdownSlide {
  const attributes: Record<string, string> = {};
  const body: string[] = [];
  const notes: string[] = [];
  let inNotes = false;
  for (const l of lines) {
    const attr = ATTRIBUTES.exec(l);
    const note = NOTES.exec(l);
    if (attr && !inNotes) for (const [, k, v] of attr[1].matchAll(ATTRIBUTE)) attributes[k] = v;
    else if (note && !inNotes) {
      inNotes = true;
      if (note[1].trim()) notes.push(note[1].trim());
    } else (inNotes ? notes : body).push(l);
  }
  return { attributes, body: body.join('\n').trim(), notes: notes.join('\n').trim(), line };
}
