// Writes questions.jsonl and conversations.jsonl for suite plan35 from the tables below.
// Questions were written by hand from the folded seed text (see src/fold.cjs); must/passage strings are
// copied from the folded, whitespace-free document. Run: node src/build.mjs && node check.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const HERE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const DOC = '盘锦市工业增长三年行动专项方案(新闻发布会解读)';

// [kind, question, must groups, passage, note]   (kind 'oos' rows: [kind, question, null, null, note])
const Q = [
  ['target', '我在一家油服公司跑井下作业，老板让我打听打听：往后这三年，市里对地底下油气的采量是想使劲往上冲，还是求个稳？大概守在哪个量级？',
    [['千万吨']], '油气采掘业继续保持千万吨稳产', 'oil & gas output: keep ten-million-ton stable production'],
  ['target', '统计口的问题：省里平均年增幅要是6%，咱市规上工业增加值的年均增速最低得到几？',
    [['不低于']], '规模以上工业增加值年均增速不低于全省平均水平', 'growth not below provincial average -> at least 6%'],
  ['target', '手机配件厂打算在盘锦扩条生产线，想先摸摸底：市里对电子这行的产业基地，三年后设想到个啥火候？',
    [['初具规模']], '电子信息产业基地建设初具规模', 'electronics base: take initial shape'],
  ['target', '我家种了几十亩稻子，听说市里想在东北当个粮食方面的基地，这基地到底是管收购转运，还是管加工？',
    [['集散'], ['精深加工']], '东北粮食集散和精深加工基地实力稳步增强', 'grain base: distribution + deep processing'],
  ['target', '做审计的想核个口径：规上工业企业自己掏的研发钱，占地区生产总值那个比例，市里打算三年内抬高多少？拿哪年当起点？',
    [['0.8'], ['2022']], '较2022年提高0.8个百分点', 'R&D ratio +0.8 pt vs 2022'],
  ['target', '代办高企认定的中介想估估盘子：到期末，全市持证的高新技术公司数量下限是几百几十家？',
    [['230家', '230']], '高新技术企业数量达到230家以上', 'high-tech enterprises >= 230'],
  ['target', '刚冒头的小科创公司、一路蹿得飞快的公司、估值特别高的那种，三档捆在一起，市里期末想攒够多少？',
    [['130家', '130']], '雏鹰、瞪羚、独角兽企业数量达到130家以上', 'eaglet/gazelle/unicorn >= 130 (described, not named)'],
  ['target', '科技局的朋友说攻克核心技术有个三年总量指标。我们头一年弄了12项、第二年18项，第三年起码还得补多少项才够？',
    [['60项', '60']], '三年累计实施核心技术攻关60项以上', 'needs 60 in total -> 30 more'],
  ['target', '要是把辽宁各地市按规上工业的营业收入排个座次，咱这座城三年后打算稳坐哪把交椅？',
    [['第三位', '第三']], '规模以上工业营业收入占全省的比重稳步提升,稳居全省第三位', 'above-scale revenue: steady 3rd'],
  ['target', '我们是炼化企业的供应商，想知道炼油化工加上精细化工这一整块，营收在全省各地市里目标坐第几名？',
    [['第二位', '第二']], '石化及精细化工营业收入占全省比重进一步提高,稳居全省第二位', 'petrochem revenue: steady 2nd'],
  ['target', '开榨油厂的问：油料和粮食加工的营收，方案对它在全省的位次是守着还是往前跳？跳到哪？',
    [['跃居'], ['第三位', '第三']], '粮油加工营业收入占全省比重明显攀升,跃居全省第三位', 'grain & oil: leap to 3rd'],
  ['target', '研发经费投入强度这项，除了要比过去提高若干个点，在全辽宁还定了个名次吧？第几？',
    [['第三位', '第三']], '规模以上工业企业R&D内部经费支出占GDP比重居全省第三位', 'R&D ratio: 3rd in province'],
  ['overview', '具体目标一组讲“量”、一组讲“质”，剩下那一组是冲着啥去的？',
    [['突出贡献']], '三是在“为全省作出突出贡献”方面:到2025年末', 'third group: outstanding contribution to the province'],
  ['overview', '说白了，三年后那条新型工业化的路子，文件希望它走成个啥样子？四个字的那种说法',
    [['渐行渐稳']], '新型工业化道路渐行渐稳', 'new industrialisation road: steadier and steadier'],
  ['overview', '这份三年计划眼光放得挺远，还点到了十来年以后的某一年，那是哪年？到时候要达成啥？',
    [['2035'], ['现代化']], '为2035年基本实现现代化打下坚实基础', 'foundation for basic modernisation by 2035'],
  ['overview', '给支部写心得：这个工业计划说要推着哪一轮五年规划全面实现？',
    [['十四五']], '有力促进“十四五”规划目标的全面实现', '14th five-year plan'],
  ['overview', '区里开会要把活儿拆给各科室，我得先弄清总盘子——整个方案摊下来的工作条目拢共多少，归成了几个大类？',
    [['21项'], ['8个方面']], '细化设置了8个方面共计21项任务', '8 areas, 21 tasks'],
  ['task', '外地投资人问我：盘锦最撑门面、排头一号的产业是不是化工？方案里是怎么给它定位的？',
    [['第一支柱产业', '第一支柱']], '聚焦石化及精细化工这个第一支柱产业', 'petrochem = first pillar industry'],
  ['task', '我们厂专做催化剂和助剂，想给周边炼化大厂当配套。方案讲提升配套能力时，除了盯着市场要啥，还提到得跟上哪类东西的发展？',
    [['新工艺', '新技术']], '化工新技术新工艺发展需要', 'supporting capacity: new chemical technologies and processes'],
  ['task', '化工配套这块，方案说是立足哪一片沿海地区的石化市场需求来做的？',
    [['环渤海']], '立足环渤海石化产业的市场需求', 'Bohai Rim market'],
  ['task', '招商引大企业这件事，方案希望最后在盘锦攒出个什么样的阵势？',
    [['头部企业群']], '持续培育和引进头部企业,推动形成优质头部企业群', 'quality head-enterprise cluster'],
  ['task', '我是做小件加工的个体老板，想跟大企业搭上伙。方案讲大中小企业一块儿协同，是围着哪几个方面来推的？',
    [['资源综合利用']], '围绕资源综合利用、头部企业配套等方面', 'around comprehensive resource use and supporting head enterprises'],
  ['task', '油田里那种黏糊糊、不好抽的重油，方案是让多采点，还是让采得更有质量？原话四个字是啥？',
    [['优化提质']], '全力支持辽河油田稀油增量提效、稠油优化提质', 'heavy oil: optimise and raise quality'],
  ['task', '油区老本部之外那些边上的区块，方案是让守着现状还是加把劲？',
    [['上产']], '稳定油区本部、加快外围上产', 'periphery: speed up production increase'],
  ['task', '上头要搞一个把产业链培育、提升起来的专项行动，这活儿挂在21项里的哪一项底下？',
    [['产业集群建设']], '深入开展产业链培育提升专项行动', 'industrial-chain special action -> industrial cluster task'],
  ['task', '我们车间准备往智能工厂方向改，方案里说推广应用谁的建设指南来参照？',
    [['先进地区', '知名企业']], '推广应用先进地区、知名企业智能工厂建设指南', 'guides of advanced regions and well-known firms'],
  ['task', '信息化和工业化结合那一项，除了搞研究、推广指南，最后落到开发啥上？',
    [['应用场景']], '推广应用先进地区、知名企业智能工厂建设指南,开发数字化应用场景', 'develop digital application scenarios'],
  ['task', '对科技型公司，文件说要把哪几方面的力度加大？我记得有四个动词',
    [['孵化'], ['扶植']], '加大科技型企业的孵化、培育、引进、扶植力度', 'incubate, cultivate, introduce, support'],
  ['task', '建了那个成长型企业的储备库以后，入库的企业是一刀切地扶持，还是分开来管？咋分？',
    [['分级培育', '分类指导']], '建立储备库,分级培育、分类指导', 'graded cultivation, classified guidance'],
  ['task', '用张榜招贤、谁能干谁来干的办法攻关重大科技项目之后，还要组织大家干点啥来破解被人掐住的技术？',
    [['联合技术攻关']], '组织开展联合技术攻关,解决“卡脖子”难题', 'joint technical tackling'],
  ['task', '新兴产业五花八门，方案挑突破口的时候看重哪些条件？',
    [['战略特质', '最有基础和条件']], '选择最有基础和条件、最具战略特质的核心技术及关键领域进行重点突破', 'selection: best base and conditions, most strategic'],
  ['task', '我们是造泵阀的，想往售后运维这种后端服务上拓，方案里对工厂往服务那头延伸是咋提的？',
    [['服务化', '两业深度融合']], '全面推动制造业向后端延伸的服务化', 'manufacturing extends backward into services'],
  ['task', '搞质量品牌那项，方案点了哪几样东西要发挥对各行业的促进作用？',
    [['标准'], ['认证']], '充分发挥质量、标准、认证、品牌培育等对工业各行业发展的促进作用', 'quality, standards, certification, brand cultivation'],
  ['task', '我们公司想冲一个国家级绿色工厂的试点，方案对企业搞这类绿色示范是鼓励哪个层级起步的？',
    [['省级以上']], '引导企业开展省级以上绿色发展各类试点示范创建工作', 'provincial level or above'],
  ['task', '机关干部成批下沉、一对一帮扶企业的那个行动，方案要求用什么标准来实施？',
    [['高标准']], '高标准实施好“千人助千企”专项行动', 'implement to a high standard'],
  ['task', '我们在外地有个现成的技术团队，老板想把项目和人一起打包带过来，方案里这种模式怎么称呼？',
    [['项目+团队', '带土移植']], '实施“项目+团队”“带土移植”工程', 'project+team / transplant-with-soil engineering'],
  ['task', '我们是十几个人的纸箱包装厂，周转老缺钱，方案打算让谁给咱这种小厂多放点贷？',
    [['银行机构']], '引导银行机构加大对中小微企业贷款投放力度', 'banking institutions'],
  ['measure', '对外开放、把外头的项目拉进来这件事，保障措施里是靠哪一条兜底的？',
    [['加强开放合作']], '扩大开放确保项目引进到位', 'opening-up measure ensures projects are introduced'],
  ['measure', '保障那几条里，靠严格督促检查来保证活儿真干下去的是哪条？',
    [['督查督办']], '严格督导确保任务执行到位', 'supervision measure'],
  ['overview', '工信局收官发言里，落实的路数用了三个带“化”的词，分别是？',
    [['清单化'], ['工程化']], '清单化、项目化、工程化抓好落实', 'list-, project-, engineering-based implementation'],
  ['English', "Factory lab budgets vs GDP: by what margin must that ratio climb?",
    [['0.8']], '较2022年提高0.8个百分点', 'English; R&D ratio of above-scale industrial firms +0.8 pt'],
  ['English', "Doing 15 key-tech jobs yearly, would the city hit its quota?",
    [['60']], '三年累计实施核心技术攻关60项以上', 'English; 45 < 60, not met'],
  ['oos', '刚拿到高企证书，市里按这个工业方案能一次性奖给我们多少钱？', null, null, 'no reward amounts in the text'],
  ['oos', '跟辽河油田合建的那个储气库，设计库容到底多少？', null, null, 'no capacity figures'],
  ['oos', '想报名参加“千人助千企”结对，对接热线号码是多少？', null, null, 'no phone numbers'],
  ['oos', '化工厂一个月电费几十万，这份工业计划给不给电价上的优惠？一度能便宜几分？', null, null, 'no electricity prices'],
  ['oos', '想在产业开发区拿块地建厂房，方案定的工业用地每亩多少钱？', null, null, 'no land prices'],
  ['oos', '雏鹰企业储备库今年什么时候截止申报？', null, null, 'no application deadline'],
];

// conversations: [kind, turns, must|null, note]
const C = [
  [['盘锦那个工业三年方案对高新技术企业的家数有要求吧？', '那几类成长快的小科技公司呢？加一块多少？'],
    [['130家', '130']], 'second turn = eaglet/gazelle/unicorn'],
  [['炼油化工这一大块的销售收入，文件里给它在辽宁定了个名次吧？', '那米面油加工那一行呢？措辞一样吗？'],
    [['跃居']], 'grain & oil: leap to 3rd'],
  [['发布会上科技口是谁来讲的？', '搞融资、金融发展那边出席的又是哪位？'],
    [['杨光']], 'finance development bureau: Yang Guang'],
  [['方案讲绿色那部分，一共列了几件事？', '排中间那件怎么弄？各行各业是同时见顶吗？'],
    [['梯次达峰']], 'carbon peak task: staggered peaking'],
  [['方案里引人才提了哪几个计划？', '要是专家不愿意常驻，只肯隔三岔五飞过来呢？'],
    [['候鸟式', '柔性引才']], 'migratory-bird flexible talent mechanism'],
  [['听说市里搞张榜招人、谁行谁上的科研攻关，这个放在方案哪一块？', '揭了榜的团队能领多少钱的补助？'],
    null, 'refusal: no funding amount'],
];

const qs = Q.map(([kind, q, must, passage, note], i) => {
  const o = { id: `p35-${i + 1}`, doc: DOC, kind: kind === 'English' ? 'target' : kind, q };
  if (kind === 'oos') o.refuse = true; else { o.must = must; o.passage = passage; }
  o.note = note;
  return o;
});
const cs = C.map(([turns, must, note], i) => {
  const o = { id: `p35-c${i + 1}`, doc: DOC, kind: 'multi', turns };
  if (must) o.must = must; else o.refuse = true;
  o.note = note;
  return o;
});
fs.writeFileSync(path.join(HERE, 'questions.jsonl'), qs.map(o => JSON.stringify(o)).join('\n') + '\n');
fs.writeFileSync(path.join(HERE, 'conversations.jsonl'), cs.map(o => JSON.stringify(o)).join('\n') + '\n');
console.log(`wrote ${qs.length} questions, ${cs.length} conversations`);
