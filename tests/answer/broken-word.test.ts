// `最终想把澄川打造成什么`: search mode cuts 打造成 as 打/造成, and 造成 is a word no document here uses — the asker said
// 打造, which the documents do use. The glued pair is no topic; the word it broke is.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/answer/plain-text.ts';
import { answererOver } from '../support/docs.ts';

const plan = [
  '澄川市支持人工智能OPC创业社区发展行动方案',
  '',
  '一、总体要求',
  '以激活创新活力为核心，以完善创业支撑为关键，到2027年，建成OPC创业社区10个以上，打造中部地区最具活力OPC创业高地。',
  '二、重点任务',
  '（一）优化社区布局。依托产业园区和高校院所，布局一批OPC创业社区。',
  '（二）强化要素保障。鼓励社区以整体租赁方式提供办公空间和算力资源。',
  '',
].join('\n');

describe('a word search mode broke', () => {
  it('is the word the asker said', async () => {
    const { answerer, index } = await answererOver({ '澄川市支持人工智能OPC创业社区发展行动方案.txt': plan });
    const concepts = index.parse('澄川搞OPC创业社区，最终想把澄川打造成什么？').concepts.map((c) => c.text);
    expect(concepts).toContain('打造');
    expect(concepts).not.toContain('造成');
    const a = await answerer.ask('澄川搞OPC创业社区，最终想把澄川打造成什么？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('最具活力OPC创业高地');
  });

});
