// The figure asked is stated of the word right before the ask (`政府最高能资助多少`: 资助) even where the
// question's weightiest word is the asker's own situation (`一人公司`): the amount stated of 资助 answers.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/answer/plain-text.ts';
import { answererOver } from '../support/docs.ts';

const support = [
  '澄川市青年创业若干措施',
  '',
  '一、提供创业支持。毕业五年内的高校毕业生创办企业，符合条件的最高可资助20万元，优秀项目可给予最高50万元资助。',
  '二、优化创业服务。推行创业登记一网通办。',
  '',
].join('\n');
const law = ['有限责任公司登记须知', '', '一人有限责任公司应当在登记中注明自然人独资。', ''].join('\n');

describe('the topic of a figure asked', () => {
  it('takes the word before the ask when the weightiest word is not where the figure is', async () => {
    const { answerer } = await answererOver({ '澄川市青年创业若干措施.txt': support, '有限责任公司登记须知.txt': law }, true);
    const a = await answerer.ask('我毕业刚三年，想自己搞个一人公司，政府最高能资助多少？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('20万元');
  });
});

describe('a quantity the asker counts with', () => {
  // `一张给多少`, `一家一年最多能领多少`: 一张 and 一家 say how the asker counts, not what the figure is of;
  // the `一张网` of the text states nothing of the voucher.
  const plan = [
    '某省算力发展行动方案',
    '',
    '一、强化算力供给。打造算力“一张网”，建设区域枢纽节点。完善“算力券”制度，降低企业算力支出成本。（省发展改革委牵头）',
    '二、培育应用场景。每年发布应用场景清单，对入选场景给予最高50万元支持。（省工业和信息化厅牵头）',
    '',
  ].join('\n');

  it('is no topic of the figure: the text gives no amount of the voucher, and says so', async () => {
    const { answerer } = await answererOver({ '某省算力发展行动方案.txt': plan }, true);
    const a = await answerer.ask('某省算力券制度一张给多少？');
    expect(a.grounded).toBe(false);
    expect(plainText(a)).toContain('没有写明');
    expect(plainText(a)).toContain('算力券');
  });
});

describe('the unit a figure is asked in', () => {
  // `最多补贴百分之多少`: 百分之 is how the figure is asked, not what it is of.
  it('is no topic of the figure: the share stated of the purchase answers', async () => {
    const { answerer } = await answererOver({ '澄川市青年创业若干措施.txt': ['澄川市青年创业若干措施', '', '一、强化算力服务。对企业购买算力服务、数据集服务的费用给予最高不超过80%补贴，年度最高不超过30万元。', '二、优化创业服务。推行创业登记一网通办。', ''].join('\n') }, true);
    const a = await answerer.ask('企业买算力服务，最多补贴百分之多少？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).not.toContain('没有写明');
    expect(plainText(a)).toContain('80%');
  });
});

describe('a weightiest word only the asker\'s story tells', () => {
  // `买的期房刚交房，我得在多长时间内去办…登记`: 期房 is the asker's word for the text's 预售商品房; the asking
  // clause's own words (产权登记) are what the period is stated of.
  const rules = [
    '澄川市房屋交易管理办法',
    '',
    '第一条 为规范房屋交易，制定本办法。',
    '第二条 预售商品房的购买人应当自商品房交付使用之日起90日内，办理土地使用权变更和房屋所有权登记手续。',
    '第三条 房屋交易应当签订书面合同。',
    '',
  ].join('\n');
  const news = ['澄川楼市简报', '', '本月全市期房成交量环比上升，现房库存继续下降。', ''].join('\n');

  it('is no topic the period must be stated of when the asking clause names one the article states', async () => {
    const { answerer } = await answererOver({ '澄川市房屋交易管理办法.txt': rules, '澄川楼市简报.txt': news });
    const a = await answerer.ask('买的期房刚交房，我得在多长时间内去办土地使用权变更和房屋产权登记啊');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('90日内');
  });
});
