// Fusion rules: a model, however bad, cannot push a lexically clear first passage down; it decides
// near-ties; it can bring in a passage lexical retrieval missed, below the clear lexical ones.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Chunk } from '../../../src/knowledge/types.ts';
import { DEFAULT_FUSION, fuse, passageText, similarities, type DenseVectors } from '../../../src/retrieval/dense/fusion.ts';
import type { Hit, KnowledgeIndex } from '../../../src/retrieval/knowledge-index.ts';
import { shippedAnswerer } from '../../support/kb.ts';

const chunks: Chunk[] = Array.from({ length: 6 }, (_, id) => ({ id, docId: 'd', source: '《方案》', section: ['重点任务'], text: `第${id}段` }));
const hits = (...scores: [number, number][]): Hit[] => scores.map(([id, score]) => ({ chunk: chunks[id]!, score }));
const sims = (...values: number[]) => Float32Array.from(values);

describe('fuse', () => {
  it('keeps a lexically clear first passage first even when the model ranks it last', () => {
    // Runner-up at 74% of the leader: clear by the 25% margin the dense weight allows.
    const lexical = hits([0, 10], [1, 7.4], [2, 3]);
    const adversarial = sims(-0.9, 0.99, 0.98, 0.5, 0.4, 0.3);
    const out = fuse(lexical, adversarial, chunks, 5);
    expect(out[0]!.chunk.id).toBe(0);
    expect(out[0]!.score).toBe(10);
    expect(out[0]!.dense).toBeCloseTo(-0.9, 5);
  });

  it('lets the model decide a lexical near-tie', () => {
    const lexical = hits([0, 10], [1, 9.8]);
    const out = fuse(lexical, sims(0.1, 0.9, 0.2, 0.2, 0.2, 0.0), chunks, 5);
    expect(out.map((h) => h.chunk.id).slice(0, 2)).toEqual([1, 0]);
  });

  it('brings in a passage lexical retrieval missed, below clear lexical passages', () => {
    const lexical = hits([0, 10], [1, 6]);
    const out = fuse(lexical, sims(0.2, 0.3, 0.1, 0.1, 0.95, 0.1), chunks, 5);
    const ids = out.map((h) => h.chunk.id);
    expect(ids.slice(0, 2)).toEqual([0, 1]);
    expect(ids).toContain(4);
    // On the lexical scale: at most the dense weight's share of the best lexical score.
    expect(out.find((h) => h.chunk.id === 4)!.score).toBeLessThanOrEqual(10 * DEFAULT_FUSION.denseWeight + 1e-9);
  });

  it('a model that cannot tell passages apart changes nothing', () => {
    const lexical = hits([2, 5], [0, 4.9], [1, 1]);
    const out = fuse(lexical, sims(0.5, 0.5, 0.5, 0.5, 0.5, 0.5), chunks, 3);
    expect(out.map((h) => [h.chunk.id, h.score])).toEqual([
      [2, 5],
      [0, 4.9],
      [1, 1],
    ]);
  });

  it('keeps a passage\'s score before the bonus for stating the figure asked, on the fused scale', () => {
    // Passage 1 was lifted from 5 to 6.5 for stating the kind of figure asked (Hit.plain is its score without).
    const lexical = [...hits([0, 10]), { ...hits([1, 6.5])[0]!, plain: 5 }];
    const flat = sims(0.5, 0.5, 0.5, 0.5, 0.5, 0.5);
    const out = fuse(lexical, flat, chunks, 3);
    expect(out.find((h) => h.chunk.id === 1)!.plain).toBeCloseTo(5, 9);
    expect(out.find((h) => h.chunk.id === 0)!.plain).toBeUndefined();
  });

  it('with no lexical hit at all, ranks by the model alone', () => {
    const out = fuse([], sims(0.1, 0.7, 0.3, 0.9, 0.2, 0.0), chunks, 3);
    expect(out.map((h) => h.chunk.id)).toEqual([3, 1, 2]);
  });

  it('embeds a chunk with its section path', () => {
    expect(passageText(chunks[1]!)).toBe('重点任务\n第1段');
    expect(passageText({ ...chunks[1]!, section: [] })).toBe('第1段');
  });
});

describe('KnowledgeIndex.searchAsync', () => {
  let index: KnowledgeIndex;
  beforeAll(async () => {
    ({ index } = await shippedAnswerer());
  });

  it('is search() when the index carries no vectors', async () => {
    const q = index.parse('高新技术企业的数量目标是多少');
    expect(await index.searchAsync(q, 5)).toEqual(index.search(q, 5));
  });

  it('falls back to the lexical ranking when the question cannot be embedded', async () => {
    const dims = 4;
    const matrix = new Float32Array(index.chunks.length * dims).fill(0.5);
    const failing: DenseVectors = { model: 'fake', dims, matrix, embedQuery: () => Promise.reject(new Error('API down')) };
    const q = index.parse('企业融资难怎么办');
    expect(await index.withDense(failing).searchAsync(q, 5)).toEqual(index.search(q, 5));
  });

  it('uses the query vector when there is one', async () => {
    const dims = 2;
    // Every chunk points one way except the last, which the "model" finds closest to any question.
    const matrix = new Float32Array(index.chunks.length * dims);
    for (let i = 0; i < index.chunks.length; i++) matrix.set(i === index.chunks.length - 1 ? [1, 0] : [0, 1], i * dims);
    const dense: DenseVectors = { model: 'fake', dims, matrix, embedQuery: async () => Float32Array.from([1, 0]) };
    const hybrid = index.withDense(dense);
    const q = hybrid.parse('一个与方案无关的问题');
    const out = await hybrid.searchAsync(q, 8);
    expect(out.some((h) => h.chunk.id === index.chunks.length - 1)).toBe(true);
    expect(similarities(dense, Float32Array.from([1, 0]))[index.chunks.length - 1]).toBe(1);
  });

  it('refuses vectors that do not match the chunks', async () => {
    const bad: DenseVectors = { model: 'fake', dims: 3, matrix: new Float32Array(3), embedQuery: async () => new Float32Array(3) };
    expect(() => index.withDense(bad)).toThrow(/vectors for/);
  });
});
