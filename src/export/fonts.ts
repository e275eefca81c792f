// The CJK fonts a deck ships with, cut down to the characters it uses, so that it renders the same
// on a machine with no Chinese font at all and stays small. The @fontsource packages split each
// weight into unicode-range chunks; a deck needs a few dozen of them, each subset to its glyphs.
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import type { DeckText } from './deck-text.js';

const require = createRequire(import.meta.url);

export interface FontFace {
  family: string;
  weight: number;
  /** The @fontsource stylesheet listing the face's files and their unicode ranges. */
  css: string;
  /** Which text the face draws: all of it (slides and notes), what slides show, or their headings. */
  covers: keyof DeckText;
  /** Why this face: the GB/T 9704 role it stands in for. */
  role: string;
}

/** The faces of every theme, as free stand-ins for the faces official documents use. */
export const FONT_FACES: readonly FontFace[] = [
  { family: 'Noto Sans SC', weight: 400, css: '@fontsource/noto-sans-sc/400.css', covers: 'all', role: '黑体: bullets, notes, handouts' },
  { family: 'Noto Sans SC', weight: 700, css: '@fontsource/noto-sans-sc/700.css', covers: 'headings', role: '黑体: headings, figures' },
  { family: 'Noto Serif SC', weight: 700, css: '@fontsource/noto-serif-sc/700.css', covers: 'headings', role: '小标宋: the cover title' },
  { family: 'LXGW WenKai', weight: 500, css: '@fontsource/lxgw-wenkai/500.css', covers: 'slides', role: '楷体: subtitles, captions' },
];

export interface FontFile {
  /** File name, unique within the deck's fonts folder. */
  name: string;
  bytes: Uint8Array;
}

export interface SubsetFonts {
  /** `@font-face` rules whose `url()`s are `${prefix}${name}`. */
  css(prefix: string): string;
  files: FontFile[];
}

interface Chunk {
  file: string;
  ranges: Array<[number, number]>;
}

/** Each stylesheet is read once per process, however many decks a build cuts fonts for. */
const chunksByStylesheet = new Map<string, Promise<Chunk[]>>();

const chunksOf = (cssPath: string): Promise<Chunk[]> => {
  if (!chunksByStylesheet.has(cssPath)) chunksByStylesheet.set(cssPath, readChunks(cssPath));
  return chunksByStylesheet.get(cssPath)!;
};

/** The chunks of a @fontsource stylesheet: woff2 file and unicode ranges (none: the whole font). */
async function readChunks(cssPath: string): Promise<Chunk[]> {
  const css = await readFile(cssPath, 'utf8');
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => {
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body)![1];
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
    const ranges = range
      ? range.split(',').map((r): [number, number] => {
          const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
          return [parseInt(a, 16), parseInt(b ?? a, 16)];
        })
      : [[0, 0x10ffff] as [number, number]];
    return { file, ranges };
  });
}

const slug = (face: FontFace): string => `${face.family.toLowerCase().replace(/\s+/g, '-')}-${face.weight}`;

const codePointsIn = (chunk: Chunk, chars: readonly string[]): string =>
  chars.filter((c) => chunk.ranges.some(([a, b]) => c.codePointAt(0)! >= a && c.codePointAt(0)! <= b)).join('');

/**
 * Where cut fonts are kept: the same characters of the same chunk are cut once, so rebuilding a
 * deck after an edit, or exporting its handout after its slides, only cuts what changed.
 */
const CACHE = process.env.SPEECHDECK_CACHE ?? join(tmpdir(), 'speechdeck-cache', 'fonts');

async function subsetCached(source: string, chars: string): Promise<Uint8Array> {
  const key = createHash('sha256').update(`${source}\0${(await stat(source)).size}\0woff\0${chars}`).digest('hex').slice(0, 32);
  const cached = join(CACHE, `${key}.woff`);
  try {
    return await readFile(cached);
  } catch {
    const bytes = await subsetFont(await readFile(source), chars, { targetFormat: 'woff' });
    // A cache that cannot be written only costs time.
    await mkdir(CACHE, { recursive: true })
      .then(() => writeFile(`${cached}.${process.pid}`, bytes))
      .then(() => rename(`${cached}.${process.pid}`, cached))
      .catch(() => {});
    return bytes;
  }
}

/** Subsets each face to the characters it draws, from the text of a deck by role. */
export async function subsetFonts(text: DeckText): Promise<SubsetFonts> {
  const rules: Array<{ face: FontFace; name: string; range: string }> = [];
  const files: FontFile[] = [];
  for (const face of FONT_FACES) {
    const cssPath = require.resolve(face.css);
    const chars = [...new Set(text[face.covers])].filter((c) => c.trim());
    const chunks = await chunksOf(cssPath);
    for (const [i, chunk] of chunks.entries()) {
      const used = codePointsIn(chunk, chars);
      if (!used) continue;
      // The whole-font packages ship a .woff beside the .woff2: zlib decodes many times faster.
      const source = join(dirname(cssPath), 'files', chunks.length === 1 ? chunk.file.replace(/\.woff2$/, '.woff') : chunk.file);
      const bytes = await subsetCached(source, used);
      const name = `${slug(face)}-${i}.woff`;
      files.push({ name, bytes });
      const range = [...used].map((c) => `U+${c.codePointAt(0)!.toString(16)}`).join(',');
      rules.push({ face, name, range });
    }
  }
  return {
    files,
    css: (prefix) =>
      rules
        .map(({ face, name, range }) => `@font-face{font-family:'${face.family}';font-style:normal;font-weight:${face.weight};font-display:block;src:url(${prefix}${name}) format('woff');unicode-range:${range}}`)
        .join('\n'),
  };
}

/** Stylesheet links to the full @fontsource faces, for the dev server (the browser loads chunks as needed). */
export const fullFontStylesheets = (): string[] => FONT_FACES.map((face) => require.resolve(face.css));

