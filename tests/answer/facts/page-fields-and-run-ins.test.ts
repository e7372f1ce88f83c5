// Shapes of documents copied from government web pages and State Council opinions:
// - a page's information block, each label on a line and its value on the next (`统一编号：` / `GZ…`);
// - an order's number over two lines (`某市人民政府令` / `第179号`), passed at `第15届130次常务会议`;
// - a heading whose points are paragraphs led by phrases of their own (`（二）基本原则。` / `坚持问题导向。…`);
// - a notice numbered only by its parts (`一、`–`四、`), asked `第三部分`, named by words of its title only;
// - `第二项谁负责` with a plan loaded whose task 2 names no unit, beside an opinion whose item (二) does.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { factsAnswerer } from '../../../src/answer/facts/answerer.ts';
import { Answerer } from '../../../src/answer/pipeline.ts';
import { plainText } from '../../../src/answer/plain-text.ts';
import { buildIndex } from '../../../src/retrieval/build.ts';
import { KNOWLEDGE, SEED_FILE } from '../../support/seed.ts';
import { answererOver } from '../../support/docs.ts';

const notice = '某市人民政府办公厅关于进一步加强困难群众救助工作的通知';
const noticeText = [
  notice,
  '基本信息',
  '统一编号：',
  'GZ0220210099',
  '文 号：',
  '某府办规〔2021〕9号',
  '失效日期：',
  '2026年06月01日',
  '发布机关：',
  '某市人民政府办公厅',
  notice,
  '某府办规〔2021〕9号',
  '各区人民政府，市政府各部门、各直属机构：',
  '为做好困难群众救助工作，现就有关事项通知如下：',
  '一、认定范围',
  '本市困难群众认定条件按国家、省有关规定实施。',
  '二、认定程序',
  '区民政部门应在受理申请之日起20个工作日内完成审核。',
  '三、救助标准',
  '困难群众基本生活标准按本市最低生活保障标准的1.5倍确定。',
  '四、其他事宜',
  '本通知自印发之日起施行，有效期5年。',
  '某市人民政府办公厅',
  '2021年4月16日',
].join('\n');

const order = '某市长者优待办法';
const orderText = [
  order,
  '某市人民政府令',
  '第179号',
  '《某市长者优待办法》已经2021年1月8日市政府第15届130次常务会议通过，现予公布，自2021年5月1日起施行。',
  '市 长：张某某',
  '2021年1月29日',
  order,
  '第一条 为保障长者合法权益，制定本办法。',
  '第二条 年满60周岁的本市户籍居民，享受本办法规定的优待。',
  '第三条 本办法由市卫生健康行政主管部门负责组织实施。各有关部门应当在各自职责范围内协同实施本办法。',
  '区老龄工作机构负责在本辖区内组织、协调、指导、督促有关部门做好长者优待工作，受理申请、初核和管理本市长者优待凭证。',
  '第四条 长者持本市长者优待凭证乘坐城市轨道交通，享受半价优惠。',
].join('\n');

describe("a page's information block and an order's head", () => {
  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver({ [`${notice}.txt`]: noticeText, [`${order}.txt`]: orderText }));
  });

  it('gives a field of the information block its label names', async () => {
    const a = plainText(await answerer.ask('困难群众救助那份通知的文号和统一编号分别是多少？'));
    expect(a).toContain('某府办规〔2021〕9号');
    expect(a).toContain('GZ0220210099');
  });

  it('gives the expiry the page states beside the validity the text sets', async () => {
    const a = plainText(await answerer.ask('困难群众救助通知有效期多长？页面上标的失效日期是哪天？'));
    expect(a).toContain('有效期5年');
    expect(a).toContain('2026年06月01日');
  });

  it('reads part N of a notice numbered only by its parts, named by words of its title', async () => {
    const a = plainText(await answerer.ask('困难群众救助通知第三部分讲什么'));
    expect(a).toContain('救助标准');
    expect(a).toContain('1.5倍');
  });

  it('gives the order the document was published by, asked as its kind and number, and its signer', async () => {
    const a = plainText(await answerer.ask('某市长者优待办法是以什么文种发布的，编号多少？谁签发的？'));
    expect(a).toContain('某市人民政府令第179号');
    expect(a).toContain('张某某');
  });

  it('names the meeting that passed it, numbered by the term and the meeting', async () => {
    const a = plainText(await answerer.ask('长者优待办法啥时候开始施行的？是哪次会议通过的？'));
    expect(a).toContain('2021年5月1日');
    expect(a).toContain('第15届130次常务会议');
  });

  it('counts the articles of a document called by its kind said otherwise', async () => {
    const a = plainText(await answerer.ask('某市那个长者优待的规定一共多少条？'));
    expect(a).toContain('共四条');
  });

  it('names who carries the document out, asked of the document', async () => {
    const a = plainText(await answerer.ask('某市长者优待这套规定由哪个部门负责组织实施？'));
    expect(a).toContain('本办法由市卫生健康行政主管部门负责组织实施');
    expect(a).not.toContain('区老龄工作机构');
  });

  it('reads an everyday word as the text says it, and a discount asked as 几折', async () => {
    const a = plainText(await answerer.ask('我妈今年62，在某市坐地铁能打几折？'));
    expect(a).toContain('半价');
  });
});

describe('labelled lines of the text itself', () => {
  it("are no page fields: an item's 责任单位 asked is that item's", async () => {
    const title = '某市人民政府办公室关于印发某市创业社区推广方案的通知';
    const { answerer } = await answererOver({
      [`${title}.txt`]: [
        title,
        '一、重点任务',
        '（一）建设创业社区。各区县建设一批创业社区。',
        '责任单位：市科技局、市工信局',
        '（二）完善人才保障体系。落实人才住房、子女入学等保障政策。',
        '责任单位：市委人才办，团市委，市人社局',
        '（三）强化金融支持。设立创业投资基金。',
        '责任单位：市财政局',
      ].join('\n'),
    });
    const a = plainText(await answerer.ask('某市推广方案里“完善人才保障体系”的责任单位有哪些？'));
    expect(a).toContain('市委人才办');
    expect(a).not.toContain('市科技局');
  });
});

describe('points led by phrases of their own', () => {
  const opinion = '国务院办公厅关于加快发展某某表演产业的指导意见';
  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver({
      [`${opinion}.txt`]: [
        opinion,
        '一、总体要求',
        '（一）指导思想。以新发展理念为指导，推动某某表演产业发展。',
        '（二）基本原则。',
        '坚持问题导向。从产业发展面临的实际问题出发，加快推进政府职能转变。',
        '坚持市场驱动。遵循产业发展规律，以体制机制创新激发市场主体活力。',
        '坚持融合发展。促进产业与文化、旅游等相关产业深度融合。',
        '（三）发展目标。到2025年，某某表演产业总规模达到2万亿元。',
        '二、主要任务',
        '（四）丰富赛事活动。完善赛事体系，支持各类赛事发展。',
        '三、保障措施',
        '（五）强化协调配合。建立部门协同机制。',
      ].join('\n'),
    }));
  });

  it('lists and counts them, the document named', async () => {
    const a = plainText(await answerer.ask('某某表演产业指导意见定了几条基本原则？都是啥？'));
    expect(a).toContain('共3条');
    for (const p of ['坚持问题导向', '坚持市场驱动', '坚持融合发展']) expect(a).toContain(p);
  });

  it('lists the parts but the one the question sets aside', async () => {
    const a = plainText(await answerer.ask('某某表演产业那个意见，除了总体要求，具体举措分成哪几块？'));
    expect(a).toContain('除“总体要求”外');
    expect(a).toContain('主要任务');
    expect(a).toContain('保障措施');
    expect(a).not.toContain('指导思想');
  });

  it('lists them with no document named, the one loaded text having that heading', async () => {
    const a = plainText(await answerer.ask('基本原则有哪些'));
    for (const p of ['坚持问题导向', '坚持市场驱动', '坚持融合发展']) expect(a).toContain(p);
  });
});

describe("item N's units, of the one loaded text whose item N names them", () => {
  let answerer: Answerer;
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'owned-n-'));
    cpSync(path.join(KNOWLEDGE, SEED_FILE), path.join(dir, SEED_FILE));
    writeFileSync(
      path.join(dir, '国务院办公厅关于加快发展某某表演产业的指导意见.txt'),
      [
        '国务院办公厅关于加快发展某某表演产业的指导意见',
        '一、主要任务',
        '（一）丰富赛事活动。完善赛事体系。（体育总局负责）',
        '（二）壮大市场主体。支持企业做大做强。（体育总局、市场监管总局负责）',
        '二、保障措施',
        '（三）优化产业布局。推动区域协调发展。（发展改革委负责）',
      ].join('\n'),
    );
    const { index } = await buildIndex({ dir, version: 1 });
    answerer = new Answerer({ index: () => index, facts: factsAnswerer });
  });

  it('answers from the opinion, not from the plan whose task 2 names none', async () => {
    const a = plainText(await answerer.ask('第二项谁负责'));
    expect(a).toContain('体育总局、市场监管总局');
  });
});

describe('who carries out a press release\'s plan', () => {
  it('is the unit its closing `下一步，X将…` names, asked colloquially of the plan', async () => {
    const title = '《青州市服务业提质三年行动计划》解读';
    const text = [
      title,
      '一、出台背景',
      '为推动服务业提质增效，市政府印发了《青州市服务业提质三年行动计划》。',
      '二、主要目标',
      '到2027年，全市服务业增加值突破2000亿元。',
      '三、下一步工作',
      '《计划》是今后三年全市服务业发展的重要遵循。下一步，市发展和改革委员会将认真落实市委、市政府部署，细化分解目标任务，抓好各项措施落地见效。',
      '',
    ].join('\n');
    const { answerer } = await answererOver({ [`${title}.txt`]: text }, true);
    const a = plainText(await answerer.ask('这套服务业提质计划往后主要靠哪个部门往下推？'));
    expect(a).toContain('市发展和改革委员会');
  });
});
