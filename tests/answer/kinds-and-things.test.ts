// What a question points at, read from the text and the conversation:
// - `第七项` of a plan whose tasks (一)–(十) stand under its first part only (`一、主要任务` beside a `二、保障措施` with
//   none): the one numbered list of the text is what is counted;
// - `条例把气象设施定性为什么样的设施`: what kind of thing the text says its term is (`气象设施是基础性公共服务设施`), and
//   `这份文件被定性成什么` what the document is said to be, by the names its text calls it (`《…方案》是…的重要遵循`);
// - `那这个证是哪个部门发的` after an answer that said `必须持有采药证`: the thing the answer named by that noun;
// - `到哪儿为止`, `从哪些人里面`: the asking, no word the text must hold.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/pipeline.ts';
import { plainText } from '../../src/answer/plain-text.ts';
import { withPointedThing } from '../../src/answer/conversation/rewrite.ts';
import { answererOver } from '../support/docs.ts';

const PLAN = '关于印发《东湖区可再生能源发展行动方案》的通知';
const PLAN_TEXT = [
  PLAN,
  '区政府各委、办、局，各街道：',
  '现将《东湖区可再生能源发展行动方案》印发给你们，请认真按照执行。',
  '东湖区发展和改革委员会',
  '2025年2月24日',
  '东湖区可再生能源发展行动方案',
  '一、主要任务',
  '（一）全面实施“光伏+”专项工程',
  '推进光伏与建筑、交通、农业等领域融合发展。（责任单位：区发展改革委）',
  '（二）开展新建建筑光伏项目建设工程',
  '新建公共建筑屋顶安装光伏面积比例不低于50%。（责任单位：区建管委）',
  '（三）加快既有建筑光伏项目建设工程',
  '推动既有公共建筑加装光伏。（责任单位：区机管局）',
  '（四）推动光伏项目建设与城市更新融合工程',
  '在旧区改造中同步规划光伏。（责任单位：区规划资源局）',
  '（五）鼓励绿色低碳示范工程',
  '打造近零碳示范街区。（责任单位：区生态环境局）',
  '（六）实施强化科技创新赋能工程',
  '支持光伏新技术首台套应用。（责任单位：区科委）',
  '（七）因地制宜推动热泵应用',
  '鼓励新建建筑合理开发利用地表水源、空气源等热泵系统。（责任单位：区建管委）',
  '（八）积极发展绿色金融',
  '引导金融机构加大对光伏项目的信贷支持。（责任单位：区金融办）',
  '二、保障措施',
  '区发展改革委整体部署和系统推进全区可再生能源开发建设。（责任单位：区发展改革委、各相关部门）',
  '',
].join('\n');

const RULES = '某省气象设施保护条例';
const RULES_TEXT = [
  RULES,
  '第一条 为了保护气象设施和气象探测环境，制定本条例。',
  '第二条 本条例所称气象探测环境，是指为避开各种干扰，保证气象探测设施准确获得气象探测信息所必需的最小距离构成的环境空间。',
  '第三条 气象设施和气象探测环境保护实行分类保护、分级管理的原则。',
  '第八条 气象设施是基础性公共服务设施。县级以上地方人民政府应当合理安排气象设施建设用地。',
  '第九条 各级气象主管机构应当按照相关质量标准配备气象设施。',
  '',
].join('\n');

const HERBS = '某省野生药材资源保护办法';
const HERBS_TEXT = [
  HERBS,
  '第一条 为保护和合理利用野生药材资源，制定本办法。',
  '第四条 国家重点保护的野生药材物种分为三级，二级为分布区域缩小、资源处于衰竭状态的重要野生药材物种。',
  '第八条 采猎二、三级保护野生药材物种的，不得在禁止采猎区、禁止采猎期进行采猎。',
  '第九条 采猎二、三级保护野生药材物种的，必须持有采药证。取得采药证后，需要进行采伐的，必须向有关部门申请采伐证。',
  '第十条 采药证的格式由省医药管理部门确定。采药证由县以上医药管理部门会同同级野生植物管理部门核发。',
  '第十一条 禁止出口一级保护野生药材物种。',
  '第十二条 经营野生药材的单位，由市场监督管理部门发给经营许可证；许可证遗失的，由原发证部门补发。',
  '第十三条 出口二、三级保护野生药材的，由商务部门发给出口许可证，海关部门凭证放行。',
  '第十四条 违反《某省野生药材资源保护办法》采猎的，由医药管理部门没收其采药证。',
  '第十五条 《某省野生药材资源保护办法》自2025年1月1日起施行。',
  '',
].join('\n');

describe('what a question points at, read from the text and the conversation', () => {
  let plan: Answerer;
  beforeAll(async () => {
    ({ answerer: plan } = await answererOver({ [`${PLAN}.txt`]: PLAN_TEXT }, true));
  });

  it('counts item N in the one numbered list of a plan whose tasks stand under its first part', async () => {
    const a = plainText(await plan.ask('东湖区行动方案第七项讲的是什么？'));
    expect(a).toContain('因地制宜推动热泵应用');
    expect(plainText(await plan.ask('东湖区行动方案一共有几项任务？'))).toContain('八项');
  });

  // (`第十项失业保险待遇谁负责` with two texts that have a 第十项 with its units: the one whose item speaks of it.)
  it('takes the item N the rest of an owner question speaks of, among texts that all have one', async () => {
    const jobs = '某市促进就业若干措施';
    const jobsText = [jobs, ...['稳定就业岗位', '支持创业带动', '加强职业培训', '扩大公益岗位', '落实社保补贴', '强化就业服务', '落实失业保险待遇'].map((t, i) => `${'一二三四五六七'[i]}、${t}。做好相关工作。（责任单位：市人力资源社会保障局${i === 6 ? '、市医保局' : ''}）`), ''].join('\n');
    const { answerer } = await answererOver({ [`${PLAN}.txt`]: PLAN_TEXT, [`${jobs}.txt`]: jobsText }, true);
    const a = plainText(await answerer.ask('第七项热泵应用谁负责？'));
    expect(a).toContain('区建管委');
    expect(a).not.toContain('请问您指的是哪一份');
    const b = plainText(await answerer.ask('第七项失业保险待遇谁负责？'));
    expect(b).toContain('市医保局');
    // (Nothing besides the ordinal and the ask: which text is asked — the 负责 and 牵头 of the units' notes are no topic.)
    expect(plainText(await answerer.ask('第七项谁负责？'))).toContain('请问您指的是哪一份');
    expect(plainText(await answerer.ask('第七项由哪个部门负责？'))).toContain('请问您指的是哪一份');
  });

  it('answers what kind of thing the text says its term is', async () => {
    const { answerer } = await answererOver({ [`${RULES}.txt`]: RULES_TEXT });
    const a = await answerer.ask('条例把气象设施定性为什么样的设施？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('基础性公共服务设施');
    // (A term the text says no kind of, but defines: its definition says what it is.)
    expect(plainText(await answerer.ask('气象探测环境是什么样的环境？'))).toContain('最小距离构成的环境空间');
  });

  it('answers what the document itself is said to be, by the names its text calls it', async () => {
    const text = ['《某市制造业三年行动方案》解读', '《某市制造业三年行动方案》是今后三年全市制造业发展的重要遵循。', '方案设置了8个方面21项任务。', ''].join('\n');
    const { answerer } = await answererOver({ '某市制造业三年行动方案解读.txt': text });
    for (const q of ['对往后三年搞制造业，这份文件被定性成什么', '这个方案属于什么性质']) {
      const a = await answerer.ask(q);
      expect(a.grounded, q).toBe(true);
      expect(plainText(a), q).toContain('重要遵循');
    }
    // (Not a paper the title cites and goes on past: `贯彻落实《…条例》实施方案` is a 方案, which its text calls 本方案.)
    const cites = ['某市贯彻落实《某省优化营商环境条例》实施方案', '《某省优化营商环境条例》是全省优化营商环境的基本遵循。', '本方案是全市优化营商环境的行动纲领。', ''].join('\n');
    const { answerer: other } = await answererOver({ '某市贯彻落实某省优化营商环境条例实施方案.txt': cites });
    expect(plainText(await other.ask('这个实施方案被定性成什么'))).toContain('行动纲领');
  });

  // (`那这些试验场分别落在哪几个区`: a zone a plan sets up, `先导区`, is no district the text names.)
  // (`第二项` of a notice whose parts are 一、申报条件 and 二、申报材料 with 1.–3. under the second: the part, not a material.)
  it('counts no list under a later part as the items', async () => {
    const text = ['某区企业奖励申报通知', '一、申报条件', '在本区注册的企业。', '二、申报材料', '1.申请表。', '2.营业执照复印件。', '3.财务报表。', ''].join('\n');
    const { answerer } = await answererOver({ '某区企业奖励申报通知.txt': text }, true);
    expect(plainText(await answerer.ask('申报通知第二项是什么？'))).not.toMatch(/^[^。]*营业执照复印件/u);
  });

  it('takes no zone for the district asked', async () => {
    const text = ['某市未来产业发布会问答', '记者：未来产业试验场有哪些安排？', '答：启动生物制造、量子科技等9个领域35个未来产业试验场建设，支持推进张江、临港等首批市级未来产业先导区建设。', ''].join('\n');
    const { answerer } = await answererOver({ '某市未来产业发布会问答.txt': text });
    const a = await answerer.ask('未来产业试验场分别落在哪几个区？');
    expect(a.grounded).toBe(false);
    expect(plainText(a)).toContain('文件没有写明“具体的区名单”');
    // (A district whose name ends in 城, `东城区`, is one.)
    const named = ['某市家政服务试点通知', '家政服务试点在东城区、西城区开展，每区建设一个服务中心。', ''].join('\n');
    const { answerer: other } = await answererOver({ '某市家政服务试点通知.txt': named });
    expect(plainText(await other.ask('家政服务试点在哪几个区开展？'))).toContain('东城区');
  });

  it('reads a pointed noun as the thing the answer before named by it', async () => {
    const { index, answerer } = await answererOver({ [`${HERBS}.txt`]: HERBS_TEXT });
    const s = { sessionId: 'herbs' };
    expect(plainText(await answerer.ask('采猎二级保护野生药材物种要持什么证？', s))).toContain('采药证');
    const a = await answerer.ask('那这个证是哪个部门发的？', s);
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('县以上医药管理部门');
    // (A pointer at a document, `这个办法`, is the focus's: no thing of the answer stands for it.)
    const said = { previous: '采药证由哪个部门核发', answer: '《某省野生药材资源保护办法》第十条 采药证由县以上医药管理部门核发。', docId: index.documents[0]!.id };
    expect(withPointedThing('这个办法什么时候施行？', said, index)).toBeNull();
    expect(withPointedThing('这个证要交钱吗？', said, index)).toBe('采药证要交钱吗？');
    // (A name in quotes right before the thing is part of it.)
    expect(withPointedThing('这个证多久换一次？', { ...said, answer: '持有“省级”采药证的，可以跨县采猎。' }, index)).toBe('“省级”采药证多久换一次？');
    // (…nor at a situation, nor at nothing named: `这种情况`, `这个要多久`, the 该 of 应该.)
    expect(withPointedThing('那这种情况应该找谁？', said, index)).toBeNull();
    expect(withPointedThing('那这个要多久？', said, index)).toBeNull();
  });
});
