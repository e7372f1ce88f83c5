// Tiers of a support policy against the figure an asker states (`卖了1.2万张票`, `投资800万美元`).
import { describe, expect, it } from 'vitest';
import { boundsStated, bracketFit, bracketOf, statedFigures } from '../../src/text/brackets.ts';
import { answererOver } from '../support/docs.ts';
import { plainText } from '../../src/answer/plain-text.ts';

describe('bracketOf', () => {
  it('reads a closed tier, an open one, and units on either end', () => {
    expect(bracketOf('单场演出售票 5000 人（含）—10000 人（不含）的，给予单场最高 3 万元奖励；')).toEqual({ low: 5000, high: 10000, measure: 'count' });
    expect(bracketOf('单场演出售票 20000 人（含）以上的，给予单场最高 10 万元奖励。')).toMatchObject({ low: 20000, high: Infinity });
    expect(bracketOf('年销量3000（含）—5000辆（不含）的车型，给予500万元激励')).toMatchObject({ low: 3000, high: 5000 });
    expect(bracketOf('投资额1亿元（含）-5亿元（不含）的项目')).toEqual({ low: 1e8, high: 5e8, measure: 'money' });
    expect(bracketOf('对单套建筑面积140平方米以上的，给予总房款0.5%的补贴')).toMatchObject({ low: 140, measure: 'area' });
  });

  it('reads a floor and a ceiling said apart as one tier', () => {
    expect(bracketOf('（四）罚款金额在200万元以上的，500万元以下的，按罚款金额的3%奖励；')).toEqual({ low: 2e6, high: 5e6, measure: 'money' });
    expect(bracketOf('营业收入500万元以下、100万元以上的企业')).toEqual({ low: 1e6, high: 5e6, measure: 'money' });
  });

  it('reads no tier in a date window, nor one of several tiers paid respectively', () => {
    expect(bracketOf('活动时间为2025年5月30日至12月31日。')).toBeNull();
    // (`不低于30分钟` is a floor every case must meet, not a tier below 30.)
    expect(bracketOf('服务达到1000人次（每次服务时长不低于30分钟）的，给予一次性补贴15万元')).toBeNull();
    expect(bracketOf('第一年实到外资200万-500万（不含）美元、500万-1000万（不含）美元、1000万美元以上的，分别给予奖励')).toBeNull();
  });
});

describe('statedFigures', () => {
  it('takes the asker’s figures, not dates or labels', () => {
    expect(statedFigures('在黄埔办一场卖了1.2万张票的演唱会')).toMatchObject([{ value: 12000, measure: 'count' }]);
    expect(statedFigures('投资800万美元的项目')).toMatchObject([{ value: 8e6, measure: 'money' }]);
    expect(statedFigures('买140平以上的大房子')).toMatchObject([{ value: 140, measure: 'area' }]);
    expect(statedFigures('2024年5月1日以后买的房，第3条怎么说')).toEqual([]);
    expect(statedFigures('到2023年要建多少个5G基站')).toEqual([]);
    expect(statedFigures('By the end of 2025, what should the radius be')).toEqual([]);
    expect(statedFigures('我奶奶今年刚满100岁')).toMatchObject([{ value: 100, measure: 'age' }]);
    // Tens of thousands with no unit after them are a sum (`罚款300万的`); with one, what it names (`3万人`).
    expect(statedFigures('那罚款300万的呢')).toMatchObject([{ value: 3e6, measure: 'money' }]);
    expect(statedFigures('招了3万人')).toMatchObject([{ value: 3e4, measure: 'count' }]);
    // A figure said as a ceiling (`不到15万`) is under it: the tier up to 15万 holds it, the one from 15万 does not.
    const under = statedFigures('罚款不到15万的案子');
    expect(under).toMatchObject([{ value: 1.5e5, measure: 'money', under: true }]);
    expect(bracketFit('（一）罚款金额在15万元以下的，按1500元奖励；', under)).toBe('in');
    expect(bracketFit('（二）罚款金额在15万元以上的，50万元以下的，按罚款金额的1%奖励；', under)).toBe('out');
    // In words, after what the asker has done; a name's numeral is none (`三年行动`).
    expect(statedFigures('公租房排了六年还没配到')).toMatchObject([{ value: 6, measure: 'time' }]);
    expect(statedFigures('招了三个人都签了合同')).toMatchObject([{ value: 3, measure: 'count' }]);
    expect(statedFigures('工业增长三年行动方案有几项任务')).toEqual([]);
  });

  it('finds a sentence bounding a figure of the asker’s kind, whichever side they are on', () => {
    const age = statedFigures('我今年57岁，女的');
    expect(boundsStated('提交贷款申请时女性不超过55周岁、男性不超过60周岁。', age)).toBe(true);
    expect(boundsStated('未满35周岁参保人员个人不缴费。', age)).toBe(true);
    // (A bound of another kind, or none at all, is not theirs.)
    expect(boundsStated('带动就业5人及以上就业的，贷款额度最高50万元。', age)).toBe(false);
    expect(boundsStated('借款人按月付息、到期还本。', age)).toBe(false);
    expect(boundsStated('轮候时间超过5年的，可申请领取住房租赁补贴。', statedFigures('排了六年'))).toBe(true);
    // (A bare number tells no measure: `我妈今年82了` is no count of people.)
    expect(boundsStated('对新建且服务老年人超过50人的助餐点给予一次性建设补助5万元。', statedFigures('我妈今年82了'))).toBe(false);
  });

  it('fits a figure to a tier of its own measure only', () => {
    const sold = statedFigures('卖了1.2万张票');
    expect(bracketFit('单场演出售票 10000 人（含）—20000 人（不含）的，给予单场最高 6 万元奖励；', sold)).toBe('in');
    expect(bracketFit('单场演出售票 5000 人（含）—10000 人（不含）的，给予单场最高 3 万元奖励；', sold)).toBe('out');
    expect(bracketFit('投资额1亿元（含）-5亿元（不含）的项目', sold)).toBeUndefined();
  });
});

describe('an amount asked with the asker’s figure', () => {
  it('is answered by the tier that holds the figure, not its neighbours', async () => {
    const { answerer } = await answererOver({
      '清河区促进演艺产业发展若干措施.txt':
        '清河区促进演艺产业发展若干措施\n' +
        '第一条 支持举办大型营业性演出。在本区举办大型营业性演出的，按演出规模给予奖励。单场演出售票 5000 人（含）—10000 人（不含）的，给予单场最高 3 万元奖励；' +
        '单场演出售票 10000 人（含）—20000 人（不含）的，给予单场最高 6 万元奖励；单场演出售票 20000 人（含）以上的，给予单场最高 10 万元奖励。（责任单位：区文化广电旅游局）\n' +
        '第二条 支持剧场建设。投资建设剧场固定资产投资额达 500 万元以上的，按投资额的10%给予最高100万元补贴。（责任单位：区文化广电旅游局）\n',
    });
    const a = await answerer.ask('在清河办一场卖了1.2万张票的大型营业性演出，单场最多奖多少？');
    const text = plainText(a);
    // (The page's `6 万元` is read as 6万元: the space a PDF left joins nothing.)
    expect(text).toContain('6万元');
    expect(text).not.toContain('3万元');
    expect(text).not.toContain('10万元');
  });
});
