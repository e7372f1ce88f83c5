// Everyday verbs no document writes as the asker says them: a verb with its complement (拿到, 搬走), or a
// modal jieba's guess glued to the verb (能补, 能续). The verb itself, in the documents' own words (补贴,
// 续租), speaks of what was asked; directions alone are grammar; completion (办完) stays what is asked.
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeIndex } from '../../src/retrieval/knowledge-index.ts';
import type { Answerer } from '../../src/answer/pipeline.ts';
import { answererOver } from '../support/docs.ts';

describe('verbs with what jieba glued to them', () => {
  let index: KnowledgeIndex;
  let answerer: Answerer;
  beforeAll(async () => {
    ({ index, answerer } = await answererOver({
      '公寓租赁办法.txt':
        '公寓租赁办法\n\n第一条 符合条件的企业，给予一次性补贴3000元。\n第二条 租赁合同期满需要续租的，应当在期满前3个月提出申请。\n第三条 申请人可以到区政务服务中心线下办理。\n第四条 缺额部分次月补。\n',
      'aliases.json': JSON.stringify({ groups: [] }),
    }));
  });
  const concept = (q: string, text: string) => index.parse(q).concepts.find((c) => c.text === text);

  it('lets the verb stand for a modal glued to it (能补 → 补, 能续 → 续)', () => {
    expect(concept('政府能补多少钱', '能补')?.phrases).toContain('补');
    expect(concept('合同期满还能续吗', '能续')?.phrases).toContain('续');
  });

  it('weighs such a word as one the documents do not use: a lone character is rare as a token, not as a word', () => {
    const c = concept('政府能补多少钱', '能补')!;
    // (第四条 has 补 as a word of its own: still 能补 is no word the documents use.)
    expect(index.known(c)).toBe(false);
  });

  it('lets the verb stand for itself with its complement (拿到 → 拿), also when the tagger cut them apart (打/到)', () => {
    expect(concept('才能拿到补贴', '拿到')?.phrases).toContain('拿');
    expect(concept('补贴是打到哪个账户里', '打到')?.phrases).toContain('打');
  });

  it('reads two directions as grammar (`线下去哪里办`: 线下, then 去)', () => {
    expect(index.parse('线下去哪里办').concepts.map((c) => c.text)).not.toContain('下去');
  });

  it('keeps completion as asked: how long until a thing is done (`办完`) is the question', () => {
    expect(concept('多久能办完', '办完')?.phrases).toEqual(['办完']);
  });

  it('answers from the passage that says the verb its own way', async () => {
    const a = await answerer.ask('企业政府能补多少钱');
    expect(a.grounded).toBe(true);
    expect(a.body).toContain('3000元');
  });
});
