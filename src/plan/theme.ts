// Which theme a speech asks for when nobody says: the red-and-gold official one for party and
// government texts, the plain one for a company's or a school's own meetings. Decided from the
// words the speech uses most, and said to the user, who can override it (front matter, --theme).
import type { Diagnostic } from '../types.js';
import { info } from '../diagnostics.js';

/** Words of party and government business, and of a company's. */
const OFFICIAL = /党|政府|人民|同志们|各位代表|中央|省委|市委|县委|社会主义|人大|政协|习近平|国务院/g;
const BUSINESS = /公司|客户|员工|产品|市场部|研发|股东|董事|销售|业绩|利润|合同/g;

const count = (text: string, words: RegExp): number => text.match(words)?.length ?? 0;

export function themeFor(text: string): { theme: 'official' | 'plain'; diagnostic: Diagnostic } {
  const official = count(text, OFFICIAL);
  const business = count(text, BUSINESS);
  if (business > official) return { theme: 'plain', diagnostic: info('theme', `讲稿以企业经营的用语为主（${business} 处对 ${official} 处），选用浅色主题；可在 YAML 或用 --theme official 改用红色主题`) };
  return { theme: 'official', diagnostic: info('theme', `讲稿以党政机关的用语为主（${official} 处对 ${business} 处），选用红色主题；可在 YAML 或用 --theme plain 改用浅色主题`) };
}
