// A focus that holds every chunk ranks as the whole base does (answer/pipeline.ts then ranks once).
import { describe, expect, it } from 'vitest';
import { shippedAnswerer } from '../support/kb.ts';

describe('KnowledgeIndex.holdsAll', () => {
  it('is true for the one document of a one-plan base, and its scoped ranking is the ranking everywhere', async () => {
    const { index } = await shippedAnswerer();
    const plan = index.documents[0]!.id;
    expect(index.documents).toHaveLength(1);
    expect(index.holdsAll([plan])).toBe(true);
    expect(index.holdsAll([])).toBe(false);
    expect(index.holdsAll(['no-such-document'])).toBe(false);
    for (const q of ['企业融资难怎么办', '重点任务有哪些', '数字化诊断补贴能补多少？', '中华人民共和国民法典是什么时候开始施行的？']) {
      const query = index.parse(q);
      const scoped = index.withVersion(2).search(query, 8, undefined, [plan]);
      const everywhere = index.withVersion(3).search(query, 8);
      expect(scoped.map((h) => [h.chunk.id, h.score])).toEqual(everywhere.map((h) => [h.chunk.id, h.score]));
    }
  });
});
