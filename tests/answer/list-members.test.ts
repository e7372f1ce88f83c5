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

describe('the members of a list whose items the outline made passages of their own', () => {
  const title = '某市创业社区建设工作指引';
  const text = [
    title,
    '一、总体要求',
    '（一）以创业社区为载体，集聚创新创业人才，培育新业态新模式。',
    '二、建设条件',
    '（一）创业社区实行达标备案，应具备以下条件：',
    '1.运营主体具有独立法人资格和完善的运营管理体系，配备设施健全的办公空间和共享空间。',
    '2.入驻创业团队不少于20个，提供财务代账、法律咨询等专业服务。',
    '三、监督管理',
    '（一）区科技部门每年对创业社区开展绩效评价，评价结果向社会公布。',
    '（二）创业社区有下列行为之一的，取消其资格：',
    '1.创业社区连续两年绩效评价结果不合格的。',
    '2.创业社区在申请备案过程中存在弄虚作假行为的。',
    '3.创业社区运营主体列入严重失信主体名单的。',
    '',
  ].join('\n');
  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver({ [`${title}.txt`]: text }));
  });

  it('are the announcing sentence and the items under its own item, not a neighbour\'s', async () => {
    const a = plainText(await answerer.ask('创业社区什么情况下会被取消资格？'));
    expect(a).toContain('取消其资格');
    for (const item of ['两年绩效评价结果不合格', '弄虚作假', '严重失信']) expect(a).toContain(item);
    expect(a).not.toContain('独立法人资格');
  });
});
