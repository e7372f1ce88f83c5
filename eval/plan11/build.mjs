// Regenerates questions.jsonl and conversations.jsonl of the plan11 suite.
// `node build.mjs` (no dependencies). Every must alternative / passage is written in the plan's own
// (traditional) characters, exactly as it occurs in the plan file with white space removed.
import fs from 'fs';
import path from 'path';
import { fileURLToPath } from 'url';

const here = path.dirname(fileURLToPath(import.meta.url));

// [id, kind, q, must, passage, note, extra]
const Q = [
  // ---- overview: lead paragraph, closing paragraph ----
  ['01', 'overview', '单位让我转发那场工业方案发布会的通稿，导语里写重点介绍了“总体目标、重点任务”，后头还跟着一样，是啥来着？',
    [['具體舉措']], '深入解讀《盤錦市工業', 'fill in the third item; lead paragraph'],
  ['02', 'overview', "My manager insists that Panjin's briefing on its industrial growth plan opened the press-conference series and took place in April. What date does the release actually give?",
    [['3月30日', '30']], '市政府新聞辦召開“貫徹黨的二十大精神——實', 'English, correction of a wrong date; lead paragraph'],
  ['03', 'overview', '发布会收尾工信局表态，说要“体现新担当”，后半句跟的是啥？我稿子里想引全乎了',
    [['彰顯新作為']], '目化、工程化抓好落實', 'completion of a quoted phrase; closing paragraph'],
  // ---- target: overall goal paragraph ----
  ['04', 'target', '总体目标里那个“先行区”名儿太长了，我就记得是“辽宁全面振兴”开头，后面还有几个字？',
    [['全方位振興']], '遼寧全面振興全方位振興先行區', 'name completion; overall goal (先行区)'],
  ['05', 'target', '盘锦工业在全省这盘棋里，方案总体目标是让它跟着走就行，还是要在工业增长上给全省干出点啥来？',
    [['突出貢獻']], '增長上為全省作出突出貢獻', 'either-or on the role; overall goal (contribution to the province)'],
  ['06', 'target', '方案里冒出个2035年，是冲着那年要干成啥？',
    [['基本實']], '的有效提升和量的合理增長', 'reverse lookup from a year; overall goal (2035)'],
  // ---- target: quantity targets ----
  ['07', 'target', '打个比方，这三年全省规上工业增加值年均涨5%，咱盘锦涨了4.5%，按方案这算达标没？',
    [['不低于全省平均']], '增加值年均增速不低于全省平均水平', 'hypothetical figure; quantity targets (value-added growth)'],
  ['08', 'target', '辽河那边要是到25年底产量掉到九百来万吨，是不是就够不上方案定的那个数了？',
    [['千萬噸']], '一是在“量的合理增長”方面', 'hypothetical figure; quantity targets (oil and gas output)'],
  ['09', 'target', '方案说的“千万吨稳产”，是光算原油，还是油和汽一块儿算？',
    [['油氣采掘', '油氣']], '一是在“量的合理增長”方面', 'either-or on scope, homophone 汽; quantity targets (oil and gas output)'],
  ['10', 'target', '“量的合理增长”那组目标里头一共点了几个“基地”？都是啥基地，给我捋一下',
    [['精細'], ['精深加工'], ['電子信息']], '東北糧食集散和精深加工基地實', 'count of bases; quantity targets (three bases)'],
  ['11', 'target', '我在电子厂上班，方案给电子信息产业定没定营收或者全省排名的目标？还是就说了说基地建设？',
    [['初具規']], '一是在“量的合理增長”方面', 'did the plan set X; quantity targets (electronics base)'],
  // ---- target: quality targets ----
  ['12', 'target', '核心技术功关那个指标，要是每年整20项，三年下来够不够数？',
    [['60'], ['累計']], '一步壯大。到2025年末', 'hypothetical arithmetic, typo 功关; quality targets (core technology)'],
  ['13', 'target', '我们公司正报瞪羚企业，想知道市里到二五年末这一档要发展到多少家？是光算瞪羚还是跟别的打包算？',
    [['130'], ['雛鷹', '角獸']], '一步壯大。到2025年末', 'situation first, bundled count; quality targets (eaglet/gazelle/unicorn)'],
  ['14', 'target', '方案里有个“0.8个百分点”，说的是啥指标得往上提这么多？',
    [['R&D', 'GDP']], '支出占GDP比重較2022年提高0.8個', 'reverse lookup from a figure; quality targets (R&D share)'],
  ['15', 'target', '材料上摘了半句“到230家以上”，前头主语让我剪没了，数的是啥企业？',
    [['高新技術']], '一步壯大。到2025年末', 'reverse lookup from a figure, terse; quality targets (high-tech enterprises)'],
  // ---- target: contribution targets ----
  ['16', 'target', '粮油加工营收占全省的比重，方案是用啥词儿形容它往上走的？',
    [['明顯攀升']], '收入占全省比重明顯攀升', 'wording of a target; contribution targets (grain and oil processing share)'],
  ['17', 'target', '全省排名那几个目标里，哪一条是跟GDP挂钩的？定的第几？',
    [['R&D'], ['第三']], '支出占GDP比重居全省第三位。', 'reverse lookup by denominator; contribution targets (R&D ranking)'],
  ['18', 'target', '方案给盘锦定的全省名次里，最靠前的是第几？落在哪个行业上？',
    [['第二'], ['石化']], '三是在“為全省作出突出貢獻', 'best rank; contribution targets (petrochemical ranking)'],
  // ---- task: intro, counts across the plan ----
  ['19', 'task', '21项任务说是都能“可评估、可量化”，还有一个“可”是啥？',
    [['可考核']], '估、可量化、可考核。', 'fill in the third item; task intro (indicators for every task)'],
  ['20', 'task', '方案里带“专项行动”仨字的一共有几个？分别叫啥？',
    [['鏈培育提升'], ['千人助千企'], ['子留遼來遼']], '施好“千人助千企”專項', 'count across the plan; aspects 3, 7, 8 (special campaigns)'],
  ['21', 'task', '21项任务里名字带“融合”俩字的有几项？都是哪几项？',
    [['化和信息化融合'], ['代服務']], '鏈韌性和安全水平。深入研究重點', 'count by keyword; aspects 3 and 5 (integration tasks)'],
  ['22', 'task', "Does the Panjin plan attach concrete indicators to each of its key tasks so they can be assessed? How many key tasks are there in all?",
    [['21']], '估、可量化、可考核。', 'English, count and indicators; task intro and indicator line'],
  // ---- task: the eight aspects ----
  ['23', 'task', '我们厂做环氧乙烷下游产品，原料想就近从盘锦的炼化大厂拿，方案有没有鼓励石化产品就地消化的说法？',
    [['本地加工']], '品本地加工,全力促進', 'situation first; aspect 1 (local processing)', { passage_comma: true }],
  ['24', 'task', '油田那块，“增量提效”说的是稀油还是稠油？另一个要干啥？',
    [['稀油增量'], ['化提質']], '。全力支持遼河油田稀油增量提效、稠油優', 'either-or; aspect 2 (Liaohe oilfield)'],
  ['25', 'task', '“抓好产业集群建设”这项，夹在它前后的两项任务是啥？',
    [['目建設'], ['信息化融合']], '鏈韌性和安全水平。深入研究重點', 'neighbouring tasks; aspect 3'],
  ['26', 'task', '工信局的人开会老提“拓展高附加值产品比例”，这话出自方案八个方面里的哪一块？',
    [['體為本']], '拓展高端和高附加值產', 'reverse lookup of a phrase; aspect 3 (project construction)'],
  ['27', 'task', '21项里“抓好核心技术攻关”后头紧跟着的是哪项？',
    [['新平臺']], '新主體。推行重大科技項', 'next task; aspect 4 (innovation platforms)'],
  ['28', 'task', '提档为先那块三项任务里，跟服务业沾边的那项全称叫啥？',
    [['代服務']], '培育和招引。全面推動', 'member by topic; aspect 5 (manufacturing and services)'],
  ['29', 'task', '第五个方面突出的那“三新”，里头有没有“新技术”？',
    [['新品牌'], ['新業']], '展,突出新品牌、新產', 'challenged premise; aspect 5 (three news)', { passage_comma: true }],
  ['30', 'task', '我们是做碳排放核算的，碳达峰那项任务归八个方面里的哪个？那个方面全称叫啥？',
    [['有效的綠色']], '型之路。緊緊圍繞國家及省確定的工業', 'membership, full aspect name; aspect 6'],
  ['31', 'task', '“抓好高标准科学服务”和开发区那项是一个方面的吧？那个方面标题叫啥？',
    [['合力攻堅']], '施好“千人助千企”專項', 'membership, aspect title; aspect 7'],
  // ---- policy: aspect 8 ----
  ['32', 'policy', '我们是个不到五十人的小微企业，想跟银行贷点款扩条线。方案里对我们这种有没有啥支持？政府是直接给钱，还是从哪头使劲？',
    [['銀行機', '貸款投放']], '更好地滿足中小微企業', 'situation first, premise of direct funding; aspect 8 (SME lending)'],
  ['33', 'policy', '我是盘锦一家软件公司老板，想招几个高精尖的紧缺人才，方案里人才这项任务的全称叫啥？',
    [['人才培引']], '置了抓好“高精尖缺”人才培引、抓好金融服務', 'task name asked by situation; aspect 8 (talent task)'],
  ['34', 'policy', '方案里说的“侯鸟式”引才，到底是个啥机制？',
    [['柔性引才']], '新“候鳥式”柔性引才機', 'typo in the name (侯鸟); aspect 8 (flexible talent)'],
  ['35', 'policy', '俺寻思人才那块，省级的跟市级的应该各有一个计划吧？名儿都叫啥？',
    [['興遼英才'], ['盤錦英才']], '新“候鳥式”柔性引才機', 'one provincial, one municipal; aspect 8 (talent programmes)'],
  // ---- owner: speakers, implementing bureau ----
  ['36', 'owner', '台上有发改委的人没？那五位都是打哪几个局来的？',
    [['科技局'], ['營商局'], ['金融發'], ['商務']], '市營商局黨組成員、副局長王國君', 'premise of an absent bureau; speaker list'],
  ['37', 'owner', '名单里王国君上边挨着的那位，是打哪个单位来的？',
    [['金融發']], '展局黨組成員、副局長楊光', 'neighbour in the speaker list; speaker list'],
  ['38', 'owner', '方案后头抓落实的那个局，这回派上台发布的是哪位？',
    [['王健']], '和信息化局黨組成員、副局長王健', 'chain from implementing bureau to its speaker; closing paragraph and speaker list'],
  ['39', 'owner', '营商局跟商务局我老整混，这回俩局都来人了没？各是谁？',
    [['王培夙'], ['王國君']], '局黨組成員、副局長王培夙', 'two similar bureaus; speaker list'],
  ['40', 'owner', 'After the briefing, which bureau is in charge of breaking down the targets and implementing the plan? Please give its Chinese name and the official it sent to the podium.',
    [['信息化局'], ['王健']], '展的重要遵循。下一步', 'English, implementing bureau and its speaker; closing paragraph'],
  // ---- measure: safeguards ----
  ['41', 'measure', '保障措施那段里说的“层层落实到位”，是靠哪条措施来保的？',
    [['組織保障']], '開放合作、做好督查督辦3項', 'reverse mapping from direction to measure; safeguard measures'],
  ['42', 'measure', '保障措施一共几条？里头有没有专门讲资金保障的？',
    [['組織保障'], ['開放合作'], ['督查督辦']], '開放合作、做好督查督辦3項', 'premise of a funding measure; safeguard measures'],
  // ---- refusals ----
  ['43', 'oos', '到2025年末，盘锦规上工业营收占全省的比重具体要到百分之多少？方案里有没有个准数？', null, null,
    'oos; share percentage not given (contribution targets)', { absent: ['百分之', '%'] }],
  ['44', 'oos', '我们粮库想知道，那个东北粮食集散加工基地到期末一年能加工多少万吨粮？方案有数没？', null, null,
    'oos; processing capacity not given (quantity targets)', { absent: ['加工能力'] }],
  ['45', 'oos', '产业链培育提升专项行动里，盘锦一共确定了几条重点产业链？都是哪几条？', null, null,
    'oos; list of key chains not given (aspect 3)', { absent: ['重点产业链', '条产业链'] }],
  ['46', 'oos', '开发数字化应用场景这块，方案要求到2025年开发出多少个场景？', null, null,
    'oos; number of scenarios not given (aspect 3)', { absent: ['个场景', '个应用场景'] }],
  ['47', 'oos', '“高精尖缺”人才是咋认定的？学历、职称有啥硬要求？', null, null,
    'oos; talent criteria not given (aspect 8)', { absent: ['认定', '学历', '职称'] }],
  ['48', 'oos', '千人助千企里，企业反映的问题干部得在几个工作日内办结？', null, null,
    'oos; time limit not given (aspect 7)', { absent: ['工作日', '办结'] }],
];

const M = [
  ['m01', 'multi', ['我们是给辽河油田做配套的民企，方案里有“油地融合”这么个说法吧？', '那这个融合、还有央地合作啥的，是围着哪几样事儿推的？'],
    [['資源綜合利用']], '群。圍繞資源綜合利用、頭部企業', 'follow-up on the scope; aspect 2 (oil-locality integration)'],
  ['m02', 'multi', ['“量的合理增长”那块一共几条目标？', '倒数第二条说的是哪个基地？到25年末要弄成啥样？'],
    [['糧食'], ['步增強']], '東北糧食集散和精深加工基地實', 'follow-up by reverse ordinal; quantity targets (grain base)'],
  ['m03', 'multi', ['“揭傍挂帅”是在方案哪一块提的？', '那块里还说要给科技企业分档建个库，分档依据的评价标准叫啥？'],
    [['雛鷹', '角獸']], '群。按照“雛鷹-瞪羚-獨', 'follow-up within the aspect, typo 揭傍; aspect 4 (evaluation standard)'],
  ['m04', 'multi', ['那天台上坐了几位发布人来着？', '五个人里正当间儿那位，叫啥、在哪上班？'],
    [['王培夙'], ['商務']], '局黨組成員、副局長王培夙', 'follow-up middle position; speaker list'],
  ['m05', 'multi', ['保障那部分我只看到一堆“到位”，都哪几个到位？', '其中“严格督导”那个，对应的措施叫啥？'],
    [['督查督辦']], '開放合作、做好督查督辦3項', 'follow-up mapping; safeguard measures'],
  ['m06', 'multi', ['先问个简单的：高企到期末要有多少家来着？', '那这些高企里头，石化行业的得占多少家？'], null, null,
    'oos; sector split of high-tech enterprises not given (quality targets)', { absent: ['石化类高新', '石化高新'] }],
];

const line = o => JSON.stringify(o);
const mk = ([id, kind, q, must, passage, note, extra = {}], multi) => {
  const o = { id: `p11-${id}`, kind };
  if (multi) o.turns = q; else o.q = q;
  if (must) { o.must = must; o.passage = passage; } else o.refuse = true;
  o.note = note;
  return Object.assign(o, extra);
};
fs.writeFileSync(path.join(here, 'questions.jsonl'), Q.map(c => line(mk(c, false))).join('\n') + '\n');
fs.writeFileSync(path.join(here, 'conversations.jsonl'), M.map(c => line(mk(c, true))).join('\n') + '\n');
console.log(`wrote ${Q.length} questions, ${M.length} conversations`);
