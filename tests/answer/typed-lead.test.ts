// A question that asks a figure of a kind (`多少岁`, `几年期`) is led by a sentence that states one of
// that kind, not by one that states another figure (a period, a sum) with more of the question's words.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/answer/plain-text.ts';
import { answererOver } from '../support/docs.ts';

const title = '某市创业担保贷款常见问题';
const text = [
  title,
  '一、贷款期限最长多久？',
  '答：个人创业担保贷款期限最长不超过3年，申请人超过期限未还款的，不得再次申请。',
  '二、申请人有年龄要求吗？',
  '答：提交贷款申请时女性不超过55周岁、男性不超过60周岁。',
  '三、利率怎么定？',
  '答：贷款利率上限不超过LPR+50BP。其中LPR为1年期贷款市场报价利率。',
].join('\n');

describe('the kind of figure asked leads', () => {
  it('an age asked is answered by the sentence that states ages', async () => {
    const { answerer } = await answererOver({ [`${title}.txt`]: text });
    const a = plainText(await answerer.ask('某市创业担保贷款，男的超过多少岁就不能申请了？'));
    expect(a).toContain('男性不超过60周岁');
    expect(a).not.toContain('没有写明');
  });

  it('a period asked (几年期) is answered by the sentence that states one', async () => {
    const { answerer } = await answererOver({ [`${title}.txt`]: text });
    const a = plainText(await answerer.ask('某市创业担保贷款常见问题里的LPR是指几年期的利率？'));
    expect(a).toContain('1年期');
    expect(a).not.toContain('没有写明');
  });
});
