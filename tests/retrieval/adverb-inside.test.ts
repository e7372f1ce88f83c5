// An adverb inside a question's word (`比较完善`, `最多扣`) says how much, not what: the text words the degree its
// own way (`较为完善`, `不超过`), and the rest of the word is what must be found. In a small collection the adverb
// used once (比较) was the rarest part of the word and made it weigh most.
import { beforeAll, describe, expect, it } from 'vitest';
import { weighEvidence } from '../../src/answer/gate.ts';
import type { KnowledgeIndex } from '../../src/retrieval/knowledge-index.ts';
import { answererOver } from '../support/docs.ts';

const OPINION = `某市关于加强公立医院绩效考核工作的意见

一、工作目标
到2020年，基本建立较为完善的公立医院绩效考核体系，考核指标科学规范。

二、组织实施
各医院对照指标体系开展自查自评，比较分析存在的问题。
`;

let index: KnowledgeIndex;
beforeAll(async () => {
  ({ index } = await answererOver({ '绩效考核意见.txt': OPINION }));
});

describe('an adverb inside a word of the question', () => {
  it('lets the rest of the word stand in for it', () => {
    const c = index.parse('什么时候要基本建成比较完善的公立医院绩效考核体系？').concepts.find((x) => x.text === '比较完善');
    expect(c?.phrases).toContain('完善');
  });

  it('finds the passage that words the degree its own way', () => {
    const q = index.parse('按计划，什么时候要基本建成比较完善的公立医院绩效考核体系？');
    const hits = index.search(q, 8);
    expect(hits[0]!.chunk.text).toContain('较为完善');
    expect(weighEvidence(index, q, hits).grounded).toBe(true);
  });
});
