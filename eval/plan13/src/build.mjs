// Writes questions.jsonl and conversations.jsonl for suite plan13.
import fs from 'fs';
import path from 'path';
const here = path.dirname(new URL(import.meta.url).pathname);
const out = path.join(here, '..');
const Q = [
  // ---- overview / dates ----
  ['overview', '工业三年方案那个解读会，是三月底开的还是四月初？具体哪天', [['3月30日']], '3月30日,市政府新闻办召开', 'date, either-or with a wrong option; lead paragraph'],
  ['overview', '新闻办那一串讲“振兴新突破”的发布会，说工业增长方案的是排第几场？', [['第二场']], '主题系列第二场新闻发布会', 'ordinal of the session; lead paragraph'],
  ['overview', '这方案往后几年在全市搞工业里算个啥分量？会上咋定性的', [['重要遵循']], '是今后三年全市工业振兴发展的重要遵循', 'how the plan is characterised; closing paragraph'],
  ['overview', '工信局表态要打好工业的一场啥仗？前头还说要推动工业振兴咋样', [['翻身仗'], ['率先突破']], '全力推动工业振兴率先突破', 'two asks, closing slogans; closing paragraph'],
  // ---- targets ----
  ['target', '跟客户介绍盘锦科技实力用：到二五年底高新技术企叶要达到几家？', [['230']], '高新技术企业数量达到230家以上', 'typo 企叶; quality targets'],
  ['target', '雏鹰瞪羚独角兽仨档捆一块，期末盘子定的多少家', [['130']], '独角兽企业数量达到130家以上', 'terse; quality targets'],
  ['target', '攻关核心技术那个数，我理解是每年都要干60项，对吧？', [['累计']], '三年累计实施核心技术攻关60项以上', 'wrong premise per year vs cumulative; quality targets'],
  ['target', '规上企业搞研发花的钱占GDP那个比例，要比哪年高出多少？', [['2022'], ['0.8']], '较2022年提高0.8个百分点', 'base year and increase; quality targets'],
  ['target', '油气这行方案给的年产量底线是多少？是冲高还是稳住', [['千万吨'], ['稳产']], '油气采掘业继续保持千万吨稳产', 'oil and gas floor; quantity targets'],
  ['target', '我们做大米深加工的，粮油加工营收名次方案想让它到第几？', [['第三']], '粮油加工营业收入占全省比重明显攀升,跃居全省第三位', 'grain and oil ranking, business owner; contribution targets'],
  ['target', '咱石化营收在辽宁十四个市里头，想保住第几名？', [['第二']], '石化及精细化工营业收入占全省比重进一步提高,稳居全省第二位', 'colloquial ranking; contribution targets'],
  ['target', '方案的具体目标是按几块来分的？每块叫啥', [['量的合理增长'], ['质的有效提升'], ['突出贡献']], '设置了3个方面的具体目标', 'count and names of target groups'],
  ['target', '规上工业营收份额跟研发投入占比，这俩到期末在全省都排第几？', [['第三']], '经费支出占GDP比重居全省第三位', 'two rankings in one; contribution targets'],
  // ---- tasks ----
  ['task', '21项里排第8的那条任务是干啥的', [['工业化和信息化融合', '两化融合']], '抓好工业化和信息化融合3项任务', 'ordinal 8 among tasks'],
  ['task', '任务单子从后往前数第4个叫啥', [['高标准科学服务']], '设置了抓好高标准科学服务', 'counting from the end (18th)'],
  ['task', '第12条任务是啥？归八块里哪一块', [['质量品牌'], ['提档为先']], '设置了抓好质量品牌建设', 'ordinal 12 and its aspect'],
  ['task', '八大块里第四块叫啥名，底下挂了几个任务？', [['创新为要'], ['3项', '科技型企业引育', '创新平台建设']], '四是推动创新为要的优化升级', 'aspect 4 name and count'],
  ['task', '创新平台那项任务是八个方面里的第几个方面下的？', [['创新为要']], '抓好创新平台建设3项任务', 'which aspect for a task'],
  ['task', '新兴产业培育招引那项，同一块里挨着它前后的是啥任务', [['质量品牌'], ['现代服务业']], '抓好质量品牌建设、抓好新兴产业发展', 'neighbours inside aspect 5'],
  ['task', '开发区那项任务全名叫啥？跟它搭伙放一块的另一项是啥', [['产业开发区高质量发展'], ['高标准科学服务']], '抓好产业开发区高质量发展2项任务', 'task name plus sibling, aspect 7'],
  ['task', '往地下存气存碳那个事儿，落在21项里哪一项？', [['重点工程建设']], '设置了抓好重点工程建设', 'described programme to task (three storage reservoirs)'],
  ['task', '方案说对科技型企业又孵化又引进，这些都是哪条任务里的活？想打造出个啥', [['科技型企业引育'], ['科技型企业群']], '孵化、培育、引进、扶植力度', 'task and goal, aspect 4'],
  ['task', '石化有序发展那条，下游项目上马依据的啥基准？', [['物料平衡']], '以物料平衡为基准,推动石化产品本地加工', 'basis for downstream projects, aspect 1'],
  ['task', '我们是小配件厂，想傍上大企业，方案里“融通”那条围着啥推？', [['资源综合利用', '头部企业配套']], '围绕资源综合利用、头部企业配套等方面', 'SME supplier, aspect 2 task 3'],
  ['task', '搞产业集群那项任务里，安排了个啥专项行动？冲着提升啥去的', [['产业链培育提升'], ['韧性']], '深入开展产业链培育提升专项行动', 'campaign under cluster task'],
  ['task', 'Carbon peaking plus green pilot demos: which of the 8 headings covers them? Title in Chinese.', [['绿色发展']], '六是推动科学有效的绿色发展', 'English, aspect of carbon tasks'],
  // ---- policy / named programmes ----
  ['policy', '想把深圳那边整个研发团队连项目一块迁回盘锦，有啥工程能套上', [['带土移植', '项目+团队']], '实施“项目+团队”“带土移植”工程', 'described programme (team transplant)'],
  ['policy', '有个北京教授只能双休日飞过来指导，不落户，这种引人方式方案认不认？叫啥', [['候鸟式', '柔性引才']], '创新“候鸟式”柔性引才机制', 'described flexible talent mechanism'],
  ['policy', '我家孩子在外省上大学，辽宁有没有动员毕业生回来的行动？', [['百万学子']], '“百万学子留辽来辽”专项行动', 'parent, graduates return campaign'],
  ['policy', '机关干部分头包企业、上门帮忙那个活动，方案里叫啥？是要提高啥能力', [['千人助千企'], ['引领经济发展']], '全面提高服务和引领经济发展的能力', 'described campaign plus goal'],
  ['policy', '张榜招贤谁行谁上那个科研制度，方案用它冲着解决啥问题', [['卡脖子']], '组织开展联合技术攻关,解决“卡脖子”难题', 'described 揭榜挂帅, purpose'],
  ['policy', '碳达风这事，各行业是同一年一起达吗', [['梯次达峰']], '推进各行业落实碳达峰目标任务、实行梯次达峰', 'typo 碳达风, staggered peaking'],
  ['policy', '我们厂想搞个绿色工厂示范，市里引导的是哪一级的示范？县级的算不算', [['省级以上']], '引导企业开展省级以上绿色发展', 'level of green pilots'],
  ['policy', '小微企业找银行借钱难，方案有啥招？', [['贷款投放'], ['融资需求']], '引导银行机构加大对中小微企业贷款投放力度', 'SME credit'],
  ['policy', '辽河油田那块，稀的稠的油分别咋弄', [['增量提效'], ['优化提质']], '全力支持辽河油田稀油增量提效', 'oil field production, aspect 2'],
  // ---- owners / speakers ----
  ['owner', '那天发布会商务局来的副局长叫啥名来着，姓王吧', [['王培夙']], '市商务局党组成员、副局长王培夙', 'name of commerce speaker'],
  ['owner', '杨光副局长是金融口的还是营商口的？', [['金融发展局']], '市金融发展局党组成员、副局长杨光', 'either-or bureau'],
  ['owner', 'Who represented the city\'s science & tech bureau on stage, and in what capacity? Use Chinese.', [['刘云'], ['副局长']], '市科技局党组成员、副局长刘云', 'English, speaker name and post'],
  ['owner', '管营商环境那个局派上台的是谁？', [['王国君']], '市营商局党组成员、副局长王国君', 'described bureau'],
  // ---- measures ----
  ['measure', '保障那块一共几条措施？都叫啥', [['组织保障'], ['开放合作'], ['督查督办']], '确定了强化组织保障、加强开放合作、做好督查督办3项措施', 'names of three measures'],
  ['measure', '“严格督导”这一头，是要保证啥落实到位', [['任务执行']], '严格督导确保任务执行到位', 'what strict supervision ensures'],
  ['measure', 'Among the safeguards, one is about opening up so outside investment projects actually land. What is it called in Chinese?', [['开放合作']], '扩大开放确保项目引进到位', 'English, measure for attracting projects'],
  // ---- refusals ----
  ['oos', '方案里规上工业增加值到2025年总量要干到多少亿？', null, null, 'absolute value-added target not given'],
  ['oos', '研发费用加计扣除比例，这个工业方案里给提到多少了？', null, null, 'tax deduction ratio not in text'],
  ['oos', '那场发布会有没有网上直播？回放上哪看', null, null, 'broadcast and replay not mentioned'],
  ['oos', '揭榜挂帅的项目，单个最多给多少资助？', null, null, 'funding cap not given'],
  ['oos', '引进头部企业，投资额多大才够得上？方案有没有门槛', null, null, 'investment threshold not given'],
  ['oos', '产业开发区高质量发展那项，方案点名了哪几个开发区？', null, null, 'names of development zones not given'],
];
const C = [
  ['multi', ['方案里绿色低碳的内容放在哪一块？', '碳达峰那项，目标是照着谁定的来推？'], [['国家及省']], '紧紧围绕国家及省确定的工业领域碳达峰工作目标', 'follow-up target basis; aspect 6'],
  ['multi', ['会上管金融的那个局来人讲了没', '名单上排他后面那位是谁，哪个局的'], [['王国君'], ['营商局']], '市营商局党组成员、副局长王国君', 'follow-up next speaker'],
  ['multi', ['抓龙头那块设了哪几项任务', '油田那项任务，老油区和外围区块各咋说'], [['油区本部'], ['外围上产']], '稳定油区本部、加快外围上产', 'follow-up oil field areas; aspect 2'],
  ['multi', ['“高精尖缺”人才那项任务在哪个方面？', '同一块另一项任务都讲了些啥？'], [['贷款投放', '融资需求', '上市', '资本市场', '金融服务体系']], '加快推进企业上市工作', 'follow-up sibling task (finance); aspect 8'],
  ['multi', ['给全省作贡献那组目标都有啥', '里面石化那条名次是多少'], [['第二']], '石化及精细化工营业收入占全省比重进一步提高,稳居全省第二位', 'follow-up ranking; contribution targets'],
  ['multi', ['方案提的千人帮千企，归哪块管？', '那干部下企业一回得蹲几天？企业能点名要人不'], null, null, 'refusal: duration and choosing cadres not in text'],
];
const lines = Q.map(([kind, q, must, passage, note], i) => {
  const o = { id: `p13-${String(i + 1).padStart(2, '0')}`, kind, q };
  if (must) { o.must = must; o.passage = passage; } else o.refuse = true;
  o.note = note;
  return JSON.stringify(o);
});
fs.writeFileSync(path.join(out, 'questions.jsonl'), lines.join('\n') + '\n');
const clines = C.map(([kind, turns, must, passage, note], i) => {
  const o = { id: `p13-m${String(i + 1).padStart(2, '0')}`, kind, turns };
  if (must) { o.must = must; o.passage = passage; } else o.refuse = true;
  o.note = note;
  return JSON.stringify(o);
});
fs.writeFileSync(path.join(out, 'conversations.jsonl'), clines.join('\n') + '\n');
console.log(Q.length, C.length);
