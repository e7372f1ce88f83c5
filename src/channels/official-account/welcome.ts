// The text a new follower gets: what the assistant answers from and a few questions to try. The
// examples are built from the loaded plan facts so they are questions the facts answer exactly;
// without facts, generic ones.
import { coverageSummary } from '../../answer/refusal.ts';
import type { KnowledgeIndex } from '../../retrieval/knowledge-index.ts';

const MAX_EXAMPLES = 3;
const MAX_METRIC_CHARS = 16;

export function exampleQuestions(index: KnowledgeIndex): string[] {
  const out: string[] = [];
  const plan = index.facts.find((f) => f.primary) ?? index.facts[0];
  if (plan) {
    const target = plan.targetGroups
      .flatMap((g) => g.items)
      .find((t) => t.value !== undefined && [...t.metric].length <= MAX_METRIC_CHARS);
    if (target) out.push(`${target.metric}的目标是多少？`);
    if (plan.tasks.length) out.push(`第${plan.tasks[0]!.no}项任务是什么？`);
    if (plan.measures?.items.length) out.push('有哪些保障措施？');
    else if (plan.areas.length) out.push('主要有哪几个方面的任务？');
  }
  for (const generic of ['主要目标是什么？', '有哪些重点任务？', '有哪些支持政策？']) {
    if (out.length >= MAX_EXAMPLES) break;
    out.push(generic);
  }
  return out.slice(0, MAX_EXAMPLES);
}

export function welcomeText(index: KnowledgeIndex): string {
  const { titles } = coverageSummary(index);
  const about = titles.length ? `我可以解答${titles.join('、')}的相关问题。` : '我可以解答已收录政策文件的相关问题。';
  const examples = exampleQuestions(index).map((q) => `· ${q}`);
  return `欢迎关注！${about}\n直接发送文字提问即可，例如：\n${examples.join('\n')}`;
}

/** The reply to a message that is not text (image, sticker, location…). */
export const TEXT_ONLY_HINT = '目前只能回答文字问题，请直接输入您想了解的内容。';
