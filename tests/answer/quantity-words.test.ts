// A count said with a numeral (`一天`, `一周`, `两天`) tells how much, not what a question is about: the text states
// its own figures (`每日工作8小时`), and the gate weighs such words lightly even where another text uses them.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/pipeline.ts';
import { plainText } from '../../src/answer/plain-text.ts';
import { answererOver } from '../support/docs.ts';
import { shippedAnswerer } from '../support/kb.ts';

describe('quantity words in the gate', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver({
      '某省机关工作时间办法.txt':
        '某省机关工作时间办法\n第一条 为规范本省国家机关、事业单位的工作时间，制定本办法。\n第二条 本办法适用于本省国家机关、事业单位的职工。\n' +
        '第三条 职工每日工作8小时、每周工作40小时。星期六和星期日为周休息日。\n第四条 因工作需要延长工作时间的，应当安排相应的补休。\n',
      '某市图书馆读者须知.txt':
        '某市图书馆读者须知\n第一条 读者借阅图书一次最多五册，借期一个月，可续借一周。\n第二条 逾期一天的，暂停借阅两天。\n' +
        '第三条 遗失图书的，按原价赔偿。\n第四条 阅览室每周一闭馆一天。\n',
    }));
  });

  it('answers the figures a rule states though the question counts in other units (一天…几小时, 一周…多少小时)', async () => {
    const a = await answerer.ask('国家机关职工一天工作几小时、一周一共工作多少小时？哪两天休息？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('每周工作40小时');
  });
});

describe('a magnitude that names a programme', () => {
  it('keeps its weight (百万 of 百万学子留辽来辽): it is what the question is about, not a count', async () => {
    const { answerer } = await shippedAnswerer();
    const a = await answerer.ask('盘锦方案里那个让百万大学生留在辽宁的行动，你有印象吗？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('百万学子留辽来辽');
  });
});
