// build.mjs — the plan12 cases. `node build.mjs` rewrites questions.jsonl and conversations.jsonl.
// must alternatives and passages are copied from the plan in its own (traditional) characters; check.mjs verifies them.
import fs from 'node:fs';
const Q = [];
const add = (kind, q, must, passage, note, extra = {}) =>
  Q.push({ id: 'p12-' + String(Q.length + 1).padStart(2, '0'), kind, q, must, passage, note, ...extra });
const refuse = (q, note, absent) =>
  Q.push({ id: 'p12-' + String(Q.length + 1).padStart(2, '0'), kind: 'oos', q, refuse: true, note, absent });

// ---- overview: lead, title, closing, years
add('overview', '我们公众号想搞个“那年今日”，盘锦解读工业三年方案那场会是哪天开的？是市里哪个部门张罗的？',
  [['3月30日'], ['新聞辦']], '市政府新聞辦召開“貫徹黨的二十大精神——實', 'date and organiser, journalist; lead paragraph');
add('overview', '领导让我把方案全称抄进红头文件里，书名号里头带的那个括号年份到底咋写？别给我整错喽',
  [['2023-2025', '2023']], '2023-2025年', 'year range inside the full title, civil servant; lead paragraph');
add('overview', '发布会结尾那句“体现新担当、彰显新作为”，前头说是在啥的新征程里体现？',
  [['先行區']], '遼寧全面振興全方位振興先行區', 'what precedes a quoted phrase; closing paragraph');
add('overview', '方案通篇提到的年份我数了数好像有四个，都是哪几年？各管啥的？',
  [['2022'], ['2035'], ['2023']], '支出占GDP比重較2022年提高0.8個', 'count of years across the plan; lead, goal paragraph, quality targets');

// ---- targets
add('target', '我在党校学习班写心得，方案说盘锦在辽宁那个振兴先行区里头当啥角色？原文用的哪仨字？',
  [['主力軍']], '“主力軍”地位日益穩', 'role wording, student of party school; overall goal');
add('target', '规上企业老板们都问：工业增加直增速是跟全国比还是跟全省比？方案写没写死个百分数？',
  [['不低于全省平均']], '增加值年均增速不低于全省平均水平', 'either-or benchmark, homophone 增加直, premise of a percentage; quantity targets (value added)');
add('target', '方案量的目标里，“继续保持”后头跟的那个数是多少？',
  [['千萬噸']], '一是在“量的合理增長”方面', 'reverse lookup from a verb; quantity targets (oil and gas)');
add('target', '群里有人说盘锦自个儿要建世界级石化基地，方案上给盘锦这基地定的到底是啥级别？',
  [['全國重要'], ['支撐']], '全國重要的石化及精細', 'either-or with a wrong premise; quantity targets (petrochemical base)');
add('target', '粮食那个基地，名儿里除了“集散”还有个啥加工来着',
  [['精深加工']], '東北糧食集散和精深加工基地實', 'name completion, terse; quantity targets (grain base)');
add('target', '质的那一块，除开那几个硬指标，对企业创新“意识”和“能力”各是咋形容的？',
  [['明顯增強'], ['顯著提升']], '一步壯大。到2025年末', 'qualitative wording; quality targets (innovation)');
add('target', '二五年底那个高企目标，比雏鹰瞪羚独角兽那个目标多出来多少家？俩数各是多少',
  [['230'], ['130']], '一步壯大。到2025年末', 'difference of two targets; quality targets (enterprise counts)');
add('target', 'For an investor memo: the quality targets contain three minimum counts (high-tech enterprises, eaglet/gazelle/unicorn firms, core technology projects). What do they add up to, and what is each figure?',
  [['230'], ['130'], ['60']], '一步壯大。到2025年末', 'English, sum of three targets; quality targets (counts)');
add('target', '研发经费占GDP那个比重，算的是全社会的还是光规上工业企业的？',
  [['模以上工業']], '支出占GDP比重較2022年提高0.8個', 'either-or on scope; quality targets (R&D share)');
add('target', '我记着规上工业营收跟石化营收在全省都是排第二，没记错吧？',
  [['第三']], '三是在“為全省作出突出貢獻', 'challenged premise on ranks; contribution targets (revenue ranks)');
add('target', '质的有效提升那段里，写着“多少家以上”的目标有俩，排前头那个数的是啥企业？',
  [['高新技術']], '一步壯大。到2025年末', 'first of a kind by position; quality targets (high-tech enterprises)');
add('target', '规上营收 占全省比重 方按咋形容',
  [['步提升']], '三是在“為全省作出突出貢獻', 'terse keywords, typo 方按; contribution targets (revenue share)');

// ---- tasks
add('task', '写汇报材料用：重点任务那部分开头说，是按党的哪次大会提的要求来细化的？',
  [['二十大']], '按照黨的二十大提出的“提升產', 'source of the requirements, civil servant; task intro');
add('task', '我把21项任务做成三页表格，一页七项，第三页打头那项是啥？',
  [['工程建設']], '。與遼河油田共同推進', 'position by page arithmetic (15th); aspect 6');
add('task', '21项里碳达锋那项往后再数两项，是哪项？',
  [['高標']], '施好“千人助千企”專項', 'position relative to a task (18th), typo 达锋; aspect 7');
add('task', '八个方面里最末那个方面，它的头一项任务叫啥？',
  [['人才培引']], '置了抓好“高精尖缺”人才培引、抓好金融服務', 'first task of the last aspect; aspect 8');
add('task', '方案里名字带“计划”俩字的东西有几个？都叫啥？',
  [['興遼英才'], ['盤錦英才'], ['梯度培育']], '新“候鳥式”柔性引才機', 'count by keyword across the plan; aspects 4 and 8');
add('task', '八个方面的标题里带“精准”俩字的有几个？是哪几个？',
  [['提檔為先'], ['向的精準']], '置了抓好“高精尖缺”人才培引、抓好金融服務', 'count of aspect titles by keyword; aspects 5 and 8');
add('task', '龙头带动那块的几项任务里，排头那项是冲着哪家单位去的？',
  [['遼河油田']], '置了抓好遼河油田的穩', 'first task of an aspect, unit named; aspect 2');
add('task', '“实体为本”那块说要突出打造俩“群”，是哪俩群？',
  [['目群'], ['集群']], '拓展高端和高附加值產', 'two items of an emphasis; aspect 3');
add('task', '我们厂想上数字化车间，两化溶合那项说让企业学谁家的智能工厂经验？',
  [['先進'], ['知名企業']], '鏈韌性和安全水平。深入研究重點', 'situation first, homophone 溶合; aspect 3 (smart factory guides)');
add('task', '科技企业按成长阶段分三档养，方案说入档之前得先有个啥“库”？',
  [['備庫']], '群。按照“雛鷹-瞪羚-獨', 'programme described not named; aspect 4 (reserve pool)');
add('task', '质量、标准、认证那一套，方案说是要把各产业往哪个方向推？',
  [['高端']], '培育和招引。全面推動', 'direction of a measure; aspect 5 (quality and brand)');
add('task', '我是学环境的研究生，方案说跟油田一块搞储碳，是想探索一条带啥特色的绿色转型路子？',
  [['遼河特色']], '探索具有遼河特色的綠色轉', 'student; aspect 6 (storage projects)');
add('task', '我在开发区管委会上班，方案对开发区建设是照啥要求来的？最后要提到啥水平？',
  [['一體化'], ['精細']], '格按照市第八次黨代會', 'civil servant, requirement and level; aspect 7 (development zones)');
add('task', '化工下游企业问：石化及精细化工在全市产业里排老几？算第几根“柱子”？',
  [['第一支柱']], '品本地加工,全力促進', 'rank among pillars; aspect 1', { passage_comma: true });
add('task', '两业融合是说工业跟农业融到一块吧？',
  [['制造業'], ['服務']], '反向延伸的制造化,推動', 'challenged premise; aspect 5 (two-industry integration)', { passage_comma: true });
add('task', '解决“卡脖子”难题那句话，是八个方面里哪一块的？那块全称叫啥？',
  [['新為要']], '解決“卡脖子”難題。', 'membership of a phrase, aspect title; aspect 4');

// ---- policy (aspect 8)
add('policy', '我们是搞海工装备的小公司，想从南方挖个博士团队过来，市里人才这块有没有啥支持？',
  [['興遼英才', '盤錦英才', '帶土移植', '候鳥式', '高層次']], '新“候鳥式”柔性引才機', 'situation first, 有没有支持; aspect 8 (talent)');
add('policy', '我开个小机加厂，二十来号人，银行那边贷款老卡脖子，方案有没有让银行多放点？',
  [['貸款投放', '融資需求', '銀行機']], '更好地滿足中小微企業', 'situation first, colloquial 卡脖子 (not the tech phrase); aspect 8 (SME loans)');

// ---- owners / speakers
add('owner', '发布人里名字是仨字的有几位？都是哪个局的？',
  [['王培夙'], ['王國君']], '局黨組成員、副局長王培夙', 'count by name length; speaker list');
add('owner', '名单按顺序排，王健下面那个人叫啥、打哪个单位来的？',
  [['劉云'], ['科技局']], '市科技局黨組成員、副局長劉云', 'next in the speaker list; speaker list');
add('owner', '台上三个姓王的，按名单顺序夹当间儿那个王是哪个局的？',
  [['商務']], '局黨組成員、副局長王培夙', 'middle of a subset; speaker list');
add('owner', '方案后续是营商局牵头抓落实吧？',
  [['信息化局']], '展的重要遵循。下一步', 'challenged premise, implementing bureau; closing paragraph');
add('owner', 'Which five bureaus sent deputy directors to the Panjin briefing? For my notes, give in Chinese the bureau of the speaker surnamed Yang.',
  [['金融發']], '展局黨組成員、副局長楊光', 'English, bureau by surname; speaker list');
add('owner', 'After the briefing, what three "-isations" did the implementing bureau promise to use in carrying the plan out? Please quote the Chinese terms.',
  [['清單化'], ['工程化']], '目化、工程化抓好落實', 'English, implementing bureau’s methods; closing paragraph');

// ---- measures
add('measure', '我在组织口上班，保障那三条里归我们这口管的是哪条？它是冲着啥目的去的？',
  [['組織保障'], ['層層落實']], '開放合作、做好督查督辦3項', 'situation first, measure and aim; safeguard measures');
add('measure', '方案讲完党的领导贯穿全过程，接着说要把干部干事创业的啥给调动起来？',
  [['激情']], '增長各方面全過程,激發', 'fill in a word; safeguard measures', { passage_comma: true });

// ---- refusals
refuse('方案说21项任务都配了具体指标，那“抓好质量品牌建设”这项，三年要新增几个省级名牌产品？',
  'oos; per-task indicators not published (aspect 5, indicator line)', ['名牌产品']);
refuse('加强开放合作那条，三年要引进多少个亿元以上的大项目？方案有硬数没？',
  'oos; number of projects to attract not given (safeguard measures)', ['亿元']);
refuse('辽河油田稀油增量提效，每年稀油得增产多少万吨？',
  'oos; light-oil increment not given (aspect 2)', ['增产']);
refuse('市里现在有几家科技企业孵化器？方案说没说再新建几家？',
  'oos; incubators not counted (aspect 4)', ['孵化器']);
refuse('这个工业三年方案落地以后，能给盘锦新增多少个就业岗位？方案里算过这笔账没？',
  'oos; employment effect not given (targets)', ['就业', '岗位']);
refuse('我们做石化配套的，方案说提高配套能力，那本地配套率要达到百分之多少？',
  'oos; local supporting rate not given (aspect 1)', ['配套率', '%']);

// ---- conversations
const C = [];
const conv = (turns, must, passage, note, extra = {}) =>
  C.push({ id: 'p12-m' + String(C.length + 1).padStart(2, '0'), kind: 'multi', turns, must, passage, note, ...extra });
conv(['碳达峰这事方案是咋安排的？', '跟它同一块的打头那项任务，市里是跟谁合伙干的？'],
  [['遼河油田']], '。與遼河油田共同推進', 'follow-up to the first task of the same aspect; aspect 6 (storage projects)');
conv(['会上科技局来人了吗？', '他在名单上前后挨着的俩人，分别是哪个局的？'],
  [['信息化局'], ['商務']], '和信息化局黨組成員、副局長王健', 'follow-up neighbours in the list; speaker list');
conv(['“抓好质量品牌建设”归八个方面里的哪块？', '那块三项任务里夹中间那项，是拿啥当纽带挑突破口的？'],
  [['鏈為紐帶']], '鏈為紐帶,選擇最有基礎', 'follow-up middle task; aspect 5 (emerging industries)', { passage_comma: true });
conv(['发布会最后说下一步谁来抓落实？', '那家单位那天派上台的是哪位？'],
  [['王健']], '和信息化局黨組成員、副局長王健', 'chain from closing paragraph to speaker; closing paragraph and speaker list');
conv(['质的有效提升那块，头一个量化指标说的是啥？', '它拿哪一年当比的基数？'],
  [['2022']], '支出占GDP比重較2022年提高0.8個', 'follow-up baseline year; quality targets (R&D share)');
conv(['兴辽英才计划跟盘锦英才计划，方案里都提了是吧？', '那这俩计划今年各有多少名额？咋申报？'],
  null, null, 'oos; quotas and application of the talent programmes not given (aspect 8)', { refuse: true, absent: ['名额', '申报'] });

const clean = o => { const r = {}; for (const [k, v] of Object.entries(o)) if (v !== null && v !== undefined) r[k] = v; return r; };
fs.writeFileSync(new URL('./questions.jsonl', import.meta.url), Q.map(o => JSON.stringify(clean(o))).join('\n') + '\n');
fs.writeFileSync(new URL('./conversations.jsonl', import.meta.url), C.map(o => JSON.stringify(clean(o))).join('\n') + '\n');
console.log(`wrote ${Q.length} questions, ${C.length} conversations`);
