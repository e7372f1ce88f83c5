// Builds the laws37 suite files from the case data below.
// Usage: node src/build.mjs   (run from the suite folder; LAWS_DIR overrides the corpus path)
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const here = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const LAWS = process.env.LAWS_DIR || '/work/shared/corpus/laws';
const titleOf = (p) => path.basename(p).replace(/\.md$/, '').replace(/\(\d{4}-\d{2}-\d{2}\)$/, '');

// Laws used, with the LawRefBook/Laws commit where the same path is stored upstream (null: not found in the index).
const LAWS_USED = {
  KSS: ['行政法规/看守所条例(1990-03-17).md', '6ef77b0a407dfcb4285dc149af0a159b09e28aa7'],
  BASC: ['行政法规/法规规章备案审查条例(2024-08-30).md', 'cbdedcf42dd829d9bbfd95ba361bf21f6869b82c'],
  DC: ['行政法规/公安机关督察条例(2011-08-31).md', '6ef77b0a407dfcb4285dc149af0a159b09e28aa7'],
  JSJCK: ['行政法规/技术进出口管理条例(2020-11-29).md', '6ef77b0a407dfcb4285dc149af0a159b09e28aa7'],
  JRWF: ['行政法规/金融违法行为处罚办法(1999-02-22).md', '6ef77b0a407dfcb4285dc149af0a159b09e28aa7'],
  JJPC: ['行政法规/全国经济普查条例(2018-08-11).md', '6ef77b0a407dfcb4285dc149af0a159b09e28aa7'],
  FQX: ['行政法规/反倾销条例(2004-03-31).md', '6ef77b0a407dfcb4285dc149af0a159b09e28aa7'],
  WZYH: ['行政法规/外资银行管理条例(2019-09-30).md', '6ef77b0a407dfcb4285dc149af0a159b09e28aa7'],
  XYZP: ['行政法规/血液制品管理条例(2016-02-06).md', '6ef77b0a407dfcb4285dc149af0a159b09e28aa7'],
  DWYQ: ['行政法规/重大动物疫情应急条例(2017-10-07).md', '6ef77b0a407dfcb4285dc149af0a159b09e28aa7'],
  LDRK: ['行政法规/流动人口计划生育工作条例(2009-05-11).md', '6ef77b0a407dfcb4285dc149af0a159b09e28aa7'],
  ZRBH: ['行政法规/自然保护区条例(2017-10-07).md', '6ef77b0a407dfcb4285dc149af0a159b09e28aa7'],
  GBDS: ['行政法规/广播电视管理条例(2020-11-29).md', '6ef77b0a407dfcb4285dc149af0a159b09e28aa7'],
  XZZS: ['司法解释/最高人民法院关于办理行政申请再审案件若干问题的规定(2021-03-25).md', 'abe3daaa448d225a37606118eaa4796d05b2c01c'],
  MFDSX: ['司法解释/最高人民法院关于适用《民法典》时间效力的若干规定(2020-12-29).md', '669f05b3af762f3f1efcb78199801ea4613fa1e8'],
  WTZX: ['司法解释/最高人民法院关于委托执行若干问题的规定(2020-12-29).md', 'abe3daaa448d225a37606118eaa4796d05b2c01c'],
  XGPJ: ['司法解释/最高人民法院关于内地与香港特别行政区法院相互认可和执行民商事案件判决的安排(2024-01-25).md', 'e16e268d46c4b0bfe5d0c2de3d039e4bb9bb6ea1'],
  DWGX: ['行政法/对外关系法(2023-06-28).md', '0770a763128599e45244e1789de76164caa61ae5'],
  LDJS: ['司法解释/最高人民法院关于审理垄断民事纠纷案件适用法律若干问题的解释(2024-06-24).md', '3357c47a8d6ac2b7074204bee93b9abea3d06636'],
  WJF: ['行政法/人民武装警察法(2020-06-20).md', null],
};

// Single questions: [law, kind, q, must, passage]; refusals: [law, 'oos', q, null, null, proof, corpusAbsent]
const Q = [
  ['KSS', 'policy', '我弟弟被刑拘关在看守所，家里人想去见他一面，需要经过哪些部门同意？', [['办案机关'], ['公安机关']], '经公安机关批准，可以与近亲属通信、会见'],
  ['BASC', 'task', '部门规章发布以后，最晚多少天内得报国务院备案？', [['30日']], '应当自公布之日起30日内，依照下列规定报送备案'],
  ['JRWF', 'measure', '银行职员因为违规被开除了，以后还能去别的银行或者信用社上班吗？', [['终身不得']], '终身不得在金融机构工作'],
  ['JSJCK', 'task', '我们公司进口的技术不在限制目录里，属于可以自由进口的，合同登记一般几个工作日能办下来？', [['3个工作日']], '3个工作日内，对技术进口合同进行登记'],
  ['DC', 'measure', 'Under the public security inspection regulations, what is the longest period a police officer can be put in disciplinary confinement?', [['7']], '禁闭的期限为1日以上7日以下'],
  ['JJPC', 'task', '全国经济普查多久搞一次？', [['5年']], '经济普查每5年进行一次'],
  ['XYZP', 'owner', '那个管血浆站的条例里，去卖血浆要办的那个证，是哪一级政府部门发的？', [['县级人民政府']], '由县级人民政府卫生行政部门核发《供血浆证》'],
  ['DC', 'oos', '我想投诉一个民警执法态度恶劣，公安督察部门的投诉电话是多少？', null, null,
    ['电话', '12389', '热线'], ['12389', '督察电话', '督察投诉电话']],
  ['FQX', 'owner', '如果商务部对某种进口货征了反倾销税，这个税到底由谁来缴？国外厂家还是国内买家？', [['进口经营者']], '反倾销税的纳税人为倾销进口产品的进口经营者'],
  ['WZYH', 'target', '外商独资银行注册资本最少得有多少钱？', [['10亿元', '10亿']], '注册资本最低限额为10亿元人民币或者等值的自由兑换货币'],
  ['DWYQ', 'measure', '养殖场里的猪一批一批病死了，老板没往上报，会被罚多少钱？', [['2000元'], ['5000元']], '并处2000元以上5000元以下的罚款'],
  ['LDRK', 'overview', '我在上海从浦东搬到闵行住，算不算计生条例里说的流动人口？', [['区与区之间', '除外']], '在直辖市、设区的市行政区域内区与区之间异地居住的人员'],
  ['ZRBH', 'policy', '自然保护区里分了好几块，游客能进去旅游的是哪一块？', [['实验区']], '缓冲区外围划为实验区，可以进入从事科学试验、教学实习、参观考察、旅游'],
  ['GBDS', 'policy', '外国资本能不能在国内投资办一家电视台？', [['禁止']], '国家禁止设立外商投资的广播电台、电视台'],
  ['XZZS', 'overview', '最高法那个关于行政申请再审的规定，是哪天开始施行的？', [['2021年4月1日']], '本解释自2021年4月1日起施行'],
  ['MFDSX', 'policy', '我爸2019年用电脑打印了一份遗嘱，现在兄弟几个为这份遗嘱有没有效吵起来了，法院按民法典哪一条来判？', [['第一千一百三十六条', '一千一百三十六']], '民法典施行前，遗嘱人以打印方式立的遗嘱'],
  ['WTZX', 'task', '法院把我的执行案子委托给外省法院了，那边收到委托函后多少天内要立案？', [['7日']], '受托法院收到委托执行函后，应当在7日内予以立案'],
  ['XGPJ', 'owner', '我在香港法院打赢了官司，对方的财产在深圳，在内地应该向哪一级法院申请认可和执行？', [['中级人民法院']], '向申请人住所地或者被申请人住所地、财产所在地的中级人民法院提出'],
  ['DWGX', 'overview', '对外关系法是从哪天起施行的？', [['2023年7月1日']], '本法自2023年7月1日起施行'],
  ['LDJS', 'policy', '我们跟对方签的合同里有仲裁条款，对方说垄断纠纷法院不能管、只能去仲裁，这说法对吗？', [['不予支持']], '主张人民法院不应受理的，人民法院不予支持'],
  ['WJF', 'overview', '武警那部法修订以后是哪天开始施行的？', [['2020年6月21日']], '本法自2020年6月21日起施行'],
  ['KSS', 'oos', '看守所里关押的人，一天的伙食费标准是多少钱？', null, null,
    ['伙食费', '每人每天', '元'], ['看守所伙食', '在押人员伙食', '每人每天']],
  ['KSS', 'policy', '被关在看守所里的人，每天能有多长时间到室外活动？', [['一至两小时', '两小时']], '人犯每日应当有必要的睡眠时间和一至两小时的室外活动'],
  ['BASC', 'task', '法规规章备案审查条例第二十二条是怎么规定的？', [['1月31日'], ['目录']], '应当于每年1月31日前将上一年所制定的法规、规章目录'],
  ['JRWF', 'measure', '银行要是搞虚假出资或者抽逃资本，罚款按什么比例算？', [['5%'], ['10%']], '并处虚假出资金额或者抽逃出资金额5%以上10%以下的罚款'],
  ['JSJCK', 'measure', '出口限制类技术超出了许可的范围，还没到判刑的程度，罚款怎么算？', [['1倍'], ['3倍']], '处违法所得1倍以上3倍以下的罚款'],
  ['DC', 'target', '想当公安督察人员，得干过几年公安工作？', [['3年']], '具有3年以上公安工作经历和一定的组织管理能力'],
  ['JJPC', 'measure', '我是开小卖部的个体户，要是拒绝配合经济普查，最多罚多少？', [['1万元']], '可以并处1万元以下的罚款'],
  ['JJPC', 'oos', '经济普查临时聘来的普查员，一天的劳务报酬是多少钱？', null, null,
    ['每天', '每日', '补贴', '报酬标准'], ['普查员报酬', '普查员补贴', '普查员的报酬']],
  ['FQX', 'task', 'How long does an anti-dumping investigation normally have to be finished in, and how much longer can it be extended?', [['12'], ['6']], '应当自立案调查决定公告之日起12个月内结束'],
  ['WZYH', 'policy', '外国银行在国内开的分行，普通中国老百姓能去存钱吗？一笔最少要存多少？', [['50万元', '50万']], '外国银行分行可以吸收中国境内公民每笔不少于50万元人民币的定期存款'],
  ['XYZP', 'policy', '我们公司能不能把采集的原料血浆卖到国外去？', [['禁止出口']], '国家禁止出口原料血浆'],
  ['DWYQ', 'policy', '疫区里我家的鸡被政府强制扑杀了，这个损失有没有补偿？', [['合理补偿']], '给当事人造成的已经证实的损失，给予合理补偿'],
  ['LDRK', 'policy', '计生那个管流动人口的规定里，回老家街道开婚育证明，他们能收钱吗？', [['不得收取']], '出具婚育证明或者其他计划生育证明材料，不得收取任何费用'],
  ['ZRBH', 'measure', '没经过批准就溜进自然保护区，被抓住了罚多少？', [['100元'], ['5000元']], '处以100元以上5000元以下的罚款'],
  ['GBDS', 'policy', '管广播电视的那个条例里说，电视台没经批准就停播，停多少天就算关台了？', [['30日']], '连续停止播出超过30日的，视为终止'],
  ['XZZS', 'policy', '不服高院的行政判决向最高法申请再审，案子是跨省的，原判决适用法律又确实有错，最高法会怎么处理？', [['裁定再审']], '最高人民法院应当裁定再审'],
  ['MFDSX', 'policy', '2019年就终审判决的合同纠纷，现在申请再审，能按民法典来审吗？', [['不适用']], '按照审判监督程序决定再审的，不适用民法典的规定'],
  ['WTZX', 'policy', '案子委托给外地法院半年多了还没执行完，申请执行人能怎么办？', [['提级执行', '指定执行']], '申请执行人有权请求受托法院的上一级人民法院提级执行或者指定执行'],
  ['XGPJ', 'task', '内地法院对香港判决的认可申请作了裁定，我不服，要在几天内申请复议？', [['十日']], '在内地可以于裁定送达之日起十日内向上一级人民法院申请复议'],
  ['DWGX', 'owner', '对外那部新法里说，联合国安理会通过的制裁决议，在国内由哪个部门发通知公告？', [['外交部']], '由外交部发出通知并予公告'],
  ['LDJS', 'policy', '打垄断官司，能不能申请懂经济学的专家出庭说明？最多几个人？', [['一至二名', '二名']], '当事人可以向人民法院申请一至二名具有案件所涉领域、经济学等专门知识的人员出庭'],
  ['WJF', 'owner', '武警部队归谁领导？', [['中央军事委员会']], '由党中央、中央军事委员会集中统一领导'],
  ['WZYH', 'oos', '外国银行代表处的首席代表，需要有几年银行从业经验才能任职？', null, null,
    ['年以上', '工作经验', '从业经历', '工作经历'], ['首席代表应当具备', '首席代表应当具有', '首席代表任职']],
  ['XYZP', 'measure', '没有许可证私自收血浆倒卖，有违法所得的话罚多少？', [['5倍'], ['10倍']], '并处违法所得5倍以上10倍以下的罚款'],
  ['DWYQ', 'oos', '疫区里被扑杀的生猪，国家按每头多少钱给补偿？', null, null,
    ['每头', '生猪', '补偿标准'], ['每头', '扑杀补助', '扑杀补偿标准']],
  ['WJF', 'measure', '网上有人卖仿制的武警证件和臂章，会被怎么处罚？', [['十五日']], '由公安机关处十五日以下拘留或者警告'],
  ['GBDS', 'oos', '电视台每个小时最多能插播多少分钟广告？', null, null,
    ['分钟', '每小时', '时长'], ['分钟广告', '分钟的广告', '每小时广告', '广告播出时长']],
];

const C = [
  ['KSS', ['家里人被刑事拘留关进看守所了，我们能去探视吗？', '那他在里面要是生病了怎么办？'], [['及时治疗', '取保候审']], '人犯患病，应当给予及时治疗'],
  ['FQX', ['国内几家企业觉得国外产品在低价倾销，想申请反倾销调查，应该找哪个部门？', '那这个部门收到申请书以后，多少天内决定立不立案？'], [['60天']], '商务部应当自收到申请人提交的申请书及有关证据之日起60天内'],
  ['MFDSX', ['民法典施行以前签的合同，现在起了纠纷打官司，一般按哪个时候的法律判？', '那要是按当时的法律这份合同无效，按民法典却是有效的呢？'], [['适用民法典']], '适用当时的法律、司法解释的规定合同无效而适用民法典的规定合同有效的'],
  ['JSJCK', ['公司想把一项属于限制出口的技术卖给国外客户，需要先走什么手续？', '那主管部门收到申请后，多长时间内给出批不批的答复？'], [['30个工作日']], '并自收到申请之日起30个工作日内作出批准或者不批准的决定'],
  ['ZRBH', ['自然保护区里面哪些区域允许游客去参观旅游？', '那进去玩门票一般多少钱一张？'], null, null,
    ['门票', '票价', '收费'], ['保护区门票', '自然保护区门票']],
];

const proof = {};
const absent = {};
const qs = Q.map(([law, kind, q, must, passage, pr, ab], i) => {
  const id = `lw37-${String(i + 1).padStart(2, '0')}`;
  const note = LAWS_USED[law][0];
  if (kind === 'oos') { proof[id] = pr; absent[id] = ab; return { id, doc: titleOf(note), kind, q, refuse: true, note }; }
  return { id, doc: titleOf(note), kind, q, must, passage, note };
});
const cs = C.map(([law, turns, must, passage, pr, ab], i) => {
  const id = `lw37c${String(i + 1).padStart(2, '0')}`;
  const note = LAWS_USED[law][0];
  if (!must) { proof[id] = pr; absent[id] = ab; return { id, doc: titleOf(note), kind: 'multi', turns, refuse: true, note }; }
  return { id, doc: titleOf(note), kind: 'multi', turns, must, passage, note };
});

const w = (f, s) => fs.writeFileSync(path.join(here, f), s);
w('questions.jsonl', qs.map((x) => JSON.stringify(x)).join('\n') + '\n');
w('conversations.jsonl', cs.map((x) => JSON.stringify(x)).join('\n') + '\n');
w('src/refusal_proof.json', JSON.stringify(proof, null, 2) + '\n');
w('src/corpus_absent.json', JSON.stringify(absent, null, 2) + '\n');
const rows = ['note\tbytes\tchars\tsha256\tupstream_commit'];
for (const [note, commit] of Object.values(LAWS_USED)) {
  const buf = fs.readFileSync(path.join(LAWS, note));
  rows.push([note, buf.length, [...buf.toString('utf8')].length, createHash('sha256').update(buf).digest('hex'), commit || '-'].join('\t'));
}
w('src/sources.tsv', rows.join('\n') + '\n');
console.log(`wrote ${qs.length} questions, ${cs.length} conversations, ${rows.length - 1} sources`);
