// The asking's grammar glued to a word is no topic of the question: a place word made of a direction and
// 边/面/头 (`后头`, tagged a noun), a character jieba glued to the copula after it (`数是`) or a locative
// glued to the verb after it (`里排`) — pairs it does not know — leave the words that were said.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/answer/plain-text.ts';
import { answererOver } from '../support/docs.ts';

const plan = [
  '澄川市工业振兴三年行动方案解读',
  '',
  '一、总体目标',
  '到2025年末，油气采掘业继续保持千万吨稳产；规模以上工业增加值年均增长6%。',
  '二、重点任务',
  '石化产业是全市第一支柱产业，要推动石化产品本地加工。',
  '',
].join('\n');

describe('grammar glued to the words asked', () => {
  it('reads 后头 as a place word and 数是 as 数 and 是', async () => {
    const { index, answerer } = await answererOver({ '澄川市工业振兴三年行动方案解读.txt': plan }, true);
    const q = '方案量的目标里，“继续保持”后头跟的那个数是多少？';
    expect(index.parse(q).concepts.map((c) => c.text)).not.toContain('后头');
    expect(index.parse(q).concepts.map((c) => c.text)).not.toContain('数是');
    expect(plainText(await answerer.ask(q))).toContain('千万吨');
  });

  it('reads 人算 as 人 and 算 (`哪些人算…`: counts as)', async () => {
    const { index } = await answererOver({ '澄川市工业振兴三年行动方案解读.txt': plan }, true);
    expect(index.parse('哪些人算规模以上工业的从业人员？').concepts.map((c) => c.text)).not.toContain('人算');
  });

  it('reads 里排 as 里 and 排', async () => {
    const { index } = await answererOver({ '澄川市工业振兴三年行动方案解读.txt': plan }, true);
    expect(index.parse('石化在全市产业里排第几？').concepts.map((c) => c.text)).not.toContain('里排');
  });
});

describe('one and a unit after 哪', () => {
  it('asks which (`每年哪一周`): the pair is no topic, though a text may say 一周', async () => {
    const { index } = await answererOver({
      '澄川市职业教育条例.txt': ['澄川市职业教育条例', '', '第五条 每年5月的第二周为职业教育活动周。', '第六条 礼堂一周环绕灯带。', ''].join('\n'),
    });
    const concepts = index.parse('职业教育活动周是每年哪一周啊').concepts.map((c) => c.text);
    expect(concepts).not.toContain('一周');
  });
});
