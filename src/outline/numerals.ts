// Ordinals as Chinese speeches write them: 一…九十九, 1…99 (full-width too), ①…⑳.

const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** `一` → 1, `十二` → 12, `二十` → 20, `九十九` → 99; NaN for anything else. */
export function parseChineseNumeral(s: string): number {
  if (s.length === 0) return NaN;
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 && s in CN_DIGIT ? CN_DIGIT[s] : NaN;
  const tens = ten === 0 ? 1 : s.length > 1 && ten === 1 ? CN_DIGIT[s[0]] : NaN;
  const rest = s.slice(ten + 1);
  const ones = rest === '' ? 0 : rest.length === 1 ? CN_DIGIT[rest] : NaN;
  return tens * 10 + ones;
}

/** `3`, `１２`, `⑶` → 3, 12, 3. */
export function parseArabicNumeral(s: string): number {
  if (/^[\u2474-\u2487]$/.test(s)) return s.charCodeAt(0) - 0x2474 + 1;
  return s ? Number(s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))) : NaN;
}

/** `①` → 1 … `⑳` → 20. */
export const parseCircledNumeral = (s: string): number => s.charCodeAt(0) - 0x2460 + 1;

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10, XI: 11, XII: 12 };

/** `III`, `Ⅲ` → 3; NaN for anything else. */
export function parseRomanNumeral(s: string): number {
  const c = s.codePointAt(0)!;
  if (s.length === 1 && c >= 0x2160 && c <= 0x216b) return c - 0x2160 + 1;
  return ROMAN[s.toUpperCase()] ?? NaN;
}

/** `a`, `ｂ` → 1, 2. */
export const parseLetter = (s: string): number => (s.toLowerCase().replace(/[ａ-ｚ]/, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).charCodeAt(0) - 0x60);

const CN_NAMES = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 3 → `三`, 12 → `十二`, 20 → `二十`: for part numbers on dividers. */
export function toChineseNumeral(n: number): string {
  if (n < 10) return CN_NAMES[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : CN_NAMES[tens]}十${CN_NAMES[n % 10]}`;
}
