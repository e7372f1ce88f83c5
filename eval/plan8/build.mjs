#!/usr/bin/env node
// Regenerates questions.jsonl and conversations.jsonl for plan8.  node build.mjs
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

// ---------------------------------------------------------------- targets: every figure in new words
a('g01', 'target', 'colloquial', 'target in new words (增加值增速 -> 标尺)',
  '规上工业增加值一年得涨多快才算达标？方案拿啥当标尺？',
  [['不低于全省平均']], '规模以上工业增加值年均增速不低于全省平均水平');
a('g02', 'target', 'colloquial', 'target in new words (油气采掘 -> 采油采气, 量级)',
  '采油采气这行，方案要求产量稳在哪个量级上？',
  [['千万吨']], '油气采掘业继续保持千万吨稳产');
a('g03', 'target', 'formal', 'two asks (定位 + 作用)',
  '方案把盘锦的石化基地定位成什么样的基地？对辽宁建世界级基地的支撑作用要达到啥程度？',
  [['全国重要'], ['凸显']], '支撑辽宁建设世界级石化及精细化工产业基地的作用凸显');
a('g04', 'target', 'colloquial', 'typo/homophone (集散 -> 极散)',
  '东北粮食极散和精深加工基地，到25年末实力要变成啥样？',
  [['稳步增强']], '东北粮食集散和精深加工基地实力稳步增强');
a('g05', 'target', 'colloquial', 'story first (electronic components maker)',
  '我们厂做电子元器件的，想知道方案里电子信息那个产业基地到期末计划建到哪一步？',
  [['初具规模']], '电子信息产业基地建设初具规模');
a('g06', 'target', 'formal', 'qualitative target beside the figures',
  '除了高企、雏鹰这些硬数字，方案对科技型企业这个群体整体上还提了啥要求？',
  [['进一步壮大', '壮大']], '科技型企业群体规模进一步壮大');
a('g07', 'target', 'english', 'English; false premise (200) to correct',
  'Someone told me Panjin only needs about 200 high-tech enterprises by the end of 2025 to meet the plan. Is that right, and what is the actual target?',
  [['230']], '高新技术企业数量达到230家以上');
a('g08', 'target', 'colloquial', 'programme described (小鹰、羚羊 -> 雏鹰、瞪羚)',
  '按小鹰、羚羊、独角兽这样分档的那几类成长型科技企业，三年后总共要有多少家？',
  [['130']], '雏鹰、瞪羚、独角兽企业数量达到130家以上');
a('g09', 'target', 'colloquial', 'typo/homophone (攻关 -> 公关) + two asks',
  '核心技术公关那个指标是一年一算还是三年合起来算？总数多少？',
  [['累计'], ['60']], '三年累计实施核心技术攻关60项以上',
  'The text says 三年累计; an answer saying only 三年合计 misses the first group.');
a('g10', 'target', 'english', 'English; two false premises (8 points, 2021) to correct',
  'A draft article says Panjin\'s plan will lift the R&D spending of large industrial firms to 8 percentage points of GDP above the 2021 level. What increase and which base year does the plan actually give?',
  [['0.8'], ['2022']], '较2022年提高0.8个百分点');
a('g11', 'target', 'colloquial', 'comparison of two ranks + two asks',
  '规上工业营收和石化营收，哪个在全省的名次目标更靠前？各排第几？',
  [['第二'], ['第三']], '石化及精细化工营业收入占全省比重进一步提高');
a('g12', 'target', 'colloquial', 'story first (grain-oil processor) + two asks',
  '我家是做粮油加工的，想问方案对这行营收占全省的份额期望怎么走？名次定在哪？',
  [['明显攀升', '攀升'], ['第三']], '粮油加工营业收入占全省比重明显攀升');
a('g13', 'target', 'formal', 'ordinal (last item of the 质 group) + figure',
  '“质的有效提升”那组目标，排在最后的一条是啥？数是多少？',
  [['核心技术攻关'], ['60']], '三年累计实施核心技术攻关60项以上');
a('g14', 'target', 'english', 'English; which figures are floors (以上)',
  'Which of the plan\'s numeric targets are minimums ("or more") rather than exact figures? Please list each with its number.',
  [['230'], ['130'], ['60']], '高新技术企业数量达到230家以上');

// ---------------------------------------------------------------- tasks: ordinals, counts, membership
a('g15', 'task', 'colloquial', 'ordinal (正当中 of 21 = 11)',
  '21项任务里排在正当中的那一项是什么？',
  [['创新平台建设']], '抓好核心技术攻关、抓好创新平台建设3项任务',
  'The 11th of 21 tasks, counted 2+3+3+3: 抓好创新平台建设.');
a('g16', 'task', 'formal', 'ordinals 17 and 18 + yes/no (same aspect?)',
  '第十七项和第十八项任务是同一个方面里的吗？分别是啥？',
  [['试点示范创建', '试点示范'], ['高标准科学服务']], '设置了抓好高标准科学服务',
  '17 = 抓好试点示范创建 (aspect 6), 18 = 抓好高标准科学服务 (aspect 7): not the same aspect.');
a('g17', 'task', 'colloquial', 'ordinal aspect (打头 = 1) + its emphasis',
  '重点任务八个方面里打头那个，突出的是什么？',
  [['协同合作']], '突出产业间的协同合作');
a('g18', 'task', 'colloquial', 'count per aspect (first and last)',
  '最前面那个方面和最后面那个方面，各安排了几项任务？',
  [['2项']], '抓好金融服务体系建设2项任务',
  'Both have 2; the text writes 2项 (an answer writing 两项 misses).');
a('g19', 'task', 'formal', 'count + list of one aspect',
  '“实体为本”那块一共安排了几项任务？都是啥？',
  [['项目建设'], ['产业集群建设'], ['工业化和信息化融合', '两化融合']],
  '抓好项目建设、抓好产业集群建设、抓好工业化和信息化融合3项任务');
a('g20', 'task', 'colloquial', 'membership across aspects (辽河油田 in tasks 3 and 15) + count',
  '辽河油田在方案的重点任务里出现了几回？分别跟哪项任务有关？',
  [['稳定生产'], ['重点工程建设', '三大储库', '储气']], '抓好辽河油田的稳定生产');
a('g21', 'task', 'colloquial', 'aspect described (人才和金融 -> aspect 8) + its focus',
  '管人才和金融的那个方面，聚焦点是啥？',
  [['服务实体经济', '实体经济']], '八是推动市场导向的精准对接。聚焦服务实体经济');
a('g22', 'task', 'formal', 'reverse look-up (分级培育、分类指导 -> which firms) + two asks',
  '“分级培育、分类指导”是冲着哪类企业说的？前提是先建个啥？',
  [['雏鹰', '瞪羚', '独角兽'], ['储备库']], '按照“雏鹰-瞪羚-独角兽”企业评价标准');
a('g23', 'task', 'colloquial', 'programme described (智能化工厂的经验 -> 建设指南) + two asks',
  '学外地先进地区和大企业建智能化工厂的经验，方案说要推广啥？另外还要开发啥？',
  [['建设指南'], ['应用场景']], '推广应用先进地区、知名企业智能工厂建设指南');
a('g24', 'task', 'colloquial', 'story first (新材料 company) -> aim of 质量品牌建设',
  '我们公司做新材料的，正忙着做产品认证、参与行业标准。方案讲质量品牌建设，最终想把行业的啥能力提上去？',
  [['竞争能力']], '全面提高行业竞争能力');
a('g25', 'task', 'colloquial', 'story first (hydrogen start-up) + two asks',
  '我们是搞氢能的初创公司，方案里新兴产业选突破口是以什么为纽带？对外地企业是光培育本地的还是也往里招？',
  [['产业链'], ['招引']], '全力开展新兴产业培育和招引');
a('g26', 'task', 'colloquial', 'story first (downstream plastics) -> aim for 下游产业',
  '我们厂做石化下游的塑料制品。方案讲石化产品本地加工，对下游产业最终想达到啥？',
  [['科学发展']], '全力促进下游产业科学发展');
a('g27', 'task', 'colloquial', 'count per aspect + comparison (aspect 4 vs 7)',
  '第四个方面设了几项任务？跟第七个方面比哪个多？',
  [['3项'], ['2项']], '抓好科技型企业引育、抓好核心技术攻关',
  'Aspect 4 has 3项, aspect 7 has 2项; the text writes digits.');
a('g28', 'task', 'formal', 'membership (央地合作 -> task 5)',
  '“央地合作”是写在哪项任务里的？',
  [['融通', '大中小企业']], '积极推动油地融合、央地合作、大中小企业协同');
a('g29', 'task', 'colloquial', 'yes/no membership (三大储库, 梯次达峰 -> aspect 6)',
  '“三大储库”和“梯次达峰”是不是同一个方面里的？是哪个方面？',
  [['绿色发展']], '六是推动科学有效的绿色发展');
a('g30', 'task', 'colloquial', 'ordinal range (last three of 21)',
  '21项任务的最后三项分别是啥？',
  [['产业开发区'], ['高精尖缺'], ['金融服务体系']], '抓好“高精尖缺”人才培引、抓好金融服务体系建设2项任务');

// ---------------------------------------------------------------- programmes (policy)
a('g31', 'policy', 'colloquial', 'story first + programme described (张榜招贤 -> 揭榜挂帅)',
  '我们研究所听说市里要搞那种“张榜招贤、谁有本事谁来干”的科研项目组织方式，方案里这个制度叫啥？',
  [['揭榜挂帅']], '推行重大科技项目“揭榜挂帅”制度');
a('g32', 'policy', 'colloquial', 'programme described (干部下企业 -> 千人助千企) + aspect',
  '市里派一大批干部下到企业帮着解决问题的那个行动，叫啥名？归八个方面里的哪一块？',
  [['千人助千企'], ['质效同抓', '合力攻坚']], '高标准实施好“千人助千企”专项行动');
a('g33', 'policy', 'colloquial', 'programme described (搭台阶 -> 梯度培育计划)',
  '给科技企业像搭台阶一样一级一级往上培养，方案里这个计划正式名称叫啥？',
  [['梯度培育']], '深入实施科技型企业梯度培育计划');
a('g34', 'policy', 'colloquial', 'story first (IPO-bound chemical firm) -> aim',
  '我们是做精细化工的民企，打算过两年上市。方案说帮企业用好资本市场，想让企业达到啥效果？',
  [['做强做优'], ['提质增效']], '帮助企业利用资本市场做强做优');
a('g35', 'policy', 'colloquial', 'story first (PhD returning home) -> talent direction',
  '我是在外地读博的盘锦人，想回来带团队创业。方案在人才这块，大方向是要大力引进什么样的人才？',
  [['高层次']], '大力引进高层次科技人才团队');
a('g36', 'policy', 'colloquial', 'typo (英才 -> 英材) + the other programme',
  '我只记得有个“兴辽英材计划”，盘锦本市自己的人才计划方案里叫啥来着？',
  [['盘锦英才']], '持续开展“兴辽英才计划”“盘锦英才计划”');

// ---------------------------------------------------------------- owners
a('g37', 'owner', 'formal', 'two asks (two bureaus -> speakers)',
  '五位发布人里，科技局和金融发展局分别是谁来讲的？',
  [['刘云'], ['杨光']], '市科技局党组成员、副局长刘云');
a('g38', 'owner', 'colloquial', 'ordinal speaker (最末 = 5th) + bureau',
  '发布人名单里排在最末的那位是谁？哪个局的？',
  [['王国君'], ['营商局']], '市营商局党组成员、副局长王国君');
a('g39', 'owner', 'colloquial', 'who is responsible for follow-up (pick from a list)',
  '工信局、科技局、商务局这几家里，方案结尾点名下一步抓落实的是哪家？',
  [['工业和信息化局']], '市工业和信息化局将认真落实市委、市政府部署',
  'The text names 市工业和信息化局; an answer that says only 工信局 misses.');

// ---------------------------------------------------------------- measures, overview
a('g40', 'measure', 'formal', 'pairing (3 directions <-> 3 measures)',
  '保障措施说是从三个方面定了3项措施，哪个方面对应哪项措施？给我一一对上。',
  [['明晰责任'], ['强化组织保障'], ['扩大开放'], ['加强开放合作'], ['严格督导'], ['做好督查督办']],
  '确定了强化组织保障、加强开放合作、做好督查督办3项措施',
  'Strict: all three directions and all three measures. The text pairs them by order.');
a('g41', 'overview', 'colloquial', 'lead paragraph, new fact',
  '发布会开头那段，除了产业结构优化，还说要加快企业的什么？',
  [['转型升级']], '加快产业结构优化和企业转型升级');
a('g42', 'overview', 'colloquial', 'series theme, first half',
  '那个系列发布会的主题开头说要贯彻啥精神？',
  [['二十大']], '贯彻党的二十大精神——实施全面振兴新突破三年行动');

// ---------------------------------------------------------------- refusals
o('g43', 'colloquial', 'owner refusal (no 牵头 unit in the text; 营商局 speaker tempts)',
  '“千人助千企”专项行动是市里哪个部门牵头组织的？',
  ['牵头', '责任单位'], 'The text names no unit for any task or programme.');
o('g44', 'colloquial', 'world-knowledge refusal (三篇大文章 never listed)',
  '方案老说结构调整的“三篇大文章”，这三篇具体是哪三篇？',
  ['老字号', '原字号', '新字号'], 'Named three times, never listed; Liaoning usage (老字号/原字号/新字号) is outside the text.');
o('g45', 'formal', 'absent figure',
  '产业开发区到2025年亩均税收要达到多少万元？',
  ['亩均', '税收', '万元'], 'Only 六个一体化 and 精细化水平 are said about 产业开发区.');
o('g46', 'colloquial', 'absent place (two plausible districts offered)',
  '电子信息产业基地建在哪个区？是兴隆台还是大洼？',
  ['兴隆台', '大洼', '双台子', '盘山'], 'Only 初具规模 is said; no location.');
o('g47', 'formal', 'absent indicator',
  '方案对规上工业单位增加值能耗要求下降多少？',
  ['能耗', '下降'], 'The green aspect has 碳达峰/梯次达峰 but no energy-intensity figure.');
o('g48', 'colloquial', 'story first (新材料 company) + absent subsidy',
  '我们公司做新材料的，想申请市里新材料产业的专项扶持资金，一家最多能拿多少？',
  ['新材料', '扶持资金', '万元'], 'No 新材料 industry, fund or amount in the text.');

// ---------------------------------------------------------------- conversations
m('gc1', '那第X个呢 + pronoun 它',
  ['重点任务八个方面，第一个叫啥？', '那第四个呢？', '它底下具体分了哪些任务？'],
  [['科技型企业引育'], ['核心技术攻关'], ['创新平台建设']], '抓好科技型企业引育、抓好核心技术攻关');
m('gc2', '谁负责 after the closing list (pronoun 这些)',
  ['方案结尾说下一步要清单化、项目化、工程化抓落实，具体还要做哪些事？', '这些由谁负责？'],
  [['工业和信息化局']], '市工业和信息化局将认真落实市委、市政府部署');
m('gc3', 'contrast (石化 第二 -> R&D 一样吗?)',
  ['石化及精细化工营收到2025年要在全省排第几？', '那R&D经费支出占GDP的比重呢？排名也一样吗？'],
  [['第三']], '规模以上工业企业R&D内部经费支出占GDP比重居全省第三位');
m('gc4', 'ellipsis (X呢？ = what is it for)',
  ['“千人助千企”在方案里是要干嘛用的？', '“六个一体化”呢？'],
  [['产业开发区']], '严格按照市第八次党代会提出的“六个一体化”要求');
m('gc5', 'pronoun 它 -> aspect of 辽河油田 production',
  ['油田那边稀油稠油的事，方案咋说的？', '它是八大块里哪一块的活儿？'],
  [['龙头带动']], '二是推动龙头带动的企业集聚');
mr('gc6', '谁牵头 after a task (refusal)',
  ['“抓好核心技术攻关”这项任务主要干啥？', '那这项谁牵头？'],
  ['牵头', '责任单位'], 'No lead unit is named; the 科技局 speaker is a tempting wrong answer.');

const dump = (rows) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
writeFileSync(join(here, 'questions.jsonl'), dump(Q));
writeFileSync(join(here, 'conversations.jsonl'), dump(C));
console.log(`wrote ${Q.length} questions, ${C.length} conversations`);
