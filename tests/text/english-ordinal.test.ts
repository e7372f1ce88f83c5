// A place in a list asked in English, said as the documents number it.
import { describe, expect, it } from 'vitest';
import { chineseOrdinal, englishOrdinal, ordinalAsk } from '../../src/text/english-ordinal.ts';

describe('English ordinals', () => {
  it('reads ordinal words and numbers before the noun, and numbers after it', () => {
    const zh = (q: string) => {
      const o = englishOrdinal(q);
      return o ? chineseOrdinal(o) : null;
    };
    expect(zh('What does the seventh area cover?')).toBe('第七个方面');
    expect(zh("What's the 6th measure of the plan?")).toBe('第6项');
    expect(zh('Task 20 of the plan deals with foreign investment.')).toBe('第20项');
    expect(zh('What does Article 12 say?')).toBe('第十二条');
    expect(zh('Which unit leads item No. 5?')).toBe('第5项');
    expect(zh('Which department leads item (15) on tax payment?')).toBe('第15项');
    expect(zh('How many tasks are there?')).toBeNull();
  });

  it('makes a Chinese question only of an ask that is nothing but the place', () => {
    expect(ordinalAsk('The plan groups its 21 tasks into eight areas. What does the seventh area cover?')).toBe('第七个方面是什么？');
    expect(ordinalAsk('Which departments lead the third task?')).toBeNull();
    expect(ordinalAsk('What is the subsidy in the second measure?')).toBeNull();
    expect(ordinalAsk("Which task is number 18 among the plan's 21 key tasks?")).toBe('第18项是什么？');
  });
});
