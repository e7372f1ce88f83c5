// Places in a plan's lists as people say them: a number on the list written in Chinese numerals
// (`任务单上十一号`), and a count from the end told before the ordinal (`从后往前倒着数，第七个`).
import { describe, expect, it } from 'vitest';
import { ordinalIn } from '../../../src/answer/facts/match.ts';

describe('ordinalIn', () => {
  it('reads a number on the list in Chinese numerals as in digits', () => {
    expect(ordinalIn('任务单上十一号是哪项？')).toMatchObject({ n: 11 });
    expect(ordinalIn('清单上19号是什么任务')).toMatchObject({ n: 19 });
  });

  it('reads no place in a date or a document number', () => {
    expect(ordinalIn('5月十一号开的会')).toBeNull();
    expect(ordinalIn('国办发〔2018〕117号')).toBeNull();
  });

  it('counts from the end when the count is told before the ordinal', () => {
    expect(ordinalIn('重点任务从后往前倒着数，第七个是啥')).toMatchObject({ n: 7, fromEnd: true });
    expect(ordinalIn('倒着数第三项任务')).toMatchObject({ n: 3, fromEnd: true });
    expect(ordinalIn('任务清单由后往前点，第4个具体是哪一项？')).toMatchObject({ n: 4, fromEnd: true });
    expect(ordinalIn('从清单末尾往回数九个，落在哪项上？')).toMatchObject({ n: 9, fromEnd: true });
  });

  it('reads 第N位 followed by a list entry as a place, and otherwise as a rank', () => {
    expect(ordinalIn('排在第二十位的那条任务叫啥')).toMatchObject({ n: 20, noun: '任务' });
    expect(ordinalIn('全省第三位')).toBeNull();
  });

  // (`第一次授衔一般给什么衔` over the laws was answered with the plan's task 1.)
  it('reads no place in a time or a round counted', () => {
    expect(ordinalIn('硕士毕业被任命为军官，第一次授衔给什么衔')).toBeNull();
    expect(ordinalIn('第二批试点城市有哪些')).toBeNull();
    expect(ordinalIn('第三届理事会任期几年')).toBeNull();
    expect(ordinalIn('第二项任务是什么')).toMatchObject({ n: 2 });
    // (…and the place said after one is still read: the fifth of the second batch.)
    expect(ordinalIn('第二批改革举措的第5项是什么')).toMatchObject({ n: 5 });
  });

  it('reads the first said with how it was listed (最先列出的那个方面)', () => {
    expect(ordinalIn('最先列出的那个方面下面有两项任务')).toMatchObject({ n: 1, noun: '方面' });
  });

  it('reads a place given as the list’s number (`编号19的`, `序号为7的那项`), not a percentage', () => {
    expect(ordinalIn('那张任务单，编号19的是哪个？')).toMatchObject({ n: 19 });
    expect(ordinalIn('序号为7的那项任务讲的什么')).toMatchObject({ n: 7 });
    expect(ordinalIn('编号12%的指标')).toBeNull();
  });
});
