// A question of two asks, one of them a figure (`最长能租几年？到期了还能续吗`): the figure is stated of the words of
// the clause that asks it, not of the weightiest word of the yes-or-no beside it (到期); and a topic the lead's
// title names (the notice's 天河区人才公寓) is what every sentence of that notice speaks of.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/answer/plain-text.ts';
import { answererOver } from '../support/docs.ts';

const notice = [
  '关于受理澄川区青年驿站申请的公告',
  '',
  '一、申请条件',
  '申请人应为毕业五年内的全日制高校毕业生，在澄川区就业创业。',
  '二、租赁期限',
  '青年驿站合同租赁期限不超过2年。期满后申请人仍符合供应条件且需要续住的，经批准后可以续住。',
  '',
].join('\n');

describe('the clause that asks the figure', () => {
  it('names what the figure is of: the period of the lease is given beside the renewal', async () => {
    const { answerer } = await answererOver({ '关于受理澄川区青年驿站申请的公告.txt': notice }, true);
    const a = await answerer.ask('澄川区青年驿站最长能住几年？到期以后还能续吗');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('不超过2年');
    expect(plainText(a)).toContain('续住');
  });

  it('leaves the whole question to name it when that clause has no word of the text (`有补贴吗？一人能补多少？`)', async () => {
    const { answerer } = await answererOver({ '关于受理澄川区青年驿站申请的公告.txt': notice }, true);
    const a = await answerer.ask('在青年驿站住有租金补贴吗？一人能补多少？');
    expect(a.grounded).toBe(false);
  });
});
