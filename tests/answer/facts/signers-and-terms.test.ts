// A rule issued by several ministries and what it says its words are:
// - its signature names every body on a line of its own, a ministry by three characters (`公安部`) and the customs by
//   its 署 (`海关总署`) — the signature read up to the first only stopped at them;
// - `七部门印发的这份通知` is the one loaded text that many bodies signed;
// - a term asked with the ask before it (`怎么界定…`), asked what kind of thing it is (`是个啥设施`) or whether a thing
//   counts as one (`算不算这个规定里的终端设备`), answered by the item of the article that defines it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../../src/answer/pipeline.ts';
import { plainText } from '../../../src/answer/plain-text.ts';
import { answererOver } from '../../support/docs.ts';

const RULE = '某类卫星终端服务管理规定';
const RULE_TEXT = [
  RULE,
  '关于印发《某类卫星终端服务管理规定》的通知',
  '各省、自治区、直辖市有关部门：',
  '现将《某类卫星终端服务管理规定》印发给你们，请认真贯彻执行。',
  '国家互联网信息办公室',
  '国家发展和改革委员会',
  '工业和信息化部',
  '公安部',
  '海关总署',
  '国家市场监督管理总局',
  '国家广播电视总局',
  '2025年4月23日',
  '某类卫星终端服务管理规定',
  '第一章 总则',
  '第一条 为了促进和规范卫星终端服务健康发展，制定本规定。',
  '第二条 服务提供者应当依法取得电信业务经营许可。',
  '第三条 服务提供者应当建立用户真实身份信息登记制度。',
  '第二章 附则',
  '第三十九条 本规定下列用语的含义是：',
  '（一）终端设备，是指能够接入卫星通信系统的民用手持终端、固定终端和航空器、船舶、车辆等载具上搭载的终端。',
  '（二）卫星终端服务，是指利用终端设备通过无线通信方式，不经过中转设备，直接连接通信卫星提供通信服务的活动。',
  '（三）关口站，是指卫星通信链路中用于信号中继、转接等处理的地面设施。',
  '第四十条 本规定自2025年6月1日起施行。',
  '',
].join('\n');

const PLAN = '关于印发《某市高端医疗器械产业发展行动方案》的通知';
const PLAN_TEXT = [
  PLAN,
  '各区人民政府，市政府各委、办、局：',
  '现将《某市高端医疗器械产业发展行动方案》印发给你们，请认真按照执行。',
  '某市人民政府办公厅',
  '2025年9月4日',
  '某市高端医疗器械产业发展行动方案',
  '一、支持产品研发。对创新医疗器械给予最高500万元支持。（责任单位：市经济信息化委）',
  '二、优化支付模式。支持医疗机构以融资租赁方式采购设备。（责任单位：市医保局）',
  '',
].join('\n');

describe('a rule issued by several ministries and what it says its words are', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver({ [`${RULE}.txt`]: RULE_TEXT, [`${PLAN}.txt`]: PLAN_TEXT }, true));
  });

  it('names every body of the signature', async () => {
    const a = plainText(await answerer.ask('这份卫星终端的规定是哪些部门一起发的？'));
    for (const body of ['国家互联网信息办公室', '工业和信息化部', '公安部', '海关总署', '国家广播电视总局']) expect(a).toContain(body);
  });

  it('reads the number of bodies that signed as a pointer to the text', async () => {
    const a = plainText(await answerer.ask('七部门印发这份通知落款是哪一天？'));
    expect(a).toContain('2025年4月23日');
    expect(a).not.toContain('2025年9月4日');
  });

  it('answers a term asked in other shapes by the item that defines it, with its article', async () => {
    const defined = await answerer.ask('怎么界定卫星终端服务？');
    expect(plainText(defined)).toContain('不经过中转设备');
    const kind = await answerer.ask('规定里说的“关口站”到底是个啥设施？');
    expect(plainText(kind)).toContain('信号中继');
    expect(kind.citations[0]?.section).toContain('第三十九条');
    expect(plainText(await answerer.ask('汽车、轮船上装的卫星终端算不算这个规定里的终端设备？'))).toContain('载具');
    // (Not another ask after 是什么: `什么时候`; nor how a thing goes, `是什么样的`, with no kind named.)
    expect(plainText(await answerer.ask('关口站是什么时候建的？'))).not.toMatch(/^第三十九条 （三）关口站/u);
    expect(plainText(await answerer.ask('卫星终端服务是什么样的？'))).not.toMatch(/^[^。]*不经过中转设备/u);
  });

  // (`两个部门联合审批`: bodies acting together, not a text's signers counted.)
  it('reads no count of signers in bodies acting together', async () => {
    const a = plainText(await answerer.ask('七个部门联合审批的事项有哪些？'));
    expect(a).not.toContain('2025年4月23日印发');
  });
});
