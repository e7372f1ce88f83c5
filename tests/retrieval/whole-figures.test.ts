// A figure the asker gives (`贷25年`, `2021年修改的`) is found in a passage only as a figure of its own: not inside
// another figure (`2.525%`, `250万`), which says something else. The cutter's pieces of one figure (`202`, `1年` of
// `2021年`) are the figure, one concept. The document is written here.
import { describe, expect, it } from 'vitest';
import { answererOver } from '../support/docs.ts';

const LOAN = [
  '某市住房公积金贷款办法',
  '第一条 贷款期限最长25年。',
  '第二条 五年以下贷款利率2.525%，最高额度250万元。',
  '第三条 本办法自2021年4月22日起施行。',
].join('\n');

describe('figures asked', () => {
  it("finds the asker's figure only whole: 25 of `贷25年` is not in 2.525% nor in 250万", async () => {
    const { index } = await answererOver({ 'loan.txt': LOAN });
    const years = index.parse('贷款25年利率多少').concepts.find((c) => c.text === '25')!;
    expect(index.mentions('五年以下：2.525%', years)).toBe(false);
    expect(index.mentions('最高额度250万元', years)).toBe(false);
    expect(index.mentions('贷款期限最长25年', years)).toBe(true);
    expect(index.mentions('期限为25-30年', years)).toBe(true);
    expect(index.mentions('25.住房公积金贷款期限', years)).toBe(true);
    // (A year the cutter split, `202` / `1年` of `2021年`, is one concept, the year, found whole.)
    const year = index.parse('2021年修改的那个决定').concepts.filter((c) => /\d/u.test(c.text));
    expect(year.map((c) => c.text)).toEqual(['2021']);
    expect(index.mentions('2021年4月22日 施行', year[0]!)).toBe(true);
    // (…and one concept where the question says the figure twice, once cut and once whole.)
    expect(index.parse('2021年那个决定，2021版').concepts.filter((c) => /\d/u.test(c.text)).map((c) => c.text)).toEqual(['2021']);
  });

  it('reads a thousands comma as part of a figure, and a document as a passage is read', async () => {
    const { index } = await answererOver({ 'loan.txt': LOAN });
    const years = index.parse('贷款25年利率多少').concepts.find((c) => c.text === '25')!;
    expect(index.mentions('补贴25,000元', years)).toBe(false);
    // (The whole document looked up, as the checks of what a document states do.)
    const rate = index.parse('利率2.52是多少').concepts.find((c) => c.text.startsWith('2.5'))!;
    expect(index.mentionsText('loan.txt', years)).toBe(true);
    expect(rate && index.mentionsText('loan.txt', rate)).toBe(false);
  });
});
