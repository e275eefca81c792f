// The grammar's words as a traditional-character copy writes them (關於經濟工作, 第一點, 同志們, 所謂),
// folded to simplified characters for matching only: one character for one, so every offset stays
// the same, and what the outline shows is sliced from the text as written.

/** Traditional → simplified, for the characters the grammar's patterns use. */
const PAIRS =
  '與与業业兩两個个為为義义習习書书於于產产們们會会體体寫写擊击劃划則则創创別别務务動动勢势區区華华發发號号員员圍围國国場场處处復复頭头賓宾對对導导層层屆届錄录帶带幹干庫库開开強强當当總总報报攝摄數数時时權权條条來来構构標标樣样歡欢沒没測测濟济瀏浏點点熱热獨独現现電电種种確确類类係系級级線线組组織织經经結结繞绕續续維维綜综編编縮缩節节薦荐見见覽览觸触認认記记講讲識识詞词話话語语說说請请讀读謀谋謂谓譜谱責责載载輯辑辭辞邊边過过還还這这進进連连選选釋释裡里裏里鏈链鍵键長长門门閉闭問问間间聞闻閱阅階阶隨随頂顶項项顧顾預预領领題题後后關关從从師师學学幾几歲岁議议設设計计應应須须調调實实際际屬属邁迈歷历機机視视規规劃划範范';

const FOLD = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) FOLD.set(PAIRS[i], PAIRS[i + 1]);
const TRADITIONAL = new RegExp(`[${[...FOLD.keys()].join('')}]`, 'g');

/** The text with the grammar's traditional characters in simplified form, offset for offset. */
export const foldTraditional = (text: string): string => text.replace(TRADITIONAL, (c) => FOLD.get(c)!);
