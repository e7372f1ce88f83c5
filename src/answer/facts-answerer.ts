// Adapts the plan-facts intents to the answer service: the session carries the list a facts
// answer produced, so "其中第二项" can be resolved on the next turn; the answer ends with its
// source line like every other answer.
import type { Answer } from '../knowledge/types.ts';
import type { KnowledgeIndex } from '../retrieval/index.ts';
import { answerFromFacts, type FactsContext } from './intent.ts';
import type { FactsAnswerer } from './service.ts';

/** `《方案》总体目标` → `总体目标`: the short book-title prefix only repeats the document's name. */
const cleanSection = (s: string) => s.replace(/^《[^》]{1,8}》(?=\S)/u, '');

function withSourceLine(a: Answer): Answer {
  const first = a.citations[0];
  if (!first || /来源[：:]/.test(a.answer)) return a;
  const section = first.section ? cleanSection(first.section) : '';
  return {
    ...a,
    answer: `${a.answer}\n来源：${first.source}${section ? ` · ${section}` : ''}`,
    citations: a.citations.map((c) => (c.section ? { ...c, section: cleanSection(c.section) } : c)),
  };
}

export const factsAnswerer: FactsAnswerer = (question: string, index: KnowledgeIndex, context: unknown) => {
  const ctx = (context ?? {}) as FactsContext;
  const reply = answerFromFacts(question, index.facts, ctx);
  if (!reply) return null;
  return { answer: withSourceLine(reply.answer), context: reply.list ? { lastList: reply.list } : ctx };
};
