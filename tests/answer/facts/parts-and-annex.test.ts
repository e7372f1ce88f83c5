// A document's parts (`一、`–`三、`) followed by a list of its own under a heading (`附  则` 1.–3.): the parts are
// counted and named, the list after the last of them is no part.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/answer/plain-text.ts';
import { answererOver } from '../../support/docs.ts';

const MEASURES = [
  '澄川区工业经济高质量发展的若干政策意见',
  '为推动工业经济高质量发展，制定本政策意见。',
  '一、\t强化全社会创新活动',
  '1.引导和支持企业自主研发先进技术。通过省级认定的，给予奖励10万元。',
  '2.鼓励企业运用先进技术转变发展方式。',
  '二、大力发展数字经济',
  '1.推进工业互联网发展。对通过认定的平台给予奖励20万元。',
  '三、强化要素保障',
  '1.加大规上企业租赁用房补贴力度。',
  '附  则',
  '1．关于政策适用对象。本政策适用于在本区注册的企业。',
  '2．关于奖励兑现问题。涉及的经费支出，按原资金渠道列支。',
  '3．本政策自印发之日起施行。',
  '',
].join('\n');

describe('parts and a list after them', () => {
  it('counts the parts, not the list under the heading after them', async () => {
    const { answerer } = await answererOver({ '澄川区工业经济高质量发展的若干政策意见.txt': MEASURES }, true);
    const body = plainText(await answerer.ask('澄川区工业经济高质量发展的若干政策意见一共分几个部分？'));
    expect(body).toContain('共三个部分');
    for (const t of ['强化全社会创新活动', '大力发展数字经济', '强化要素保障']) expect(body).toContain(t);
    expect(body).not.toContain('关于政策适用对象');
    // (Its headings of the first rank asked for as such.)
    expect(plainText(await answerer.ask('澄川区若干政策意见的大标题都有哪些？'))).toContain('大力发展数字经济');
  });
});
