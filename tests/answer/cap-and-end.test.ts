// `封顶多少`, `能领多少`, `什么时候到期`, `管哪段时间`: everyday ways of asking a sum, a cap and an end date that
// the texts state their own way (`全年合计不超过5万元`, `适用于2024年1月1日-2026年12月31日`).
import { beforeAll, describe, expect, it } from 'vitest';
import { plainText } from '../../src/answer/plain-text.ts';
import type { Answerer } from '../../src/answer/pipeline.ts';
import type { KnowledgeIndex } from '../../src/retrieval/knowledge-index.ts';
import { askedAmountKinds } from '../../src/text/numerals.ts';
import { answererOver } from '../support/docs.ts';

const title = '某县促进科技服务业发展的若干措施';
const text = [
  title,
  '一、支持科技服务券使用。鼓励企业使用科技服务券购买检验检测、技术转移服务。同一企业单次申领不超过2万元，全年合计不超过6万元。',
  '二、支持研发平台建设。对新认定的县级研发中心给予一次性补助10万元。',
  '三、附则。本措施适用于2024年1月1日-2026年12月31日的扶持对象，由县科技局负责解释。',
].join('\n');

describe('a cap, a sum and an end date asked in everyday words', () => {
  let answerer: Answerer;
  let index: KnowledgeIndex;
  beforeAll(async () => {
    ({ answerer, index } = await answererOver({ [`${title}.txt`]: text }));
  });

  it('reads 能领多少 and 封顶多少 as asking a sum, 什么时候到期 as a date, 哪段时间 as a span', () => {
    expect(askedAmountKinds('一次最多能领多少')).toContain('money');
    expect(askedAmountKinds('一年封顶多少')).toContain('money');
    expect(askedAmountKinds('最多能领多少次')).not.toContain('money');
    // (`补贴每月具体多少`: the sum, with how often and how exactly said between; not `补贴期限多少`.)
    expect(askedAmountKinds('社保补贴每月具体多少')).toContain('money');
    expect(askedAmountKinds('补贴标准是多少')).toContain('money');
    expect(askedAmountKinds('补贴期限多少')).not.toContain('money');
    expect(askedAmountKinds('什么时候到期')).toEqual(['date']);
    expect(askedAmountKinds('管哪段时间的')).toEqual(['duration', 'date']);
  });

  it('takes a cap word no document uses as part of the asking, not as a topic', () => {
    const c = index.parse('科技服务券一年封顶多少？').concepts.map((x) => x.text);
    expect(c).not.toContain('封顶');
    // Asked without an amount, it stays what it says.
    expect(index.parse('哪些补助会封顶？').concepts.map((x) => x.text)).toContain('封顶');
    // So is the span asked (`管哪段时间`): the text gives dates.
    expect(index.parse('这些措施管哪段时间的扶持？').concepts.map((x) => x.text)).not.toContain('段时间');
  });

  it('answers the cap from the passage that states it', async () => {
    const a = plainText(await answerer.ask('科技服务券一次最多能领多少，一年加起来封顶多少'));
    expect(a).toContain('6万元');
  });

  it('answers when the measures run out from the sentence that gives their period', async () => {
    const a = plainText(await answerer.ask('这个科技服务业措施管哪段时间的扶持？什么时候到期'));
    expect(a).toContain('2026年12月31日');
  });
});
