// Answers quote a document in the characters its source writes: full-width （）％／ where it does.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/answer/plain-text.ts';
import { asWritten, wideForms } from '../../src/text/normalize.ts';
import { answererOver } from '../support/docs.ts';

describe('wideForms and asWritten', () => {
  it('restore the forms a source writes more often than not, a slash only between words', () => {
    expect(wideForms('保管费（原粮）每年100元／吨，占比82.0％（注）。(一)')).toBe('()%/');
    expect(wideForms('a (b) 50%')).toBe('');
    expect(asWritten('保管费(原粮)每年100元/吨，见https://x.gov.cn/a', '()/')).toBe('保管费（原粮）每年100元／吨，见https://x.gov.cn/a');
    expect(asWritten('比例为82.0%', '')).toBe('比例为82.0%');
  });
});

describe('an answer from a document written with full-width forms', () => {
  it('quotes it as written, and a document written in ASCII as written too', async () => {
    const wide = '某市储备粮管理办法\n第一条 为加强储备粮管理，制定本办法。\n第二条 市级储备粮（原粮）保管费每年100元／吨，食用植物油保管费每年300元／吨。\n第三条 稻谷和小麦储备比例应达储备规模的70％以上。\n';
    const ascii = '某县储备油管理办法\n第一条 为加强储备油管理，制定本办法。\n第二条 县级储备油(菜籽油)保管费每年200元/吨。\n';
    const { answerer } = await answererOver({ '某市储备粮管理办法.txt': wide, '某县储备油管理办法.txt': ascii });
    const grain = await answerer.ask('某市储备粮办法里原粮的保管费每吨一年多少钱？');
    expect(plainText(grain)).toContain('市级储备粮（原粮）保管费每年100元／吨');
    expect(grain.citations[0]!.text).toContain('（原粮）');
    expect(plainText(await answerer.ask('某县储备油管理办法里菜籽油保管费每吨一年多少钱？'))).toContain('县级储备油(菜籽油)保管费每年200元/吨');
  });
});
