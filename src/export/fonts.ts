// The CJK fonts a deck ships with, cut down to the characters it uses, so that it renders the same
// on a machine with no Chinese font at all and stays small. The @fontsource packages split each
// face into unicode-range chunks; a deck needs a few dozen of them, each subset to its glyphs
// (a variable face pinned to the weight it stands for) and merged into one font a face.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { mergeFonts } from './font-merge.js';
import type { DeckText } from './deck-text.js';

const require = createRequire(import.meta.url);

export interface FontFace {
  family: string;
  weight: number;
  /** The @fontsource stylesheet listing the face's files and their unicode ranges. */
  css: string;
  /** Which text the face draws: all of it (slides and notes), what slides show, their headings, the paper documents. */
  covers: ReadonlyArray<keyof DeckText>;
  /** Why this face: the GB/T 9704 role it stands in for. */
  role: string;
  /** The characters the face is declared for, where it stands in for another face's few (quotes). */
  unicodeRange?: string;
}

/** The faces of every theme, as free stand-ins for the faces official documents use. */
export const FONT_FACES: readonly FontFace[] = [
  // The variable packages hold every weight in one set of chunks, a sixteenth of the static ones' size.
  { family: 'Noto Sans SC', weight: 400, css: '@fontsource-variable/noto-sans-sc/wght.css', covers: ['all'], role: '黑体: bullets, notes, part heads on paper' },
  { family: 'Noto Sans SC', weight: 700, css: '@fontsource-variable/noto-sans-sc/wght.css', covers: ['headings', 'paperHeads'], role: '黑体: headings, figures; the bold statements on paper' },
  { family: 'Noto Serif SC', weight: 700, css: '@fontsource-variable/noto-serif-sc/wght.css', covers: ['headings', 'paperHeads'], role: '小标宋: the cover title, the title on paper' },
  // No free 仿宋 is published on npm: the handout's body is set in 宋体's stand-in.
  { family: 'Noto Serif SC', weight: 400, css: '@fontsource-variable/noto-serif-sc/wght.css', covers: ['paper'], role: '仿宋 (宋体 stand-in): the body of handouts and 学习提纲' },
  { family: 'LXGW WenKai', weight: 500, css: '@fontsource/lxgw-wenkai/500.css', covers: ['slides', 'paper'], role: '楷体: subtitles, captions, sub-heads on paper' },
  // WenKai sets “ ” half-width, as Latin quotes; Chinese text wants them full-width, as 黑体 has them.
  { family: 'SD Quotes', weight: 400, css: '@fontsource-variable/noto-sans-sc/wght.css', covers: ['quotes'], role: '全角引号 for 楷体 lines', unicodeRange: 'U+2018-2019,U+201C-201D' },
];

export interface FontFile {
  /** File name, unique within the deck's fonts folder. */
  name: string;
  bytes: Uint8Array;
}

export interface SubsetFonts {
  /** `@font-face` rules whose `url()`s are `${prefix}${name}`, or the fonts themselves (`inline`). */
  css(prefix: string | 'inline'): string;
  files: FontFile[];
}

interface Chunk {
  file: string;
  ranges: Array<[number, number]>;
  /** A variable font, cut as the instance of the face's weight. */
  variable: boolean;
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
    // A chunk of a variable package (font-weight: 100 900) is an instance only once pinned.
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
    const ranges = range ? parseRanges(range) : [[0, 0x10ffff] as [number, number]];
    return { file, ranges, variable: /font-weight:\s*\d+\s+\d+/.test(body) };
  });
}

/** `U+4e00-4e0f,U+3002` → [[0x4e00, 0x4e0f], [0x3002, 0x3002]]. */
const parseRanges = (list: string): Array<[number, number]> =>
  list.split(',').map((r): [number, number] => {
    const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(a, 16), parseInt(b ?? a, 16)];
  });

const overlaps = (a: ReadonlyArray<[number, number]>, b: ReadonlyArray<[number, number]>): boolean => a.some(([x, y]) => b.some(([u, v]) => x <= v && u <= y));

const slug = (face: FontFace): string => `${face.family.toLowerCase().replace(/\s+/g, '-')}-${face.weight}`;

const codePointsIn = (chunk: Chunk, chars: readonly string[]): string =>
  chars.filter((c) => chunk.ranges.some(([a, b]) => c.codePointAt(0)! >= a && c.codePointAt(0)! <= b)).join('');

/**
 * Where cut fonts are kept: a face is cut once for the same characters, and a chunk once for the
 * same characters of it, so rebuilding a deck after an edit only cuts the chunks that changed.
 */
const CACHE = process.env.SPEECHDECK_CACHE ?? join(tmpdir(), 'speechdeck-cache', 'fonts');

/** Bytes kept under `key`, made on a miss; no bytes (a face the text does not touch) are kept as an empty file. */
async function cached(key: string, make: () => Promise<Uint8Array | undefined>): Promise<Uint8Array | undefined> {
  const file = join(CACHE, createHash('sha256').update(key).digest('hex').slice(0, 32));
  const hit = await readFile(file).catch(() => undefined);
  if (hit) return hit.length ? hit : undefined;
  const bytes = await make();
  // A cache that cannot be written only costs time.
  await mkdir(CACHE, { recursive: true })
    .then(() => writeFile(`${file}.${process.pid}`, bytes ?? new Uint8Array()))
    .then(() => rename(`${file}.${process.pid}`, file))
    .catch(() => {});
  return bytes;
}

/** A font file subset to `chars` (harfbuzz, loaded only when there is something to cut), a variable one pinned at `weight`. */
async function cut(source: string, chars: string, targetFormat: 'woff' | 'truetype', weight?: number): Promise<Uint8Array> {
  const { default: subsetFont } = await import('subset-font');
  return subsetFont(await readFile(source), chars, { targetFormat, ...(weight ? { variationAxes: { wght: weight } } : {}) });
}

/**
 * One face cut to `chars` (sorted, distinct): one WOFF font, whatever chunks the characters fall
 * in; none when it has none of them. A face cut before is read back without opening its stylesheet.
 */
async function cutFace(face: FontFace, chars: readonly string[]): Promise<Uint8Array | undefined> {
  const cssPath = require.resolve(face.css);
  const root = dirname(cssPath);
  const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string };
  return cached(`${face.css}\0${face.weight}\0${version}\0${chars.join('')}\0woff`, async () => {
    const chunks = await chunksOf(cssPath);
    const parts = chunks.map((chunk) => ({ chunk, used: codePointsIn(chunk, chars) })).filter((part) => part.used);
    if (!parts.length) return undefined;
    // The whole-font packages ship a .woff beside the .woff2: zlib decodes many times faster.
    if (chunks.length === 1 && !chunks[0].variable) return cut(join(root, 'files', chunks[0].file.replace(/\.woff2$/, '.woff')), parts[0].used, 'woff');
    const cuts: Uint8Array[] = [];
    for (const { chunk, used } of parts) {
      const source = join(root, 'files', chunk.file);
      const weight = chunk.variable ? face.weight : undefined;
      cuts.push((await cached(`${chunk.file}\0${weight ?? ''}\0${version}\0${used}\0truetype`, () => cut(source, used, 'truetype', weight)))!);
    }
    return mergeFonts(cuts);
  });
}

/** Subsets each face to the characters it draws, from the text of a deck by role: one file a face. */
export async function subsetFonts(text: DeckText): Promise<SubsetFonts> {
  const faces = await Promise.all(
    FONT_FACES.map(async (face) => ({ face, name: `${slug(face)}.woff`, bytes: await cutFace(face, [...new Set(face.covers.map((key) => text[key]).join(''))].filter((c) => c.trim()).sort()) })),
  );
  const files = faces.filter((file): file is FontFile & { face: FontFace } => !!file.bytes);
  return {
    files: files.map(({ name, bytes }) => ({ name, bytes })),
    // No unicode-range: the face holds only the deck's characters, and being whole it is the
    // line's primary font, so line heights come from it and not from whatever fonts the system has.
    css: (prefix) =>
      files
        .map(({ face, name, bytes }) => {
          const url = prefix === 'inline' ? `data:font/woff;base64,${Buffer.from(bytes).toString('base64')}` : `${prefix}${name}`;
          const range = face.unicodeRange ? `;unicode-range:${face.unicodeRange}` : '';
          return `@font-face{font-family:'${face.family}';font-style:normal;font-weight:${face.weight};font-display:block;src:url(${url}) format('woff')${range}}`;
        })
        .join('\n'),
  };
}

/** The folders of the font packages (their stylesheets and files/), which the dev server serves. */
export const fontPackageDirs = (): string[] => [...new Set(FONT_FACES.map((face) => dirname(require.resolve(face.css))))];

/**
 * The full faces under the deck's own family names, every chunk with its unicode range, for the
 * dev server: the browser fetches only the chunks a page needs. `urlOf` maps a chunk's path to its URL.
 */
export async function fullFontStylesheet(urlOf: (file: string) => string): Promise<string> {
  const rules = await Promise.all(
    FONT_FACES.map(async (face) => {
      const cssPath = require.resolve(face.css);
      // A face declared for a few characters (the quotes) lists only the chunks that hold them.
      const only = face.unicodeRange ? parseRanges(face.unicodeRange) : undefined;
      const chunks = (await chunksOf(cssPath)).filter((chunk) => !only || overlaps(chunk.ranges, only));
      return chunks.map((chunk) => {
        const range = face.unicodeRange ?? chunk.ranges.map(([a, b]) => `U+${a.toString(16)}${b === a ? '' : `-${b.toString(16)}`}`).join(',');
        return `@font-face{font-family:'${face.family}';font-style:normal;font-weight:${face.weight};font-display:swap;src:url(${urlOf(join(dirname(cssPath), 'files', chunk.file))}) format('woff2');unicode-range:${range}}`;
      });
    }),
  );
  return rules.flat().join('\n');
}

