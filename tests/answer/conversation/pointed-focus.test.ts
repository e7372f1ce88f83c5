// A question that names its document by a proper name of the title (`江川开放型经济政策…`) is read in that
// document first: another document's passage on a neighbouring subject (a city's insurance incentive)
// is no answer to what the named document says.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../../src/answer/pipeline.ts';
import { plainText } from '../../../src/answer/plain-text.ts';
import { answererOver } from '../../support/docs.ts';

const OPEN_ECONOMY =
  '江川区促进开放型经济发展的若干政策意见\n' +
  '一、推动实际利用外资增长\n第一条 外商设立符合我区产业导向的项目，第一年实到外资500万美元以上的，给予50万元奖励。\n' +
  '第二条 跨国公司在我区设立地区总部的，给予一次性奖励200万元。\n' +
  '二、提升外贸竞争力\n第三条 首获国家级文化出口重点企业的，给予10万元奖励。\n' +
  '第四条 对年出口额首次突破1000万美元的企业，给予5万元奖励。\n' +
  '第五条 本意见自发布之日起施行，由区商务局负责解释。\n';

const VEHICLES =
  '北川市支持新能源商用车发展若干措施\n' +
  '一、整车研发激励\n对年销量3000辆以上的新车型，给予500万元激励。（市经信委牵头）\n' +
  '二、保险激励\n支持保险机构开发商用车保险产品，对承保新上牌商用车的，按照保费金额的10%给予保险机构激励，单个保险机构年度激励不超过500万元。（市金融办牵头）\n' +
  '三、出口支持\n对商用车出口企业参加境外展会的，给予展位费50%补贴。（市商务委牵头）\n';

let answerer: Answerer;
beforeAll(async () => {
  ({ answerer } = await answererOver({ '江川区促进开放型经济发展的若干政策意见.txt': OPEN_ECONOMY, '北川市支持新能源商用车发展若干措施.txt': VEHICLES }));
});

describe('a document named by its place', () => {
  it('is not answered from another document that covers a neighbouring subject', async () => {
    const a = await answerer.ask('江川开放型经济政策对出口信用保险保费补多少比例？');
    expect(plainText(a)).not.toContain('10%');
    expect(a.citations.every((c) => !c.source.includes('北川'))).toBe(true);
    expect(a.grounded).toBe(false);
  });

  it('still answers what that document says', async () => {
    const a = await answerer.ask('江川开放型经济政策对出口额首次过千万美元的企业奖多少？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('5万元');
  });

  it('leaves a question whose topic only the other document covers clearly', async () => {
    const a = await answerer.ask('江川的企业给商用车保险机构的保费激励按多少比例？');
    expect(a.citations[0]?.source ?? '').toContain('北川');
  });
});
