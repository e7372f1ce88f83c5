// A date asked is given when the text states it as notices do — `每年三月底前` in Chinese numerals, `次月` for the
// month after — and when it stands in the short item the answer shows whole, after the sentence that matched
// the question (`1.摸底排查。…建立台账。该项工作于2019年4月底前完成。`): that item is one task and its deadline.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/pipeline.ts';
import { plainText } from '../../src/answer/plain-text.ts';
import { statesAmountOf } from '../../src/text/numerals.ts';
import { answererOver } from '../support/docs.ts';

const title = '某省关于开展城镇小区配套幼儿园治理工作的通知';
const text = [
  title,
  '一、工作目标',
  '规范小区配套幼儿园建设使用，提高普惠性学前教育资源供给。',
  '二、工作措施',
  '1.摸底排查。各地以县（市、区）为单位，对城镇小区配套幼儿园情况进行全面摸底排查，针对规划、配建、移交、使用不到位等情况，分别列出清单、建立台账。该项工作于2019年4月底前完成。',
  '2.整改规范。对存在问题的小区配套幼儿园，各地要逐一制定整改方案，明确整改时限。',
  '三、组织实施',
  '各省应当于每年三月底前向教育部报告上年度治理工作情况。新认定的普惠性幼儿园，于审定合格后次月开始拨付生均补助。',
].join('\n');

describe('a date stated as notices state it', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver({ [`${title}.txt`]: text }));
  });

  it('reads months in Chinese numerals and the month after as dates and months', () => {
    expect(statesAmountOf('应当于每年三月底前报告', ['date'])).toBe(true);
    expect(statesAmountOf('于审定合格后次月开始发放', ['month'])).toBe(true);
    // (A period is no date, nor the month of a wage.)
    expect(statesAmountOf('于三个月后完成', ['date'])).toBe(false);
    expect(statesAmountOf('按当月工资计发', ['month'])).toBe(false);
  });

  it('answers with the deadline of the item shown whole', async () => {
    const a = await answerer.ask('各地对小区配套幼儿园的摸底排查要在什么时候之前搞完？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('2019年4月底前');
  });

  it('answers a yearly deadline in Chinese numerals and the month a grant starts', async () => {
    const yearly = await answerer.ask('各省每年最晚什么时候要向教育部报告治理情况？');
    expect(yearly.grounded).toBe(true);
    expect(plainText(yearly)).toContain('三月底前');
    const month = await answerer.ask('新认定的普惠性幼儿园，生均补助从哪个月开始拨？');
    expect(month.grounded).toBe(true);
    expect(plainText(month)).toContain('次月');
  });
});
