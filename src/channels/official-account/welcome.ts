// The text a new follower gets: what the assistant answers from and the starter questions the
// greeting offers too (answer/suggestions.ts: questions the facts answer exactly).
import { coverageSummary } from '../../answer/refusal.ts';
import { starterQuestions } from '../../answer/suggestions.ts';
import type { KnowledgeIndex } from '../../retrieval/knowledge-index.ts';

const GENERIC = ['主要目标是什么？', '有哪些重点任务？', '有哪些支持政策？'];

export function welcomeText(index: KnowledgeIndex): string {
  const { titles } = coverageSummary(index);
  const about = titles.length ? `我可以解答${titles.join('、')}的相关问题。` : '我可以解答已收录政策文件的相关问题。';
  // Without facts to draw on, questions any plan of the genre answers.
  const starters = starterQuestions(index);
  const examples = (starters.length ? starters : GENERIC).map((q) => `· ${q}`);
  return `欢迎关注！${about}\n直接发送文字提问即可，例如：\n${examples.join('\n')}\n发送“帮助”查看常用命令。`;
}
