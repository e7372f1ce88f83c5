// Builds questions.jsonl and conversations.jsonl for suite plan36 from the tables below.
// Each row: [kind, question, must groups, passage (folded, whitespace-free, from /tmp/plan36_doc.txt), note]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const HERE = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const DOC = '盘锦市工业增长三年行动专项方案(新闻发布会解读)';

const Q = [
  ['overview', '我刚调到市政府办，领导让我补个台账，写清楚工业三年方案那次解读会是几月几号开的，我翻了半天没找着，帮我瞅瞅', [['3月30日']], '3月30日,市政府新闻办召开', 'press conference date'],
  ['overview', '同事转给我一篇通稿，标题里写着系列发布会，但我没看清这回工业增长专场在整个系列里的序号，麻烦查一下', [['第二场']], '主题系列第二场新闻发布会', 'place in the series'],
  ['owner', '市里讲工业三年方案那天，坐在发布席上的有位姓王、名字最后一个字是“夙”的副局长，他在哪个部门任职？', [['商务局']], '市商务局党组成员、副局长王培夙', 'bureau of a speaker'],
  ['target', '这个方案跟“十四五”规划啥关系，是要帮着实现它的目标吗？原话咋说的', [['全面实现']], '有力促进“十四五”规划目标的全面实现', 'link to the 14th five-year plan'],
  ['target', '做年终汇报想引一句：盘锦工业在全省振兴先行区建设里扮演的角色，方案用的是哪个三字的比喻？', [['主力军']], '先行区“主力军”地位日益稳固', 'role in the pilot zone'],
  ['target', '省里规划了几座体量过万亿的产业基地？我记得盘锦这份东西里顺带提了一句，想核对数目', [['三个']], '为辽宁建设三个万亿级产业基地贡献更大力量', 'number of trillion-level bases'],
  ['target', '报表科的小李问我：咱们规上工业增加值的年均增幅，要达到什么水平方案才认？参照系是哪个？', [['全省平均水平']], '规模以上工业增加值年均增速不低于全省平均水平', 'growth benchmark'],
  ['target', '油井和气田那一摊，方案里对开采量提的是多大盘子的稳定生产？', [['千万吨']], '油气采掘业继续保持千万吨稳产', 'oil and gas output'],
  ['target', '我在电子厂上班，听说电子信息那个基地到2025年末有个说法，是要建成啥样？', [['初具规模']], '电子信息产业基地建设初具规模', 'electronics base target'],
  ['target', '我们是做大米深加工的，方案里跟粮食沾边的那个基地全名叫啥，实力上给的啥目标？', [['粮食集散'], ['稳步增强']], '东北粮食集散和精深加工基地实力稳步增强', 'grain base'],
  ['target', '盘锦本身的石化基地被定位为全国重要，在省里那个更大的石化基地面前，它起支撑作用，那个省级基地定的是什么级别？', [['世界级']], '支撑辽宁建设世界级石化及精细化工产业基地的作用凸显', 'level of the provincial base'],
  ['target', '企业搞研发的投入占地区生产总值的份额，方案用哪一年做比较的基准，打算拔高几个点？', [['2022年'], ['0.8个百分点']], '较2022年提高0.8个百分点', 'R&D share increase'],
  ['target', '瞪羚、雏鹰、独角兽这几类“小巨人”苗子，到期末加起来要有几家？我们财务要写进申报材料里', [['130家']], '雏鹰、瞪羚、独角兽企业数量达到130家以上', 'count of gazelle-type firms'],
  ['target', '到二五年底，三年攒下来的关键技术攻关得有几十项？具体数是多少', [['60项']], '三年累计实施核心技术攻关60项以上', 'core technology projects'],
  ['target', '咱市规上工业营业收入在辽宁十四个市里头，方案希望它稳在哪一名？', [['第三位']], '规模以上工业营业收入占全省的比重稳步提升,稳居全省第三位', 'rank of industrial revenue'],
  ['overview', '工业三年方案里头具体要干的事儿，统共列了几条，按几个板块归拢的？', [['8个方面'], ['21项']], '细化设置了8个方面共计21项任务', 'structure of tasks'],
  ['task', '全市工业里，方案把哪一门产业叫做“第一支柱”？', [['石化及精细化工']], '聚焦石化及精细化工这个第一支柱产业', 'first pillar industry'],
  ['task', '八块任务里打头那块，底下就挂了俩任务，是哪俩？', [['有序发展'], ['产业配套']], '设置了抓好石化及精细化工产业有序发展、抓好石化及精细化工产业配套2项任务', 'tasks of the first aspect'],
  ['task', '中石油这种央企跟咱地方上咋配合，方案里用的是个啥提法？', [['央地合作']], '积极推动油地融合、央地合作、大中小企业协同', 'central-local cooperation'],
  ['task', '靠龙头带着走那部分，是想攒一个啥样的联合体出来？', [['稳定配套']], '突出打造稳定配套联合体', 'alliance of aspect two'],
  ['task', '为了让上下游的链条碰上风浪也不断，第三板块里布置了一个专项行动，名字叫什么？', [['产业链培育提升']], '深入开展产业链培育提升专项行动', 'industrial chain action'],
  ['task', '我们车间主任想搞智能化，听说方案里要推广外地和大牌企业搞智慧工厂的那套做法，那是份什么材料？', [['建设指南']], '推广应用先进地区、知名企业智能工厂建设指南', 'smart factory guide'],
  ['policy', '研发上有些被外国掐住的关键技术，市里准备拿什么样的科研组织方式去突破？', [['揭榜挂帅']], '推行重大科技项目“揭榜挂帅”制度', 'open competition mechanism'],
  ['policy', '我们公司要是进了雏鹰瞪羚那个后备名单，后面是一锅烩着培养还是分开来弄？', [['分级培育'], ['分类指导']], '建立储备库,分级培育、分类指导', 'reserve pool treatment'],
  ['task', '我们想打响自己的牌子，方案里管品牌这摊事的是哪条任务？', [['质量品牌建设']], '设置了抓好质量品牌建设、抓好新兴产业发展', 'brand task'],
  ['policy', '市里挑新兴产业重点领域去突破，凭啥条件来选？', [['最有基础和条件', '最具战略特质']], '选择最有基础和条件、最具战略特质的核心技术及关键领域进行重点突破', 'criteria for emerging industries'],
  ['policy', '石化、建材、钢铁各行各业碳达峰的节奏，方案是让大家齐步走，还是按梯队一批一批来？', [['梯次达峰']], '推进各行业落实碳达峰目标任务、实行梯次达峰', 'staggered peaking'],
  ['policy', '申报绿色制造示范，方案的意思是企业起码奔着什么级别去报？', [['省级以上']], '引导企业开展省级以上绿色发展各类试点示范创建工作', 'level of green pilots'],
  ['policy', '市里开发区要搞精细化，照的是哪次党代会提的几个“一体化”？', [['第八次'], ['六个']], '严格按照市第八次党代会提出的“六个一体化”要求', 'zone requirements'],
  ['policy', '外省读研的孩子毕业想回东北，辽宁这边有个招揽大学毕业生的行动，方案里提到的那个名字是什么？', [['百万学子']], '“百万学子留辽来辽”专项行动', 'graduates programme'],
  ['policy', '小企业借钱难，方案是让谁多往外放贷款？', [['银行机构']], '引导银行机构加大对中小微企业贷款投放力度', 'who should lend'],
  ['policy', '不想全职落户的外地专家，方案里有啥灵活点的引才路子？', [['候鸟式']], '创新“候鸟式”柔性引才机制', 'flexible talent mechanism'],
  ['measure', '为了确保三年行动真能落下去，文件最后列了哪三项支撑措施？', [['强化组织保障'], ['加强开放合作'], ['做好督查督办']], '确定了强化组织保障、加强开放合作、做好督查督办3项措施', 'safeguard measures'],
  ['owner', '方案印发后谁来牵头细化分解？我想知道具体是哪个局', [['工业和信息化局']], '下一步,市工业和信息化局将认真落实市委、市政府部署', 'follow-up department'],
  ['task', '我是开发区一家精细化工企业的老板，这两年一直想往下游延伸，多做点值钱的产品。听说市里出了个工业三年方案，在谋划项目这块，方案鼓励往哪种产品上多使劲？', [['高端'], ['高附加值']], '拓展高端和高附加值产品比例', 'product mix'],
  ['task', '第三板块“实体为本”里，项目、集群之外还有哪一项？三项全称帮我列一下', [['抓好项目建设'], ['产业集群建设'], ['信息化融合']], '设置了抓好项目建设、抓好产业集群建设、抓好工业化和信息化融合3项任务', 'tasks of aspect three'],
  ['task', '管科技型企业培育的那一大块，标题是啥？', [['创新为要']], '四是推动创新为要的优化升级', 'heading of aspect four'],
  ['task', '那个“千人助千企”是放在哪一板块底下的？板块名称怎么写', [['质效同抓', '合力攻坚']], '七是推动质效同抓的合力攻坚', 'aspect of the 千人助千企 action'],
  ['policy', '制造业往售后、运维这些后端环节延展，方案给这种转变起的名字是啥？', [['服务化']], '全面推动制造业向后端延伸的服务化', 'manufacturing servitisation'],
  ['target', '新型工业化那条道，方案用了个四字词描述三年后的状态，是哪四个字？', [['渐行渐稳']], '新型工业化道路渐行渐稳', 'new industrialisation'],
  ['owner', 'Which guy from the IT and industry office took the mic?', [['王健']], '市工业和信息化局党组成员、副局长王健', 'English: speaker of the industry and IT bureau'],
  ['owner', 'Partner on the three storage hubs (gas/carbon/energy)?', [['辽河油田']], '与辽河油田共同推进好储气、储碳、储能“三大储库”建设', 'English: partner for the three reservoirs'],
];

const R = [
  ['今年这一年，攻关项目先干多少个？方案有没有按年拆开的数', ['每年', '年度', '当年', '2023年完成', '2023年要'], 'no yearly split of the 60 projects'],
  ['方案里头盘锦三年要引来几家世界500强？', ['500强', '世界500', '500'], 'no count of Fortune 500 firms'],
  ['想当面去工信局问问方案的事，他们办公地址在哪条街？', ['地址', '街', '楼', '号', '室'], 'no office address'],
  ['用“候鸟式”请来的专家，来一趟市里给多少劳务报酬？', ['劳务', '报酬', '薪', '元', '补贴'], 'no fee for visiting experts'],
  ['方案定了工业领域三年要减少多少二氧化碳排放吗？', ['二氧化碳', '减排', '排放'], 'no emission reduction amount'],
  ['粮油加工那块营收到二五年末要冲到多少亿元？', ['亿元', '千亿', '百亿'], 'no revenue amount for grain and oil processing (only a rank)'],
];

const C = [
  ['multi', ['全省排名那几条里，石化那一项方案要它排第几？', '那粮油加工呢？'], [['第三位']], 'grain and oil processing rank (跃居全省第三位)'],
  ['multi', ['辽河油田那项任务里，稀油打算咋弄？', '稠油呢？'], [['优化提质']], 'heavy oil'],
  ['multi', ['绿色发展是第几块？', '它下头一共安排了几条？', '排中间的那条是啥？'], [['碳达峰工作落实']], 'second task of aspect six'],
  ['multi', ['引才方面，方案说要实施的两个工程都是啥？', '排后面那个叫啥？'], [['带土移植']], 'second talent project'],
  ['multi', ['小巨人后备那三档企业，期末合计目标是几家来着？', '高企呢？'], [['230家']], 'high-tech enterprise target after the gazelle-type count'],
];
const CR = [
  [['产业开发区那项任务，方案主要提了啥要求？', '那企业进开发区，所得税能减免几年？'], ['税', '减免', '优惠', '%'], 'no tax relief stated'],
];

const pad = n => String(n).padStart(2, '0');
const qs = [];
Q.forEach(([kind, q, must, passage, note]) => qs.push({ id: '', doc: DOC, kind, q, must, passage, note }));
// refusals are spread among the answerable questions (positions 8, 16, 24, 32, 40, 48)
const slots = [7, 15, 23, 31, 39, 47];
R.forEach(([q, absent, note], i) => qs.splice(slots[i], 0, { id: '', doc: DOC, kind: 'oos', q, refuse: true, note }));
qs.forEach((o, i) => { o.id = `p36-${pad(i + 1)}`; });
const cs = [];
C.forEach(([kind, turns, must, note]) => cs.push({ id: '', doc: DOC, kind, turns, must, note }));
CR.forEach(([turns, absent, note]) => cs.splice(3, 0, { id: '', doc: DOC, kind: 'multi', turns, refuse: true, note }));
cs.forEach((o, i) => { o.id = `p36-m${pad(i + 1)}`; });
const line = o => JSON.stringify(o);
// absence proofs for the refusals (copied into check.mjs, which verifies them against the folded document)
const absent = {};
R.forEach(([q, a]) => { absent[qs.find(o => o.q === q).id] = a; });
CR.forEach(([t, a]) => { absent[cs.find(o => o.turns === t).id] = a; });
console.log(JSON.stringify(absent));
fs.writeFileSync(path.join(HERE, 'questions.jsonl'), qs.map(line).join('\n') + '\n');
fs.writeFileSync(path.join(HERE, 'conversations.jsonl'), cs.map(line).join('\n') + '\n');
console.log(`questions ${qs.length}, conversations ${cs.length}`);
