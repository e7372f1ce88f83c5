// Generic vocabulary of government plans, not the content of any one plan: the words by which talent
// and finance policies are recognised, and the abbreviations staff use in questions.
import type { PolicyTopic } from './types.ts';

export const POLICY_KEYWORDS: Record<PolicyTopic, readonly string[]> = {
  talent: ['人才', '英才', '引才', '引智', '学子', '柔性引进', '招才', '专家团队'],
  finance: ['金融', '贷款', '融资', '上市', '信贷', '资本市场', '担保', '产业基金', '银行'],
};

/** Words a question uses for a topic (broader than the text's: 招人, 缺钱). */
export const POLICY_QUESTION_WORDS: Record<PolicyTopic, readonly string[]> = {
  talent: ['人才', '英才', '引才', '引智', '学子', '招才', '引进人才', '留才', '育才', '大学生', '毕业生', '人才引进'],
  finance: ['金融', '贷款', '融资', '上市', '信贷', '资本市场', '担保', '银行', '缺钱', '资金难', '资金', '基金'],
};

/** Colloquial short forms → the wording plans use, applied to questions before matching. */
export const QUESTION_SYNONYMS: readonly [RegExp, string][] = [
  [/营收/g, '营业收入'],
  [/研发(经费|投入)/g, 'R&D内部经费'],
  [/研发/g, 'R&D'],
  [/规上/g, '规模以上'],
  [/高企/g, '高新技术企业'],
  [/两化融合/g, '工业化和信息化融合'],
  // Counted works are the plan's tasks (`几项重点工作`, `设的三项工作分别叫啥`, `列的是哪两项工作`); a task's own
  // 工作 (`试点示范创建工作`) has no count before it.
  [/((?:几|多少|哪几|哪?[一二两三四五六七八九十\d]{1,3})项)(重点)?工作/g, '$1$2任务'],
];

/** Terms plans and staff use for one thing; a fact saying one explains a question saying another. */
export const EQUIVALENT_TERMS: readonly (readonly string[])[] = [
  ['GDP', '地区生产总值', '生产总值'],
  ['R&D', '研发'],
  ['占比', '比重'],
];
