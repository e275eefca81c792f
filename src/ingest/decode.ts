// Bytes → string. Offices hand us UTF-8 (with or without BOM), UTF-16 from Windows Notepad, and
// GBK/GB18030 from older OA systems; the WHATWG decoders built into Node cover all of them. What is
// none of these (a picture renamed .txt, Big5, Shift-JIS) is refused with the reason, not guessed.

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type Decoded = { text: string; encoding: Encoding } | { error: string };

/** Formats people rename to .txt by mistake, by their first bytes. */
const MAGIC: ReadonlyArray<[string, number[]]> = [
  ['PNG 图片', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG 图片', [0xff, 0xd8, 0xff]],
  ['GIF 图片', [0x47, 0x49, 0x46, 0x38]],
  ['PDF 文件', [0x25, 0x50, 0x44, 0x46]],
  ['压缩包或 Word（.docx）文件', [0x50, 0x4b, 0x03, 0x04]],
  ['旧版 Word（.doc）文件', [0xd0, 0xcf, 0x11, 0xe0]],
];

const UNKNOWN = '无法识别文件编码：既不是 UTF-8/UTF-16，也不像 GBK/GB18030（可能是 Big5、日文或韩文编码），请用记事本或 WPS“另存为” UTF-8 后再试';

export function decode(bytes: Uint8Array): Decoded {
  const decoded = decodeBytes(bytes);
  if ('error' in decoded) return decoded;
  const language = otherLanguage(decoded.text);
  return language ? { error: `这是${language}文本，不是中文讲稿（本工具只处理中文讲话稿）` } : decoded;
}

function decodeBytes(bytes: Uint8Array): Decoded {
  const bom = detectBom(bytes);
  if (bom) return { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)), encoding: bom.encoding };
  const magic = MAGIC.find(([, sig]) => sig.every((b, i) => bytes[i] === b));
  if (magic) return { error: `这是${magic[0]}，不是文本` };
  // UTF-16 without a BOM (some exports write none): its line ends and digits carry NUL bytes.
  const utf16 = bytes.subarray(0, 8192).includes(0) ? readsAsUtf16(bytes) : null;
  if (utf16) return utf16;
  if (looksBinary(bytes)) return { error: '这是二进制文件，不是文本' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: GB18030 (a superset of GBK and GB2312) is the only other encoding Chinese
    // office text arrives in without a BOM, but it accepts almost any bytes, so check it reads as Chinese.
    if (!looksLikeGb(bytes)) return { error: UNKNOWN };
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/** Text (tab, line ends, ASCII, CJK punctuation, ideographs incl. the supplementary planes, full-width forms). */
const TEXTLIKE = /[\t\n\r\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\ud840-\ud87f\udc00-\udfff]/g;

function readsAsUtf16(bytes: Uint8Array): Decoded | null {
  if (bytes.length % 2) return null;
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      continue;
    }
    const head = text.slice(0, 4096);
    if (/[\u4e00-\u9fff]/.test(head) && (head.match(TEXTLIKE)?.length ?? 0) >= head.length * 0.95) return { text, encoding };
  }
  return null;
}

/**
 * Korean or Japanese, by the share of its letters among the ideographs (a Chinese speech may quote
 * a Japanese name, not paragraphs of kana).
 */
function otherLanguage(text: string): string | null {
  const head = text.slice(0, 100_000);
  const han = head.match(/[\u3400-\u9fff]/g)?.length ?? 0;
  const hangul = head.match(/[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]/g)?.length ?? 0;
  const kana = head.match(/[\u3040-\u30ff]/g)?.length ?? 0;
  if (hangul > 20 && hangul > han * 0.1) return '韩文';
  if (kana > 20 && kana > (han + kana) * 0.1) return '日文';
  return null;
}

function detectBom(b: Uint8Array): { encoding: Encoding; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** NUL bytes, or many control characters, in the first 8 KB: no text file has them. */
function looksBinary(b: Uint8Array): boolean {
  const head = b.subarray(0, 8192);
  if (head.includes(0)) return true;
  // Control characters other than tab, line feed, form feed and carriage return (any 8-bit reading will do).
  const control = new TextDecoder('latin1').decode(head).match(/[\x01-\x08\x0b\x0e-\x1f]/g)?.length ?? 0;
  return control > head.length / 20;
}

/**
 * Whether two-byte sequences read as Chinese: in real GBK text most characters are among the 3 755
 * common ones of GB2312 level 1 (lead byte B0–D7, trail A1–FE); Big5 or Shift-JIS read as GBK
 * land mostly elsewhere.
 */
function looksLikeGb(b: Uint8Array): boolean {
  let pairs = 0;
  let common = 0;
  // EUC-KR's syllables fall in the same rows as GB2312's common characters, but Korean puts a space
  // between words and writes ASCII punctuation, where Chinese writes ，and 。 (A3AC, A1A3).
  let spaced = 0;
  let punctuation = 0;
  for (let i = 0; i < b.length - 1 && pairs < 20000; i++) {
    if (b[i] < 0x81) continue;
    pairs++;
    if (b[i] >= 0xb0 && b[i] <= 0xd7 && b[i + 1] >= 0xa1 && b[i + 1] <= 0xfe) common++;
    if ((b[i] === 0xa3 && b[i + 1] === 0xac) || (b[i] === 0xa1 && b[i + 1] === 0xa3)) punctuation++;
    if (b[i + 2] === 0x20 && b[i + 3] >= 0x81) spaced++;
    i++;
  }
  if (pairs > 50 && spaced > pairs * 0.08 && punctuation < pairs * 0.01) return false;
  return pairs === 0 || common / pairs >= 0.6;
}
