// Builds questions.jsonl and conversations.jsonl for suite plan37 from the hand-written items below.
// Questions were written by hand from the folded seed text (see src/fold.cjs); this script only
// numbers them and writes the files. Run: node src/build.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const HERE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const DOC = '盘锦市工业增长三年行动专项方案(新闻发布会解读)';

// [kind, question, must | null (refusal), passage, note]
const Q = [
  ['overview', '领导让我补一下市里讲工业三年怎么干的那场新闻会的开会日子，我只记得是三月底，具体哪天？', [['3月30日']], '3月30日,市政府新闻办召开', 'date of the press conference'],
  ['overview', '工业增长那个三年行动的解读会，是工信局自己张罗的还是市政府哪个口子组织的？', [['新闻办']], '市政府新闻办召开“贯彻党的二十大精神', 'organiser: municipal government press office'],
  ['overview', '那天讲工业方案的新闻会，在整套主题发布里是打头阵的那一场不？', [['第二场']], '主题系列第二场新闻发布会', 'it was the second session, not the first'],
  ['owner', '市工信局来介绍方案的副职领导，姓名告诉我下，我要给他寄份材料', [['王健']], '市工业和信息化局党组成员、副局长王健', 'speaker from the industry and IT bureau'],
  ['owner', '我们是科技型小公司，想知道那天代表科技局出来答问的领导是谁，以后好找对人', [['刘云']], '市科技局党组成员、副局长刘云', 'speaker from the science and technology bureau'],
  ['owner', '商务局那天派来讲话的副局长，全名我没记住，帮我查下', [['王培夙']], '市商务局党组成员、副局长王培夙', 'speaker from the commerce bureau'],
  ['owner', 'Wang Guojun: which office?', [['营商局']], '市营商局党组成员、副局长王国君', 'English; unit of 王国君'],
  ['target', '增加值增速这块，方案没写死百分比吧？那它的底线是跟谁看齐？', [['全省平均']], '规模以上工业增加值年均增速不低于全省平均水平', 'growth floor = provincial average'],
  ['target', 'Crude & gas extraction around Liaohe: tonnage level to hold steady?', [['千万吨']], '油气采掘业继续保持千万吨稳产', 'English; oil & gas output held at ten-million-tonne level'],
  ['target', '我们财务问：全市工业企业搞研发的投入强度，三年后要往上抬多少个点？', [['0.8个百分点']], '较2022年提高0.8个百分点', 'R&D ratio +0.8 points'],
  ['target', '我们是新认定的高企，想知道到二五年全市高企总数打算到多少家？', [['230家']], '高新技术企业数量达到230家以上', '230 high-tech firms'],
  ['target', '我们公司刚评上瞪羚，想知道全市这种成长型企业连同雏鹰、独角兽一共计划发展到多少户', [['130家']], '雏鹰、瞪羚、独角兽企业数量达到130家以上', '130 eaglet/gazelle/unicorn firms'],
  ['target', '解决卡脖子难题，这三年里要立多少个攻关项目，方案给了个下限没？', [['60项']], '三年累计实施核心技术攻关60项以上', '60 core-technology projects'],
  ['target', '整个盘锦规模以上工业挣的营业额，到期末在省内排名咋定的？', [['第三位']], '规模以上工业营业收入占全省的比重稳步提升,稳居全省第三位', 'industrial revenue rank 3'],
  ['target', '我在炼化厂做经营分析，石化精细化工这一行收入在省里的名次目标是多少', [['第二位']], '石化及精细化工营业收入占全省比重进一步提高,稳居全省第二位', 'petrochemical revenue rank 2'],
  ['target', '家里开米厂的，听说市里要把粮油这行做大，三年后在省里想冲到第几名？', [['第三位']], '粮油加工营业收入占全省比重明显攀升,跃居全省第三位', 'grain and oil processing rank 3'],
  ['target', '搞电子元器件、芯片这类的，盘锦那个电子产业基地三年后能建成个啥样子？', [['初具规模']], '电子信息产业基地建设初具规模', 'electronics base: taking initial shape'],
  ['target', '在东北粮食这一块，盘锦想把自己打造成干啥用的基地？', [['集散和精深加工']], '东北粮食集散和精深加工基地实力稳步增强', 'grain distribution and deep-processing base'],
  ['overview', '三年干完不算完吧，这套东西归根到底是在给多少年以后的现代化铺路？', [['2035']], '为2035年基本实现现代化打下坚实基础', 'long-term horizon 2035'],
  ['overview', '辽宁要搞几个上万亿的大产业基地来着？盘锦说要给它们添把劲', [['三个万亿级']], '为辽宁建设三个万亿级产业基地贡献更大力量', 'three trillion-level bases'],
  ['task', '市里那个工业三年计划，要干的活拢共多少条？归成几大类？', [['21项'], ['8个方面']], '细化设置了8个方面共计21项任务', '8 areas, 21 tasks'],
  ['task', '石化在咱盘锦算排第几的顶梁柱产业？', [['第一支柱']], '聚焦石化及精细化工这个第一支柱产业', 'petrochemicals = first pillar'],
  ['measure', '我们想让本地炼出来的化工料就近深加工，方案里说这事按啥来做基准？', [['物料平衡']], '以物料平衡为基准,推动石化产品本地加工', 'local processing based on material balance'],
  ['measure', '稀油、稠油两种油品，辽河那边分别往哪个方向使劲？', [['增量提效'], ['优化提质']], '全力支持辽河油田稀油增量提效、稠油优化提质', 'light oil: more output/efficiency; heavy oil: optimise quality'],
  ['measure', '油田老区跟外围的新区块，方案对这两头各是啥态度？', [['稳定油区本部'], ['外围上产']], '稳定油区本部、加快外围上产', 'stabilise core area, step up periphery'],
  ['measure', '厂里来了个包联干部，说是什么“千人”行动派来的，这行动全称叫啥？', [['千人助千企']], '高标准实施好“千人助千企”专项行动', 'cadres-help-enterprises action'],
  ['measure', '开发区以后按啥标准来建？我听说跟市党代会有关', [['六个一体化']], '严格按照市第八次党代会提出的“六个一体化”要求', 'development zones follow the six integrations'],
  ['measure', '我儿子在南方读大学，盘锦有啥留人引人的计划名头，方案里提了哪几个？', [['兴辽英才', '盘锦英才', '百万学子']], '持续开展“兴辽英才计划”“盘锦英才计划”和“百万学子留辽来辽”专项行动', 'talent programmes'],
  ['measure', '有的专家不在盘锦常住，只是隔段时间飞过来帮着干，方案把这种引人的路子叫啥？', [['候鸟式']], '创新“候鸟式”柔性引才机制', 'migratory-bird flexible talent scheme'],
  ['measure', '一整个团队连同手里的项目一块儿挪到盘锦来，这种引才工程方案里怎么称呼？', [['带土移植', '项目+团队']], '实施“项目+团队”“带土移植”工程', 'team-with-project transplanting'],
  ['measure', '科技大项目不指定谁干，放出来让有能力的团队来认领，方案里这叫什么制度？', [['揭榜挂帅']], '推行重大科技项目“揭榜挂帅”制度', 'open competition mechanism'],
  ['measure', '我开个小加工厂，跟银行借钱老是难，这方案对银行那头提了啥要求没？', [['贷款投放', '中小微企业贷款', '融资需求']], '引导银行机构加大对中小微企业贷款投放力度', 'banks to lend more to SMEs'],
  ['measure', '公司琢磨着几年后去上市，盘锦这个工业三年方案在这方面咋表态的？', [['资本市场', '做强做优', '提质增效']], '加快推进企业上市工作,帮助企业利用资本市场做强做优', 'listing via capital market'],
  ['policy', '三年方案怎么保证各部门真抓？保障部分有几招？', [['组织保障'], ['开放合作'], ['督查督办']], '确定了强化组织保障、加强开放合作、做好督查督办3项措施', 'three safeguard measures'],
  ['measure', '碳达峰这件事，方案是让每个行业同一年达到还是前后错开？', [['梯次达峰']], '推进各行业落实碳达峰目标任务、实行梯次达峰', 'staggered peaking'],
  ['measure', '做生产的往后头售后服务延伸、做服务的反过来干制造，这方案里把这事叫啥？', [['两业', '先进制造业与现代服务业', '服务化']], '全面推动制造业向后端延伸的服务化,和服务业反向延伸的制造化,推动两业深度融合', 'two-industry integration'],
  ['measure', '厂子想把牌子做响，方案说要靠哪几样东西来带动行业？', [['标准'], ['认证']], '充分发挥质量、标准、认证、品牌培育等对工业各行业发展的促进作用', 'quality, standards, certification, brand'],
  ['task', '科技创新那一大块底下，都挂了哪几件活？', [['核心技术攻关'], ['创新平台建设']], '设置了抓好科技型企业引育、抓好核心技术攻关、抓好创新平台建设3项任务', 'three innovation tasks'],
  ['task', '和辽河油田稳产放在同一大类里的另外两项任务是啥？', [['头部企业引育'], ['大中小企业融通']], '设置了抓好辽河油田的稳定生产、抓好头部企业引育、抓好大中小企业融通3项任务', 'sibling tasks in area two'],
  ['policy', '我们是给中石油干配套的地方厂，方案讲协同时提到了哪几种跟央企、油田的合作？', [['油地融合'], ['央地合作']], '积极推动油地融合、央地合作、大中小企业协同', 'oil-local and central-local cooperation'],
  ['owner', '那个工业三年方案出来以后，往下细化分解目标、拿政策的活由哪家部门接着干？', [['工业和信息化局']], '市工业和信息化局将认真落实市委、市政府部署', 'follow-up by the industry and IT bureau'],
  ['owner', '杨光那天是替哪个部门来讲的？我们想找他们对接融资', [['金融发展局']], '市金融发展局党组成员、副局长杨光', '杨光 unit'],
];

// refusals: [question, note]; absence proofs live in check.mjs (ABSENT)
const R = [
  ['我们刚拿到高企证书，听说市里有兑现的奖金，标准是几万块？', 'no reward amount for high-tech firms'],
  ['想找“千人助千企”的包联干部反映问题，有没有能直接拨的号码？', 'no phone number'],
  ['化工厂是耗电大户，市里给不给电费补贴，每千瓦时能补几分钱？', 'no electricity subsidy'],
  ['揭榜挂帅的项目单子在哪能看到？今年啥时候开始接受揭榜？', 'no website or schedule for the open-competition list'],
  ['像“候鸟式”来盘锦帮忙的专家，市里给不给安家费或者提供住房？', 'no housing/settling-in allowance'],
  ['在开发区新办化工企业，环评审批一般要多少个工作日？', 'no approval time limit'],
];
// positions of refusals among the 48 ids
const REF_POS = [8, 16, 24, 32, 40, 47];

const C = [
  ['multi', ['工业增长那个三年方案，对高企家数定了啥目标？', '那雏鹰往上那几档加一块呢？'], [['130家']], 'follow-up on eaglet/gazelle/unicorn count'],
  ['multi', ['那天工业方案的新闻会，一共来了几个局的副局长？', '其中管招商外贸那个局的是谁？'], [['王培夙']], 'follow-up on commerce bureau speaker'],
  ['multi', ['石化这行营收在全省的名次，方案定的目标是多少？', '粮油加工那块呢，要排到第几？'], [['第三位']], 'follow-up on grain/oil rank'],
  ['multi', ['工业三年方案的重点活儿，按板块划分是几块？', '第六块是讲啥的？', '这块里排第二那项落到行业头上是啥要求？'], [['梯次达峰']], 'area six, second task = carbon peaking'],
  ['multi', ['方案里引进人才那部分，都提了哪些计划？', '那个不用人常驻的柔性引才机制叫啥名字？'], [['候鸟式']], 'flexible talent scheme'],
  ['multi', ['听说市里跟辽河油田要合建几个大型储库，都储些啥？', '装二氧化碳的那个，选在哪儿建、要投多少钱？'], null, 'refusal: no site or investment amount'],
];

const out = [];
let qi = 0, ri = 0;
for (let n = 1; n <= 48; n++) {
  const id = `p37-${String(n).padStart(3, '0')}`;
  if (REF_POS.includes(n)) { const [q, note] = R[ri++]; out.push({ id, doc: DOC, kind: 'oos', q, refuse: true, note }); continue; }
  const [kind, q, must, passage, note] = Q[qi++];
  out.push({ id, doc: DOC, kind, q, must, passage, note });
}
if (qi !== Q.length || ri !== R.length) throw new Error(`used ${qi}/${Q.length} answerable, ${ri}/${R.length} refusals`);
fs.writeFileSync(path.join(HERE, 'questions.jsonl'), out.map(o => JSON.stringify(o)).join('\n') + '\n');
const conv = C.map(([kind, turns, must, note], i) => {
  const o = { id: `p37c${String(i + 1).padStart(2, '0')}`, doc: DOC, kind, turns };
  if (must) o.must = must; else o.refuse = true;
  o.note = note; return o;
});
fs.writeFileSync(path.join(HERE, 'conversations.jsonl'), conv.map(o => JSON.stringify(o)).join('\n') + '\n');
console.log(`wrote ${out.length} questions, ${conv.length} conversations`);
