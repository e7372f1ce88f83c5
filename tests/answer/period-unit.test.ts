// `街道几天内给审核意见`: a period asked in days is answered by the sentence that states days (`3个工作日内`), not by one
// about the same thing that states months of something else (`超过本市2个月最低生活保障标准的…审核意见`).
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/answer/plain-text.ts';
import { periodUnitAsked, statesPeriodIn } from '../../src/text/numerals.ts';
import { answererOver } from '../support/docs.ts';

const rules = [
  '澄川市临时救助实施细则',
  '',
  '第八条 申请急难型临时救助，申请人材料齐全、符合申请条件的，街道办事处应当场受理。',
  '街道办事处在受理之日起3个工作日内，根据入户调查情况，提出审核意见。',
  '第九条 急难型临时救助人均救助金额超过本市2个月最低生活保障标准的，街道办事处应连同申请材料和审核意见报区民政部门审批。',
  '第十条 区民政部门在收到材料之日起5个工作日内作出审批决定。',
  '',
].join('\n');

describe('the scale of a period asked', () => {
  it('is read from the question and found in a text', () => {
    expect(periodUnitAsked('街道几天内给审核意见？')).toBe('day');
    expect(periodUnitAsked('多少个工作日能办完')).toBe('day');
    expect(periodUnitAsked('补贴能领几个月')).toBe('month');
    expect(periodUnitAsked('有效期是多少年')).toBe('year');
    expect(periodUnitAsked('这几年有什么变化')).toBeNull();
    expect(periodUnitAsked('要多久')).toBeNull();
    expect(statesPeriodIn('在受理之日起3个工作日内提出审核意见。', 'day')).toBe(true);
    expect(statesPeriodIn('人均救助金额超过本市2个月最低生活保障标准的。', 'day')).toBe(false);
    expect(statesPeriodIn('人均救助金额超过本市2个月最低生活保障标准的。', 'month')).toBe(true);
    // (A year the text is dated is no period.)
    expect(statesPeriodIn('2023年1月1日起施行。', 'year')).toBe(false);
  });

  it('answers with the sentence that states it', async () => {
    const { answerer } = await answererOver({ '澄川市临时救助实施细则.txt': rules });
    const a = await answerer.ask('申请急难型临时救助以后，街道办事处几天内提出审核意见？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('3个工作日内');
    expect(plainText(a)).not.toContain('2个月');
  });
});
