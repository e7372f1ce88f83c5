// A section whose parts hold numbered items of their own (`四、主要任务` › `（一）…` › `1.`–`21.`): a count of
// the section gives both, since the asker may count either; a quoted item asked where it belongs, by a word
// of its part's title (`属于打造哪个中心的任务`), is placed under that part.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../../src/answer/pipeline.ts';
import { plainText } from '../../../src/answer/plain-text.ts';
import { answererOver } from '../../support/docs.ts';

const OPINION = [
  '澄川市关于促进港区开放发展的若干意见',
  '',
  '一、总体要求',
  '坚持改革创新，推动港区高质量发展。',
  '二、主要任务',
  '（一）统筹两个市场，打造加工制造中心。',
  '1.拓展加工贸易。支持港区企业承接境外订单。（市商务局负责）',
  '2.释放企业产能。允许企业承接区外委托加工。（市海关负责）',
  '（二）延伸产业链条，打造检测维修中心。',
  '3.支持再制造业。允许港区企业开展航空航天等再制造业务。（市工信局负责）',
  '4.发展检测服务。支持企业开展进口检测业务。（市市场监管局负责）',
  '5.促进维修业务。允许企业承接境外维修。（市商务局负责）',
  '三、保障措施',
  '加强组织领导，抓好政策落实。',
  '',
].join('\n');

describe('parts that hold items of their own', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver({ '澄川市关于促进港区开放发展的若干意见.txt': OPINION }, true));
  });

  it('are counted with their items', async () => {
    const a = plainText(await answerer.ask('港区开放那个若干意见，主要任务一共列了多少条？'));
    expect(a).toContain('分2个部分，共5项');
    expect(a).toContain('统筹两个市场');
  });

  it('are counted with their items when both counts are asked, the section named before or after the count', async () => {
    for (const q of ['港区开放那个若干意见，主要任务一共多少条？分成几个方面', '港区开放那个若干意见一共有多少项主要任务？分成几个方面']) {
      const a = plainText(await answerer.ask(q));
      expect(a, q).toContain('分2个部分，共5项');
    }
  });

  it('place a quoted item under its part, asked by a word of the part', async () => {
    const a = plainText(await answerer.ask('“支持再制造业”这条属于打造哪个中心的任务？'));
    expect(a).toContain('检测维修中心');
    expect(a).not.toContain('加工制造中心');
  });
});

describe('an ordinal in a part named right after the document, before 里', () => {
  const title = '澄川市无废城市建设试点工作方案';
  const text = [
    title,
    '一、主要任务',
    '（一）强化顶层设计引领，发挥政府宏观指导作用。',
    '（二）实施工业绿色生产，推动工业固体废物贮存处置总量趋零增长。',
    '（三）推行农业绿色生产，促进农业废弃物全量利用。',
    '二、保障措施',
    '（一）加强组织领导。市生态环境局会同有关部门组建协调小组。',
    '（二）加大资金支持。鼓励统筹运用相关政策，支持建设固体废物处置设施。',
    '',
  ].join('\n');
  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver({ [`${title}.txt`]: text }, true));
  });

  it('counts in that part (无废城市方案保障措施里第二条 is 保障措施\'s second item, not the document\'s part 二)', async () => {
    for (const q of ['无废城市方案保障措施里第二条讲的啥？', '无废城市方案的保障措施里第二条讲的啥？']) {
      const a = plainText(await answerer.ask(q));
      expect(a).toContain('加大资金支持');
      expect(a).not.toContain('加强组织领导');
    }
  });
});
