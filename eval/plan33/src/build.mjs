// Writes questions.jsonl and conversations.jsonl from the case lists below.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const HERE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const DOC = '盘锦市工业增长三年行动专项方案(新闻发布会解读)';

// [kind, q, must, passage, note]   (refusal: ['oos', q, null, null, note])
const Q = [
  ['overview', '帮领导整理会议纪要，想确认一下那份工业专项方案的时间跨度标的是哪几年',
    [['2023'], ['2025']], '盘锦市工业增长三年行动专项方案(2023-2025年)', 'plan period in the title'],
  ['overview', '新闻稿里反复提“三篇大文章”，这几篇文章是做在哪个方面的？',
    [['结构调整']], '全面做好结构调整“三篇大文章”', 'the three big articles concern structural adjustment'],
  ['target', '我们统计科想弄清楚：盘锦工业增加值这三年平均每年长多快才算完成任务，是跟全国比还是跟辽宁比？',
    [['全省平均']], '规模以上工业增加值年均增速不低于全省平均水平', 'growth benchmark: provincial average'],
  ['target', '搞油田设备的想问：到二五年底，油气采掘量方案打算稳在多大规模？',
    [['千万吨']], '油气采掘业继续保持千万吨稳产', 'oil and gas output level'],
  ['target', '我在做手机配件，想知道市里那个电子信息基地到期末打算发展到什么程度',
    [['初具规模']], '电子信息产业基地建设初具规模', 'electronics base target'],
  ['target', '搞粮食贸易的想了解，盘锦在东北要打造的那个粮食基地，承担的是哪两种功能？',
    [['集散'], ['精深加工']], '东北粮食集散和精深加工基地实力稳步增强', 'grain base functions'],
  ['target', '规上工业企业花在研发上的内部经费跟地区生产总值一比，方案要求比基年多出多少？',
    [['0.8个百分点']], '较2022年提高0.8个百分点', 'R&D ratio increase'],
  ['target', '我们公司今年刚拿到高新证书，市里三年规划的盘子里，这类企业全市最少要凑到多少户？',
    [['230家']], '高新技术企业数量达到230家以上', 'high-tech enterprise count'],
  ['target', '我们孵化器里有刚起步的，也有跑得飞快的。市里按三档成长阶段来评的那类科技企业，期末合计要有多少？',
    [['130家']], '雏鹰、瞪羚、独角兽企业数量达到130家以上', 'eaglet/gazelle/unicorn count, described'],
  ['target', '我们公司参与了市里组织的关键技术联合攻关。三年下来，全市合计要拿下的项目底数是多少？',
    [['60项']], '三年累计实施核心技术攻关60项以上', 'core technology projects'],
  ['target', '放到全辽宁的大盘子里看，盘锦规模以上工业企业营收加总要排到第几并且稳住？',
    [['第三位']], '规模以上工业营业收入占全省的比重稳步提升,稳居全省第三位', 'industrial revenue provincial rank'],
  ['target', '我在一家炼化公司做战略规划，三年以后咱这一行的营收在省内的座次目标是多少？',
    [['第二位']], '石化及精细化工营业收入占全省比重进一步提高,稳居全省第二位', 'petrochemical revenue rank'],
  ['task', '21项任务分到八个方面，有的三项有的两项，两项的那几个方面叫啥？',
    [['协同发展'], ['合力攻坚'], ['精准对接']], '设置了抓好高标准科学服务、抓好产业开发区高质量发展2项任务', 'areas 1, 7, 8 have two tasks'],
  ['task', '21项中排位正好在第十四的，是哪项任务？',
    [['现代服务业']], '抓好先进制造业与现代服务业融合3项任务', 'ordinal: 14th task'],
  ['task', '工业三年方案的任务单，从最后一项往前数第二个叫啥',
    [['人才培引']], '设置了抓好“高精尖缺”人才培引、抓好金融服务体系建设2项任务', 'ordinal: second to last = 20th task'],
  ['task', '工业增长方案的任务第三块底下挂了哪几项活？',
    [['项目建设'], ['产业集群'], ['信息化融合']], '设置了抓好项目建设、抓好产业集群建设、抓好工业化和信息化融合3项任务', 'third area tasks'],
  ['task', '盘锦工业方案重点任务第五块的标题原文是啥',
    [['提档为先']], '五是推动提档为先的精准发力', 'fifth area heading'],
  ['task', '我们厂搞质量提升、创品牌，方案说这么做最后是为了全面提高行业的啥？',
    [['竞争能力']], '全面提高行业竞争能力', 'quality and brand task, purpose'],
  ['task', '工业增长三年方案里，市里谋划重点项目的时候想把哪类产品的比重做大？',
    [['高附加值']], '拓展高端和高附加值产品比例', 'project construction'],
  ['task', '产业集群那项，提升链条韧性靠的是一个什么专项行动？',
    [['产业链培育提升']], '深入开展产业链培育提升专项行动', 'cluster task'],
  ['task', '科技型企业引育这项，要深入实施的是个什么计划？',
    [['梯度培育']], '深入实施科技型企业梯度培育计划', 'tech enterprise cultivation plan'],
  ['task', '重大科技项目张榜招贤、谁有本事谁来领衔的那种做法，方案里管它叫什么制度？',
    [['揭榜挂帅']], '推行重大科技项目“揭榜挂帅”制度', 'programme described, not named'],
  ['task', '市里组织成批干部下去帮企业解决难处的那个行动，方案里叫啥名？',
    [['千人助千企']], '高标准实施好“千人助千企”专项行动', 'programme described, not named'],
  ['task', '鼓励高校学子留在本省、外省学子来本省的那个专项行动，名字怎么叫？',
    [['百万学子']], '“百万学子留辽来辽”专项行动', 'programme described, not named'],
  ['task', '我们单位搞产品认证和标准制定，对口方案里哪一项任务？',
    [['质量品牌建设']], '设置了抓好质量品牌建设、抓好新兴产业发展', 'quality and brand task'],
  ['task', '新兴产业想重点突破，方案说挑方向时要选啥样的核心技术和关键领域？',
    [['战略特质', '最有基础和条件']], '选择最有基础和条件、最具战略特质的核心技术及关键领域', 'emerging industry selection'],
  ['task', '方案说服务业要“反向延伸”，延伸的结果叫什么化？',
    [['制造化']], '服务业反向延伸的制造化', 'two-industry integration'],
  ['task', '咱化工企业排碳见顶的时间表，方案说跟着谁定的工业碳达峰目标走',
    [['国家及省']], '紧紧围绕国家及省确定的工业领域碳达峰工作目标', 'carbon peaking basis'],
  ['task', '我在园区管委会上班。方案帮企业理清绿色发展目标的同时，还点了哪类主体？',
    [['产业开发区']], '帮助企业、产业开发区明晰绿色发展目标', 'pilot demonstration task'],
  ['task', '产业开发区那项任务里提到的“六个一体化”，出自市里哪一次会议？',
    [['第八次党代会']], '严格按照市第八次党代会提出的“六个一体化”要求', 'development zones'],
  ['task', '我们公司在筹备IPO。方案推动企业上市，是想让企业借助资本市场达成什么效果？',
    [['做强做优', '提质增效']], '帮助企业利用资本市场做强做优、提质增效', 'listing'],
  ['task', '盘锦工业三年方案里打造创新平台的那件事属于哪个板块，板块标题是啥',
    [['创新为要']], '四是推动创新为要的优化升级', 'aspect of innovation platform task'],
  ['task', '方案设任务时引用了二十大报告里的两句话，是哪两句？',
    [['新型工业化'], ['韧性和安全水平']], '“提升产业链供应链韧性和安全水平”“推进新型工业化”', 'rationale of tasks'],
  ['measure', '我在督查室工作。保障措施里，哪一条是冲着把项目引进来去的？',
    [['开放合作']], '确定了强化组织保障、加强开放合作、做好督查督办3项措施', 'safeguard for project introduction'],
  ['measure', '为了让责任一级一级压实下去，盘锦工业增长方案配的保障措施是哪一条？',
    [['组织保障']], '确定了强化组织保障、加强开放合作、做好督查督办3项措施', 'safeguard for responsibilities'],
  ['measure', '盘锦这个工业方案的保障措施，除了那三条，还说要激发大家的什么？',
    [['干事创业']], '激发干事创业的激情,推动形成工作合力', 'safeguards closing sentence'],
  ['measure', '工信局说接下来对目标要怎么处理、对政策措施要怎么办？',
    [['细化分解']], '进一步细化分解目标,谋划政策措施', 'next steps'],
  ['owner', '来发布会的科技口领导姓甚名谁',
    [['刘云']], '市科技局党组成员、副局长刘云', 'speaker of science bureau'],
  ['owner', '我们是家城商行，想找市里管金融的部门对接，那天台上金融口来的领导叫啥？',
    [['杨光']], '市金融发展局党组成员、副局长杨光', 'speaker of finance development bureau'],
  ['owner', 'Wang Jian took the mic for what agency?',
    [['工业和信息化局']], '市工业和信息化局党组成员、副局长王健', 'English; speaker bureau'],
    ['task', 'Green pilots: from what tier of government upward should firms apply?',
    [['省级以上']], '引导企业开展省级以上绿色发展各类试点示范创建工作', 'English; pilot level'],
  ['task', 'Smart-factory building guides: whose does Panjin want to promote?',
    [['先进地区'], ['知名企业']], '推广应用先进地区、知名企业智能工厂建设指南', 'English; smart factory guides'],
  ['oos', '那场发布会的视频回放在哪个网址能看到？', null, null, 'no video link (回放/网址/http not in text)'],
  ['oos', '写材料要用个基数：盘锦2022年规模以上工业营业收入实际是多少亿元？', null, null, 'no revenue amount (亿元 not in text)'],
  ['oos', '新兴产业那项任务，到2025年战略性新兴产业产值占规上工业的比重要达到百分之多少？', null, null, 'no share target (战略性新兴/%/百分之 not in text)'],
  ['oos', '我们企业要是拿了省长质量奖，按这个方案市里能奖多少钱？', null, null, 'no awards (奖 not in text)'],
  ['oos', '我们新建了数字化车间，按方案市里按投资额补贴几个点？', null, null, 'no subsidy rate (数字化车间/补贴/投资额 not in text)'],
  ['oos', '揭榜挂帅今年张榜的题目一共多少个？', null, null, 'no list size (榜单/题目 not in text)'],
];

// [turns, must|null, passage|null, note]
const M = [
  [['方案里有没有讲跟辽河油田一起建储库的事？那是归在哪个方面？', '那这块收尾的那项任务呢，叫什么？'],
    [['试点示范']], '设置了抓好重点工程建设、抓好碳达峰工作落实、抓好试点示范创建3项任务', 'aspect 6, last task'],
  [['发布人名单里工信口出面的是谁？', '按名单顺序往下，排在他后面第二位的是哪个局的、叫什么？'],
    [['王培夙']], '市商务局党组成员、副局长王培夙', 'speaker order: 3rd = commerce bureau'],
  [['方案里给全省作贡献那组目标，一共涉及几个全省排名？', '这些排名里头只有一个是要往前冲的，是哪个行业？', '它要冲到第几？'],
    [['第三位']], '粮油加工营业收入占全省比重明显攀升,跃居全省第三位', 'grain and oil processing rises to 3rd'],
  [['方案里专门讲产业开发区的那项任务，你有印象吧？', '它是照着什么要求去提高建设精细化水平的？'],
    [['六个一体化']], '严格按照市第八次党代会提出的“六个一体化”要求', 'development zone task'],
  [['这份工业方案最后那部分保障措施一共几条？', '头一条叫啥？', '那最后一条是为了确保什么到位？'],
    [['任务执行']], '严格督导确保任务执行到位', 'third safeguard: supervision'],
  [['两化融合那项任务说要推广啥来着？', '那要是企业被评上智能工厂，市里给多少奖励？'],
    null, null, 'refusal: no awards in text (奖 absent)'],
];

const pad = n => String(n).padStart(2, '0');
const qs = Q.map(([kind, q, must, passage, note], i) => must
  ? { id: `p33-${pad(i + 1)}`, doc: DOC, kind, q, must, passage, note }
  : { id: `p33-${pad(i + 1)}`, doc: DOC, kind, q, refuse: true, note });
const cs = M.map(([turns, must, passage, note], i) => must
  ? { id: `p33-m${pad(i + 1)}`, doc: DOC, kind: 'multi', turns, must, passage, note }
  : { id: `p33-m${pad(i + 1)}`, doc: DOC, kind: 'multi', turns, refuse: true, note });
fs.writeFileSync(path.join(HERE, 'questions.jsonl'), qs.map(o => JSON.stringify(o)).join('\n') + '\n');
fs.writeFileSync(path.join(HERE, 'conversations.jsonl'), cs.map(o => JSON.stringify(o)).join('\n') + '\n');
console.log(qs.length, 'questions,', cs.length, 'conversations');
