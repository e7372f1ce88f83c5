// Builds questions.jsonl and conversations.jsonl for suite plan38 from the data below, verifies every
// must-alternative and passage against the folded seed text, and computes character-bigram Dice against
// /tmp/earlier_plan_questions.txt (same normalisation as check.mjs). Run: node src/build.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const SEED = '/work/shared/seed/000_87c328761f19b533.txt';
const DOC = '盘锦市工业增长三年行动专项方案(新闻发布会解读)';
const GLOSS = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;
const map = JSON.parse(fs.readFileSync(path.join(HERE, 'src/fold_map.json'), 'utf8'));
const fold = s => [...s].map(c => map[c] ?? c).join('');
const strip = s => s.replace(/\s+/g, '');
const doc = strip(fold(fs.readFileSync(SEED, 'utf8').replace(GLOSS, '')));

// [kind, question, must groups ('|' separates alternatives, ';' separates groups) or null for refusal, passage, note]
const Q = [
  ['overview', '我爸让我查查，电视里播过的盘锦工业专场发布，是哪天开的？他一直说记不清是三月底还是四月初', '3月30日', '3月30日,市政府新闻办召开', 'date of the press conference'],
  ['overview', '我做档案归档，编号要照系列先后来——讲工业增长的那回发布，在整个系列里是第几回？', '第二场', '主题系列第二场新闻发布会,深入解读', 'place in the series'],
  ['owner', '我是跑会的小记者，想弄明白那天是谁发的通知、由哪家主办的', '新闻办', '3月30日,市政府新闻办召开', 'organiser'],
  ['owner', '管银行、企业融资那摊事的局，那天派到台上讲话的副局长叫什么名字？', '杨光', '市金融发展局党组成员、副局长杨光', 'speaker for the finance bureau'],
  ['target', 'Quick: the R&D-to-GDP bump Panjin promises versus 2022?', '0.8', '较2022年提高0.8个百分点', 'English; R&D ratio increase'],
  ['owner', '做会议简报要写全名：商务口子上来发言的那位领导叫啥？', '王培夙', '市商务局党组成员、副局长王培夙', 'speaker for the commerce bureau'],
  ['overview', '给客户写材料要注明时效，那个工业行动方案标的起止年份是啥？', '2023;2025', '盘锦市工业增长三年行动专项方案(2023-2025年)', 'vague name; plan period'],
  ['oos', '我们公司琢磨去揭那种科技难题的“榜”，真揭成了，市里每个项目能拨多少钱扶持？', null, null, 'funding per 揭榜挂帅 project not stated'],
  ['target', '熬过这三年，盘锦工厂在哪些地方要见到新气象？除了产业怎么摆布，还有哪几样？', '结构调整;数字化升级', '盘锦工业在产业布局、结构调整、数字化升级等方面均取得新进展', 'three fields of progress'],
  ['target', '在辽宁振兴那个“先行区”里头，盘锦给自己定的角色是啥，有个啥叫法？', '主力军', '先行区“主力军”地位日益稳固', 'role in the pilot zone'],
  ['target', '这份东西说要给哪一年基本把现代化搞成打地基？', '2035', '为2035年基本实现现代化打下坚实基础', 'long-range year'],
  ['target', '听说辽宁省要打造好些规模过万亿的大基地，到底是几个？盘锦工业方案里提没提这个数', '三个|3个', '为辽宁建设三个万亿级产业基地贡献更大力量', 'number of trillion-level bases'],
  ['target', '规上厂子的增加值一年平均涨多快算合格？拿全省当参照是个什么讲究', '不低于', '规模以上工业增加值年均增速不低于全省平均水平', 'growth of value added vs province'],
  ['target', '我在油井上干活，往后三年抽油抽气这行的年产要守住一个啥水平？', '千万吨', '油气采掘业继续保持千万吨稳产', 'oil and gas output floor'],
  ['target', '我家在大洼开米厂，方案对本地稻米粮食这块的定位是东北的啥基地？', '集散', '东北粮食集散和精深加工基地实力稳步增强', 'grain base'],
  ['oos', '到了2025年，全市规上工厂的营收总额具体要冲到多少个亿？有没有个数', null, null, 'amount of industrial revenue not stated'],
  ['target', '搞电子元器件、芯片板卡这一摊，到2025年预期做成啥样子？', '初具规模', '电子信息产业基地建设初具规模', 'electronics base'],
  ['task', '二十大报告里有两句话被方案拿来当设任务的依据，除了链条韧性那句，另一句是啥？', '新型工业化', '提升产业链供应链韧性和安全水平”“推进新型工业化”的具体要求', 'party-congress basis of the tasks'],
  ['target', '我们是家长得挺快的初创公司，想往“独角兽”那条线上评，这几类快长型企业市里打算凑够多少家？', '130家', '雏鹰、瞪羚、独角兽企业数量达到130家以上', 'gazelle/unicorn count'],
  ['target', '三年里头，卡在关键环节的那些技术硬骨头，累计要攻下来几个？', '60项', '三年累计实施核心技术攻关60项以上', 'core technology projects'],
  ['target', '把全市规上工厂的营业收入放进全省排排队，打算站到第几名？', '第三位', '规模以上工业营业收入占全省的比重稳步提升,稳居全省第三位', 'rank of industrial revenue'],
  ['target', '炼油化工这块的进账在辽宁各市里能排老几？', '第二位', '石化及精细化工营业收入占全省比重进一步提高,稳居全省第二位', 'rank of petrochemicals'],
  ['target', '榨油、加工大米这些粮油厂子的营收名次，要往前蹿到全省哪一位？', '第三位', '粮油加工营业收入占全省比重明显攀升,跃居全省第三位', 'rank of grain and oil processing'],
  ['oos', '230家高企那个目标我看到了，可眼下盘锦手上实际有多少家？还差几家能达标？', null, null, 'baseline count of high-tech firms not stated'],
  ['task', '领导叫我给各科室分活，这份工业专项方案的活儿归拢成了几个板块、合计多少条？', '8个方面|8个;21项', '细化设置了8个方面共计21项任务', 'task structure'],
  ['task', '我们做下游精细化工，想吃本地产的石化原料，方案讲推动就地加工时是拿什么当准绳？', '物料平衡', '以物料平衡为基准,推动石化产品本地加工', 'basis for local processing'],
  ['task', '我们公司专门给化工厂供催化剂、阀门，方案说配套能力要跟着哪个区域的石化需求走？', '环渤海', '立足环渤海石化产业的市场需求', 'market region for supporting industries'],
  ['task', '油田本部那片要稳住，那外头零散的区块呢，方案让干啥？', '外围上产', '稳定油区本部、加快外围上产', 'outlying oil blocks'],
  ['task', 'Heavy crude upgrading in Panjin: which oilfield?', '辽河油田', '全力支持辽河油田稀油增量提效、稠油优化提质', 'English; oilfield named for heavy/light oil'],
  ['task', '想让上下游链条更经折腾、不容易断，方案要搞一个啥名目的专项行动？', '产业链培育提升', '深入开展产业链培育提升专项行动', 'chain cultivation action'],
  ['task', '车间想往智能化改，方案说要推广先进地区和名企的哪类现成指南？', '智能工厂建设指南', '推广应用先进地区、知名企业智能工厂建设指南', 'smart factory guide'],
  ['oos', '到2025年末，市里想让多少家本地公司新挂牌上市？有具体家数吗', null, null, 'number of listings not stated'],
  ['task', '市里准备把大科研课题张出来让有能耐的单位来接，这种做法方案里起名叫啥制度？', '揭榜挂帅', '推行重大科技项目“揭榜挂帅”制度', 'open-competition mechanism'],
  ['task', '给创新型公司分档的那套评价办法，从小到大依次是哪几档？', '雏鹰;瞪羚;独角兽', '按照“雏鹰-瞪羚-独角兽”企业评价标准', 'grading tiers'],
  ['task', '辽河那边要弄三座大储库，我只记得有一个是存天然气的，剩下两个存啥？', '储碳;储能', '与辽河油田共同推进好储气、储碳、储能“三大储库”建设', 'three storage projects'],
  ['task', '我们厂做塑料粒子的，听说碳达峰不搞一刀切，方案怎么形容各行业的达峰节奏？', '梯次达峰', '推进各行业落实碳达峰目标任务、实行梯次达峰', 'staggered peaking'],
  ['task', '能源化工小厂想申请个绿色样板称号，方案说起码要是哪一级的？', '省级以上', '引导企业开展省级以上绿色发展各类试点示范创建工作', 'level of green pilots'],
  ['task', '园区那摊的建设，说要照着市里第几回党代会提出的几个“一体化”去办？', '第八次;六个', '严格按照市第八次党代会提出的“六个一体化”要求', 'party congress requirement for parks'],
  ['task', '引才这块，方案点名了哪几个挂着“英才”俩字的计划？', '兴辽英才;盘锦英才', '持续开展“兴辽英才计划”“盘锦英才计划”', 'talent programmes'],
  ['oos', '老板让我打听：智能化改造这块，全市三年要树起几个样板厂，方案给了数吗？', null, null, 'number of smart factories not stated'],
  ['task', '我在沈阳读大四，听说辽宁有个劝毕业生留下来的活动，盘锦方案里提的那个行动全称叫啥？', '百万学子', '“百万学子留辽来辽”专项行动', 'graduate retention action'],
  ['task', '专家不用全职落户、忙时过来闲时回去，这种请人的路子方案管它叫啥机制？', '候鸟式', '创新“候鸟式”柔性引才机制', 'flexible talent mechanism'],
  ['policy', '我开个小作坊，想知道方案让银行对哪一类企业多放点贷款？', '中小微企业', '引导银行机构加大对中小微企业贷款投放力度', 'loan target group'],
  ['measure', '这二十来条任务怎么保证不是空口号？方案要求做到哪几个“可”字打头的？', '可评估;可量化;可考核', '确保各项工作做到可评估、可量化、可考核', 'three "可" requirements'],
  ['measure', '保证方案能落到地上的办法，除开督查督办那一条，还剩哪两条？', '强化组织保障;加强开放合作', '确定了强化组织保障、加强开放合作、做好督查督办3项措施', 'safeguard measures'],
  ['owner', '方案出台以后，把目标再掰细、往下分的活儿归哪个局干？', '工业和信息化局', '市工业和信息化局将认真落实市委、市政府部署', 'follow-up unit'],
  ['oos', '咱们化工厂的碳排放到底定在哪一年前必须到顶？有没有写明具体年份', null, null, 'peak year not stated'],
  ['overview', '工信局副局长最后表决心，说要让工业扭转局面，原话是打一场什么仗？', '翻身仗', '全力推动工业振兴率先突破,打好工业“翻身仗”', 'closing slogan'],
];

const C = [
  ['方案里对科技型公司定了哪些数量上的指标？', '高企呢，三年后要攒够几家？', '紧挨着它后面列的那类企业呢，要凑多少家？', '130家', 'count after high-tech firms'],
  ['我想给那天讲话的几位副局长做桌签，工信局那位叫啥？', '那营商环境口子上的那位呢？', null, '王国君', 'speaker for the business environment bureau'],
  ['方案里有一块是专讲绿色低碳发展的，对吧？', '这块下面拆成了哪三件具体的事？', null, '重点工程建设|重点工程;碳达峰工作落实|碳达峰;试点示范创建|试点示范', 'tasks of the sixth aspect'],
  ['方案收尾说了几条兜底的办法？', '中间那条，最终要让啥东西落地？', null, '项目引进', 'second safeguard'],
  ['企业自己掏钱搞研发的那个比重，到2025年末盘锦要往上提多少？', '这比例到时候在全省能排上第几？', null, '第三位', 'rank of R&D ratio'],
  ['金融服务体系那项任务主要讲了些啥？', '那给小微企业的贷款，利息能降到多少、有没有贴补？', null, null, 'refusal: loan rate not stated'],
];
const ABSENT = {
  'p38-008': ['资助', '万元', '奖补', '最高', '元'],
  'p38-016': ['亿元', '千亿', '百亿', '营业收入达到'],
  'p38-024': ['现有', '目前', '已有', '截至', '2022年底', '2022年末'],
  'p38-032': ['上市公司', '新增上市', '上市企业', '挂牌', '家企业上市'],
  'p38-040': ['个智能工厂', '家智能工厂', '数字化车间', '示范工厂', '智能制造'],
  'p38-047': ['2030', '2028', '2027', '2026', '达峰时间', '年前达峰'],
  'p38c06': ['利率', '贴息', '优惠', '%', '担保', '贴补'],
};

const errs = [];
const groups = s => s.split(';').map(g => g.split('|'));
const qs = Q.map(([kind, q, must, passage, note], i) => {
  const id = `p38-${String(i + 1).padStart(3, '0')}`;
  if (!must) return { id, doc: DOC, kind, q, refuse: true, note };
  return { id, doc: DOC, kind, q, must: groups(must), passage, note };
});
const cs = C.map(([t1, t2, t3, must, note], i) => {
  const id = `p38c${String(i + 1).padStart(2, '0')}`;
  const turns = [t1, t2, t3].filter(Boolean);
  return must ? { id, doc: DOC, kind: 'multi', turns, must: groups(must), note } : { id, doc: DOC, kind: 'multi', turns, refuse: true, note };
});
for (const o of [...qs, ...cs]) {
  const asked = (o.q ? [o.q] : o.turns).map(t => strip(fold(t)).toLowerCase());
  for (const g of o.must || []) for (const a of g) {
    if (!doc.includes(a)) errs.push(`${o.id}: not in doc ${a}`);
    if (asked.some(t => t.includes(a.toLowerCase()))) errs.push(`${o.id}: in question ${a}`);
  }
  if (o.passage && !doc.includes(o.passage)) errs.push(`${o.id}: passage not in doc ${o.passage}`);
  if (o.passage && ([...o.passage].length < 10 || [...o.passage].length > 40)) errs.push(`${o.id}: passage length`);
}
for (const [id, l] of Object.entries(ABSENT)) for (const s of l) if (doc.includes(s)) errs.push(`${id}: ${s} present`);

// Dice
const norm = s => fold(s).toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
const bg = s => { const a = [...norm(s)]; const o = new Set(); for (let i = 0; i + 1 < a.length; i++) o.add(a[i] + a[i + 1]); return o; };
const dice = (A, B) => { let c = 0; for (const g of A) if (B.has(g)) c++; return A.size + B.size ? 2 * c / (A.size + B.size) : 0; };
const old = [];
for (const l of fs.readFileSync('/tmp/earlier_plan_questions.txt', 'utf8').split('\n')) if (l.trim()) {
  const parts = l.split(' / ');
  for (const t of parts.length > 1 ? [...parts, parts.join(' ')] : parts) old.push([t, bg(t)]);
}
let max = 0, who = '';
const texts = o => o.q !== undefined ? [o.q] : [...o.turns, o.turns.join(' ')];
for (const o of [...qs, ...cs]) for (const t of texts(o)) {
  const g = bg(t); let m = 0, near = '';
  for (const [s, e] of old) { const d = dice(g, e); if (d > m) { m = d; near = s; } }
  if (m > 0.33 || process.argv.includes('-v')) console.log(`${m > 0.40 ? 'XX' : '  '} ${o.id} ${m.toFixed(3)} ${t}  <=>  ${near}`);
  if (m > 0.40) errs.push(`${o.id}: dice ${m.toFixed(3)}`);
  if (m > max) { max = m; who = o.id; }
}
console.log(`max Dice ${max.toFixed(3)} (${who})`);
fs.writeFileSync(path.join(HERE, 'questions.jsonl'), qs.map(o => JSON.stringify(o)).join('\n') + '\n');
fs.writeFileSync(path.join(HERE, 'conversations.jsonl'), cs.map(o => JSON.stringify(o)).join('\n') + '\n');
fs.writeFileSync(path.join(HERE, 'src/absent.json'), JSON.stringify(ABSENT, null, 1) + '\n');
console.log(errs.length ? errs.join('\n') : 'build OK', `${qs.length} questions, ${cs.length} conversations`);
