// A follow-up that says nothing of its own (`那每个月具体补多少钱？`) borrows the previous question's topic — not
// its ask: after `…住房租赁补贴能领多久？` the sum is asked, and a passage that states only a period is no answer.
// (And a document named from inside a word the asker said is taken off whole: `某市老人优待办法` names
// 某市老年人优待办法 by its ending `人优待办法`, and no `老` is left behind.)
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/answer/plain-text.ts';
import { withoutAsk } from '../../../src/answer/conversation/rewrite.ts';
import { resolveFocus } from '../../../src/answer/conversation/focus.ts';
import { answererOver } from '../../support/docs.ts';

describe("a follow-up's borrowed topic", () => {
  it('leaves the previous ask behind', () => {
    expect(withoutAsk('广州公租房的住房租赁补贴能领多久')).toBe('广州公租房的住房租赁补贴');
    expect(withoutAsk('人才公寓的租金是多少')).toBe('人才公寓的租金');
    // (Too little left to name a thing: kept whole.)
    expect(withoutAsk('补贴多少')).toBe('补贴多少');
  });

  it('asks the sum alone, which the text does not state', async () => {
    const title = '某市公共租赁住房管理办法';
    const { answerer } = await answererOver({
      [`${title}.txt`]: [
        title,
        '第二十七条 保障对象可在保障期满之日起3个月内补交期满审查资料，经审核仍符合公共租赁住房保障条件的，从审核通过次月起按对应的保障标准享受公共租赁住房保障，停发的住房租赁补贴不予补发。',
        '第二十八条 选择领取住房租赁补贴的，自公告次月起领取。',
        '第二十九条 申请家庭只限申请承租1套公共租赁住房。',
      ].join('\n'),
    });
    await answerer.ask('某市公租房的住房租赁补贴能领多久？', { sessionId: 'sum-after-period' });
    const a = plainText(await answerer.ask('那每个月具体补多少钱？', { sessionId: 'sum-after-period' }));
    expect(a).toContain('没有写明');
  });
});

describe('a name found from inside a word the asker said', () => {
  it('is taken off from that word, leaving no piece of it', async () => {
    const title = '某市老年人优待办法';
    const { index } = await answererOver({ [`${title}.txt`]: [title, '第一条 为保障老年人合法权益，制定本办法。', '第十条 鼓励商场、餐饮、旅游等服务单位为老年人提供优待服务。'].join('\n') });
    const focus = resolveFocus(index, '某市老人优待办法在吃饭购物旅游这些方面有啥规定？', []);
    expect(focus.question).not.toContain('老在');
    expect(focus.question).toContain('吃饭购物旅游');
  });
});
