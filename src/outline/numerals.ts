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

/** `3`, `１２` → 3, 12. */
export function parseArabicNumeral(s: string): number {
  return Number(s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
}

/** `①` → 1 … `⑳` → 20. */
export const parseCircledNumeral = (s: string): number => s.charCodeAt(0) - 0x2460 + 1;

const CN_NAMES = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 3 → `三`, 12 → `十二`, 20 → `二十`: for part numbers on dividers. */
export function toChineseNumeral(n: number): string {
  if (n < 10) return CN_NAMES[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : CN_NAMES[tens]}十${CN_NAMES[n % 10]}`;
}
