// `罚款上限多少`, `能多发多少`: the bound or the step asked (上限, 多发) says how much is asked, not of what —
// a figure the article states of the thing asked is an answer, not "the text states no amount". The
// regulation is written here in the shape of a State Council 规定 (articles with enumerated items).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/pipeline.ts';
import { plainText } from '../../src/answer/plain-text.ts';
import { answererOver } from '../support/docs.ts';

const RULES = [
  '某省价格行为处罚规定',
  '第一条 为了规范价格行为，保护消费者的合法权益，制定本规定。',
  '第二条 经营者违反明码标价规定，有下列行为之一的，责令改正，没收违法所得，可以并处5000元以下的罚款：',
  '（一）不标明价格的；',
  '（二）在标价之外加价出售商品的；',
  '（三）违反明码标价规定的其他行为。',
  '第三条 获得省级以上表彰的诚信经营单位，按照下列比例增发一次性奖励：',
  '（一）获得国家级表彰的，增发20%；',
  '（二）获得省级表彰的，增发10%。',
  '第四条 本规定自2024年1月1日起施行。',
].join('\n');

// Another document of the knowledge base uses the words of the bound, so they are known words (as in any
// real knowledge base), weighty for being rare.
const OTHER = [
  '某市社区食堂运营补贴办法',
  '一、每家社区食堂每年运营补贴上限为10万元。',
  '二、补贴按季度拨付，不得多发、重发。',
].join('\n');

let answerer: Answerer;
beforeAll(async () => {
  ({ answerer } = await answererOver({ '某省价格行为处罚规定.txt': RULES, '某市社区食堂运营补贴办法.txt': OTHER }));
});

describe('a bound or a step of the figure asked', () => {
  it('罚款上限: the fine the article states', async () => {
    const a = await answerer.ask('价格行为处罚规定里，商家在标价之外加价出售商品，罚款上限多少？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('5000元');
  });

  it('能多发多少: the share the article adds', async () => {
    const a = await answerer.ask('价格行为处罚规定，我们拿了省级表彰，一次性奖励能多发多少？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('10%');
  });
});
