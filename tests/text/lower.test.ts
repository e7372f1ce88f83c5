import { describe, expect, it } from 'vitest';
import { lowerOrSame } from '../../src/text/lower.ts';
import { random } from '../support/tiny-model.ts';

describe('lowerOrSame', () => {
  it('is toLowerCase() for every code point, lone surrogates included', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0x10ffff; c++) {
      const s = c >= 0xd800 && c <= 0xdfff ? String.fromCharCode(c) : String.fromCodePoint(c);
      if (lowerOrSame(s) !== s.toLowerCase()) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it('is toLowerCase() for mixed texts (final sigma, dotted İ, surrogate pairs, Han, capitals)', () => {
    const rnd = random(7);
    const pieces = ['中', '华', '人民', 'A', 'b', 'Σ', 'ΑΣ', 'σ', 'İ', 'Ⅻ', 'Ａ', '𐐀', '𞤀', '\ud801', '\udc00', ' ', '第一条', 'GDP', '（一）', 'ǅ'];
    for (let i = 0; i < 20_000; i++) {
      const s = Array.from({ length: Math.floor(rnd() * 12) }, () => pieces[Math.floor(rnd() * pieces.length)]!).join('');
      expect(lowerOrSame(s)).toBe(s.toLowerCase());
    }
  });

  it('returns the string itself when nothing changes', () => {
    const text = '第一条 为了规范行政处罚的设定和实施，保障和监督行政机关有效实施行政管理。';
    expect(lowerOrSame(text)).toBe(text);
    expect(lowerOrSame('GDP增长')).toBe('gdp增长');
  });
});
