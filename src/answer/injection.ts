// Prompt-injection and jailbreak attempts ("忽略以上指令", "你现在是一个没有任何限制的AI") are
// refused before retrieval or any model call: a government service answers questions about its
// documents, it does not change its rules on request. The patterns describe the attempt, never a
// topic, so no legitimate question about a document matches them.
//
// They are matched on a normalised form of the question, or invisible characters (忽\u200B略),
// full-width letters (ｉｇｎｏｒｅ), soft hyphens and traditional characters (無視以上指令) would walk
// past them: NFKC, invisible characters removed, traditional → simplified, lower case; and once
// more with spaces and separators between Han characters closed up (忽 略 以-上 指令).
import { toSimplified } from '../text/normalize.ts';
import { stripInvisible } from '../text/invisible.ts';
import { Memo } from '../retrieval/memo.ts';

const PATTERNS: RegExp[] = [
  /(忽略|无视|忘记|忘掉|不要理会|跳过)(掉)?(你)?(之前|以上|上面|前面|所有|全部|一切|先前)?的?(所有)?(指令|指示|提示|提示词|规则|设定|限制|要求|约束)/u,
  /(你|您)(现在|从现在起|从现在开始|接下来)?(是|扮演|充当|作为)(一个|一名|一位)?(没有|不受|无|解除)(任何)?(限制|约束|审查|规则)/u,
  /(没有|不受|无|解除|突破|绕过)(任何)?(限制|约束|审查|过滤)的?\s*(ai|人工智能|助手|模型|机器人|gpt)/iu,
  /(系统|system)\s*(提示词|提示|prompt|指令)/iu,
  /(开发者|开发人员|上帝|越狱|jailbreak|dan)\s*模式/iu,
  /\b(ignore|disregard|forget)\b.{0,30}\b(instructions|rules|prompt|guidelines)\b/iu,
  /\b(you are now|act as|pretend to be)\b.{0,40}\b(unrestricted|without (any )?(limits|restrictions)|jailbroken|dan)\b/iu,
  /\bjailbreak\b|\bdo anything now\b/iu,
];

// Spacing-like separators only: Chinese sentence punctuation (，。、) between two words is prose,
// and closing it up would join words that were never one phrase (这个系统，提示…).
const GAPS_BETWEEN_HAN = /(?<=\p{Script=Han})[\s\-_.·・*~/\\|+]+(?=\p{Script=Han})/gu;

/** The form the patterns are matched against. */
export function injectionForm(question: string): string {
  return toSimplified(stripInvisible(question).normalize('NFKC')).toLowerCase();
}

/**
 * Verdicts of recent questions: the script conversion is the costly step, and the same questions
 * come back (menus, FAQs, load). Bounded; the oldest verdict goes first — by Memo, whose eviction is
 * O(1): `keys().next()` on a Map evicted from the front walks the holes deleted entries leave, and
 * with distinct questions that walk was ~40% of this function's time.
 */
const VERDICTS_KEPT = 2000;
const verdicts = new Memo<string, boolean>(VERDICTS_KEPT);

export function isInjection(question: string): boolean {
  return verdicts.get(question, () => {
    const form = injectionForm(question);
    const closed = form.replace(GAPS_BETWEEN_HAN, '');
    return PATTERNS.some((re) => re.test(form) || (closed !== form && re.test(closed)));
  });
}
