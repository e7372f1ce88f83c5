#!/usr/bin/env node
// Regenerates questions.jsonl and conversations.jsonl for plan9.  node build.mjs
// Extra fields register / shape / absent / comment are ignored by the grader.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const N = '盘锦市工业增长三年行动专项方案-新闻发布会解读';
const Q = [];
const C = [];
const a = (id, kind, register, shape, q, must, passage, comment) =>
  Q.push({ id, kind, q, must, passage, note: N, register, shape, ...(comment ? { comment } : {}) });
const o = (id, register, shape, q, absent, comment) =>
  Q.push({ id, kind: 'oos', q, refuse: true, note: N, register, shape, absent, comment });
const m = (id, shape, turns, must, passage, comment) =>
  C.push({ id, kind: 'multi', turns, must, passage, note: N, shape, ...(comment ? { comment } : {}) });
const mr = (id, shape, turns, absent, comment) =>
  C.push({ id, kind: 'multi', turns, refuse: true, note: N, shape, absent, comment });

// ---------------------------------------------------------------- targets
a('h01', 'target', 'colloquial', 'target wording (主力军 -> 地位 how)',
  '先行区那个“主力军”的地位，方案盼着三年后变成啥样？',
  [['日益稳固']], '“主力军”地位日益稳固');
a('h02', 'target', 'colloquial', 'target wording (全国重要基地 -> 四个字)',
  '石化和精细化工那个全国性的大基地，方案用哪四个字形容它的建设势头？',
  [['突飞猛进']], '全国重要的石化及精细化工产业基地建设突飞猛进');
a('h03', 'target', 'colloquial', 'membership of targets; two asks',
  '高企230家和油气千万吨稳产，分别归在具体目标三个方面里的哪一块？',
  [['质的有效提升'], ['量的合理增长']], '二是在“质的有效提升”方面');
a('h04', 'target', 'formal', 'membership of targets (one indicator in two groups)',
  'R&D占GDP比重这个指标，在具体目标里露了两回面，分别是在哪两个方面？',
  [['质的有效提升'], ['突出贡献']], '三是在“为全省作出突出贡献”方面',
  'The 0.8-point rise is in group 2 (质), the rank 第三 in group 3 (贡献).');
a('h05', 'target', 'colloquial', 'everyday words for the indicator; two asks',
  'R&D那个指标到底算企业研发的哪一块钱？拿它跟啥比？',
  [['内部经费支出'], ['GDP']], 'R&D内部经费支出占GDP比重较2022年提高0.8个百分点');
a('h06', 'target', 'colloquial', 'story first (化工小老板); two asks',
  '我是做化工的小老板，方案里石化这行营收占全省的份额打算往哪走？名次要保住第几？',
  [['进一步提高'], ['第二']], '石化及精细化工营业收入占全省比重进一步提高');
a('h07', 'target', 'northeastern', 'typos/homophones (出鹰 瞪玲 独脚兽); northeastern 凑够',
  '出鹰、瞪玲、独脚兽这几类企业，到25年底得凑够几家？',
  [['130']], '雏鹰、瞪羚、独角兽企业数量达到130家以上');
a('h08', 'target', 'formal', 'date of the targets',
  '请问《方案》所列各项具体目标，统一以哪一年年末为时间节点？',
  [['2025']], '在“量的合理增长”方面:到2025年末');
a('h09', 'target', 'colloquial', 'target item picked by a word in it (东北)',
  '“量”那组目标里带“东北”俩字的那条，说的是啥基地？',
  [['粮食集散', '精深加工']], '东北粮食集散和精深加工基地实力稳步增强');
a('h10', 'target', 'english', 'English; false premise (12 tasks, 6 areas)',
  'A colleague claims the Panjin plan lists just 12 key tasks under 6 headings. Is he right? If not, give me the correct numbers.',
  [['21'], ['8']], '细化设置了8个方面共计21项任务');
a('h11', 'target', 'english', 'English; comparison of two figures',
  'Our investors want a quick comparison: is the cumulative count of core technology breakthroughs planned bigger or smaller than the count of eaglet, gazelle and unicorn companies? Please quote both figures.',
  [['60'], ['130']], '三年累计实施核心技术攻关60项以上');
a('h12', 'target', 'english', 'English; hypothetical check against the minimum',
  'If the city finishes 2025 with 225 certified high-tech companies, has it hit its goal? What number does the plan set?',
  [['230']], '高新技术企业数量达到230家以上');

// ---------------------------------------------------------------- tasks: aspects, ordinals, membership, counts
a('h13', 'task', 'colloquial', 'aspect 2 focus, aspect described not named',
  '抓龙头企业集聚那块，方案主要把劲儿往哪儿使？',
  [['带动作用']], '聚焦头部企业的带动作用');
a('h14', 'task', 'terse', 'terse; aspect 3 focus',
  '“基础强化”那块 聚焦啥',
  [['夯实工业基础']], '三是推动实体为本的基础强化。聚焦夯实工业基础');
a('h15', 'task', 'northeastern', 'ordinal inside an aspect (第五块 排老二 = task 13)',
  '第五块里排老二的任务叫啥？',
  [['新兴产业']], '抓好质量品牌建设、抓好新兴产业发展');
a('h16', 'task', 'colloquial', 'ordinal inside an aspect (aspect 3, first = task 6)',
  '实体为本那块，排在头里的那项任务是啥？',
  [['项目建设']], '设置了抓好项目建设、抓好产业集群建设');
a('h17', 'task', 'colloquial', 'ordinals as numbers (19号 20号); two asks',
  '任务清单上19号、20号各是啥活儿？',
  [['产业开发区'], ['高精尖缺']], '抓好产业开发区高质量发展2项任务');
a('h18', 'task', 'terse', 'aspect 6 full name',
  '第六个方面全称叫啥',
  [['科学有效']], '六是推动科学有效的绿色发展');
a('h19', 'task', 'northeastern', 'everyday words (绿色低碳); count + list',
  '绿色低碳那摊活儿，方案一共整了几项任务？都叫啥？',
  [['重点工程建设'], ['碳达峰'], ['试点示范']], '设置了抓好重点工程建设、抓好碳达峰工作落实');
a('h20', 'task', 'colloquial', 'membership (物料平衡 -> aspect 1)',
  '“以物料平衡为基准、推动石化产品本地加工”这话，是八个方面里哪个方面下面说的？',
  [['协同发展', '石化及精细化工为主']], '一是推动石化及精细化工为主的协同发展');
a('h21', 'task', 'colloquial', 'membership (bank lending -> aspect 8)',
  '引导银行给中小微企业多放贷这条，归八个方面里的哪一块？',
  [['市场导向', '精准对接']], '八是推动市场导向的精准对接');
a('h22', 'task', 'formal', 'membership (质量标准认证 -> aspect 5)',
  '发挥质量、标准、认证、品牌培育等作用的内容，属于重点任务八个方面中的哪一个？',
  [['提档为先', '精准发力']], '五是推动提档为先的精准发力');
a('h23', 'task', 'colloquial', 'membership (软实力/硬实力 -> aspect 7)',
  '软实力硬实力一块儿抓，这是八个方面里哪个方面提的？',
  [['质效同抓', '合力攻坚']], '七是推动质效同抓的合力攻坚');
a('h24', 'task', 'colloquial', 'typo (环勃海); membership sentence -> task',
  '环勃海石化市场需求那句话，对应的是第一个方面里的哪项任务？',
  [['产业配套', '配套能力']], '提高为石化及精细化工产业的配套能力');
a('h25', 'task', 'colloquial', 'story first (catalyst start-up)',
  '我们是做催化剂的科技小企业，方案说对科技型企业又孵化又扶植，最终想打造个啥？',
  [['科技型企业群']], '加大科技型企业的孵化、培育、引进、扶植力度');
a('h26', 'task', 'colloquial', 'everyday words (后备库 -> 储备库 basis)',
  '科技企业那个储备库，是照着啥标准建起来的？',
  [['评价标准', '雏鹰-瞪羚-独角兽']], '“雏鹰-瞪羚-独角兽”企业评价标准');
a('h27', 'task', 'colloquial', 'typo (分极培育); what the grading produces',
  '分极培育、分类指导，最后是要梯度培育出个啥？',
  [['新型创新主体', '创新主体']], '梯度培育新型创新主体');
a('h28', 'task', 'formal', 'task detail (项目建设 -> which industry)',
  '在抓好项目建设方面，《方案》点名要重点谋划哪一产业的项目？',
  [['石化及精细化工']], '谋划好重点产业特别是石化及精细化工产业重点项目');
a('h29', 'task', 'colloquial', 'counts across aspects (max and min); two asks',
  '八个方面里，单个方面最多设了几项任务？最少的又是几项？',
  [['3项'], ['2项']], '设置了抓好“高精尖缺”人才培引、抓好金融服务体系建设2项任务',
  'Aspects 2–6 have 3 tasks each, aspects 1, 7 and 8 have 2. 两项/三项 in a reply misses (as in plan8 g18).');

// ---------------------------------------------------------------- programmes described or misspelled
a('h30', 'policy', 'colloquial', 'programme described in everyday words (两业融合)',
  '工厂不光卖产品还捎带卖服务，服务公司反过来也自己办厂子搞制造，方案里这叫啥？',
  [['两业深度融合', '两业', '先进制造业与现代服务业融合']], '全面推动制造业向后端延伸的服务化');
a('h31', 'policy', 'colloquial', 'programme described in everyday words (梯次达峰)',
  '各行业碳达峰不搞一刀切，一拨一拨地来，方案里这叫啥说法？',
  [['梯次达峰']], '推进各行业落实碳达峰目标任务、实行梯次达峰');
a('h32', 'policy', 'colloquial', 'described (storage) + who with; two asks',
  '往地底下存天然气、埋二氧化碳、再加上储能，这几个大库方案统称叫啥？跟谁合着建？',
  [['三大储库'], ['辽河油田']], '与辽河油田共同推进好储气、储碳、储能“三大储库”建设');
a('h33', 'policy', 'colloquial', 'typo (带土移值); sibling programme',
  '“带土移值”工程在方案里是跟哪个工程一块儿提的？',
  [['项目+团队']], '实施“项目+团队”“带土移植”工程');
a('h34', 'policy', 'colloquial', 'programme described (three growth tiers) -> names',
  '方案里把科技企业按成长阶段分成三档来评，这三档分别叫啥？',
  [['雏鹰'], ['瞪羚'], ['独角兽']], '“雏鹰-瞪羚-独角兽”企业评价标准');

// ---------------------------------------------------------------- speakers and bureaus
a('h35', 'owner', 'colloquial', 'speakers\' rank (一把手?)',
  '台上那几位发布人，是各局的一把手吗？',
  [['副局长']], '市科技局党组成员、副局长刘云');
a('h36', 'owner', 'colloquial', 'homophone (王国军); two asks',
  '王国军副局长是哪个局来的？他名字这么写对不？',
  [['营商局'], ['王国君']], '市营商局党组成员、副局长王国君');
a('h37', 'owner', 'colloquial', 'speaker ordinals (2nd and 4th)',
  '发布人名单上排第二跟排第四的，各是谁？',
  [['刘云'], ['杨光']], '市金融发展局党组成员、副局长杨光');
a('h38', 'owner', 'colloquial', 'which bureau said what (翻身仗)',
  '要打好工业“翻身仗”，这话是哪个局表的态？',
  [['工业和信息化局']], '市工业和信息化局将认真落实市委、市政府部署');
a('h39', 'owner', 'colloquial', 'two speakers -> bureaus',
  '王健和刘云俩人，谁是管科技那个局的？另一个是哪个局的？',
  [['科技局'], ['工业和信息化局']], '市工业和信息化局党组成员、副局长王健',
  'A reply that says only 工信局 for 王健 misses the second group.');

// ---------------------------------------------------------------- measures and overview
a('h40', 'measure', 'northeastern', 'ordinal of measures (头一条) + its direction',
  '保障措施那三条，头一条是啥？冲着确保啥到位去的？',
  [['强化组织保障'], ['层层落实', '明晰责任']], '明晰责任确保层层落实到位');
a('h41', 'overview', 'formal', 'lead paragraph (新突破 in what)',
  '据发布会介绍，《方案》的总体目标是要在哪一方面实现新突破？',
  [['工业经济增长']], '促进工业经济增长上实现新突破的总体目标');
a('h42', 'overview', 'northeastern', 'the period',
  '方案名里说“三年”，具体是从哪年整到哪年？',
  [['2023'], ['2025']], '深入解读《盘锦市工业增长三年行动专项方案');

// ---------------------------------------------------------------- refusals
o('h43', 'colloquial', 'which speaker spoke on what (not stated)',
  '营商局王国君副局长在会上主要讲的是方案哪一部分？',
  ['王国君介绍', '王国君表示'],
  'The text lists the five speakers but never says who presented which part.');
o('h44', 'colloquial', 'a figure the text does not give',
  '到2025年，盘锦的规上工业企业要发展到多少家？',
  ['规模以上工业企业数量', '规上工业企业数量'],
  'Counts are given for 高企 and 雏鹰/瞪羚/独角兽 only, not for 规上 firms.');
o('h45', 'colloquial', 'a date the text does not give',
  '这个三年方案啥时候搞中期评估？评估结果对社会公开不？',
  ['中期评估'],
  'The text says the tasks are 可评估 but gives no evaluation date.');
o('h46', 'colloquial', 'a contact the text does not give',
  '想报名“盘锦英才计划”，该找哪个部门？有没有咨询电话？',
  ['电话', '咨询'],
  'The programme is named only; no office or number.');
o('h47', 'colloquial', 'a programme the text never mentions (链长制)',
  '方案里的“链长制”是咋安排的？石化产业链的链长是谁？',
  ['链长'],
  'No 链长制 in the text; 产业链培育提升专项行动 is a tempting near-miss.');
o('h48', 'colloquial', 'story first; a programme the text never mentions (首台套)',
  '我们是做石油装备的，刚研制出一台首台套设备，方案对首台套能给多少奖励？',
  ['首台'],
  'No 首台套 policy and no amounts in the text.');

// ---------------------------------------------------------------- conversations
m('hc1', 'ordinal follow-up (下一条呢？) inside the 贡献 targets',
  ['“为全省作出突出贡献”那组目标，头一条说的啥？', '下一条呢？'],
  [['石化及精细化工'], ['第二']], '石化及精细化工营业收入占全省比重进一步提高');
m('hc2', 'pronoun 它 -> sibling programmes',
  ['“百万学子留辽来辽”是个啥？', '跟它一块儿提的还有哪俩计划？'],
  [['兴辽英才'], ['盘锦英才']], '持续开展“兴辽英才计划”“盘锦英才计划”');
m('hc3', 'contrast (稳居 or 跃居 -> 规上营收呢？)',
  ['粮油加工营收的全省名次，方案说的是稳居还是跃居？', '规上工业营收呢？'],
  [['稳居'], ['第三']], '规模以上工业营业收入占全省的比重稳步提升');
m('hc4', 'ordinal aspect -> pronoun 它 -> 这项',
  ['八个方面里第三个叫啥？', '它下面最后那项任务是啥？', '这项要推广啥？'],
  [['智能工厂建设指南', '智能工厂']], '推广应用先进地区、知名企业智能工厂建设指南');
m('hc5', 'ellipsis (营商局呢？) -> comparison of list order',
  ['金融那个局派来发布的，叫啥名？', '营商局呢？', '他俩名单上谁排前面？'],
  [['杨光']], '市金融发展局党组成员、副局长杨光');
mr('hc6', 'membership then a figure the text does not give (refusal)',
  ['“千人助千企”归哪个方面？', '那这个行动到现在一共帮扶了多少家企业？'],
  ['帮扶'], 'No count of firms helped; the 千企 in the name is not a result.');

const dump = (rows) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
writeFileSync(join(here, 'questions.jsonl'), dump(Q));
writeFileSync(join(here, 'conversations.jsonl'), dump(C));
console.log(`wrote ${Q.length} questions, ${C.length} conversations`);
