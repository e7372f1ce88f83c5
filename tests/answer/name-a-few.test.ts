// `说几个主要渠道`, `举几个`: a few of a list named, not a count — the sentence that announces the list is
// answered with the items under it, as for `有哪些`.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/answer/plain-text.ts';
import { ASKS_AMOUNT } from '../../src/text/numerals.ts';
import { answererOver } from '../support/docs.ts';

const RULES =
  '河湾市城市更新资金管理办法\n\n第二章 资金来源\n第四条 资金通过多渠道筹集，具体来源于：\n' +
  '（一）经认定的更新地块取得的全部土地出让收入；\n（二）公有住房出售的全部净归集资金及其增值收益；\n' +
  '（三）市、区两级财政预算安排的资金。\n第五条 资金实行专款专用。\n';

describe('a few of a list asked by name', () => {
  it('is not an amount asked', () => {
    expect(ASKS_AMOUNT.test('说几个主要渠道')).toBe(false);
    expect(ASKS_AMOUNT.test('大字头的部门格局，举几个')).toBe(false);
    expect(ASKS_AMOUNT.test('一共设了几个渠道')).toBe(true);
  });

  it('is answered with the items the announcing sentence lists', async () => {
    const { answerer } = await answererOver({ 'rules.txt': RULES }, true);
    const a = await answerer.ask('这笔资金的钱从哪里来？说几个主要渠道。');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('土地出让收入');
    expect(plainText(a)).toContain('公有住房出售');
  });
});
