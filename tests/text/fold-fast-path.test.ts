// foldWidth and foldSpace return a text with nothing to fold as it is, without their regular
// expressions (src/text/normalize.ts): the same result as the full passes, checked here against a
// copy of those passes for every BMP character in a few surroundings and for random mixed texts.
import { describe, expect, it } from 'vitest';
import { foldSpace, foldWidth, normalizeQuery } from '../../src/text/normalize.ts';

const CN_PUNCT: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？' };

/** foldWidth before its fast path. */
function foldWidthFull(s: string): string {
  let out = s.replace(/[\uFE50-\uFE6B]/g, (c) => c.normalize('NFKC'));
  out = out.replace(/[\uFF01-\uFF5E]/g, (c) => {
    const ascii = String.fromCharCode(c.charCodeAt(0) - 0xfee0);
    return /[,:;!?()]/.test(ascii) ? c : ascii;
  });
  out = out.replace(/\u3000/g, ' ');
  out = out.replace(/([\p{Script=Han}”’）)》\d%])[^\S\n]*([,:;!?])[^\S\n]*(?=[\p{Script=Han}“‘《(（\d]|$)/gmu, (m, a, p, offset, whole) => {
    if (p === ',' && /\d/.test(a) && /\d/.test(whole[offset + m.length] ?? '')) return m;
    if (p === ':' && /\d/.test(a) && /\d/.test(whole[offset + m.length] ?? '')) return m;
    return a + CN_PUNCT[p];
  });
  return out.replace(/（/g, '(').replace(/）/g, ')');
}

/** foldSpace before its fast path. */
function foldSpaceFull(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/[^\S\n]*\t[^\S\n]*/g, '\t')
    .replace(/[^\S\n\t]+/g, ' ')
    .split('\n')
    .map((l) => l.replace(/^[^\S\t]+|[^\S\t]+$/gu, ''))
    .filter((l) => l.trim().length > 0)
    .join('\n');
}

describe('fold fast paths', () => {
  it('give what the full passes give, for every BMP character in context', () => {
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      for (const s of [ch, `中${ch}国`, `1${ch}2`, `${ch}？`, `问${ch}`]) {
        expect(foldWidth(s)).toBe(foldWidthFull(s));
        expect(foldSpace(s)).toBe(foldSpaceFull(s));
      }
    }
  });

  it('give what the full passes give for random mixed texts', () => {
    const pool = [...'中国企业，。？！：；,.:;!?（）()１２ＡＢ　 \t\n\r\u200b\ufeff﹐﹒a1%“”《》'];
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000);
    for (let i = 0; i < 20000; i++) {
      const s = Array.from({ length: 1 + Math.floor(rnd() * 12) }, () => pool[Math.floor(rnd() * pool.length)]).join('');
      expect(foldWidth(s)).toBe(foldWidthFull(s));
      expect(foldSpace(s)).toBe(foldSpaceFull(s));
    }
  });

  it('normalizeQuery gives the same string again from its kept forms', () => {
    const q = '企業融資難怎麼辦？ ';
    const first = normalizeQuery(q);
    for (let i = 0; i < 2000; i++) normalizeQuery(`问题${i}`);
    expect(normalizeQuery(q)).toBe(first);
  });
});
