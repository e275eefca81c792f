// A Word file is a zip: before any library inflates it, its central directory is read here and
// checked against limits no speech comes near, so that a zip bomb (315 KB that inflates to
// gigabytes) or a document of millions of empty paragraphs is refused in milliseconds, with the
// limit it broke. Runs in Node and in the browser alike (DataView, DecompressionStream).

export const ZIP_LIMITS = {
  /** Entries in the archive (a speech's .docx has about a dozen). */
  entries: 5_000,
  /** Everything unpacked, as the archive declares it. */
  totalBytes: 256 * 1024 * 1024,
  /** The document's text (word/document.xml), unpacked. */
  documentBytes: 64 * 1024 * 1024,
  /** How much an entry of more than a megabyte may grow when unpacked (text compresses 5–30×). */
  ratio: 200,
  /** Paragraphs in the document: the longest speeches have a few thousand. */
  paragraphs: 50_000,
} as const;

interface Entry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  /** Offset of the entry's local header. */
  local: number;
}

const MB = 1024 * 1024;
const mb = (n: number): string => `${Math.round(n / MB)} MB`;

/** The central directory's entries, or null when the bytes hold none (not a zip, or cut short). */
function entries(bytes: Uint8Array): Entry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 64 KB + 22 bytes.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const list: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    list.push({ name, method: view.getUint16(at + 10, true), compressed: view.getUint32(at + 20, true), size: view.getUint32(at + 24, true), local: view.getUint32(at + 42, true) });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return list;
}

/** An entry's bytes inflated, stopping at `cap` (a header may lie about the size): null past it. */
async function inflate(bytes: Uint8Array, entry: Entry, cap: number): Promise<Uint8Array | null> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = entry.local + 30 + view.getUint16(entry.local + 26, true) + view.getUint16(entry.local + 28, true);
  const data = bytes.subarray(start, start + entry.compressed);
  if (entry.method === 0) return data.length > cap ? null : data;
  const stream = new Blob([data.slice()]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) {
    total += chunk.length;
    if (total > cap) return null;
    chunks.push(chunk);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

/** Counts `<w:p>` and `<w:p …>` openings without building a string of the whole document. */
function paragraphCount(xml: Uint8Array): number {
  let n = 0;
  for (let i = 0; i + 4 < xml.length; i++) {
    // '<' 'w' ':' 'p' then '>' or ' ' or '/'
    if (xml[i] === 0x3c && xml[i + 1] === 0x77 && xml[i + 2] === 0x3a && xml[i + 3] === 0x70 && (xml[i + 4] === 0x3e || xml[i + 4] === 0x20 || xml[i + 4] === 0x2f)) n++;
  }
  return n;
}

/**
 * Why a .docx is refused before it is read (in Chinese, with the limit), or null when it is within
 * every limit. A file that is no zip at all is left to the reader, which says so.
 */
export async function docxProblem(bytes: Uint8Array): Promise<string | null> {
  const list = entries(bytes);
  if (!list) return null;
  if (list.length > ZIP_LIMITS.entries) return `Word 文件内含 ${list.length} 个部件，超过上限 ${ZIP_LIMITS.entries}，不像是一篇讲稿`;
  const total = list.reduce((sum, e) => sum + e.size, 0);
  if (total > ZIP_LIMITS.totalBytes) return `Word 文件解压后有 ${mb(total)}，超过上限 ${mb(ZIP_LIMITS.totalBytes)}（可能是“压缩炸弹”），已拒绝读取`;
  const bomb = list.find((e) => e.size > MB && e.size > e.compressed * ZIP_LIMITS.ratio);
  if (bomb) return `Word 文件中的 ${bomb.name} 解压后膨胀 ${Math.round(bomb.size / Math.max(1, bomb.compressed))} 倍（上限 ${ZIP_LIMITS.ratio} 倍），可能是“压缩炸弹”，已拒绝读取`;
  // A header may lie about sizes: each part is unpacked here, stopped one byte past what it declares.
  for (const entry of list) {
    if (entry.name.endsWith('/')) continue;
    const cap = Math.min(entry.size, entry.name === 'word/document.xml' ? ZIP_LIMITS.documentBytes : ZIP_LIMITS.totalBytes);
    const data = await inflate(bytes, entry, cap).catch(() => undefined);
    // A part that does not unpack is the reader's to report (a damaged file).
    if (data === undefined) return null;
    if (data === null) return entry.size > cap ? `Word 文件的正文解压后超过 ${mb(ZIP_LIMITS.documentBytes)} 的上限，已拒绝读取` : `Word 文件中的 ${entry.name} 解压后比它声明的大小更大（文件被篡改），已拒绝读取`;
    if (entry.name !== 'word/document.xml') continue;
    const paragraphs = paragraphCount(data);
    if (paragraphs > ZIP_LIMITS.paragraphs) return `Word 文件有 ${paragraphs} 个段落，超过上限 ${ZIP_LIMITS.paragraphs}，不像是一篇讲稿`;
  }
  return null;
}
