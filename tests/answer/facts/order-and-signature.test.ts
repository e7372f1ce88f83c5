// What a document's head says about how it was made: the order that published a 规章 (its number), who
// signed it, the meeting that passed it, and the signers and date as a PDF's text layer leaves them
// (a signer's other name in parentheses, a lost line break before the date, spaces inside the date).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../../src/answer/pipeline.ts';
import { plainText } from '../../../src/answer/plain-text.ts';
import { extractDocFacts } from '../../../src/knowledge/facts/document.ts';
import { readAnnotation } from '../../../src/knowledge/annotations.ts';
import { answererOver } from '../../support/docs.ts';

const rules = [
  '某某基金现场核查管理暂行办法',
  '（某某管理局令第 7 号）',
  '《某某基金现场核查管理暂行办法》已经2024年3月5日第4 次局务会议审议通过，现予以公布，自2024年6月1日起施行。',
  '局 长：王某某',
  '2024年4月2日',
  '第一章 总则',
  '第一条 为了规范现场核查工作，制定本办法。',
  '第二条 核查组由三人以上组成。',
  '第二章 核查',
  '第三条 核查结束后十个工作日内出具核查报告。',
  '第四条 本办法自2024年6月1日起施行。',
].join('\n');

const notice = [
  '关于印发某省支持小微企业发展行动方案的通知',
  '某科发〔2026〕9号',
  '各市有关部门：',
  '现将《某省支持小微企业发展行动方案》印发给你们，请抓好落实。',
  '某省科学技术厅',
  '（某省产业链链长办公室）',
  '某省人力资源和社会保障厅',
  '某省经济和信息化厅2026 年4 月16 日',
  '某省支持小微企业发展行动方案',
  '一、加大融资支持',
  '对首次贷款的小微企业给予贴息支持。',
  '二、强化人才服务',
  '为小微企业招聘高校毕业生提供对接服务。',
  '三、优化政务服务',
  '推行惠企政策免申即享。',
].join('\n');

describe('the head of a 规章 and of a notice, as facts', () => {
  it('reads the order as the number and its body as the issuer', () => {
    const { facts } = extractDocFacts({ id: 'r.txt', title: rules.split('\n')[0]!, text: rules });
    expect(facts.number).toBe('某某管理局令第7号');
    expect(facts.issuers).toEqual(['某某管理局']);
    expect(facts.date?.text).toBe('2024年4月2日');
  });

  it('keeps every signer around an alias in parentheses and one run into a spaced date', () => {
    const { facts } = extractDocFacts({ id: 'n.txt', title: notice.split('\n')[0]!, text: notice });
    expect(facts.issuers).toEqual(['某省科学技术厅', '某省人力资源和社会保障厅', '某省经济和信息化厅']);
    expect(facts.date?.text).toBe('2026年4月16日');
  });

  it('ends a labelled unit at the next label where the line break between them was lost', () => {
    const a = readAnnotation('牵头单位：市发改委、商务局责任单位：各县（区）人民政府');
    expect(a?.lead).toBe('市发改委、商务局');
    expect(a?.responsible).toBe('各县（区）人民政府');
  });
});

describe('asked of the document itself', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver({ '某某基金现场核查管理暂行办法.txt': rules, '关于印发某省支持小微企业发展行动方案的通知.txt': notice }));
  });

  it('gives the order and its signer', async () => {
    const a = plainText(await answerer.ask('现场核查管理暂行办法是第几号令，局长是谁签的'));
    expect(a).toContain('某某管理局令第7号');
    expect(a).toContain('王某某');
  });

  it('gives the meeting that passed it beside the day it was signed', async () => {
    const a = plainText(await answerer.ask('现场核查管理暂行办法哪天公布的，哪次会议过的？'));
    expect(a).toContain('2024年4月2日');
    expect(a).toContain('第4次局务会议');
  });

  it('gives the day it was signed when asked 哪天成文', async () => {
    expect(plainText(await answerer.ask('小微企业发展行动方案是哪天成文的？'))).toContain('2026年4月16日');
  });

  it('names all the units when asked which three issued it', async () => {
    const a = plainText(await answerer.ask('小微企业发展行动方案是哪三个厅联合印发的'));
    for (const u of ['科学技术厅', '人力资源和社会保障厅', '经济和信息化厅']) expect(a).toContain(u);
  });

  it('gives the number and the count asked in one clause', async () => {
    const a = plainText(await answerer.ask('小微企业发展行动方案文号是多少，一共几个部分'));
    expect(a).toContain('某科发〔2026〕9号');
    expect(a).toMatch(/三|3/);
  });

  it('gives the day it takes effect when asked 几号开始施行, beside its number', async () => {
    const a = plainText(await answerer.ask('现场核查管理暂行办法几号开始施行的，令号是啥'));
    expect(a).toContain('2024年6月1日');
    expect(a).toContain('某某管理局令第7号');
  });
});
