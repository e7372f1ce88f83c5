// `最早什么时候能交、最晚什么时候必须交`: a rule sets the date by another one (`有效期届满前90个工作日至30个工作日期间`,
// `自公布之日起30日内`) — that is the date as a law gives it, not a text that states none. So is a rate set as a
// multiple of a benchmark rate (`一年期贷款市场报价利率四倍`).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/pipeline.ts';
import { plainText } from '../../src/answer/plain-text.ts';
import { statesAmountOf } from '../../src/text/numerals.ts';
import { answererOver } from '../support/docs.ts';

const title = '某产品生产经营监督管理办法';
const text = [
  title,
  '第一条 为了规范某产品生产经营活动，制定本办法。',
  '第二条 某产品生产许可证有效期为5年。',
  '第三条 某产品生产许可证有效期届满需要延续的，申请人应当在生产许可证有效期届满前90个工作日至30个工作日期间向所在地药品监督管理部门提出延续许可申请。',
  '第四条 本办法自2022年1月1日起施行。',
].join('\n');

describe('a date set by another date', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver({ [`${title}.txt`]: text }));
  });

  it('counts a deadline before or from another date as a date stated', () => {
    expect(statesAmountOf('有效期届满前90个工作日至30个工作日期间提出申请', ['date'])).toBe(true);
    expect(statesAmountOf('自公布之日起30日内报送', ['date'])).toBe(true);
    expect(statesAmountOf('有效期为5年', ['date'])).toBe(false);
  });

  it('counts a rate set as a multiple of a benchmark rate as a rate stated', () => {
    expect(statesAmountOf('约定的利率超过合同成立时一年期贷款市场报价利率四倍的除外', ['percent'])).toBe(true);
    expect(statesAmountOf('产值增长两倍', ['percent'])).toBe(false);
  });

  it('answers the earliest and the latest day to apply from the rule that sets them', async () => {
    const a = await answerer.ask('我们厂的生产许可证明年到期，续证申请最早什么时候能交、最晚什么时候必须交？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('90个工作日至30个工作日');
  });
});
