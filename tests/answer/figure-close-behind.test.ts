// The best passage may speak of the topic and state no figure of the kind asked (`开了个小店…能贷到多少` finds
// the condition on 个体工商户 first): a passage of the same document just behind it that states the figure,
// about what is asked, leads. A figure no passage of the document states is still said to be unstated.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/pipeline.ts';
import { plainText } from '../../src/answer/plain-text.ts';
import { answererOver } from '../support/docs.ts';

const FAQ =
  '创业担保贷款常见问题\n信息来源：某市人力资源社会保障局\n一、创业担保贷款申请对象有哪几类？\n答：创业担保贷款申请对象分别是个人借款人和小微企业借款人。\n' +
  '二、创业担保贷款最高可以申请多少额度？\n答：符合申请条件的个人创业担保贷款额度最高30万元；带动就业5人及以上就业的，贷款额度最高50万元。小微企业创业担保贷款最高500万元。\n' +
  '三、创业担保贷款每次最长可以申请多长时间？\n答：个人创业担保贷款每次期限最长不超过3年，小微企业创业担保贷款每次期限最长不超过2年。\n' +
  '四、创业担保贷款有哪些申请条件？\n答：个人借款人申请条件：\n1.提交贷款申请时女性不超过55周岁、男性不超过60周岁；\n2.有具体经营项目；\n' +
  '3.已在本市行政区域内办理法定登记注册手续（包括小微企业、个体工商户、社会组织、农民专业合作社、家庭农场等类型，下同）；\n' +
  '4.在提交贷款申请时，除助学贷款、住房贷款以外，本人及其配偶应没有其他贷款。\n';

const MEASURES =
  '某市关于更好服务市场主体的若干政策措施\n一、加力帮扶中小微企业纾困解难。\n鼓励中小企业参与政府采购，预留采购份额。全面推进“政采贷”业务，支持中小企业利用政府采购合同向银行“无担保、无抵押”线上融资。引导银行机构加大对中小微企业贷款投放力度。\n' +
  '二、支持稳岗就业创业。\n对招用毕业年度高校毕业生的中小企业给予一次性扩岗补助。按规定对个人创业者和小微企业进行贷款贴息，贴息后贷款平均利率控制在2.5%以内。\n';

describe('a figure stated just behind the best passage', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver({ '创业担保贷款常见问题.txt': FAQ }, true));
  });

  it('answers the amount from the passage that states it', async () => {
    const a = await answerer.ask('我开了个小店带了6个人就业，创业担保贷款能贷到多少？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('50万元');
    expect(plainText(a)).not.toContain('没有写明');
  });

  it('still says the text states no figure that no passage of it states', async () => {
    const a = await answerer.ask('我是个体工商户，申请创业担保贷款要交多少手续费？');
    expect(a.grounded).toBe(false);
    expect(plainText(a)).not.toMatch(/手续费[^。]*\d+万?元/u);
  });
});

describe('a figure of another subject just behind the best passage', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver({ '某市关于更好服务市场主体的若干政策措施.txt': MEASURES }, true));
  });

  it('takes no figure from a passage that does not speak of what the figure is asked of', async () => {
    // (The rate beside it is of the loans to 个人创业者, not of 政采贷.)
    const a = await answerer.ask('某市“政采贷”给中小企业的贷款利率是多少？');
    expect(plainText(a)).not.toContain('2.5%');
  });
});
