// A deadline set a year before a term ends (`应在届满前一年提交续期申请书`) states the date `最晚什么时候` asks; the
// years in the title of a document cited (`《法治政府建设实施纲要（2015—2020年）》`) name that document, and are no
// period a `多久` is answered by.
import { describe, expect, it } from 'vitest';
import { statesAmountOf } from '../../src/text/numerals.ts';

describe('a deadline a year before a term ends', () => {
  it('states a date', () => {
    expect(statesAmountOf('土地使用者需要继续使用的，应在届满前一年提交续期申请书。', ['date'])).toBe(true);
    expect(statesAmountOf('应当在有效期届满前2年申请延续。', ['date'])).toBe(true);
  });

  it('is not any count of years', () => {
    expect(statesAmountOf('出让年限为二十年。', ['date'])).toBe(false);
    expect(statesAmountOf('自登记之日起三年内有效。', ['date'])).toBe(false);
    expect(statesAmountOf('参照到期前一年度的考核结果确定。', ['date'])).toBe(false);
  });
});

describe('years in a cited title', () => {
  it('state no period', () => {
    expect(statesAmountOf('中共中央、国务院印发的《法治政府建设实施纲要（2015—2020年）》要求完善规范性文件制定程序。', ['duration'])).toBe(false);
  });

  it('while a span the text sets does', () => {
    expect(statesAmountOf('本方案实施期为2023—2025年。', ['duration'])).toBe(true);
    expect(statesAmountOf('合法性审核时间一般不少于5个工作日，最长不超过15个工作日。', ['duration'])).toBe(true);
  });
});
