// Greetings, thanks and "who are you" are not questions about the documents, but a government
// service answers them kindly: who it is, what it can answer, and a few questions to try.
import { normalizeQuery } from '../text/normalize.ts';
import type { Answer } from '../knowledge/types.ts';
import type { KnowledgeIndex } from '../retrieval/knowledge-index.ts';
import { coverageSummary } from './refusal.ts';
import { mirrorScript, type Script } from './script.ts';
import { starterQuestions } from './suggestions.ts';

const GREETING = /^(你好|您好|嗨|哈喽|早上好|上午好|下午好|晚上好|在吗|在不在|hi|hello|hey)[!！。.~～]*$/iu;
const THANKS = /^(谢谢|多谢|感谢|谢了|辛苦了|好的谢谢|thanks|thank you)[!！。.~～]*$/iu;
const WHO = /^(你是谁|你是什么|你能做什么|你会什么|你可以做什么|能做什么|怎么用|如何使用|使用说明|who are you|what can you do)[?？!！。.]*$/iu;

export function smallTalk(question: string, index: KnowledgeIndex, script: Script): Answer | null {
  const q = normalizeQuery(question).trim();
  const kind = GREETING.test(q) ? 'greeting' : THANKS.test(q) ? 'thanks' : WHO.test(q) ? 'who' : null;
  if (!kind) return null;
  const { titles, topics } = coverageSummary(index);
  const examples = starterQuestions(index);
  let text: string;
  if (script === 'english') {
    text =
      kind === 'thanks'
        ? "You're welcome. Ask me anything about the plan."
        : `Hello, I am the policy assistant. I answer questions about ${titles.join(', ') || 'the loaded documents'}, quoting the text.`;
  } else {
    text =
      kind === 'thanks'
        ? '不客气！还有其他问题欢迎继续提问。'
        : `您好！我是政策问答助手，可以根据${titles.join('、') || '已收录文件'}回答问题${topics.length ? `，例如${topics.join('、')}` : ''}，并注明出处。`;
  }
  // Questions to try, written after the text by the presenters; the English reply offers none.
  const followUps = script === 'english' ? [] : examples;
  return mirrorScript({ body: text, sources: [], ...(followUps.length ? { followUps } : {}), grounded: false, citations: [], mode: 'refusal' }, script);
}
