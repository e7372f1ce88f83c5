// `那条归哪个部门负责` after an item of another document than the shipped plan: the item in focus and its own units —
// never the plan's responsible bureau, nor a neighbour item's units.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../../src/answer/pipeline.ts';
import { plainText } from '../../../src/answer/plain-text.ts';
import { answererOver } from '../../support/docs.ts';

const OPINIONS = [
  '某市关于促进保税区发展的若干意见',
  '一、拓展开放功能',
  '1.拓展两个市场。积极稳妥推广增值税一般纳税人资格试点。（税务局、财政局负责）',
  '2.支持医疗设备研发。区内企业进口的医疗器械用于研发、展示的，可不办理注册或备案手续。（药监局、海关负责）',
  '3.发展租赁业态。支持区内企业开展大型设备融资租赁业务。（金融局、商务局负责）',
  '二、优化营商环境',
  '4.简化通关流程。推行一次申报、一次查验。（海关、口岸办负责）',
  '5.加强人才保障。为区内企业引进人才提供落户便利。（人社局、公安局负责）',
].join('\n');

let answerer: Answerer;
beforeAll(async () => {
  const { SEED_FILE, SEED_RAW } = await import('../../support/seed.ts');
  ({ answerer } = await answererOver({ [SEED_FILE]: SEED_RAW, '某市关于促进保税区发展的若干意见.txt': OPINIONS }, true));
});

describe('an owner asked of the item just found, pointed at as 那条', () => {
  it('is that item\'s own lead unit, with or without a question mark', async () => {
    for (const [k, last] of ['那条归哪个部门负责', '那条归哪个部门负责？'].entries()) {
      const sessionId = `pointer-${k}`;
      await answerer.ask('保税区发展若干意见里讲医疗器械研发展示的是第几条？', { sessionId });
      const a = plainText(await answerer.ask(last, { sessionId }));
      expect(a).toContain('药监局');
      expect(a).not.toContain('税务局');
      expect(a).not.toContain('工业和信息化局');
    }
  });
});

describe('a pointer after a turn refused within the document it named', () => {
  it('is not answered from the shipped plan, nor from any passage that says 负责', async () => {
    const sessionId = 'refused-named';
    const first = await answerer.ask('保税区发展若干意见里，有一条专门讲跨境电商直播带货的吧？', { sessionId });
    expect(first.grounded).toBe(false);
    const a = await answerer.ask('这条谁负责？', { sessionId });
    expect(a.grounded).toBe(false);
    expect(plainText(a)).not.toContain('工业和信息化局');
  });
});

describe('a step of a procedure asked by its place', () => {
  it('counts the procedure just answered from, not the shipped plan\'s tasks', async () => {
    const { SEED_FILE, SEED_RAW } = await import('../../support/seed.ts');
    const guide = [
      '某区创业社区认定工作指引',
      '一、总体要求',
      '（一）创业社区是为初创团队提供场地和服务的载体。',
      '（二）各街道负责本辖区社区的培育。',
      '二、认定流程',
      '（一）在线申报。申报主体通过区科技局平台在线提出申请。',
      '（二）初审推荐。各街道对申报材料进行初审，择优推荐。',
      '（三）复审核验。区科技局对推荐名单进行复核和现场考察。',
      '（四）公示发文。区科技局对拟认定名单进行公示，无异议的予以发文认定。',
    ].join('\n');
    const { answerer: a } = await answererOver({ [SEED_FILE]: SEED_RAW, '某区创业社区认定工作指引.txt': guide }, true);
    const sessionId = 'steps';
    await a.ask('创业社区认定工作指引里，现场考察是在哪一步做的？', { sessionId });
    const reply = plainText(await a.ask('第四步是什么', { sessionId }));
    expect(reply).toContain('公示发文');
    expect(reply).not.toContain('头部企业');
  });
});

describe('units besides one just named', () => {
  it('are the other units of the item in focus, not of another item whose annotation names that one too', async () => {
    const sessionId = 'besides';
    await answerer.ask('保税区发展若干意见里，简化通关流程那条是谁负责？', { sessionId });
    const a = plainText(await answerer.ask('除了海关，还有哪些单位', { sessionId }));
    expect(a).toContain('口岸办');
    expect(a).not.toContain('药监局');
  });
});
