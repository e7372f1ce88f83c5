// Adapts the plan-facts intents to the answer service: the session carries the list a facts
// answer produced, so "其中第二项" can be resolved on the next turn; the answer names its source
// like every other answer.
import { stripTitlePrefix } from '../../knowledge/chunk.ts';
import type { Answer } from '../../knowledge/types.ts';
import type { KnowledgeIndex } from '../../retrieval/knowledge-index.ts';
import { answerFromFacts, type FactsContext } from './intent.ts';
import { withTagger } from './match.ts';
import type { FactsAnswerer } from '../pipeline.ts';


/** The first citation as the answer's source (an intent's reply carries citations only). */
function withSource(a: Answer): Answer {
  const first = a.citations[0];
  if (!first || a.sources.length) return a;
  const section = first.section ? stripTitlePrefix(first.section) : '';
  return {
    ...a,
    sources: [`${first.source}${section ? ` · ${section}` : ''}`],
    citations: a.citations.map((c) => (c.section ? { ...c, section: stripTitlePrefix(c.section) } : c)),
  };
}

const MAX_PLANS = 3;
const PART_CHARS = 170;

/**
 * Several plans loaded and the question fits more than one of them ("一共有几项重点任务"): each plan
 * answers for itself, named, rather than one plan answering for all.
 */
function perPlan(question: string, index: KnowledgeIndex, ctx: FactsContext): Answer | null {
  const parts = index.facts
    .map((f) => ({ f, reply: withTagger((t) => index.tag(t), () => answerFromFacts(question, [f], ctx)) }))
    .filter((p): p is { f: (typeof index.facts)[number]; reply: NonNullable<ReturnType<typeof answerFromFacts>> } => p.reply !== null)
    .slice(0, MAX_PLANS);
  if (parts.length < 2) return null;
  const clip = (t: string) => (t.length > PART_CHARS ? `${t.slice(0, PART_CHARS - 1)}…` : t);
  const lines = parts.map(({ f, reply }, i) => `${i + 1}. ${f.title ?? f.docTitle}：${clip(reply.answer.body)}`);
  return {
    body: `已收录${index.facts.length}个方案，分别回答如下：\n${lines.join('\n')}`,
    sources: [],
    grounded: true,
    citations: parts.flatMap(({ reply }) => reply.answer.citations.slice(0, 1)),
    mode: 'facts',
  };
}

export const factsAnswerer: FactsAnswerer = (question: string, index: KnowledgeIndex, context: unknown, preferDocId?: string) => {
  const ctx = (context ?? {}) as FactsContext;
  // The answer depends on the question, the plan preferred and the list a follow-up may refer to:
  // remembered per index under all three (the same questions come back from menus and FAQs, and a
  // session's list is one of the few a plan's facts produce; a reload drops them).
  const list = ctx.lastList ? JSON.stringify(ctx.lastList) : '';
  return index.remember(`facts:${preferDocId ?? ''}:${list}:${question}`, () => answerFresh(question, index, ctx, preferDocId));
};

function answerFresh(question: string, index: KnowledgeIndex, ctx: FactsContext, preferDocId?: string): ReturnType<FactsAnswerer> {
  if (!preferDocId && index.facts.length > 1 && !ctx.lastList) {
    const several = perPlan(question, index, ctx);
    if (several) return { answer: several, context: ctx };
  }
  const reply = withTagger((t) => index.tag(t), () => answerFromFacts(question, index.facts, ctx, preferDocId ? { preferDocId } : {}));
  if (!reply) return null;
  return { answer: withSource(reply.answer), context: reply.list ? { lastList: reply.list } : ctx };
}
