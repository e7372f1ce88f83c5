// An answer as one plain text: its body, the questions to try, and the `来源：` line that names its
// sources. It is what the HTTP API sends as `answer`, what history keeps, what the grader reads and
// what a conversation remembers of a turn; the WeChat and 公众号 presenters lay out the same parts
// their own way (bubbles, a byte limit) from `sourceLine`. The one place that writes `来源`: it sits
// here, below the channels, because the grader and the regression gate read the same text.
import type { Answer } from '../knowledge/types.ts';
import { toTraditional } from '../text/normalize.ts';

/** Our own words, in the answer's script. */
function own(word: string, a: Answer): string {
  return a.script === 'traditional' ? toTraditional(word) : word;
}

/** `来源：《…》 · 重点任务 › 四是；《…》`, or null for an answer without sources. */
export function sourceLine(a: Answer): string | null {
  return a.sources.length ? `${own('来源', a)}：${a.sources.join('；')}` : null;
}

/** The body and the questions to try, without the sources. */
export function bodyText(a: Answer): string {
  if (!a.followUps?.length) return a.body;
  return `${a.body}\n${own('可以这样问', a)}：${a.followUps.map((q) => `“${q}”`).join('、')}`;
}

/** The whole answer as one text: body, questions to try, sources. */
export function plainText(a: Answer): string {
  const line = sourceLine(a);
  return line ? `${bodyText(a)}\n${line}` : bodyText(a);
}
