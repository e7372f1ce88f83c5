// A question asked without anything before it is answered once per index and remembered; a
// conversation's follow-ups, LLM answers and answers made while the embedder was down are not.
import { beforeAll, describe, expect, it } from 'vitest';
import { factsAnswerer } from '../../src/answer/facts/answerer.ts';
import { Answerer, type FactsAnswerer } from '../../src/answer/pipeline.ts';
import type { DenseVectors } from '../../src/retrieval/dense/fusion.ts';
import type { KnowledgeIndex } from '../../src/retrieval/knowledge-index.ts';
import { shippedAnswerer } from '../support/kb.ts';
import { plainText } from '../../src/answer/plain-text.ts';

let index: KnowledgeIndex;
beforeAll(async () => {
  ({ index } = await shippedAnswerer());
});

/** The shipped facts answerer, counting how often the pipeline reaches it. */
function counting(): { facts: FactsAnswerer; calls: () => number } {
  let n = 0;
  return {
    facts: (...args) => {
      n++;
      return factsAnswerer(...args);
    },
    calls: () => n,
  };
}

describe('answers remembered per index', () => {
  it('runs the pipeline once for a question asked again without a conversation', async () => {
    const own = index.withVersion(50);
    const c = counting();
    const answerer = new Answerer({ index: () => own, facts: c.facts });
    const first = await answerer.ask('企业融资难怎么办');
    const again = await answerer.ask('企业融资难怎么办');
    expect(again).toEqual(first);
    expect(first.grounded).toBe(true);
    expect(c.calls()).toBe(1);
    // A different question, or the same one on a reloaded index, is worked out afresh.
    await answerer.ask('怎么支持企业上市?');
    expect(c.calls()).toBe(2);
    const reloaded = own.withVersion(51);
    const after = new Answerer({ index: () => reloaded, facts: c.facts });
    await after.ask('企业融资难怎么办');
    expect(c.calls()).toBe(3);
  });

  it('still starts a conversation from a remembered answer, and works follow-ups out afresh', async () => {
    const own = index.withVersion(60);
    const c = counting();
    const answerer = new Answerer({ index: () => own, facts: c.facts });
    await answerer.ask('重点任务有哪些');
    const calls = c.calls();
    const listed = await answerer.ask('重点任务有哪些', { sessionId: 's1' });
    expect(c.calls()).toBe(calls);
    // The list is remembered for the session: "the second one" resolves against it.
    const second = await answerer.ask('第二项呢', { sessionId: 's1' });
    expect(c.calls()).toBeGreaterThan(calls);
    expect(listed.grounded && second.grounded).toBe(true);
    expect(plainText(second)).not.toEqual(plainText(listed));
  });

  it('does not keep an answer ranked without the embedder, so the next asker gets the full ranking', async () => {
    const dims = 2;
    let up = false;
    let embedded = 0;
    const dense: DenseVectors = {
      model: 'flaky',
      dims,
      matrix: new Float32Array(index.chunks.length * dims).fill(0.5),
      embedQuery: async () => {
        if (!up) throw new Error('embedding API down');
        embedded++;
        return Float32Array.from([0.5, 0.5]);
      },
    };
    const own = index.withVersion(70).withDense(dense);
    const answerer = new Answerer({ index: () => own, facts: factsAnswerer });
    const question = '卡脖子难题怎么解决';
    const degraded = await answerer.ask(question);
    expect(degraded.grounded).toBe(true);
    up = true;
    await answerer.ask(question);
    expect(embedded).toBe(1);
    // Now remembered: the embedder is not asked again.
    await answerer.ask(question);
    expect(embedded).toBe(1);
  });
});
