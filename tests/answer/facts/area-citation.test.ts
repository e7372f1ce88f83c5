// An answer about one of the plan's areas is read from the area's heading line (`五是推动提档为先的精准发力`) and the
// sentence under it: the passage cited holds both, so the citation shows where the area's name was read.
import { describe, expect, it } from 'vitest';
import { shippedAnswerer } from '../../support/kb.ts';

describe('the citation of an area', () => {
  it('holds the heading line the area is named by, and the sentence of its tasks', async () => {
    const { answerer } = await shippedAnswerer();
    for (const q of ['八个方面里的第五个方面讲的是什么？', '第七个方面聚焦的是啥？']) {
      const a = await answerer.ask(q);
      expect(a.mode).toBe('facts');
      const first = a.citations[0]!.text.replace(/\s+/gu, '');
      expect(first).toMatch(/^[五七]是推动/u);
      expect(first).toMatch(/设置了.+项任务/u);
    }
  });
});
