// Blocks that come with a speech but are not the speech: the lists that text sites append.
// Each rule names a block's first line and says which following lines still belong to it.

interface BoilerplateRule {
  name: string;
  example: string;
  start: RegExp;
  /** Whether a line after the start still belongs to the block. */
  continues: (line: string) => boolean;
}

/** A short line that reads as a list of article titles: numbered, or without closing punctuation. */
const isTitleLine = (line: string): boolean =>
  line.length <= 40 && (/^\d{1,2}[.、．]/.test(line) || !/[。！？!?]$/.test(line));

export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  { name: 'also-read', example: '看过工作推进会领导讲话材料的人还看了：', start: /^看过.{0,60}的人还看了/, continues: isTitleLine },
  { name: 'related', example: '相关阅读：', start: /^(相关|延伸|推荐|热门)(阅读|推荐|文章|链接|新闻)[:：]?$|^猜你喜欢[:：]?$/, continues: isTitleLine },
];

/** Marks the lines that are boilerplate (true) so the caller can drop them and keep line numbers. */
export function findBoilerplate(lines: readonly string[]): boolean[] {
  const drop = lines.map(() => false);
  for (let i = 0; i < lines.length; i++) {
    const rule = BOILERPLATE_RULES.find((r) => r.start.test(lines[i]));
    if (!rule) continue;
    drop[i] = true;
    while (i + 1 < lines.length && (lines[i + 1] === '' || rule.continues(lines[i + 1]))) drop[++i] = true;
  }
  return drop;
}
