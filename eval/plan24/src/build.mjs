// Writes questions.jsonl and conversations.jsonl from the case lists below.
// Passages are checked here against src/doc_folded.txt (built by src/fold.cjs).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(HERE, '..');
const DOC = '盘锦市工业增长三年行动专项方案(新闻发布会解读)';
const lines = fs.readFileSync(path.join(HERE, 'doc_folded.txt'), 'utf8').split('\n').map(l => l.replace(/\s+/g, ''));

const Q = [
  // overview
  ['overview', '这份工业增长专项方案覆盖哪几个年头？标题里括号那个起止写法我想照抄', [['2023-2025']], '工业增长三年行动专项方案(2023-2025年)', 'span in the title parenthesis'],
  ['overview', '我要画张思维导图，方案的任务体系上面是几个大板块、下面一共挂了多少条？', [['8个方面', '8个'], ['21项']], '细化设置了8个方面共计21项任务', 'structure of the key tasks'],
  ['overview', '方案定任务的时候讲究的是啥原则？是求全面铺开还是抓重点？', [['高度聚焦'], ['重点突出']], '本著高度聚焦、重点突出的原则', 'text keeps 本著 (opencc hk->cn does not map 著 here)'],
  ['overview', '任务都配了指标安排，说是为了让工作能被怎么样？领导让我把那三个词抄下来', [['可评估'], ['可量化'], ['可考核']], '确保各项工作做到可评估、可量化、可考核', 'three 可 words'],
  ['overview', '方案讲完后，工信局说下一步除了把目标拆细，还要干啥？用的什么方式抓落实？', [['政策措施'], ['清单化', '项目化', '工程化']], '谋划政策措施,清单化、项目化、工程化抓好落实', 'next steps of the industry bureau'],
  ['overview', '这场会是哪家主办的？它挂在一个系列底下，系列的题目里要贯彻啥精神、实施啥行动？', [['市政府新闻办'], ['党的二十大'], ['全面振兴新突破']], '市政府新闻办召开“贯彻党的二十大精神——实施全面振兴新突破三年行动”', 'convener and series theme'],
  ['overview', "Checking a date: 13 March for Panjin's plan briefing - typo?", [['30']], '3月30日,市政府新闻办召开', 'English; answer 30 March (3月30日)'],
  // targets
  ['target', '做招商手册要写一个保底数：到二五年末全市高新技术企业至少几家？', [['230']], '高新技术企业数量达到230家以上', 'floor, 以上'],
  ['target', "A deck quotes 103 for Panjin's eaglet-to-unicorn pipeline in 2025. Typo?", [['130']], '雏鹰、瞪羚、独角兽企业数量达到130家以上', 'English; 130, not 103'],
  ['target', "If 18 core-tech projects get done yearly, is Panjin's 3-year goal met?", [['60']], '三年累计实施核心技术攻关60项以上', 'English; 54 < 60 cumulative, so no'],
  ['target', '规上工业企业研发内部经费那个比重，是拿哪一年当基数往上加的？加多少？', [['2022'], ['0.8']], '较2022年提高0.8个百分点', 'base year and increment'],
  ['target', '粮油加工营收那条名次目标，用的是“稳居”还是别的动词？定的第几？', [['跃居'], ['第三位']], '粮油加工营业收入占全省比重明显攀升,跃居全省第三位', 'only ranking that is a climb'],
  ['target', '全省位次目标里有没有哪一项是冲第二名的？是哪个行业？', [['石化及精细化工', '石化'], ['第二位']], '石化及精细化工营业收入占全省比重进一步提高,稳居全省第二位', 'only second-place target'],
  ['target', '我们油田职工议论方案是不是要求油气年年增产，实际上写的是啥？', [['千万吨'], ['稳产']], '油气采掘业继续保持千万吨稳产', 'keep output, not growth'],
  ['target', '电子信息那摊产业，方案对它三年后的期望比石化低调多了吧？原文怎么说的', [['初具规模']], '电子信息产业基地建设初具规模', 'wording of the electronics target'],
  ['target', '增加值增速的考核线是怎么定的？是拿全国还是全省做比较，有没有写几个百分点', [['全省平均水平'], ['不低于']], '规模以上工业增加值年均增速不低于全省平均水平', 'no percentage given'],
  ['target', '研发投入占GDP这项，除了涨幅，还要在省内排到哪一位？', [['第三位']], '规模以上工业企业R&D内部经费支出占GDP比重居全省第三位', 'rank of the R&D ratio'],
  ['target', '总体目标的落脚点在哪？要推动哪个五年规划落地、还要给哪一年打基础？', [['十四五'], ['2035']], '为2035年基本实现现代化打下坚实基础', 'long-range years'],
  ['target', '盘锦自己的石化基地是啥定位？它对全省那个更高档次的基地要起到啥效果？', [['全国重要'], ['世界级']], '支撑辽宁建设世界级石化及精细化工产业基地的作用凸显', 'national base supports world-class base'],
  // tasks
  ['task', '把任务从一往下编号，第五条叫什么？', [['大中小企业融通']], '抓好头部企业引育、抓好大中小企业融通3项任务', 'task 5'],
  ['task', '从清单末尾往回数九个，落在哪项上？', [['新兴产业发展']], '抓好质量品牌建设、抓好新兴产业发展', '21-9+1 = task 13'],
  ['task', '11号和12号任务各叫啥？它俩是不是一个方面的？', [['创新平台建设'], ['质量品牌建设']], '抓好科技型企业引育、抓好核心技术攻关、抓好创新平台建设3项任务', 'task 11 (aspect 4) and task 12 (aspect 5): different aspects'],
  ['task', '排在第二十位的那条任务，名称里有个带引号的四字词，是啥？', [['高精尖缺']], '抓好“高精尖缺”人才培引', 'task 20'],
  ['task', '第六块底下三件事按顺序列一下', [['重点工程建设'], ['碳达峰工作落实'], ['试点示范创建']], '设置了抓好重点工程建设、抓好碳达峰工作落实、抓好试点示范创建3项任务', 'aspect 6 = tasks 15-17'],
  ['task', '“实体为本”那个方面，三项任务里居中的是哪项？', [['产业集群建设']], '抓好项目建设、抓好产业集群建设、抓好工业化和信息化融合', 'task 7'],
  ['task', '任务清单的十九号是啥？跟它同组的另一项呢', [['产业开发区高质量发展'], ['高标准科学服务']], '抓好高标准科学服务、抓好产业开发区高质量发展2项任务', 'task 19 and task 18'],
  ['task', '“抓好头部企业引育”挂在八个方面的哪一个下面？', [['龙头带动', '企业集聚']], '二是推动龙头带动的企业集聚', 'aspect 2'],
  ['task', '最先列出的那个方面下面有两项任务，名字分别是？', [['产业有序发展'], ['产业配套']], '抓好石化及精细化工产业有序发展、抓好石化及精细化工产业配套2项任务', 'tasks 1-2'],
  // policy
  ['policy', '有位院士说他只能每年春秋各来盘锦住一阵，方案对这类不全职的专家有啥引才说法？', [['候鸟式'], ['柔性引才']], '创新“候鸟式”柔性引才机制', 'flexible talent mechanism'],
  ['policy', '市里让机关干部去帮企业解难题的那个专项行动，方案要求提升干部啥能力？', [['千人助千企'], ['服务和引领']], '高标准实施好“千人助千企”专项行动', 'task 18 content'],
  ['policy', '开发区那条任务里有个“X个一体化”的要求，X是几？谁提出来的？', [['六个'], ['第八次党代会']], '严格按照市第八次党代会提出的“六个一体化”要求', 'task 19 content'],
  ['policy', '绿色转型那块，市里打算跟辽河油田联手建哪几种库？', [['储气'], ['储碳'], ['储能']], '与辽河油田共同推进好储气、储碳、储能“三大储库”建设', 'three reservoirs'],
  ['policy', '我们做聚丙烯改性的，方案推石化产品就地加工的时候，拿什么当依据？', [['物料平衡']], '以物料平衡为基准,推动石化产品本地加工', 'task 1 content'],
  ['policy', '想照着别人家的经验建智能工厂，方案让我们参考哪些人编的指南？', [['先进地区'], ['知名企业']], '推广应用先进地区、知名企业智能工厂建设指南', 'task 8 content'],
  ['policy', '做小微企业的，贷不到款。方案准备让哪方面的机构多放贷？', [['银行机构', '银行']], '引导银行机构加大对中小微企业贷款投放力度', 'task 21 content'],
  ['policy', '我在辽河油田上班，方案对我们这种老油田稀油、稠油两类油藏各有啥说法？', [['增量提效'], ['优化提质']], '全力支持辽河油田稀油增量提效、稠油优化提质', 'task 3 content'],
  ['policy', '我们民营企业想跟油田、中央企业一起搞资源综合利用，方案里有几种合作融合的提法？', [['油地融合'], ['央地合作']], '积极推动油地融合、央地合作、大中小企业协同', 'task 5 content'],
  // speakers
  ['speaker', '按名单顺序，第三位和第五位发布人各是谁？', [['王培夙'], ['王国君']], '市商务局党组成员、副局长王培夙', 'positions 3 and 5'],
  ['speaker', '发布人中名字只有两个字的有谁？各来自哪个局？', [['王健'], ['刘云'], ['杨光']], '市科技局党组成员、副局长刘云', 'three two-character names'],
  ['speaker', '台上那几位领导，名牌上“副局长”前头都还挂着个啥头衔？', [['党组成员']], '市金融发展局党组成员、副局长杨光', 'common title'],
  // measures
  ['measure', '方案兜底的那几条措施，我只记得一个“督查督办”，另外几条叫啥？', [['强化组织保障'], ['加强开放合作']], '确定了强化组织保障、加强开放合作、做好督查督办3项措施', 'the other two measures'],
  ['measure', '保障措施里讲到党的领导，要贯穿到哪儿？最后图的是形成啥？', [['全过程'], ['工作合力']], '全力把党的领导贯穿于促进工业增长各方面全过程', 'party leadership sentence'],
  // refusals
  ['oos', '方案对盘锦外贸进出口额三年后要达到多少有没有具体目标？', null, null, 'no trade figure (外贸/进出口/出口 absent)'],
  ['oos', '三年内全市计划新增几家境内外上市公司？有没有给出数字？', null, null, 'listing promoted, no count given'],
  ['oos', '工业用水这块方案有没有节水指标，比如单位增加值用水量下降多少？', null, null, 'no water indicator (用水 absent)'],
  ['oos', '要建多少个5G基站、工业互联网标识解析二级节点，方案有数吗？', null, null, '5G/标识解析 absent'],
  ['oos', '这个主题系列新闻发布会总共要开几场？最后一场讲啥？', null, null, 'only says this is the second session'],
  ['oos', '方案点名要引进的头部企业都有谁？有没有列出世界500强名单？', null, null, 'no company named as an import target'],
];

const M = [
  [['科技局这次上台的是谁？', '金融发展局那边呢？'], [['杨光']], '市金融发展局党组成员、副局长杨光', 'speaker by bureau; ellipsis'],
  [['第四个方面的标题是啥？', '这一块的第二项任务？', '围绕这项，方案说要推行什么制度？'], [['揭榜挂帅']], '推行重大科技项目“揭榜挂帅”制度', 'aspect 4 -> task 10 -> 揭榜挂帅'],
  [['先问个数：高企期末奔多少家去？', '那三类成长型的呢，就是雏鹰打头的那几种？'], [['130']], '雏鹰、瞪羚、独角兽企业数量达到130家以上', 'target follow-up'],
  [['保障措施总共有几条？', '排最后那条是冲着确保什么到位的？'], [['任务执行到位']], '严格督导确保任务执行到位', 'third measure ↔ 严格督导'],
  [['绿色那一块下面有几件任务？', '第二项叫啥？', '它对各行业的达峰节奏怎么要求？'], [['梯次达峰']], '推进各行业落实碳达峰目标任务、实行梯次达峰', 'aspect 6 -> task 16'],
  [['人才那项任务里提到了哪些人才计划？', '盘锦本市那个计划今年啥时候截止报名？'], null, null, 'refusal: no deadline in text'],
];

const must = (id, p) => { if (p && !lines.some(l => l.includes(p.replace(/\s+/g, '')))) throw new Error(`${id}: passage not on one line: ${p}`); };
const qs = Q.map(([kind, q, m, passage, note], i) => {
  const id = `p24-${String(i + 1).padStart(2, '0')}`;
  must(id, passage);
  return m ? { id, doc: DOC, kind, q, must: m, passage, note } : { id, doc: DOC, kind, q, refuse: true, note };
});
const cs = M.map(([turns, m, passage, note], i) => {
  const id = `p24-m${String(i + 1).padStart(2, '0')}`;
  must(id, passage);
  return m ? { id, doc: DOC, kind: 'multi', turns, must: m, passage, note } : { id, doc: DOC, kind: 'multi', turns, refuse: true, note };
});
fs.writeFileSync(path.join(OUT, 'questions.jsonl'), qs.map(o => JSON.stringify(o)).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'conversations.jsonl'), cs.map(o => JSON.stringify(o)).join('\n') + '\n');
console.log(`wrote ${qs.length} questions, ${cs.length} conversations`);
