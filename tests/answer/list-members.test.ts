// A question that asks a list's members (`哪些情况下…`) is answered by the sentence that announces the list
// and the items under it; and an abbreviation the text uses once (`熟悉医保`) stands for the name it
// writes out everywhere else (医疗保障), so that one sentence does not outweigh every other.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/pipeline.ts';
import { plainText } from '../../src/answer/plain-text.ts';
import { answererOver } from '../support/docs.ts';

const TITLE = '某市基金专项检查办法';
const TEXT = [
  TITLE,
  '第一条 为规范基金专项检查工作，制定本办法。',
  '第二条 有下列情形之一的，医疗保障行政部门可以启动专项检查：',
  '（一）举报线索反映基金存在重大风险的；',
  '（二）大数据筛查提示基金存在重大风险的；',
  '（三）新闻媒体曝光的。',
  '第三条 医疗保障行政部门组织专项检查，应当统筹安排。检查组由熟悉医保、财务的人员组成。',
  '第四条 医疗保障行政部门应当公开专项检查结果。',
  '第五条 本办法自2024年1月1日起施行。',
  '',
].join('\n');

describe('the members of a list asked', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver({ [`${TITLE}.txt`]: TEXT }));
  });

  it('are the announcing sentence and every item under it', async () => {
    const a = plainText(await answerer.ask('哪些情况下医保部门可以启动专项检查？'));
    expect(a.startsWith('第二条')).toBe(true);
    for (const item of ['举报线索', '大数据筛查', '新闻媒体曝光']) expect(a).toContain(item);
  });

  it('are led by that sentence when the question says the short form the text uses once', async () => {
    const a = plainText(await answerer.ask('医保部门什么情况下启动检查'));
    expect(a.startsWith('第二条')).toBe(true);
    expect(a).toContain('新闻媒体曝光');
    expect(plainText(await answerer.ask('医保部门应当公开什么'))).not.toContain('熟悉医保');
  });
});

describe('the sentence that announces the list an item stands in', () => {
  it('is the line before the list\'s items, when it announces one', async () => {
    const { listIntro } = await import('../../src/answer/extractive.ts');
    const text =
      '第二十六条 检查结束后应当约谈被检查单位。\n第二十七条 参加检查的人员有下列情形之一的，依法依纪给予处分。涉嫌犯罪的，依法移交司法机关处理：\n' +
      '（一）违反廉洁规定的；\n（二）泄露举报人信息和商业秘密的；\n（三）不执行回避要求的。\n第二十八条 本办法自2026年1月1日起施行。';
    expect(listIntro(text, '（二）泄露举报人信息和商业秘密的；')).toBe('第二十七条 参加检查的人员有下列情形之一的，依法依纪给予处分。涉嫌犯罪的，依法移交司法机关处理：');
    expect(listIntro(text, '（一）违反廉洁规定的；')).toContain('移交司法机关处理：');
    // (A line before the items that announces nothing: no announcing sentence.)
    expect(listIntro('检查结束。\n（一）甲；\n（二）乙。', '（二）乙。')).toBeUndefined();
  });
});
