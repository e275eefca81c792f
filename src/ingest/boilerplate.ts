// Blocks that come with a speech but are not the speech: the lists that text sites append.
// Each rule names a block's first line and says which following lines still belong to it.
import { foldTraditional } from '../fold.js';

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

/** The words of a web page's toolbar, one to a line when a page is copied as text. */
const TOOLBAR = /^(?:下载|打印|全屏|收藏|分享|关闭|返回顶部|【?字号[:：]?|加大|还原|减小|大|中|小|】|【|\[|\]|默认|放大|缩小|复制链接|微信|微博|QQ空间)$/;
const NEVER = (): boolean => false;

const ALWAYS = (): boolean => true;

export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  // What follows the speech on a page: its Q&A, a glossary, a licence notice.
  { name: 'qa-tail', example: '【互动问答摘录】', start: /^【[^】]{0,8}(?:问答|答问|提问)[^】]{0,8}】/, continues: ALWAYS },
  { name: 'glossary', example: '名词解释：', start: /^【?(?:附[:：]?)?(?:《[^》]{1,20}》)?(?:名词解释|词语解释|相关名词|名词注释|注释)(?:和说明|及说明)?】?[:：]?$/, continues: ALWAYS },
  { name: 'appendix', example: '【参考资料】', start: /^【(?:参考|背景|相关|延伸)?(?:资料|附件|附录|链接)】$/, continues: ALWAYS },
  { name: 'licence', example: '本作品是中华人民共和国的…（维基文库的版权说明）', start: /^本作品(?:是|在)|^Public domain$/, continues: ALWAYS },
  { name: 'editor-note', example: '【导读】流程的核心是…', start: /^【导\s*读】/, continues: NEVER },
  { name: 'note-mark', example: '※ 这是习近平总书记两篇讲话中有关…的节选', start: /^※/, continues: NEVER },
  { name: 'toolbar', example: '下载 / 打印 / 【字号：加大 还原 减小】', start: TOOLBAR, continues: (line) => TOOLBAR.test(line) },
  { name: 'source-line', example: '编辑：张三　审核：李四', start: /^(?:(?:来源|时间|发布时间|日期|作者|编辑|责任编辑|责编|审核|审校|校对|监制|终审|排版|浏览次数|点击数)[:：]\s*\S{0,30}\s*)+$/, continues: NEVER },
  // What a WeChat article or a site's share bar wraps around a text.
  { name: 'follow-prompt', example: '点击上方蓝字关注我们', start: /^(?:点击|点)(?:上方|下方|蓝字|标题下).{0,12}(?:关注|订阅)|^(?:长按|扫描|识别|扫码).{0,12}(?:二维码|关注)|^(?:微信扫一扫|关注该公众号|阅读原文|在看|点赞|分享|[—-]*\s*END\s*[—-]*)$/i, continues: NEVER },
  { name: 'read-more', example: '往期推荐', start: /^(?:往期|历史)(?:推荐|回顾|精选|文章)[:：]?$/, continues: isTitleLine },
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


/**
 * Credits glued into the text of a web page: a photo credit, the agency's dateline
 * (（新华社深圳10月14日电）), the paper and page (《 人民日报 》（ 2020年10月15日 02 版）), and the note
 * that says where an excerpt was spoken (（2020年2月5日在中央全面依法治国委员会第三次会议上的讲话）).
 */
const CREDIT = new RegExp(
  [
    // A photo's credit (named, for its caption goes too): 新华社记者 鞠鹏/摄, 新华社发（盛佳鹏 摄）.
    '(?<photo>(?:新华社|本报|人民日报)?记者\\s?[\\u4e00-\\u9fa5·]{2,5}\\s?\\/?摄(?:影)?|新华社发\\s?[（(][^）)]{1,12}摄[）)])',
    '[（(]新华社[\\u4e00-\\u9fa5]{0,8}\\d{1,2}月\\d{1,2}日电[）)]',
    '《\\s?[\\u4e00-\\u9fa5]{2,8}\\s?》\\s?[（(]\\s?\\d{4}年\\d{1,2}月\\d{1,2}日[^）)]{0,12}版\\s?[）)]',
    '(?<=[。！？])[（(]\\d{4}年\\d{1,2}月\\d{1,2}日在[^（）()。！？]{2,60}?上的(?:讲话|报告|发言|致辞)(?:的一部分|要点|节选)?[）)]',
  ]
    .map((source) => `\\s*${source}\\s*`)
    .join('|'),
  'g',
);

/**
 * The caption a photo credit closes: from the last sentence before it that opens with the day the
 * picture was taken (2020年2月10日，习近平在北京调研…。这是…。 新华社记者 刘彬/摄).
 */
const CAPTION_START = /(?:^|[。！？])\s*\d{4}年\d{1,2}月\d{1,2}日，/g;
const CAPTION_MAX = 400;

function withoutCaption(text: string): string {
  let start = -1;
  CAPTION_START.lastIndex = Math.max(0, text.length - CAPTION_MAX);
  for (let m = CAPTION_START.exec(text); m; m = CAPTION_START.exec(text)) start = m.index + (m[0].length - m[0].trimStart().length) + (/^[。！？]/.test(m[0]) ? 1 : 0);
  return start < 0 ? text : text.slice(0, start);
}

/** A line cut where credits stood, the credits (and the captions of photo credits) dropped: what follows a credit starts anew. */
export function dropCredits(line: string): string[] {
  const parts: string[] = [];
  let from = 0;
  // Found in the line with its traditional characters folded, cut from the line as written.
  for (const m of foldTraditional(line).matchAll(CREDIT)) {
    const before = line.slice(from, m.index);
    parts.push(m.groups?.photo ? withoutCaption(before).trim() : before);
    from = m.index! + m[0].length;
  }
  parts.push(line.slice(from));
  return parts;
}
