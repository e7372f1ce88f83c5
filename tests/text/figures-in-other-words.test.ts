// Figures a text states in shapes a question's kind must still recognise: a period after an event (`到任后半年内`), a
// share as a fraction with a slash (`2/3`), and a deadline counted from an event (`开展首次培训的1个月内`).
import { describe, expect, it } from 'vitest';
import { statesAmountOf } from '../../src/text/numerals.ts';

describe('a half year after an event', () => {
  it('is a period', () => {
    expect(statesAmountOf('工作人员到任后半年内运进的安家物品免税。', ['duration'])).toBe(true);
  });
  it('while the second half of a year is none', () => {
    expect(statesAmountOf('下半年完成验收，后半年开展评估。', ['duration'])).toBe(false);
  });
});

describe('a fraction with a slash', () => {
  it('is a share', () => {
    expect(statesAmountOf('补贴最高不超过其实际缴费额的2/3。', ['percent'])).toBe(true);
  });
  it('while a date written with slashes is none', () => {
    expect(statesAmountOf('本办法自2023/5/1起施行。', ['percent'])).toBe(false);
  });
});

describe('a deadline counted from an event', () => {
  it('states the date asked', () => {
    expect(statesAmountOf('培训机构应当在开展首次培训的1个月内，将相关材料提交行业协会。', ['date'])).toBe(true);
  });
  it('while a bare span names no event', () => {
    expect(statesAmountOf('整改工作3个月内完成。', ['date'])).toBe(false);
  });
});

describe('a figure said roughly', () => {
  // (`30余个市级科技重大专项` was read as no count: the 余 stood between the number and its measure word.)
  it('states a count, a sum and a period all the same', () => {
    expect(statesAmountOf('先后启动脑与类脑、新一代光源等30余个市级科技重大专项。', ['count'])).toBe(true);
    expect(statesAmountOf('累计发放补贴100余万元。', ['money'])).toBe(true);
    expect(statesAmountOf('已连续实施十多年。', ['duration'])).toBe(true);
  });
  it('while a word of many with no number states none', () => {
    expect(statesAmountOf('形成许多个创新平台。', ['count'])).toBe(false);
  });
});
