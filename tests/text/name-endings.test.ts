import { describe, expect, it } from 'vitest';
import { NameEndings } from '../../src/text/name-endings.ts';

/** What reach() stands for: growing a slice leftwards while it is the ending of some name. */
function reachBySlices(names: string[], text: string, end: number, limit: number): number {
  const ends = new Set<string>();
  for (const t of names) for (let k = 0; k < t.length; k++) ends.add(t.slice(k));
  let n = 0;
  while (n < limit && end - n - 1 >= 0 && ends.has(text.slice(end - n - 1, end))) n++;
  return n;
}

describe('NameEndings', () => {
  const names = ['中华人民共和国劳动合同法', '中华人民共和国海洋环境保护法', '中华人民共和国环境保护法', '工伤保险条例', '法', '𠀀字法'];
  const tails = new NameEndings(names);

  it('reads how far leftwards a stretch is a name ending', () => {
    expect(tails.reach('请问劳动合同法是什么', 7, 48)).toBe(5);
    expect(tails.reach('环境保护法', 5, 3)).toBe(3);
    expect(tails.reach('天气', 2, 48)).toBe(0);
  });

  it('agrees with slices looked up in a set of endings, everywhere in a text', () => {
    const text = '关于中华人民共和国环境保护法和工伤保险条例以及𠀀字法的问题，劳动合同法';
    for (let end = 0; end <= text.length; end++) for (const limit of [1, 2, 5, 48]) expect(tails.reach(text, end, limit)).toBe(reachBySlices(names, text, end, limit));
  });
});
