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

describe('the members of a list announced in words, the items a sentence further on', () => {
  const title = '某市公共数据资源登记管理细则';
  const text = [
    title,
    '第九条 登记机构应当公开登记服务指南。',
    '第十条 登记申请类型包括首次登记、变更登记、注销登记。',
    '（一）首次登记：登记主体在开展授权运营活动并提供数据资源或交付数据产品和服务后，应在20个工作日内提交首次登记申请。登记主体申请首次登记，应提交主体信息、数据合法合规性来源承诺书、数据资源情况和存证情况等材料，存证文件需真实反映数据存储位置、数据库查询结果和数据操作日志并加盖公章。',
    '（二）变更登记：登记信息发生变化的，登记主体应在变化之日起20个工作日内申请变更登记，提交变更登记说明、变更后的数据资源情况等材料。登记机构自受理之日起10个工作日之内完成审核，审核通过的予以变更并更新登记证书，审核不通过的应当一次性告知理由。',
    '（三）注销登记：有下列情形之一的，登记主体应申请办理注销登记，提交注销登记说明等材料。登记机构自受理之日起10个工作日之内完成注销。',
    '1.公共数据资源不可复原或灭失的。',
    '2.登记主体放弃相关权益或权益期限届满的。',
    '3.登记主体因解散、被依法撤销或被宣告破产而终止存续的。',
    '第十一条 登记结果有效期原则上为三年。',
    '',
  ].join('\n');
  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver({ [`${title}.txt`]: text }));
  });

  it('are the announcing sentence and the items after it, though it ends in a full stop', async () => {
    const a = plainText(await answerer.ask('出现什么情况时，登记主体必须去办注销登记？'));
    expect(a).toContain('有下列情形之一的');
    for (const item of ['不可复原或灭失', '权益期限届满', '终止存续']) expect(a).toContain(item);
    // (Not the next article's sentence: the list ends where its items do.)
    expect(a).not.toContain('有效期原则上为三年');
  });
});

describe('an item of a list within a list', () => {
  const title = '某省地方税暂行条例';
  const text = [
    title,
    '第一条 为规范本省地方税征收管理，制定本条例。',
    '第二条 税率如下：',
    '（一）纳税人销售货物、加工修理修配劳务、有形动产租赁服务或者进口货物，除本条第二项、第四项另有规定外，税率为13%。',
    '（二）纳税人销售或者进口下列货物，税率为9%：',
    '1.粮食等农产品、食用植物油、食用盐以及经省人民政府批准列入目录的其他农产品初级加工品；',
    '2.自来水、暖气、冷气、热水、煤气、石油液化气、天然气、二甲醚、沼气和居民用煤炭制品；',
    '3.图书、报纸、杂志、音像制品、电子出版物；',
    '4.饲料、化肥、农药、农机、农膜以及省人民政府规定的其他农业生产资料。',
    '（三）纳税人出口货物，税率为零；但是，省人民政府另有规定的，从其规定。',
    '（四）纳税人销售服务、无形资产，除本条第一项、第二项另有规定外，税率为6%。',
    '第三条 纳税人应当按月申报纳税，税款计算以销售额乘以税率为准，纳税人销售货物的税率适用第二条的规定。',
    '',
  ].join('\n');

  it('is given with the line that announces its list, whose figure is what is asked', async () => {
    const { answerer } = await answererOver({ [`${title}.txt`]: text });
    const a = await answerer.ask('卖报纸杂志的税率是多少？');
    expect(a.grounded).toBe(true);
    const said = plainText(a);
    expect(said).toContain('报纸');
    expect(said).toContain('9%');
    expect(said.indexOf('税率为9%')).toBeLessThan(said.indexOf('报纸'));
  });

  it('has for its announcement the nearest line of another marking that ends in a colon', async () => {
    const { listIntro } = await import('../../src/answer/extractive.ts');
    expect(listIntro(text, '3.图书、报纸、杂志、音像制品、电子出版物；')).toBe('（二）纳税人销售或者进口下列货物，税率为9%：');
  });
});

describe('a bound said with 以下', () => {
  const title = '某市户外广告设置管理办法';
  const text = [
    title,
    '第一条 为规范户外广告设置，制定本办法。',
    '第二十条 未经许可擅自设置大型户外广告的，由城市管理部门责令限期拆除，并处五千元以下罚款。',
    '第二十一条 有下列情形之一的，由城市管理部门给予警告：',
    '（一）广告画面污损未及时维修的；',
    '（二）广告设施存在安全隐患未及时整改的。',
    '',
  ].join('\n');

  it('announces no list: the next article\'s items are not its members', async () => {
    const { answerer } = await answererOver({ [`${title}.txt`]: text });
    const a = plainText(await answerer.ask('哪些情况会被处五千元以下罚款？'));
    expect(a).toContain('擅自设置大型户外广告');
    expect(a).not.toContain('广告画面污损');
  });
});
