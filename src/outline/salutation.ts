// Whom a speaker addresses: 同志们 / 各位代表 / 共青团员们，青年朋友们，同志们 / 尊敬的各位来宾，女士们、先生们 / 主席先生.
// A salutation opens a speech and, said again, its closing words or a new section; it is never a point.

const HAN = '[\\u4e00-\\u9fa5]';
/** One addressee: 各位…, a group of people named with 们, or one by office (主席先生, 秘书长女士). */
const ADDRESSEE = `(?:尊敬的)?(?:各位${HAN}{1,8}|${HAN}{0,6}(?:同志|朋友|同学|老师|代表|委员|女士|先生|来宾|嘉宾|同胞|青年|员工|干部|家人)们|${HAN}{1,5}(?:先生|女士|阁下))`;
/** Several, in a list: 女士们、先生们、同志们. */
const ADDRESSEES = `${ADDRESSEE}(?:[、，,]${ADDRESSEE}){0,5}`;

/** A paragraph that opens with the salutation: 同志们：… / 各位代表，…. */
export const SALUTATION = new RegExp(`^${ADDRESSEES}[，,：:！!]`);
/** A salutation standing alone: 同志们！ / 青年朋友们、同志们！ */
export const SALUTATION_ALONE = new RegExp(`^${ADDRESSEES}[！!：:，,]?$`);
/** Closing words open with the salutation said again, in a sentence: 同志们，面对…. */
export const CLOSING = new RegExp(`^${ADDRESSEES}[，,！!]`);

export const isSalutation = (line: string): boolean => SALUTATION.test(line) || SALUTATION_ALONE.test(line);
