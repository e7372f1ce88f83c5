// A year written in Chinese numerals with a digit among them (`一九九0年`, as the 1984 order on legal units of
// measurement prints it) is a year; the day a decision takes effect or a period is counted from, set by an event
// (`自人民法院裁定送达当事人之日起发生法律效力`), is the date a law gives — not every right that runs from an event.
import { describe, expect, it } from 'vitest';
import { statesAmountOf } from '../../src/text/numerals.ts';

describe('a year in Chinese numerals', () => {
  it('is a year whatever its digits', () => {
    expect(statesAmountOf('市制计量单位，可以延续使用到一九九0年。', ['year'])).toBe(true);
    expect(statesAmountOf('一九八四年二月二十七日发布。', ['year'])).toBe(true);
    expect(statesAmountOf('二〇二五年底前完成。', ['year'])).toBe(true);
    expect(statesAmountOf('自二○○一年一月一日起施行。', ['year'])).toBe(true);
    // (A count of years is no year, nor are numerals that are no year's.)
    expect(statesAmountOf('连续工作满二十五年。', ['year'])).toBe(false);
    expect(statesAmountOf('编号为一二三四年。', ['year'])).toBe(false);
  });
});

describe('a day set by an event', () => {
  it('is a date where something takes effect or is counted from it', () => {
    expect(statesAmountOf('原仲裁裁决自人民法院裁定送达当事人之日起发生法律效力。', ['date'])).toBe(true);
    expect(statesAmountOf('保温工程的保修期，自竣工验收合格之日起计算。', ['date'])).toBe(true);
  });

  it('is not one where a right merely runs from it', () => {
    expect(statesAmountOf('新生儿自出生之日起独立享受当年的居民医保待遇。', ['date'])).toBe(false);
  });
});
