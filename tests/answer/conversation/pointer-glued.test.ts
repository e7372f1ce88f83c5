// `那稀油那头呢`: a follow-up's own word that jieba's dictionary lacks, glued by its guess to the pointer before it
// (`那稀油`), is still the word the documents use — the follow-up is asked of it, not of the turn before's subject.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../../src/answer/pipeline.ts';
import { plainText } from '../../../src/answer/plain-text.ts';
import type { KnowledgeIndex } from '../../../src/retrieval/knowledge-index.ts';
import { answererOver } from '../../support/docs.ts';

const TITLE = '平川市油田稳产三年行动方案';
const TEXT = [
  TITLE,
  '一、重点任务',
  '（一）推进储气库建设。与油田共同推进储气、储碳“两大储库”建设，探索绿色转型之路。',
  '（二）稳定油气生产。全力支持油田稀油增量提效、稠油优化提质，稳定油区本部产量。',
  '（三）强化科技攻关。支持油田建设采油工程技术中心。',
  '',
].join('\n');

describe('a follow-up word glued to its pointer', () => {
  let answerer: Answerer;
  let index: KnowledgeIndex;
  beforeAll(async () => {
    ({ answerer, index } = await answererOver({ [`${TITLE}.txt`]: TEXT }));
  });

  it('is read apart from the pointer when the documents use the word and not the glued run', () => {
    const words = index.tag('那稀油那头呢').map((w) => w.word);
    expect(words).toContain('稀油');
    expect(words).not.toContain('那稀油');
    // (A run the documents use whole stays whole.)
    expect(index.tag('这稠油').map((w) => w.word).join('/')).not.toContain('那');
  });

  it('answers the follow-up from the passage that says the word', async () => {
    await answerer.ask('方案给油田安排了什么工作？', { sessionId: 's' });
    const a = await answerer.ask('那稀油那头呢，要往哪使劲？', { sessionId: 's' });
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('稀油增量提效');
  });
});
