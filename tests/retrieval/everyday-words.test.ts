// aliases.json's everyday words: the word people ask with, then the words documents use for it. One way:
// the documents' word in a question is not widened to the everyday one.
import { describe, expect, it } from 'vitest';
import { matchAliases, parseAliases } from '../../src/retrieval/aliases.ts';
import { answererOver } from '../support/docs.ts';

const table = { groups: [['规上', '规模以上']], everyday: [['老婆', '配偶', '妻子'], ['到期', '期满', '届满']] };

describe('everyday words', () => {
  it('are read from the table beside its groups', () => {
    const aliases = parseAliases(JSON.stringify(table));
    expect(aliases.everyday).toEqual(table.everyday);
    expect(parseAliases(JSON.stringify([['a', 'b']])).everyday).toEqual([]);
  });

  it('widen the everyday word to the documents words, never the other way', () => {
    const aliases = parseAliases(JSON.stringify(table));
    expect(matchAliases('我老婆能申请吗', aliases)).toEqual([{ found: '老婆', group: ['老婆', '配偶', '妻子'], everyday: true }]);
    expect(matchAliases('配偶能申请吗', aliases)).toEqual([]);
    expect(matchAliases('规模以上企业', aliases)).toEqual([{ found: '规模以上', group: ['规上', '规模以上'] }]);
  });

  it("keep the everyday word's own main part beside the documents' words, and a group member whole", async () => {
    const files = {
      '人才公寓管理办法.txt': '人才公寓管理办法\n\n第一条 人才公寓租金不含物业管理费。\n第二条 本办法发布之日起施行。\n',
      'aliases.json': JSON.stringify({ groups: [['发布会', '新闻发布会']], everyday: [['物业费', '物业服务费用']] }),
    };
    const { index } = await answererOver(files);
    const fee = index.parse('人才公寓租金包不包括物业费').concepts.find((c) => c.text === '物业费')!;
    expect(index.mentions('人才公寓租金不含物业管理费。', fee)).toBe(true);
    const meeting = index.parse('在哪场发布会上解读的').concepts.find((c) => c.text === '发布会')!;
    expect(index.mentions('本办法发布之日起施行。', meeting)).toBe(false);
  });

  it('let a question in everyday words reach the passage in the documents words', async () => {
    const files = {
      '人才公寓管理办法.txt': '人才公寓管理办法\n\n第一条 申请人及其配偶在本市无自有住房。\n',
      'aliases.json': JSON.stringify(table),
    };
    const q = '我老婆在本市有住房，还能申请人才公寓吗';
    const { index, answerer } = await answererOver(files);
    const wife = index.parse(q).concepts.find((c) => c.text === '老婆')!;
    expect(index.mentions('申请人及其配偶在本市无自有住房', wife)).toBe(true);
    expect((await answerer.ask(q)).grounded).toBe(true);
    const { index: without } = await answererOver({ ...files, 'aliases.json': JSON.stringify({ groups: table.groups }) });
    expect(without.mentions('申请人及其配偶在本市无自有住房', without.parse(q).concepts.find((c) => c.text === '老婆')!)).toBe(false);
  });
});
