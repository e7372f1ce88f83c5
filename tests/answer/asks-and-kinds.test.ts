// A question of two asks (`录像要存多少天？还有那个营业日志要留多久`) gets a sentence for each, from the articles
// of the document the first was answered from: the ask is found by its own subject, the weightiest of its words the
// document uses (not `还有`, not `要求`); an opening ask is answered by a figure of its kind only where the sentence
// speaks of it when the other ask wants the same kind (`台账保存几年？…拨付周期最长多久？`); `几倍` asks a sum set as
// a multiple (`处骗取金额2倍以上5倍以下的罚款`). And an item of a list in a passage after its announcement's is read with it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/pipeline.ts';
import { plainText } from '../../src/answer/plain-text.ts';
import { answererOver } from '../support/docs.ts';
import { askedAmountKinds, statesAmountOf } from '../../src/text/numerals.ts';

// (Each article long enough to be a passage of its own, as a law's are, and shown by its sentences chosen.)
const filler = (topic: string) =>
  `${topic}的具体办法由县级以上地方人民政府有关部门按照职责分工另行制定，并向社会公布。` +
  `有关部门应当加强对${topic}工作的指导和监督检查，及时纠正发现的问题，依法查处违法行为，并将查处结果向社会公开。` +
  `任何单位和个人对${topic}中的违法行为，有权向有关部门投诉、举报，有关部门接到投诉、举报后应当依法及时处理。` +
  `行业协会应当制定${topic}的自律规范，引导会员依法经营、诚信经营，维护公平竞争的市场秩序和消费者的合法权益。`;

const RULES = [
  '某市娱乐场所管理办法',
  '第一章 总则',
  `第一条 为了加强对娱乐场所的管理，保障娱乐场所的健康发展，制定本办法。${filler('娱乐场所管理')}`,
  '第二章 经营',
  `第十条 歌舞娱乐场所应当在营业场所的出入口、主要通道安装闭路电视监控设备。歌舞娱乐场所应当将闭路电视监控录像资料留存30日备查，不得删改或者挪作他用。${filler('监控设备安装')}`,
  `第十一条 歌舞娱乐场所的包厢、包间内不得设置隔断。包厢、包间的门不得有内锁装置。${filler('包厢设置')}`,
  `第十二条 娱乐场所应当与从业人员签订文明服务责任书，并建立从业人员名簿。${filler('从业人员管理')}`,
  `第十三条 娱乐场所应当建立营业日志，记载营业期间从业人员的工作职责、工作时间、工作地点；营业日志不得删改，并应当留存60日备查。${filler('营业日志')}`,
  '第三章 工资',
  `第二十条 用人单位应当按照工资支付周期编制书面工资支付台账，并至少保存3年。${filler('工资支付台账')}`,
  `第二十一条 建设单位与施工总承包单位依法订立书面工程施工合同，应当约定人工费用拨付周期，并按照按时足额支付的要求约定人工费用。人工费用拨付周期不得超过1个月。${filler('人工费用拨付')}`,
  `第二十二条 施工总承包单位应当按照有关要求，在工程所在地的银行开设农民工工资专用账户，并自开设之日起5日内报备。${filler('工资专用账户')}`,
  '第四章 法律责任',
  `第三十条 娱乐场所通过虚构服务项目骗取补贴的，由文化主管部门责令退回，处骗取金额2倍以上5倍以下的罚款。拒不改正的，责令停业整顿6个月以上1年以下。${filler('骗取补贴处罚')}`,
  `第三十一条 娱乐场所未按照本办法规定建立营业日志的，由文化主管部门责令改正，给予警告。${filler('营业日志处罚')}`,
].join('\n');

describe('a question of two asks', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver({ '某市娱乐场所管理办法.txt': RULES }));
  });

  it('answers the second ask by its subject, not by the word that opens it', async () => {
    const a = plainText(await answerer.ask('我们KTV包厢走廊装的监控，录像要存多少天？还有那个营业日志要留多久'));
    expect(a).toContain('30日');
    expect(a).toContain('60日');
  });

  it('does not take the other ask\'s figure of the same kind for the opening ask', async () => {
    // (The opening ask's first word, 要求, is in another article that states a period — `5日内报备` — and is not its subject.)
    const a = plainText(await answerer.ask('要求工资支付台账最少保存几年？建设单位跟施工总承包单位订立合同约定的人工费用拨付周期最长不能超过多久？'));
    expect(a).toContain('3年');
    expect(a).toContain('1个月');
    expect(a).not.toContain('5日');
  });

  it('reads 几倍 as a sum asked, stated as a multiple', async () => {
    expect(askedAmountKinds('罚款是几倍？')).toContain('money');
    expect(statesAmountOf('处骗取金额2倍以上5倍以下的罚款。', askedAmountKinds('罚款是几倍？'))).toBe(true);
    const a = plainText(await answerer.ask('罚款是几倍？娱乐场所虚构服务项目骗取补贴拒不改正的，责令停业整顿要停多久？'));
    expect(a).toContain('2倍以上5倍以下');
    expect(a).toContain('6个月以上1年以下');
  });
});

describe('an item of a list in a passage of its own', () => {
  // (An article longer than a passage is cut at its items: the list's announcement stays in the first piece.
  // Articles 16–20 of a district's rules as published, a blank line between paragraphs.)
  const RULES = [
    '某区公共租赁住房管理办法',
    '',
    '第十六条(租金和其他费用)',
    '',
    '本区区筹公共租赁住房的租金按略低于市场评估价格的标准执行，定期调整，租金价格报区房管局备案，并向社会公布。签订租赁合同的租金按当年向社会公布的租金价格执行，在合同期内不作调整。',
    '',
    '承租人按照租赁合同约定的支付方式按时向某区公租房公司缴纳租金，在租赁期间产生的水、电、燃气、有线电视等费用由承租人承担。',
    '',
    '第十七条(续租)',
    '',
    '租赁期届满需要续租的，承租人应当在租赁期满3个月前向某区公租房公司提出书面续租申请。某区公租房公司根据其租赁合同履行和租金缴纳情况出具审核意见表，由承租人按照所申请项目审核的相关规定向某区公租房公司受理窗口提出申请，经核查认定符合申请条件的，由区住房保障中心出具准入资格确认书，某区公租房公司凭新出具的准入资格确认书与原承租人签订续租合同。未按规定提出续租申请的承租人，则视为承租人放弃续租，租赁关系到期自动终止租赁期满应当腾退公共租赁住房。',
    '',
    '第十八条 (过渡期申请)',
    '',
    '根据项目实际情况，设置有租赁过渡期的，过渡期申请条件及期限在项目供应方案中明确。',
    '',
    '第十九条(退出管理)',
    '',
    '租赁期内，承租人有下列情形之一的，应当腾退公共租赁住房，并按租赁合同约定的方式向某区公租房公司提交书面退租申请：',
    '',
    '(一)提出续租申请但经审核不符合续租条件的;',
    '',
    '(二)获得其他住房或保障性住房，且超过本管理办法第六条规定的人均住房建筑面积标准的;',
    '',
    '(三)申请家庭因婚姻状况或主申请人情况发生变化不再符合准入资格申请条件的;',
    '',
    '(四)法律、法规、规章规定的其他情况。',
    '',
    '租赁期间，承租人有下列情形之一的，某区公租房公司有权终止租赁合同，并限期收回承租的公共租赁住房：',
    '',
    '(一)承租人的相关情况发生变化，不再符合公共租赁住房申请条件，但未按规定主动办理退出手续的;',
    '',
    '(二)承租人发生损害公共利益及他人利益的行为，经警告或制止后拒不改正的;',
    '',
    '(三)擅自转借、转租、调换承租的公共租赁住房;',
    '',
    '(四)擅自改变所承租的公共租赁住房用途;',
    '',
    '(五)擅自改变或恶意损坏承租公共租赁住房房屋外貌、原有结构、装饰装修现状;',
    '',
    '(六)承租人无正当理由连续6个月以上未实际居住所承租的公共租赁住房;',
    '',
    '(七)存在违反公共租赁住房管理规定和租赁合同约定的其他行为;',
    '',
    '(八)法律、法规、规章禁止的其他行为。',
    '',
    '承租人不再符合租住资格，但拒不腾退住房的，可向人民法院提起诉讼并申请强制执行。',
    '',
    '第二十条(腾退和违约责任)',
    '',
    '租赁期限届满，承租人应腾退房屋。未按期腾退房屋的，某区公租房公司按合同约定清退，并依法予以追究违约责任。相关信息按市、区社会信用管理相关规定提供公共信用信息服务平台。',
    '',
  ].join('\n');

  it('is read with the announcement in the passage before it', async () => {
    const { answerer } = await answererOver({ '某区公共租赁住房管理办法.txt': RULES });
    const a = await answerer.ask('租了公租房但人一直在外地没去住，连续多久不住公司就能收回房子？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('连续6个月以上未实际居住');
    expect(plainText(a)).toContain('收回');
  });
});
