// Writes questions.jsonl and conversations.jsonl for suite plan21 from the case table below.
// Every must alternative and passage is copied from src/doc_folded.txt (the seed with pinyin glosses
// dropped and folded hk->cn by src/fold.cjs). Run: node src/make_cases.mjs && node check.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const HERE = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

// [kind, question, must | null (refusal), passage, note]
const Q = [
  ['target', '规上工业企业研发经费占GDP的比重，三年里要往上抬多少？', [['0.8个百分点']], '较2022年提高0.8个百分点', '质的有效提升 first number target'],
  ['task', '21项里排第六的是哪件活儿', [['项目建设']], '设置了抓好项目建设、抓好产业集群建设', 'task 6 = 抓好项目建设 (first of aspect 3)'],
  ['policy', '我们厂子不大，资金一直紧巴巴的，这个三年计划在借钱上能帮上忙不？', [['贷款投放力度', '融资需求']], '引导银行机构加大对中小微企业贷款投放力度', 'task 21 financial services: banks to lend more to SMEs'],
  ['overview', '总目标开头说三年后盘锦工业要在哪几方面见到新进展？', [['产业布局'], ['数字化升级']], '盘锦工业在产业布局、结构调整、数字化升级等方面均取得新进展', 'overall goal: 产业布局、结构调整、数字化升级'],
  ['target', '工业增加值年均增速，方案拿谁作参照？', [['全省平均水平']], '规模以上工业增加值年均增速不低于全省平均水平', 'not lower than the provincial average'],
  ['task', '培育新兴产业的时候，挑哪类技术和领域来重点突破？', [['最具战略特质', '最有基础和条件']], '选择最有基础和条件、最具战略特质的核心技术', 'task 13 新兴产业发展'],
  ['oos', '新拿到高企认定证书的，市里能发多少奖金？', null, null, 'no award amounts anywhere (no 奖)'],
  ['owner', '方案出台后，负责把目标拆细、再琢磨配套政策的是哪个部门？', [['市工业和信息化局', '工业和信息化局']], '市工业和信息化局将认真落实市委、市政府部署', 'the only unit named for follow-up work; no per-task owners'],
  ['target', '咱这儿化工这块的营收在辽宁的座次，方案要求守在哪一档？', [['第二位']], '石化及精细化工营业收入占全省比重进一步提高', '稳居全省第二位'],
  ['policy', '我想把外地一个课题组连人带项目整体挖过来，方案里有对应的工程吗？', [['带土移植', '项目+团队']], '实施“项目+团队”“带土移植”工程', 'task 20 talent'],
  ['task', '八块里排第七的那块，标题咋写的？', [['质效同抓']], '七是推动质效同抓的合力攻坚', 'aspect 7 title'],
  ['overview', '重点任务是照着二十大提的哪两条要求来排的？', [['新型工业化'], ['韧性和安全水平']], '“提升产业链供应链韧性和安全水平”“推进新型工业化”的具体要求', 'basis of the 21 tasks'],
  ['target', '那些成长飞快的创新公司，从刚冒头的到估值过十亿美元的，期末要凑多少家？', [['130家']], '雏鹰、瞪羚、独角兽企业数量达到130家以上', 'describes 雏鹰/瞪羚/独角兽 without naming them'],
  ['task', '任务编号13是哪条', [['新兴产业发展']], '抓好新兴产业发展、抓好先进制造业与现代服务业融合', 'task 13 (middle of aspect 5)'],
  ['measure', '我们是做设备的，想从光卖机器往后延伸到运维服务，方案怎么说？', [['服务化', '两业深度融合']], '全面推动制造业向后端延伸的服务化', 'task 14 两业融合'],
  ['oos', '揭榜挂帅的项目，揭榜的团队最多能拿多少经费？', null, null, '揭榜挂帅 is named, no funding amount'],
  ['target', 'What provincial rank does Panjin want for the total sales of its larger industrial firms, three years on?', [['第三位']], '规模以上工业营业收入占全省的比重稳步提升,稳居全省第三位', 'English; 稳居全省第三位'],
  ['task', '化工原料就地消化那条，拿啥当基准来定？', [['物料平衡']], '以物料平衡为基准,推动石化产品本地加工', 'task 1 石化有序发展'],
  ['overview', '方案里老提结构调整那几篇“文章”，到底是几篇？', [['三篇大文章']], '全面做好结构调整“三篇大文章”', 'press release intro and closing'],
  ['policy', '我们是做工业软件的服务商，方案里有没有说要开发啥新的应用？', [['数字化应用场景']], '推广应用先进地区、知名企业智能工厂建设指南,开发数字化应用场景', 'task 8 两化融合'],
  ['task', '倒数第三块主打啥方向', [['绿色发展']], '六是推动科学有效的绿色发展', 'aspect 6 of 8'],
  ['measure', '厂里想争个环保低碳方面的示范称号，市里鼓励到啥级别？', [['省级以上']], '引导企业开展省级以上绿色发展各类试点示范创建工作', 'task 17 试点示范创建'],
  ['overview', '每项任务都配了指标吗？图的是做到哪几个“可”？', [['可评估'], ['可量化'], ['可考核']], '确保各项工作做到可评估、可量化、可考核', 'sentence after the 8 aspects'],
  ['target', '总目标里往远了看，落在哪一年基本现代化？', [['2035年']], '为2035年基本实现现代化打下坚实基础', 'overall goal, last clause'],
  ['task', '产业集群那条任务，跟哪两条编在一组？', [['项目建设'], ['两化融合', '工业化和信息化融合']], '设置了抓好项目建设、抓好产业集群建设、抓好工业化和信息化融合3项任务', 'aspect 3 members'],
  ['oos', '这方案给万元工业增加值能耗定了三年降多少？', null, null, 'no energy-intensity target (no 能耗)'],
  ['overview', 'Which safeguard in the plan covers oversight, and how many safeguards are there in total?', [['3项'], ['做好督查督办', '督查督办']], '确定了强化组织保障、加强开放合作、做好督查督办3项措施', 'English; 保障措施'],
  ['policy', '我们研发团队缺个领头的大拿，市里有哪些招才计划能搭上车？', [['兴辽英才计划', '盘锦英才计划', '兴辽英才', '盘锦英才']], '持续开展“兴辽英才计划”“盘锦英才计划”', 'task 20 talent programmes'],
  ['task', '排第十的任务叫啥', [['核心技术攻关']], '抓好科技型企业引育、抓好核心技术攻关', 'task 10 (middle of aspect 4)'],
  ['target', '石化那个基地的目标，说要给辽宁建啥级别的基地撑腰？', [['世界级']], '支撑辽宁建设世界级石化及精细化工产业基地的作用凸显', '量的合理增长, third item'],
  ['overview', '任务清单统共多少条？归成了几大类？', [['21项'], ['8个方面']], '细化设置了8个方面共计21项任务', 'shape of the tasks'],
  ['owner', '这场解读会是谁组织的？', [['市政府新闻办']], '3月30日,市政府新闻办召开', 'organiser of the press conference'],
  ['oos', '化工那块的营业额，三年后绝对数要冲到几百亿？', null, null, 'only a provincial rank is given, no absolute revenue'],
  ['task', '搞创新那块，说要组建哪种抱团式的组织？', [['协同创新联合体']], '突出打造协同创新联合体', 'aspect 4'],
  ['task', '第七块靠啥提软实力、靠啥提硬实力？', [['增强服务'], ['园区建设']], '突出增强服务提升软实力、加强园区建设提升硬实力', 'aspect 7'],
  ['policy', 'Our company is thinking about an IPO. Does the plan say the city will help firms go public?', [['企业上市'], ['资本市场']], '加快推进企业上市工作,帮助企业利用资本市场做强做优', 'English; task 21'],
  ['measure', '我们是搞化工的，想多做利润厚的高档货，方案在项目上怎么说的？', [['高附加值']], '拓展高端和高附加值产品比例', 'task 6 项目建设'],
  ['task', '方案把哪个行业叫作头号支柱？', [['石化及精细化工']], '聚焦石化及精细化工这个第一支柱产业', 'aspect 1'],
  ['target', '芯片、电子元器件那类产业，到期末想发展到什么地步？', [['初具规模']], '电子信息产业基地建设初具规模', 'describes 电子信息 without naming it'],
  ['policy', '听说机关干部要成批下沉帮企业解难题，这归二十一项里哪一项？', [['高标准科学服务']], '设置了抓好高标准科学服务、抓好产业开发区高质量发展2项任务', 'task 18 (千人助千企 not named in question)'],
  ['oos', '这方案有没有留政策咨询电话？打给谁？', null, null, 'no phone numbers or contacts'],
  ['task', '任务清单倒着数第5条', [['试点示范创建']], '抓好碳达峰工作落实、抓好试点示范创建3项任务', 'task 17 = fifth from the end'],
  ['target', '搞研发的投入强度，在全省的名次想排到哪？', [['第三位']], 'R&D内部经费支出占GDP比重居全省第三位', '为全省作出突出贡献, last item'],
  ['measure', '我们是科技型小企业，方案说对这类企业要在哪些方面加大力度？', [['孵化'], ['扶植']], '加大科技型企业的孵化、培育、引进、扶植力度', 'task 9 科技型企业引育'],
  ['overview', '这个工业三年计划管的是哪几年？', [['2023-2025年', '2023']], '深入解读《盘锦市工业增长三年行动专项方案(2023-2025年)》', 'title years'],
  ['task', '第3号任务跟哪家大企业有关？', [['辽河油田']], '设置了抓好辽河油田的稳定生产、抓好头部企业引育', 'task 3'],
  ['oos', '专精特新“小巨人”到25年要培育多少家？', null, null, 'no 专精特新 target'],
  ['overview', '发布会是几号开的？那个主题系列里排第几回？', [['3月30日'], ['第二场']], '3月30日,市政府新闻办召开', 'date and place in series'],
];

// [turns, must | null, passage, note]
const C = [
  [['盘锦工业方案里，讲科技企业分档培养、建储备库的那块你熟不？', '这块是八块中的老几？', '那块最末一项任务叫啥？'], [['创新平台建设']], '抓好核心技术攻关、抓好创新平台建设3项任务', 'aspect 4, last task 11'],
  [['盘锦那个方案给“质”的提升定了几个带数的指标，帮我过一遍', '高企要多少家？', '比它少一百家的那组是哪几类企业？'], [['雏鹰'], ['独角兽']], '雏鹰、瞪羚、独角兽企业数量达到130家以上', '230 - 100 = 130'],
  [['碳达峰那项任务在二十一项里排第几？', '紧挨着它前头那项叫啥？主要干啥？'], [['重点工程'], ['三大储库', '储碳', '储气', '储能']], '与辽河油田共同推进好储气、储碳、储能“三大储库”建设', 'task 15 before task 16'],
  [['方案里说哪个行业是第一支柱来着？', '围绕它设了两项任务，头一项里说要促进哪段产业发展？'], [['下游产业']], '全力促进下游产业科学发展', 'aspect 1, task 1'],
  [['总体目标里说盘锦要当啥的“主力军”？', '目标末尾还说要推动哪个五年规划全面实现？'], [['十四五']], '有力促进“十四五”规划目标的全面实现', 'overall goal'],
  [['中小微融资这事方案管不管？', '那到2025年全市中小微贷款余额要达到多少亿？'], null, null, 'no loan-balance target (no 余额)'],
];

const q = Q.map(([kind, text, must, passage, note], i) => {
  const o = { id: `p21-${String(i + 1).padStart(2, '0')}`, kind, q: text };
  if (must) Object.assign(o, { must, passage }); else o.refuse = true;
  o.note = note; return o;
});
const c = C.map(([turns, must, passage, note], i) => {
  const o = { id: `p21-m${String(i + 1).padStart(2, '0')}`, kind: 'multi', turns };
  if (must) Object.assign(o, { must, passage }); else o.refuse = true;
  o.note = note; return o;
});
fs.writeFileSync(path.join(HERE, 'questions.jsonl'), q.map(o => JSON.stringify(o)).join('\n') + '\n');
fs.writeFileSync(path.join(HERE, 'conversations.jsonl'), c.map(o => JSON.stringify(o)).join('\n') + '\n');
console.log(`wrote ${q.length} questions, ${c.length} conversations`);
