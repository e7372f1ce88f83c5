// build.mjs — writes questions.jsonl and conversations.jsonl for the plan10 suite.
// must / passage strings are copied from the plan in its own (traditional) characters, gloss-free.
import fs from 'fs';
const N = '盘锦市工业增长三年行动专项方案-新闻发布会解读';
const Q = [];
const add = (kind, q, must, passage, note, extra = {}) => Q.push({ kind, q, must, passage, note, ...extra });

// ---- overview ----
add('overview', '帮我看下这句导语有没有毛病：“3月31日，市政府新闻办召开系列第三场发布会，解读盘锦工业增长三年行动方案。”日子和场次对不对？',
  [['3月30日'], ['第二場']], '市政府新聞辦召開“貫徹黨的二十大精神——實', 'correction of a wrong date and session number; lead paragraph');
add('overview', '说白了，这份工业三年方案对往后几年全市抓工业算个啥？发布会收尾给它下了个啥定性？',
  [['重要遵循']], '方案》是今后三年全市工業', 'status of the plan; closing paragraph');
add('overview', '那天的发布会是个系列里的，系列总题目我就记住前半截“贯彻党的二十大精神”，后半截是啥来着？',
  [['全面振興新突破']], '施全面振興新突破三年行動', 'series title completed from its first half; headline');
add('overview', 'Our chamber of commerce wants the time frame of Panjin\'s industrial growth action plan and the total count of its key tasks, plus the number of headings they sit under.',
  [['21'], ['8'], ['2023']], '整“三篇大文章”、穩', 'English, counts and period; task intro + plan title');

// ---- target ----
add('target', '我看外地的工业方案都写规上增加值年均增长7%、8%啥的，咱盘锦这份写的是几个点？',
  [['不低于全省平均']], '增加值年均增速不低于全省平均水平', 'premise of a percentage the plan does not give; quantity targets (growth rate)');
add('target', '我在采油厂上班，家里人问这个工业方案对咱油气产量有没有硬杠杠，是往上冲还是守着？守多少？',
  [['千萬噸']], '增加值年均增速不低于全省平均水平', 'situation first; quantity targets (oil and gas output)');
add('target', '粮食集散加工那个基地跟电子信息那个基地，到二五年末分别要弄成啥样？一个一句话就行',
  [['步增強'], ['初具規']], '東北糧食集散和精深加工基地實', 'two bases compared; quantity targets (grain base, electronics base)');
add('target', '高企这块儿，到二五年底全市得发展到几百家？',
  [['230']], '一步壯大。到2025年末', 'terse colloquial number; quality targets (high-tech enterprises)');
add('target', '方案里有个“130家以上”的数，我没看明白，说的是哪几类企业？',
  [['雛鷹', '瞪羚', '角獸']], '一步壯大。到2025年末', 'reverse lookup from a figure; quality targets (eaglet/gazelle/unicorn)');
add('target', '三年加起来要干“60项以上”的那个，是啥活儿？',
  [['核心技術']], '一步壯大。到2025年末', 'reverse lookup from a figure; quality targets (core technology)');
add('target', '全省那几个名次目标，大多是要“稳居”，有没有哪个是要往上蹿一蹿的？哪个行业、蹿到第几？',
  [['糧油加工'], ['第三']], '收入占全省比重明顯攀升', 'the odd one out among rankings; contribution targets (grain and oil processing)');
add('target', '盘锦工业要给辽宁哪一类产业基地出更大的力？方案原话里说是几个啥级别的基地？',
  [['萬億級']], '增長上為全省作出突出貢獻', 'wording of the overall goal; overall goal (trillion-level bases)');
add('target', '我们是做工业数字话转型服务的，方案总体目标里有没有提到数字化？原文咋写的？',
  [['字化升級']], '鏈韌性和安全水平明顯提升', 'does the plan mention X; overall goal (digital upgrading)');
add('target', '方案总目标往远处看到了哪一年？跟哪个五年规划挂着钩？',
  [['2035'], ['十四五']], '增長上為全省作出突出貢獻', 'years; overall goal (2035, 14th five-year plan)');
add('target', '规上工业营收在全省眼下排第几我不清楚，方案想让它到25年末落在第几，是保位还是争位？',
  [['居全省第三']], '三是在“為全省作出突出貢獻', 'ranking, keep or climb; contribution targets (industrial revenue)');
add('target', 'Two numbers for an investor memo, both due at end-2025: the required rise in the R&D-to-GDP ratio of Panjin\'s above-scale industrial companies, and the floor for the count of certified high-tech firms.',
  [['0.8'], ['230']], '支出占GDP比重較2022年提高0.8個', 'English, two figures; quality targets (R&D share, high-tech enterprises)');
add('target', 'Working as an expat engineer at a Panjin chemical plant, I heard the city wants to crack a set number of key core technologies. What is that number, and by which year-end?',
  [['60'], ['2025']], '一步壯大。到2025年末', 'English, figure and year; quality targets (core technology)');

// ---- task ----
add('task', '石化及精细化工那块，方案是不是说上下游项目放开了随便上？',
  [['有序發'], ['物料平衡']], '品本地加工,全力促進', 'challenged premise; aspect 1 (petrochemical, orderly development)', { passage_comma: true });
add('task', '市里对那些龙头大企业，是光靠往外头招，还是自己也养？',
  [['培育和引進']], '群。圍繞資源綜合利用、頭部企業', 'either-or; aspect 2 (leading enterprises)');
add('task', '方案里是不是专门有一项任务是冲着咱盘锦那家最大的央企油田去的？任务全名叫啥？',
  [['遼河油田'], ['定生產']], '置了抓好遼河油田的穩', 'programme described, not named; aspect 2 (Liaohe oilfield task)');
add('task', '我们准备上个新项目，想知道市里眼下鼓励项目往啥方向靠？',
  [['高附加值', '高端']], '拓展高端和高附加值產', 'situation first; aspect 3 (project construction)');
add('task', '我们做MES系统的，方案讲工业化和信息化融合那块，具体要推广啥东西？',
  [['智能工廠']], '鏈韌性和安全水平。深入研究重點', 'situation first; aspect 3 (two-way integration)');
add('task', '我们是刚注册两年的科技小公司，市里对我们这类企业有没有成体系的培养路子？这个计划叫啥？',
  [['梯度培育']], '群。按照“雛鷹-瞪羚-獨', 'is there support for; aspect 4 (tech-enterprise cultivation)');
add('task', '我们厂想申请个省名牌，顺带把产品认正也办了，这类事在方案里归哪项任务？',
  [['品牌建']], '培育和招引。全面推動', 'membership with typo; aspect 5 (quality and brands)');
add('task', '提档为先那块，在八个方面里排第几个？底下挂了几项任务？',
  [['五'], ['3項']], '培育和招引。全面推動', 'reverse ordinal of an aspect; aspect 5');
add('task', '方案讲碳达峰，是各行各业齐步走，还是有先有后？目标是照着谁定的来？',
  [['梯次達'], ['國家及省']], '緊緊圍繞國家及省確定的工業', 'either-or; aspect 6 (carbon peaking)');
add('task', '我们园区管委会想对标方案，开发区建设那条是照着啥要求来的？这要求是哪次会上提的？',
  [['一體化'], ['第八次']], '格按照市第八次黨代會', 'situation first, source of a requirement; aspect 7 (development zones)');
add('task', '重点任务分了几大块？每块最多塞了几项？',
  [['8個'], ['3項']], '整“三篇大文章”、穩', 'counts; task intro and aspect sizes');
add('task', '“抓好金融服务体系建设”跟哪项任务搁在同一个方面里？',
  [['高精尖缺']], '置了抓好“高精尖缺”人才培引、抓好金融服務', 'sibling task; aspect 8');
add('task', '第二个方面讲龙头带动，那它下面排最后的那项任务是啥？',
  [['融通']], '引育、抓好大中小企業', 'ordinal within an aspect; aspect 2 (large/medium/small integration)');
add('task', '“稳定配套联合体”这个说法，是在第几个方面里提的？那个方面叫啥？',
  [['龍頭帶']], '置了抓好遼河油田的穩', 'membership of a phrase; aspect 2 heading');

// ---- policy ----
add('policy', '想请大连的一个教授周末过来指导，人不用落户盘锦，方案对这种引人方式有没有说法？',
  [['候鳥式']], '新“候鳥式”柔性引才機', 'programme described, not named; aspect 8 (flexible talent)');
add('policy', '我们是做密封件的小厂，想扩产缺钱，方案金融这块对我们这种规模的企业有啥支持？',
  [['貸款投放', '融資需求']], '更好地滿足中小微企業', 'is there support for; aspect 8 (SME lending)');
add('policy', '公司打算去北交所挂牌，方案在这方面有没有啥支持说法？',
  [['上市'], ['資本市場']], '更好地滿足中小微企業', 'is there support for; aspect 8 (listing)');
add('policy', '听说市里组织机关干部下去一对一上门服务企业，那个行动叫“千人住千企”还是啥？',
  [['千人助千企']], '施好“千人助千企”專項', 'homophone in the name; aspect 7 (service campaign)');
add('policy', '我闺女在广州念大四，市里这方案里有没有动员咱辽宁孩子毕业回来的那种行动？叫啥？',
  [['子留遼來遼']], '新“候鳥式”柔性引才機', 'programme described, not named; aspect 8 (graduates campaign)');

// ---- owner ----
add('owner', '发布人里有没有管金融的？哪个单位、叫啥？',
  [['楊光'], ['金融發']], '展局黨組成員、副局長楊光', 'speaker by field; speaker list');
add('owner', '五位发布人里，哪位是管招商、外贸那摊的局来的？',
  [['王培夙'], ['商務']], '局黨組成員、副局長王培夙', 'speaker by field described; speaker list');
add('owner', '台上那五位，按名单顺序数到第四个，是从哪个局来的？',
  [['金融發']], '展局黨組成員、副局長楊光', 'ordinal in the speaker list; speaker list');
add('owner', '我们企业对方案落实有点建议，按发布会的说法，后续具体抓落实的是哪个部门？',
  [['信息化局']], '展的重要遵循。下一步', 'which unit implements; closing paragraph');

// ---- measure ----
add('measure', '我们科室管督查，方案保障措施里跟我们对口的是哪一条？要确保啥到位？',
  [['督查督辦'], ['行到位']], '開放合作、做好督查督辦3項', 'situation first; safeguard measures (supervision)');
add('measure', '把外地项目引进来这事，方案是写在重点任务里还是保障措施里？对应哪条？',
  [['開放合作']], '開放合作、做好督查督辦3項', 'which part; safeguard measures (opening up)');

// ---- refusals ----
const R = (q, note, absent) => Q.push({ kind: 'oos', q, refuse: true, note, absent });
R('方案说R&D内部经费支出占GDP比重要比2022年提高0.8个百分点，那2022年这个比重本身是多少？', 'oos; baseline value not given (quality targets)', ['%']);
R('引进头部企业的话，市里给不给土地优惠？工业用地价格能打几折？', 'oos; land price discount not in the plan (aspect 2)', ['土地', '地價', '用地']);
R('“候鸟式”引进的专家，一年得在盘锦待够多少天才算数？', 'oos; residence days not in the plan (aspect 8)', ['天']);
R('发布会上记者都提了哪些问题？发布人是怎么回答的？', 'oos; the text has no Q&A session (press conference)', ['記者', '提問']);
R('电子信息产业基地现在已经落了哪几家龙头企业？', 'oos; company names not in the plan (quantity targets)', ['公司', '集團']);
R('市第八次党代会是哪年哪月开的？', 'oos; date of the party congress not in the plan (aspect 7)', ['月召開']);

Q.forEach((c, i) => { c.id = 'p10-' + String(i + 1).padStart(2, '0'); });

const C = [];
const conv = (turns, must, passage, note, refuse = false) => C.push(refuse ? { kind: 'multi', turns, refuse: true, note } : { kind: 'multi', turns, must, passage, note });
conv(['“千人助千企”是个啥行动？', '它在八个方面里算第几块？', '那一块另一项任务是照啥要求来推的？'],
  [['一體化']], '格按照市第八次黨代會', 'follow-up sibling task; aspect 7');
conv(['方案对工业营收的全省名次一共定了几个目标？', '里头哪个定的是第二？'],
  [['石化']], '三是在“為全省作出突出貢獻', 'follow-up by rank; contribution targets');
conv(['“揭榜挂帅”在方案里是个啥？', '推这个主要想破解啥难处？'],
  [['卡脖子']], '解決“卡脖子”難題。', 'follow-up purpose; aspect 4');
conv(['第六个方面是啥？', '里头跟辽河油田一块儿建的是啥？', '搞这个想探索条啥样的路子？'],
  [['遼河特色']], '探索具有遼河特色的綠色轉', 'follow-up chain; aspect 6 (three reservoirs)');
conv(['方案总体目标说要给哪一年打基础？', '那具体目标头一个方面里，油气那条咋说的？'],
  [['千萬噸']], '增加值年均增速不低于全省平均水平', 'follow-up switch of part; overall goal then quantity targets');
conv(['方案里说要推动企业上市是吧？', '那到2025年盘锦要新增几家上市公司？'],
  null, null, 'oos; listing count target not in the plan (aspect 8)', true);
C.forEach((c, i) => { c.id = 'p10-m' + String(i + 1).padStart(2, '0'); });

const order = ['id', 'kind', 'q', 'turns', 'must', 'passage', 'refuse', 'note'];
const line = c => { c.note = c.note; const o = {}; for (const k of order) if (c[k] !== undefined && c[k] !== null) o[k] = c[k];
  for (const k of Object.keys(c)) if (!(k in o) && c[k] != null) o[k] = c[k]; return JSON.stringify(o); };
fs.writeFileSync(new URL('./questions.jsonl', import.meta.url), Q.map(line).join('\n') + '\n');
fs.writeFileSync(new URL('./conversations.jsonl', import.meta.url), C.map(line).join('\n') + '\n');
console.log('questions', Q.length, 'conversations', C.length);
