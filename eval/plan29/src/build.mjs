// Writes questions.jsonl, conversations.jsonl and owners.json for suite plan29.
// All facts were taken from src/folded.txt (the seed document after gloss removal and hk->cn folding).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const HERE = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const DOC = '盘锦市工业增长三年行动专项方案(新闻发布会解读)';

const Q = [
  // --- overview / owner ---
  ['overview', '领导让我补一下会议背景：这回讲工业增长方案的发布会是谁出面组织的，在那个主题系列里算第几次？',
    [['市政府新闻办'], ['第二场']], '3月30日,市政府新闻办召开', 'organiser and place in the series'],
  ['overview', '宣传科排版新闻稿，日期那栏还空着，这发布会到底开在哪天？',
    [['3月30日']], '3月30日,市政府新闻办召开', 'date of the briefing (no year given)'],
  ['owner', '我们是搞研发的小企业，想找发布会上科技口那位领导的讲话听听，他叫啥名？',
    [['刘云']], '市科技局党组成员、副局长 刘云', 'speaker from the science & technology bureau'],
  ['owner', '做企业融资这块的，听说发布会上有金融部门的副局长也到场了，是哪位？',
    [['杨光']], '市金融发展局党组成员、副局长 杨光', 'speaker from the finance development bureau'],
  ['owner', '外贸公司的老板问我，发布会坐台上的商务局代表是谁，名字我给他报一下',
    [['王培夙']], '市商务局党组成员、副局长 王培夙', 'speaker from the commerce bureau'],
  ['owner', '方案发完了，往后谁牵头把目标掰开揉碎、一项项去抓？是发改委吗？',
    [['工业和信息化局']], '市工业和信息化局将认真落实市委、市政府部署', 'next step is the industry & IT bureau (not the NDRC)'],
  ['target', '这份工业增长方案管的是从哪年到哪年啊？我怕引错年份',
    [['2023-2025']], '工业增长三年行动专项方案(2023-2025年)', 'plan period'],
  ['overview', '三年干完，盘锦工业预计在哪几块上看到新的进展？给我列一列',
    [['产业布局'], ['结构调整'], ['数字化升级']], '盘锦工业在产业布局、结构调整、数字化升级等方面均取得新进展', 'three areas of progress in the overall goal'],
  ['overview', '照方案的意思，盘锦在辽宁振兴这出戏里要把自己定成个啥角色，越来越站稳？',
    [['主力军']], '建设辽宁全面振兴全方位振兴先行区“主力军”地位日益稳固', 'role: main force'],
  ['overview', '有人说盘锦要给全省造的特大号产业基地添把火，这种量级的基地方案里提了几座？',
    [['三个万亿级', '三个']], '为辽宁建设三个万亿级产业基地贡献更大力量', 'three trillion-level bases'],
  ['target', '总体目标最后说给哪一年打下现代化的底子？',
    [['2035']], '为2035年基本实现现代化打下坚实基础', 'long-range year'],
  ['target', '方案底下的具体指标是怎么归类分组的，有哪几个名目？',
    [['量的合理增长'], ['质的有效提升'], ['突出贡献']], '设置了3个方面的具体目标', 'three groups of specific targets'],
  ['target', '老板问增加值增速有没有硬杠杠，比如非得到7%？方案是拿什么来比的？',
    [['不低于全省平均水平']], '规模以上工业增加值年均增速不低于全省平均水平', 'growth no lower than provincial average; no percentage'],
  ['target', '我们给油田干配套的，想知道方案对油气那块的产量咋定的，是要增产吗？',
    [['千万吨'], ['稳产']], '油气采掘业继续保持千万吨稳产', 'oil & gas output kept at ten million tonnes'],
  ['target', '搞粮油的企业关心：方案打算把盘锦打造成啥样的粮食方面的基地？',
    [['东北粮食集散', '精深加工基地']], '东北粮食集散和精深加工基地实力稳步增强', 'grain base'],
  ['target', '电子信息这一行，方案期末想让它发展到什么份儿上？',
    [['初具规模']], '电子信息产业基地建设初具规模', 'electronics base takes initial shape'],
  ['target', '财务在算研发投入的账：规上工业企业R&D那个比例，方案要求期末比基期多出几个点？',
    [['0.8个百分点', '0.8']], '较2022年提高0.8个百分点', 'R&D ratio +0.8 points vs 2022'],
  ['target', '我们正申请高企认定，想知道市里给这个群体定的规模指标是多少家',
    [['230']], '高新技术企业数量达到230家以上', 'high-tech enterprise count'],
  ['target', 'Founders here: Panjin ranks startups in a ladder from eaglet up to unicorn. How big should that ladder get by 2025?',
    [['130']], '雏鹰、瞪羚、独角兽企业数量达到130家以上', 'English: growth-firm count'],
  ['target', '我们研究所常接技术难题的活儿，想估估方案在关键技术攻坚上总共摆了多大盘子',
    [['60项']], '三年累计实施核心技术攻关60项以上', 'cumulative core-tech projects'],
  ['target', '规上工业的营收占全省份额，方案想让盘锦排在全省什么位置？',
    [['第三位']], '规模以上工业营业收入占全省的比重稳步提升,稳居全省第三位', 'rank of above-scale industrial revenue'],
  ['target', '做化工的朋友问，他们这个行业营收在辽宁要排第几名？',
    [['第二位']], '石化及精细化工营业收入占全省比重进一步提高,稳居全省第二位', 'petrochemical revenue rank'],
  ['target', '粮油加工收入在省里的名次，方案是要保持还是往上冲？冲到第几？',
    [['跃居'], ['第三位']], '粮油加工营业收入占全省比重明显攀升,跃居全省第三位', 'grain & oil processing leaps to third'],
  ['task', '重点任务那部分一共分了几大块、合起来多少条？我做表格要用',
    [['8个方面'], ['21项']], '细化设置了8个方面共计21项任务', '8 areas, 21 tasks'],
  ['task', '盘锦产业里排第一号的那根顶梁柱，方案说的是哪行？',
    [['石化及精细化工']], '聚焦石化及精细化工这个第一支柱产业', 'first pillar industry'],
  ['task', '我们做下游精细化学品的，方案要求本地消化石化产品时，是按哪种平衡来的？',
    [['物料平衡']], '以物料平衡为基准,推动石化产品本地加工', 'material balance as basis'],
  ['task', '想给石化企业做配套，方案说的市场需求是立足哪片区域的？',
    [['环渤海']], '立足环渤海石化产业的市场需求', 'Bohai Rim market'],
  ['task', '对辽河油田的两种油——稀油、稠油——方案各提了什么四字要求？',
    [['增量提效'], ['优化提质']], '全力支持辽河油田稀油增量提效、稠油优化提质', 'light oil vs heavy oil'],
  ['task', '大企业带小企业这块，方案提倡哪几种跟油田、央企的合作路子？',
    [['油地融合'], ['央地合作']], '积极推动油地融合、央地合作、大中小企业协同', 'oil-field/local and central/local cooperation'],
  ['task', '工厂数字化改造这块，方案说要推广哪类建设指南？',
    [['智能工厂']], '推广应用先进地区、知名企业智能工厂建设指南', 'smart-factory guidelines'],
  ['task', '科技型企业按那套成长档次评完以后，市里打算怎么一层层地去培养？',
    [['储备库'], ['分级培育', '分类指导']], '建立储备库,分级培育、分类指导', 'reserve pool, tiered cultivation'],
  ['task', '我们厂有个关键技术一直被人卡着，方案里有没有什么办法组织大家一起攻？叫什么制度？',
    [['揭榜挂帅']], '推行重大科技项目“揭榜挂帅”制度', 'open-competition mechanism'],
  ['task', '第五块任务里收尾那项融合，是哪两个产业之间的事？',
    [['先进制造业'], ['现代服务业']], '抓好先进制造业与现代服务业融合3项任务', 'manufacturing + services'],
  ['task', '市里联手油田要建的那几个“库”，装的都是啥？',
    [['储气'], ['储碳'], ['储能']], '与辽河油田共同推进好储气、储碳、储能“三大储库”建设', 'gas, carbon, energy storage'],
  ['task', '碳达峰是要求所有行业一个时间点一起达峰吗？',
    [['梯次达峰']], '推进各行业落实碳达峰目标任务、实行梯次达峰', 'staggered peaking'],
  ['task', '申报绿色示范项目，方案希望企业瞄准的最低门槛是哪一级？',
    [['省级以上']], '引导企业开展省级以上绿色发展各类试点示范创建工作', 'provincial level and above'],
  ['task', '常听说的“千人助千企”，在方案里是挂在哪一项任务底下的？',
    [['高标准科学服务']], '抓好高标准科学服务、抓好产业开发区高质量发展2项任务', 'thousand-helpers campaign belongs to high-standard service task'],
  ['task', '园区开发建设要照着市党代会提的什么要求来办？',
    [['六个一体化'], ['第八次']], '严格按照市第八次党代会提出的“六个一体化”要求', 'six integrations from the 8th party congress'],
  ['task', '想回辽宁工作的研究生问：方案里提到了哪些英才计划和留辽的专项行动？',
    [['兴辽英才计划'], ['盘锦英才计划'], ['百万学子留辽来辽', '百万学子']], '持续开展“兴辽英才计划”“盘锦英才计划”和“百万学子留辽来辽”专项行动', 'talent programmes'],
  ['policy', 'Loan officer here. Under the plan, which borrowers should banks put more credit into?',
    [['中小微企业'], ['贷款']], '引导银行机构加大对中小微企业贷款投放力度', 'English: bank lending to SMEs'],
  ['measure', '方案落地靠哪几条保障措施撑着？',
    [['强化组织保障'], ['加强开放合作'], ['督查督办']], '确定了强化组织保障、加强开放合作、做好督查督办3项措施', 'three safeguard measures'],
  ['measure', '那二十一条任务是光喊口号，还是都挂了指标能拿来打分？',
    [['可量化'], ['可考核', '可评估']], '确保各项工作做到可评估、可量化、可考核', 'each task has indicators'],
];

const R = [
  ['我们想报雏鹰企业，今年市里收材料截到哪天？去哪个窗口交？', 'no deadline or service window in the text (grep 截止|窗口|受理: none)'],
  ['拿到高企证书后市财政会不会发钱？发多少？', 'no award amounts (grep 奖励|万元|元: none)'],
  ['“千人助千企”有没有对接热线？企业遇到难处打哪个电话？', 'no phone numbers (grep 电话|热线: none)'],
  ['记者问：发布会的会场地点设在哪里？', 'venue not given (grep 会议室|地点|大厦|楼: none)'],
  ['Is there a figure for how many yuan the city will spend on this programme overall?', 'English: no budget figure (grep 资金|亿元|元: none; 万亿级 refers to provincial bases)'],
  ['人才团队落户盘锦，住房和生活上的补贴标准是多少钱？', 'no subsidy amounts (grep 补贴|安家|购房: none)'],
];

const qs = [];
let n = 0;
for (const [kind, q, must, passage, note] of Q) qs.push({ id: `p29-${String(++n).padStart(2, '0')}`, doc: DOC, kind, q, must, passage, note });
for (const [q, note] of R) qs.push({ id: `p29-${String(++n).padStart(2, '0')}`, doc: DOC, kind: 'oos', q, refuse: true, note });

const C = [
  { turns: ['“质的有效提升”那块目标里都管了哪些数？', '里头雏鹰瞪羚独角兽这几类加起来得多少家？'],
    must: [['130']], passage: '雏鹰、瞪羚、独角兽企业数量达到130家以上', note: 'follow-up on the quality targets' },
  { turns: ['重点任务里有没有专门说引人才的？', '这一块柔性引才搞的是个啥机制？'],
    must: [['候鸟式']], passage: '创新“候鸟式”柔性引才机制', note: 'talent task, flexible recruitment' },
  { turns: ['大一点的工厂搞研发花的钱跟GDP一比，方案要求往上提多少？', '它在省里的名次要排到哪？'],
    must: [['第三位']], passage: '规模以上工业企业R&D内部经费支出占GDP比重居全省第三位', note: 'pronoun 它 = R&D ratio' },
  { turns: ['八大块任务的第七块主要讲啥？', '它说的软实力跟硬实力，各自靠啥来提？'],
    must: [['增强服务'], ['园区建设']], passage: '突出增强服务提升软实力、加强园区建设提升硬实力', note: 'task area 7: soft vs hard strength' },
  { turns: ['解读会上都有哪几个局派了人？', '其中营商局来的那位叫什么？'],
    must: [['王国君']], passage: '市营商局党组成员、副局长 王国君', note: 'speaker list, then the business-environment bureau' },
  { turns: ['方案对企业上市是怎么提的？', '那要是真上市了，市里给多少奖金？'],
    refuse: true, note: 'listing is mentioned but no reward amount (grep 奖励|奖金|元: none)' },
];
const cs = C.map((c, i) => ({ id: `p29-m${String(i + 1).padStart(2, '0')}`, doc: DOC, kind: 'multi', ...c }));

const w = (f, rows) => fs.writeFileSync(path.join(HERE, f), rows.map(r => JSON.stringify(r)).join('\n') + '\n');
w('questions.jsonl', qs);
w('conversations.jsonl', cs);
fs.writeFileSync(path.join(HERE, 'owners.json'), '[]\n');
console.log(`questions ${qs.length}, conversations ${cs.length}`);
