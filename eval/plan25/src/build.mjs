// Writes questions.jsonl and conversations.jsonl for suite plan25 from the case lists below.
// Every `must` alternative and `passage` was picked by hand from src/doc_folded.txt.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const HERE = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const DOC = '盘锦市工业增长三年行动专项方案(新闻发布会解读)';

// [kind, question, must | null (refusal), passage | null, note]
const Q = [
  ['overview', '单位做会议台账，市里开会给这份工业方案做解读，日期一栏我该填几月几号？', [['3月30日']], '3月30日,市政府新闻办召开“贯彻党的二十大精神', 'date of the press conference'],
  ['overview', '我只拿到会议通稿没看标题——这场发布会在整个主题系列里算第几期？', [['第二场']], '主题系列第二场新闻发布会,深入解读', 'ordinal of the conference in the series'],
  ['owner', '我们公司想对接科技口的扶持，发布会上科技局出面的是哪位领导？', [['刘云']], '市科技局党组成员、副局长刘云', 'speaker of the science & technology bureau'],
  ['owner', '想找对口领导聊聊融资的事，台上代表金融发展局那位怎么称呼？', [['杨光']], '市金融发展局党组成员、副局长杨光', 'speaker of the finance development bureau'],
  ['owner', '通稿里看到个名字王培夙，这位是代表哪个部门出席的？', [['商务局']], '市商务局党组成员、副局长王培夙', 'unit of a named speaker'],
  ['owner', '这次坐台上发布的领导分别来自哪些局？把单位给我排个清单', [['工业和信息化局'], ['科技局'], ['商务局'], ['金融发展局'], ['营商局']], '市工业和信息化局党组成员、副局长王健', 'list of the five speakers\' units'],
  ['owner', '名单压轴那位叫啥，供职于什么单位？', [['王国君'], ['营商局']], '市营商局党组成员、副局长王国君', 'last speaker in the list (ordinal over speakers)'],
  ['measure', '方案出来后由谁接着往下拆目标、出配套政策？我们企业有建议该往哪个部门递？', [['工业和信息化局']], '下一步,市工业和信息化局将认真落实市委、市政府部署', 'implementing bureau'],
  ['overview', '给企业排政策日历用：这个工业专项方案从哪一年管起，到哪一年收口？', [['2023'], ['2025']], '盘锦市工业增长三年行动专项方案(2023-2025年)', 'plan period'],
  ['target', '我们是做资质代办的，想估摸市场盘子：三年后全市通过高新技术认定的企业得有多少户？', [['230家']], '高新技术企业数量达到230家以上', 'high-tech enterprise target'],
  ['target', '按成长阶段从小鹰、羚羊一直到独角兽那种分档的科技企业，期末总量底线定在多少？', [['130家']], '雏鹰、瞪羚、独角兽企业数量达到130家以上', 'eaglet/gazelle/unicorn target'],
  ['target', '攻克关键技术的项目，这三年合在一起要实施多少个？', [['60项']], '三年累计实施核心技术攻关60项以上', 'core technology projects target'],
  ['target', '研发投入那个指标（规上工业口径、对比地区生产总值的），到期末要比基准年高出多少？基准年是哪一年？', [['0.8个百分点'], ['2022年']], '较2022年提高0.8个百分点', 'R&D share increase and base year'],
  ['target', '论研发强度在全省的排名，方案期望盘锦到期末落在哪个位次？', [['第三位']], '规模以上工业企业R&D内部经费支出占GDP比重居全省第三位', 'R&D share provincial rank'],
  ['target', '我家开米面油加工厂，我们这个行业营收在辽宁的名次，方案希望三年后咋变？', [['跃居'], ['第三位']], '粮油加工营业收入占全省比重明显攀升,跃居全省第三位', 'grain & oil processing rank (climb)'],
  ['target', '化工这块的营业收入，方案打算让它在省内各市中处于第几？', [['第二位']], '石化及精细化工营业收入占全省比重进一步提高,稳居全省第二位', 'petrochemical revenue rank'],
  ['target', '采油采气那摊子，方案对产量的要求是增长还是维持？维持在多大规模？', [['千万吨']], '油气采掘业继续保持千万吨稳产', 'oil & gas output target'],
  ['target', '搞电子元件生意的问问：电子信息那块基地的建设，到期末预期是个什么状态？', [['初具规模']], '电子信息产业基地建设初具规模', 'electronics base target'],
  ['target', '我们统计站测算，三年平均下来全市增加值增速比省里慢半个点，按方案要求这算不算没达标？', [['全省平均水平']], '规模以上工业增加值年均增速不低于全省平均水平', 'value-added growth benchmark'],
  ['target', '撇开那些数字指标不谈，对企业创新的主动性和本事，目标里各用了什么词？', [['明显增强'], ['显著提升']], '企业创新意识明显增强,创新能力显著提升', 'qualitative innovation targets'],
  ['overview', '目标部分有几大板块？请把每个板块的标题念给我。', [['3个方面'], ['量的合理增长'], ['质的有效提升'], ['突出贡献']], '设置了3个方面的具体目标', 'count and names of target aspects'],
  ['task', '整个方案的重点活儿一共排了多少条，按几个大类归拢的？', [['21项'], ['8个方面']], '细化设置了8个方面共计21项任务', 'count of tasks and aspects'],
  ['task', '那张任务表排在第14位的是哪一项？', [['现代服务业融合']], '抓好先进制造业与现代服务业融合3项任务', 'ordinal: 14th task'],
  ['task', '任务表末尾那条是什么？', [['金融服务体系建设']], '抓好金融服务体系建设2项任务', 'ordinal: last task'],
  ['task', '这么多任务，排在最前面打头阵的那一条是啥？', [['有序发展']], '抓好石化及精细化工产业有序发展', 'ordinal: first task'],
  ['task', '排位第五的任务是关于什么的？', [['大中小企业融通']], '抓好大中小企业融通3项任务', 'ordinal: 5th task'],
  ['task', '任务单倒过来数第四项，具体指的哪一条？', [['高标准科学服务']], '设置了抓好高标准科学服务', 'ordinal from the end: 18th task'],
  ['task', '搭建创新平台这件事，在八个板块里划到了哪一块？', [['创新为要的优化升级', '创新为要']], '四是推动创新为要的优化升级', 'membership: innovation platforms'],
  ['task', '引进和培养紧缺高端人才这项工作，归属哪一个板块？', [['市场导向的精准对接', '市场导向']], '八是推动市场导向的精准对接', 'membership: talent task'],
  ['task', '做产品质量和品牌这件事，挂在哪个板块下、那个板块叫什么？', [['提档为先的精准发力', '提档为先']], '五是推动提档为先的精准发力', 'membership: quality & brands'],
  ['task', '绿色发展那个板块底下安排了哪几件事？', [['重点工程建设'], ['碳达峰工作落实'], ['试点示范创建']], '设置了抓好重点工程建设、抓好碳达峰工作落实、抓好试点示范创建3项任务', 'list of tasks in the green aspect'],
  ['task', '哪些板块分到的任务最少？各自是什么？', [['协同发展'], ['合力攻坚'], ['精准对接']], '设置了抓好高标准科学服务、抓好产业开发区高质量发展2项任务', 'aspects with two tasks'],
  ['policy', '政府这边有没有组织大批干部结对、挨家上门替企业解难题的行动？名字叫啥？', [['千人助千企']], '高标准实施好“千人助千企”专项行动', 'named campaign for enterprise service'],
  ['policy', '市里的重大科研项目打算换个什么方式组织攻关？', [['揭榜挂帅']], '推行重大科技项目“揭榜挂帅”制度', 'mechanism for major science projects'],
  ['policy', '高校老师只能兼职、每隔一阵来厂里帮一把，市里的引才政策认不认这种模式？', [['候鸟式']], '创新“候鸟式”柔性引才机制', 'flexible talent mechanism'],
  ['policy', '绿色转型里说要和油田合建几个“库”，各是存什么的？', [['储气'], ['储碳'], ['储能']], '与辽河油田共同推进好储气、储碳、储能“三大储库”建设', 'three storage facilities'],
  ['policy', '我们车间准备上数字化改造，方案建议企业去参照什么资料？', [['智能工厂建设指南']], '推广应用先进地区、知名企业智能工厂建设指南', 'smart-factory guidance'],
  ['policy', '开发区怎么建，方案拿哪次会上定的规矩当尺子？', [['六个一体化'], ['第八次党代会']], '严格按照市第八次党代会提出的“六个一体化”要求', 'standard for industrial development zones'],
  ['policy', '对辽河那家老油田，方案分油品提了两种不同的要求，分别是什么？', [['增量提效'], ['优化提质']], '全力支持辽河油田稀油增量提效、稠油优化提质', 'oilfield production requirements'],
  ['measure', 'Three backstops round off the plan - what are they?', [['强化组织保障'], ['加强开放合作'], ['做好督查督办']], '确定了强化组织保障、加强开放合作、做好督查督办3项措施', 'English: safeguard measures'],
  ['owner', 'Yang Guang: agency, role?', [['金融发展局'], ['副局长']], '市金融发展局党组成员、副局长杨光', 'English: unit of a named speaker'],
  ['task', 'Key task No. 12 - what is it?', [['质量品牌建设']], '设置了抓好质量品牌建设、抓好新兴产业发展', 'English: ordinal 12th task'],
  ['oos', '市里打算培养多少家专精特新？三年规划里给数了吗？', null, null, 'refusal: no specialised-SME target in the text'],
  ['oos', '能源消耗强度这块，工业上要压降多少？', null, null, 'refusal: no energy-intensity target'],
  ['oos', '化工园区这三年要扩多少平方公里？', null, null, 'refusal: no chemical-park expansion area'],
  ['oos', '普惠贷款的利率方案压到几个点以内了？', null, null, 'refusal: no interest-rate figure'],
  ['oos', '到二五年末，盘锦打算新增几家上市公司？', null, null, 'refusal: listing is mentioned but no number'],
  ['oos', '省级以上的绿色工厂，三年内要创建出几家？方案里有硬性数字吗？', null, null, 'refusal: green pilots mentioned, no count'],
];

const C = [
  ['multi', ['盘锦那场工业方案发布会，商务局派人上台了吗？', '那管金融的那个局呢，来的是谁？'], [['杨光']], '市金融发展局党组成员、副局长杨光', 'speaker follow-up by ellipsis'],
  ['multi', ['方案重点任务中讲创新为要的那一块，底下挂着几条？', '那它名下第二项是啥？'], [['核心技术攻关']], '抓好科技型企业引育、抓好核心技术攻关、抓好创新平台建设3项任务', 'ordinal inside an aspect via pronoun'],
  ['multi', ['高企数量目标方案怎么定的？', '那小鹰羚羊独角兽几类合起来呢？'], [['130家']], '雏鹰、瞪羚、独角兽企业数量达到130家以上', 'target follow-up'],
  ['multi', ['石化和精细化工的营收，名次要求是啥？', '粮油加工那个呢？是守住还是往前挤？'], [['跃居'], ['第三位']], '粮油加工营业收入占全省比重明显攀升,跃居全省第三位', 'rank follow-up'],
  ['multi', ['方案里跟招人才相关的计划有哪几个？', '除了这些计划，还提了哪些工程和引才机制？'], [['项目+团队'], ['带土移植'], ['候鸟式']], '实施“项目+团队”“带土移植”工程,创新“候鸟式”柔性引才机制', 'talent follow-up'],
  ['multi', ['方案里是不是说要加快推动企业上市？', '那这事市里拿不拿真金白银，每家能给多少？'], null, null, 'refusal: no listing reward in the text'],
];

const out = (o) => JSON.stringify(o);
const qs = Q.map(([kind, q, must, passage, note], i) => {
  const o = { id: `p25-${String(i + 1).padStart(2, '0')}`, doc: DOC, kind, q };
  if (must) Object.assign(o, { must, passage }); else o.refuse = true;
  o.note = note; return o;
});
const cs = C.map(([kind, turns, must, passage, note], i) => {
  const o = { id: `p25-m${String(i + 1).padStart(2, '0')}`, doc: DOC, kind, turns };
  if (must) Object.assign(o, { must, passage }); else o.refuse = true;
  o.note = note; return o;
});
fs.writeFileSync(path.join(HERE, 'questions.jsonl'), qs.map(out).join('\n') + '\n');
fs.writeFileSync(path.join(HERE, 'conversations.jsonl'), cs.map(out).join('\n') + '\n');
fs.writeFileSync(path.join(HERE, 'owners.json'), '[]\n');
console.log(`questions ${qs.length} (${qs.filter(o => !o.refuse).length} answerable), conversations ${cs.length}`);
