// `法律责任放在第几章`: in a document in chapters, the chapter that holds what the question describes —
// the chapter whose title the question says, else the chapter of the passage its words find. The
// 办法 is written here, laid out as such texts are published (chapter headings on lines of their own).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../../src/answer/pipeline.ts';
import { plainText } from '../../../src/answer/plain-text.ts';
import { answererOver } from '../../support/docs.ts';

const RULES = [
  '某市科技创新券管理办法',
  '第一章 总则',
  '第一条 为降低中小企业研发成本，鼓励企业购买科技服务，制定本办法。',
  '第二条 本办法所称创新券，是指市财政安排资金，向企业发放的用于购买检验检测、技术开发等服务的权益凭证。',
  '第二章 申领与使用',
  '第三条 在本市注册、具有独立法人资格的中小企业可以申领创新券，每家企业每年申领额度不超过20万元。',
  '第四条 创新券只能用于向入库服务机构购买服务，不得转让、买卖。',
  '第三章 兑付',
  '第五条 服务机构应当在服务完成后30日内持合同、发票向市科技局申请兑付。',
  '第六条 市科技局自受理兑付申请之日起15个工作日内完成审核，审核通过的由市财政局拨付资金。',
  '第四章 法律责任',
  '第七条 企业或者服务机构以虚假合同骗取创新券资金的，追回已兑付资金，五年内不得申领或者承接创新券业务。',
  '第五章 附则',
  '第八条 本办法自2024年1月1日起施行，有效期三年。',
].join('\n');

let answerer: Answerer;
beforeAll(async () => {
  ({ answerer } = await answererOver({ '某市科技创新券管理办法.txt': RULES }, true));
});

describe('which chapter', () => {
  it('the chapter whose title the question says', async () => {
    // (Said in the answer itself, not only in the section its source line names.)
    const a = await answerer.ask('创新券管理办法里法律责任放在第几章？');
    expect(a.body).toContain('第四章');
  });

  it('the chapter of the passage the question describes', async () => {
    const a = await answerer.ask('创新券管理办法中，服务机构申请兑付的规定在哪一章？');
    expect(a.body).toContain('第三章');
    expect(a.citations[0]!.text).toContain('兑付');
  });

  it('leaves a question that asks more than the chapter to the passages', async () => {
    const a = plainText(await answerer.ask('创新券管理办法里，服务机构服务完成后多少天内要申请兑付？这条在哪一章？'));
    expect(a).toContain('30日');
  });
});
