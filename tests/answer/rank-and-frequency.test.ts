// A place in a ranking (`这名次是保住还是往前挤`, `第几把交椅`) is a figure of its own kind, stated as `第三位`;
// `部署几次河长制工作` counts how often, not a thing called 河长; `几毛钱` asks a sum.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/pipeline.ts';
import { plainText } from '../../src/answer/plain-text.ts';
import { ASKS_AMOUNT, askedAmountKinds, countedHead } from '../../src/text/numerals.ts';
import { answererOver } from '../support/docs.ts';
import { shippedAnswerer } from '../support/kb.ts';

describe('a rank asked in everyday words', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    answerer = (await shippedAnswerer()).answerer;
  });

  it('reads 名次, 第几把交椅 and ranking as asking a rank — not a place on a list, nor a ranking named as a condition', () => {
    expect(askedAmountKinds('这名次是保住就行还是要往前挤')).toContain('rank');
    expect(askedAmountKinds('在辽宁各市里头要守住第几把交椅')).toContain('rank');
    expect(askedAmountKinds("should it jump in Liaoning's ranking?")).toContain('rank');
    expect(askedAmountKinds('说工业增长方案的是排第几场')).not.toContain('rank');
    expect(askedAmountKinds('发布人名单上他排在第几个')).not.toContain('rank');
    // (An aspect's place among a plan's aspects is a place on a list; a field's rank in the province is a rank.)
    expect(askedAmountKinds('讲绿色发展的那个板块排第几')).not.toContain('rank');
    expect(askedAmountKinds('讲绿色发展的那个方面排第几')).not.toContain('rank');
    expect(askedAmountKinds('营收这块在全省排第几')).toContain('rank');
    expect(askedAmountKinds('营收方面在全省排第几')).toContain('rank');
    expect(askedAmountKinds('排名前三的奖励分别是多少')).not.toContain('rank');
    // (`排名分` is a score, asked as one.)
    expect(askedAmountKinds('最后入围的最低排名分是多少')).not.toContain('rank');
  });

  it('answers from the sentence that states the rank of what is asked', async () => {
    const a = await answerer.ask('全市规上营收搁全省排第三，按方案这名次是保住就行还是要往前挤？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('稳居全省第三位');
    const b = plainText(await answerer.ask('石化加精细化工的营收，在辽宁各市里头到期末要守住第几把交椅？'));
    expect(b).toContain('第二位');
  });

  it('still refuses a rank the plan does not state', async () => {
    const a = await answerer.ask('盘锦营商环境在全国排名多少？');
    expect(a.grounded).toBe(false);
  });
});

describe('how often, and a sum in everyday units', () => {
  const title = '某县河长制工作考核细则';
  const text = [
    title,
    '一、日常工作',
    '1.成立河长制工作领导小组（1分）；单位领导班子部署河长制相关工作，年内至少3次，查看相关会议记录（3分，少一次扣1分）。',
    '2.按要求每月上报工作开展情况（5分）。',
    '二、奖励标准',
    '对全额上网的光伏电站按0.1元/千瓦时给予度电奖励。',
  ].join('\n');
  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver({ [`${title}.txt`]: text }));
  });

  it('takes 几次 of an action as how often, with no thing counted after it', async () => {
    expect(countedHead('单位领导班子一年至少要部署几次河长制工作')).toBeNull();
    expect(countedHead('一共有几个产业开发区')).toEqual(['产业', '发区']);
    const a = await answerer.ask('单位领导班子一年至少要部署几次河长制工作，少一次扣多少');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('年内至少3次');
    expect(plainText(a)).toContain('少一次扣1分');
  });

  it('reads 几毛钱 as asking a sum', () => {
    expect(ASKS_AMOUNT.test('一度电奖几毛钱')).toBe(true);
    expect(askedAmountKinds('一度电奖几毛钱')).toContain('money');
    expect(askedAmountKinds('一次要交几块钱')).toContain('money');
  });
});
