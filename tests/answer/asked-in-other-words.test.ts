// What is asked, said in the asker's words and answered in the text's:
// - `给多少奖金` of `给予每人800万元奖励`: the figure named at it by the rest of the asker's word (奖 of 奖励) — while a
//   figure the text states of nothing the asker named is still no answer (`产量是多少` of a passage with `3项任务`);
// - `互认范围有多大` of `互认范围为全国`: a size no figure types, stated in words;
// - `至少得来多少人才能开` (the tagger reads 人才), `哪些不用审` (the things unsaid), `从哪些渠道来` (a word for the kind
//   of answer): no slot the text must fill with the asker's word.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/pipeline.ts';
import { plainText } from '../../src/answer/plain-text.ts';
import { answererOver } from '../support/docs.ts';

const AWARDS = '某市关于加快科技创新的若干政策措施';
const AWARDS_TEXT = [
  AWARDS,
  '一、支持创新平台',
  '（一）支持研发机构建设。对新认定的省级重点实验室，给予一次性100万元支持。',
  '（二）推进企业技术攻关。设置重点技术攻关任务，组织实施产业链协同攻关，设置了核心技术攻关、创新平台建设3项任务。',
  '二、激发人才创新活力',
  '（三）实施科学技术奖奖励。对获得国家最高科学技术奖的个人，给予每人800万元奖励；获得省科学技术进步奖一等奖的第一完成单位，给予50万元奖励。',
  '（四）完善人才服务。为高层次人才提供子女入学、医疗保健等服务。',
  '',
].join('\n');

const MUTUAL = '某省医疗机构检查检验结果互认管理办法';
const MUTUAL_TEXT = [
  MUTUAL,
  '第一章 总则',
  '第一条 为规范检查检验结果互认工作，减轻患者负担，制定本办法。',
  '第二章 互认规则',
  '第二条 满足国家级质量评价指标，并参加国家级质量评价合格的检查检验项目，互认范围为全国。满足省级质量评价指标，并参加省级质控组织质量评价合格的检查检验项目，互认范围为全省。',
  '第三条 医疗机构应当标注检查检验项目的互认标识。',
  '第三章 组织与审核',
  '第四条 审核委员会会议应当有其组成人员的过半数出席，方可举行。',
  '第五条 组织若干领域专家（包含全国性学术组织推荐的专家、医院管理机构专家和试点地区推荐的相关专家）成立专家组，负责提供技术咨询。',
  '第六条 医疗机构内部执行的工作制度、会议纪要、人事任免等文件，不纳入互认项目审核范围。',
  '',
].join('\n');

describe('a figure named in the text\'s own word', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver({ [`${AWARDS}.txt`]: AWARDS_TEXT }));
  });

  it('answers the asker\'s word for it', async () => {
    const r = await answerer.ask('拿了国家最高科学技术奖的个人，市里给多少奖金？');
    expect(r.grounded).toBe(true);
    expect(plainText(r)).toContain('800万元');
  });

  it('while a figure of something else is no answer', async () => {
    const r = await answerer.ask('企业技术攻关的产量是多少？');
    expect(r.grounded).toBe(false);
  });
});

describe('what the asker says in words of their own', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver({ [`${MUTUAL}.txt`]: MUTUAL_TEXT }));
  });

  it('a size stated in words', async () => {
    const r = await answerer.ask('国家级质评合格的检查项目，互认范围有多大？');
    expect(r.grounded).toBe(true);
    expect(plainText(r)).toContain('互认范围为全国');
  });

  it('a count before 才', async () => {
    const r = await answerer.ask('审核委员会开会，至少得来多少人才能开？');
    expect(r.grounded).toBe(true);
    expect(plainText(r)).toContain('过半数');
  });

  it('the things left unsaid before a negation', async () => {
    const r = await answerer.ask('医院内部的会议纪要、人事任免这类文件要不要审核？哪些不用审？');
    expect(r.grounded).toBe(true);
    expect(plainText(r)).toContain('不纳入');
  });

  it('a word for the kind of answer', async () => {
    const r = await answerer.ask('专家组的专家都从哪些渠道来？');
    expect(r.grounded).toBe(true);
    expect(plainText(r)).toContain('全国性学术组织推荐的专家');
  });
});
