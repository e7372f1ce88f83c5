// Adapts the plan-facts intents to the answer service: the session carries the list a facts
// answer produced, so "其中第二项" can be resolved on the next turn.
import type { KnowledgeIndex } from '../retrieval/index.ts';
import { answerFromFacts, type FactsContext } from './intent.ts';
import type { FactsAnswerer } from './service.ts';

export const factsAnswerer: FactsAnswerer = (question: string, index: KnowledgeIndex, context: unknown) => {
  const ctx = (context ?? {}) as FactsContext;
  const reply = answerFromFacts(question, index.facts, ctx);
  if (!reply) return null;
  return { answer: reply.answer, context: reply.list ? { lastList: reply.list } : ctx };
};
