// What the question asks, read as the asker means it:
// - `方案用了哪些词来形容`: a word for the wording asked (词, 说法, 提法) is no thing the text must name — its words are
//   the answer (the tagger glues the 来 of purpose to it, 词来);
// - `部门的负责人可以兼任吗`: a 负责人 is a person of whom something is asked, not who leads an item;
// - `财政贴息多少`: a figure of the loan beside it is no figure of the interest subsidy the text leaves unstated;
// - `年龄上有什么上下限`: the bound is how a figure is asked, whatever a text says 下限 of;
// - `派驻到哪几个县`: a place asked by its level alone, which the text must name.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/pipeline.ts';
import { plainText } from '../../src/answer/plain-text.ts';
import { answererOver } from '../support/docs.ts';

const PLAN = '某市建立健全现代医院管理制度实施方案';
const PLAN_TEXT = [
  PLAN,
  '一、总体目标',
  '到2020年，基本建立权责清晰、管理科学、治理完善、运行高效、监督有力的现代医院管理制度。',
  '二、重点任务',
  '（一）落实政府办医职责。逐步取消公立医院的行政级别，卫生健康行政部门负责人一律不得兼任公立医院领导职务。（责任单位：市卫生健康委、市财政局）',
  '（二）提供创业担保贷款支持。返乡下乡创业者符合贷款条件的，按不超过15万元发放创业担保贷款。财政部门按规定对创业担保贷款贴息。（责任单位：市财政局）',
  '（三）加强人才培养。每年培训医院管理人员200人。（责任单位：市人力资源社会保障局）',
  '（四）推进监管改革。研究在市生态环境局设立环境监察专员制度。（责任单位：市生态环境局）',
  '（五）建设产业基地。医疗器械产业基地设在兴隆台区，建设标准厂房10万平方米。（责任单位：市工业和信息化局）',
  '（六）开展用药保障行动。全面实施门诊用药保障专项行动，确定东湖市为专项行动示范城市。（责任单位：市医保局）',
  '（七）支持企业上市。支持优质企业上市，开展企业上市试点。（责任单位：市金融局）',
  '',
].join('\n');

const RULES = '某市政府参事工作办法';
const RULES_TEXT = [
  RULES,
  '第一条 为了规范政府参事工作，制定本办法。',
  '第二条 参事主要从民主党派成员和无党派人士中聘任。',
  '第三条 参事应当具有较强的参政咨询能力。参事的首聘年龄不得低于55周岁，不得高于65周岁。',
  '第四条 参事每届任期不超过5年。',
  '第五条 参事工作机构负责参事的日常管理，工作经费列入财政预算，管理费用不设下限。',
  '',
].join('\n');

describe('what the question asks, read as the asker means it', () => {
  let plan: Answerer;
  beforeAll(async () => {
    ({ answerer: plan } = await answererOver({ [`${PLAN}.txt`]: PLAN_TEXT }, true));
  });

  it('takes a word for the wording asked as no thing the text must name', async () => {
    const a = await plan.ask('到2020年要建成的现代医院管理制度，方案用了哪些词来形容？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('权责清晰');
    expect(plainText(a)).not.toContain('没有写明');
  });

  it('reads a 负责人 as a person asked about, not an owner asked', async () => {
    const a = plainText(await plan.ask('卫健部门的负责人可以去公立医院兼个院领导吗？'));
    expect(a).toContain('一律不得兼任');
    expect(a).not.toMatch(/^“落实政府办医职责”/u);
  });

  it('gives no figure of one thing for another the text leaves unstated', async () => {
    const a = await plan.ask('返乡创业担保贷款财政到底贴息多少？');
    expect(a.grounded).toBe(false);
    expect(plainText(a)).toContain('没有写明');
    // (The loan's own figure still answers the loan.)
    expect(plainText(await plan.ask('返乡创业担保贷款最多能贷多少？'))).toContain('15万元');
  });

  it('keeps a figure whose topic another article of the passage speaks of', async () => {
    const code = ['某市婚姻登记办法', '第五条 结婚年龄，男不得早于二十二周岁，女不得早于二十周岁。', '第六条 要求结婚的男女双方应当亲自到婚姻登记机关申请结婚登记。', ''].join('\n');
    const { answerer } = await answererOver({ '某市婚姻登记办法.txt': code });
    const a = plainText(await answerer.ask('法定结婚年龄，男女分别是多少岁？'));
    expect(a).toContain('二十二周岁');
    expect(a).not.toContain('没有写明');
  });

  // `派驻到哪几个县`, `建在哪个区`: a place asked by its level is answered only by a text that names one.
  it('gives no place of the level asked where the text names none', async () => {
    const a = await plan.ask('环境监察专员首批派驻到哪几个县？');
    expect(a.grounded).toBe(false);
    expect(plainText(a)).toContain('文件没有写明“具体的县名单”');
    const b = plainText(await plan.ask('医疗器械产业基地建在哪个区？'));
    expect(b).toContain('兴隆台区');
    expect(b).not.toContain('没有写明');
    // (One place asked, and none named: said so in the asker's terms.)
    const d = await plan.ask('环境监察专员设在哪个区？');
    expect(d.grounded).toBe(false);
    expect(plainText(d)).toContain('文件没有写明“具体是哪个区”');
    // (The 市 of 上市 names no city.)
    expect(plainText(await plan.ask('支持企业上市的试点城市有哪几个？'))).toContain('文件没有写明“具体的城市名单”');
    // (A city named as one, `东湖市`, is named though the kind asked is 城市.)
    const c = plainText(await plan.ask('门诊用药保障那个专项行动，选了哪个城市做示范？'));
    expect(c).toContain('东湖市');
    expect(c).not.toContain('没有写明');
  });

  it('reads a bound asked beside a kind of figure as the asking', async () => {
    const { index, answerer } = await answererOver({ [`${RULES}.txt`]: RULES_TEXT });
    const q = '政府参事第一次被聘的时候，年龄上有什么上下限？';
    // (No word the passage must hold: over the laws, 下限 weighed most of the question and kept the article out.)
    expect(index.parse(q).concepts.map((c) => c.text)).not.toContain('下限');
    const a = await answerer.ask(q);
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('55周岁');
  });
});
