// `一共分几个级别`, `分成哪几类`: the division and the word for its parts are how the question asks for the kinds — the
// text says them its own way (`分为Ⅰ级和Ⅱ级两级`), so they do not weigh as words the passage must hold, and the answer
// is led by the sentence that divides, not by the one that merely speaks of the thing divided.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/answer/plain-text.ts';
import { answererOver } from '../support/docs.ts';

const plan = [
  '澄川市粮食应急预案',
  '',
  '1 总则',
  '1.1 编制目的',
  '为有效应对粮食应急状态，保障粮食市场供应，制定本预案。',
  '1.2 粮食应急状态',
  '粮食应急状态是指因各类突发公共事件引起粮食供求关系突变，在较大地域范围内出现群众大量集中抢购、粮食价格大幅度上涨等粮食市场急剧波动的状况。',
  '按照市级人民政府对本地区粮食生产和流通全面负责的原则，本预案规定的粮食应急状态分为市级（Ⅰ级）和县级（Ⅱ级）两级。',
  '1.2.1 市级（Ⅰ级）：在全市较大范围内出现粮食应急状态，以及市人民政府认为需要按照市级粮食应急状态来对待的情况。',
  '1.2.2 县级（Ⅱ级）：在一个县（区）范围内出现粮食应急状态，以及县级人民政府认为需要按照县级粮食应急状态来对待的情况。',
  '2 应急响应',
  '出现粮食应急状态时，市粮食应急工作指挥部启动相应级别的应急响应。',
  '',
].join('\n');

describe('kinds asked for', () => {
  it('keep the division a concept, found by the text’s word for it (`分成` by `分为`)', async () => {
    const { index } = await answererOver({ '澄川市粮食应急预案.txt': plan });
    const division = index.parse('粮食应急状态分成哪几级？').concepts.find((c) => c.text === '分成');
    expect(division?.phrases).toContain('分为');
  });

  it('are answered by the sentence that divides', async () => {
    const { answerer } = await answererOver({ '澄川市粮食应急预案.txt': plan });
    const a = await answerer.ask('粮食应急状态一共分几个级别？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('两级');
  });
});
