// plan49 cases, written by hand from /work/main/knowledge/盘锦市工业增长三年行动专项方案-新闻发布会解读.txt.
// note = line of the document that answers (passage cut from a gloss-free stretch of that line);
// refusals carry `absent` (strings an answer would need; 0 occurrences in the folded text) and `present`.
export const DOC = '盘锦市工业增长三年行动专项方案(新闻发布会解读)';
export const singles = [
  // ---- press conference (lines 1-8)
  { kind: 'date', q: '我给老板排日程本补记录，上回市政府讲工业三年专项那个发布会是哪天开的呀？', must: [['3月30日']], passage: '3月30日,市政府新闻办召开', note: 'line 2: 3月30日' },
  { kind: 'fact', q: '二十大精神那套系列发布会，讲工业增长这回排第几场？', must: [['第二场']], passage: '3月30日,市政府新闻办召开', note: 'line 1-2: 主题系列第二场新闻发布会' },
  { kind: 'owner', q: '工信口子上去发布的那位副局长，全名是啥？我要写感谢信', must: [['王健']], passage: '和信息化局党组成员、副局长王健', note: 'line 4: 市工业和信息化局副局长 王健' },
  { kind: 'owner', q: '我是开饭店的，营商环境这块有事想找人，那天营商局出席的副局长叫什么名字', must: [['王国君']], passage: '市营商局党组成员、副局长王国君', note: 'line 8: 市营商局副局长 王国君' },
  { kind: 'owner', q: "Panjin press briefing: Yang Guang's employer?", must: [['金融']], passage: '展局党组成员、副局长杨光', note: 'line 7: 市金融发展局副局长 杨光' },
  // ---- overall goal (line 11)
  { kind: 'overview', q: '学生作业要概括：三年过后盘锦工业整体会是个什么面貌，总目标怎么描述的', must: [['布局'], ['韧性', '主力军', '渐行渐']], passage: '链韧性和安全水平明显提升,新型工业', note: 'line 11: 产业布局、结构调整、数字化升级 …; 链韧性 …; 主力军' },
  { kind: 'target', q: '爷爷问：咱盘锦往“新型工业化”那个方向迈步，三年以后要迈得咋样才算数', must: [['渐行渐']], passage: '链韧性和安全水平明显提升,新型工业', note: 'line 11: 新型工业化道路渐行渐稳' },
  { kind: 'target', q: '省里规划的特大号产业基地，每个得有多大块头，总共几处？我写社会实践报告用', must: [['三个'], ['万亿级']], passage: '体系提供有力支撑,为辽宁建设', note: 'line 11: 为辽宁建设三个万亿级产业基地贡献更大力量' },
  { kind: 'date', q: '远景那句话里提到的现代化，是冲着哪个年份去打地基的', must: [['2035']], passage: ',为2035年基本实', note: 'line 11: 为2035年基本实现现代化打下坚实基础' },
  // ---- targets (lines 12-15)
  { kind: 'target', q: '辽河边上采油气的，到25年底产量方面是要翻番还是守住某个量级？', must: [['千万吨']], passage: '增加值年均增速不低于全省平均水平;油气采掘业', note: 'line 13: 油气采掘业继续保持千万吨稳产' },
  { kind: 'target', q: '种粮大户问一句：方案里给咱东北粮食这一块定位成什么样的基地？', must: [['集散'], ['精深加工']], passage: '基地的作用凸显;东北粮食集散和精深加工基地实', note: 'line 13: 东北粮食集散和精深加工基地实力稳步增强' },
  { kind: 'target', q: '小伙子做贴片焊接的，想知道芯片电路这类行业的基地，到期末预计成个啥样子', must: [['初具规']], passage: '基地的作用凸显;东北粮食集散和精深加工基地实', note: 'line 13: 电子信息产业基地建设初具规模 (the gloss-free passage is the neighbouring clause)' },
  { kind: 'target', q: '全国重要的石化精细化工基地那条，说要给辽宁哪一档规格的同类基地当支撑？', must: [['世界级']], passage: '基地的作用凸显;东北粮食集散和精深加工基地实', note: 'line 13: 支撑辽宁建设世界级石化及精细化工产业基地的作用凸显' },
  { kind: 'date', q: 'R&D投入占比要多出零点八个点，这个“多出”是拿哪年当基数比的', must: [['2022']], passage: '支出占GDP比重较2022年提高0.8个', note: 'line 14: 较2022年提高0.8个百分点' },
  { kind: 'number', q: '家人们谁懂啊，高企到2025年底盘锦要凑够多少家？', must: [['230']], passage: '到230家以上;雏鹰、瞪羚、独', note: 'line 14: 高新技术企业数量达到230家以上' },
  { kind: 'number', q: '小雏鹰、瞪羚加上独角兽三种一块儿算，目标数是几家往上', must: [['130']], passage: '到130家以上;三年累计', note: 'line 14: 雏鹰、瞪羚、独角兽企业数量达到130家以上' },
  { kind: 'number', q: '关键核心技术攻坚累计干多少项才算完成任务？我们研究所想心里有个数', must: [['60']], passage: '到130家以上;三年累计', note: 'line 14: 三年累计实施核心技术攻关60项以上' },
  { kind: 'target', q: '科研投入占GDP那一项，除了提高零点八，对比辽宁其他城市还有位次要求吗', must: [['第三位']], passage: '支出占GDP比重居全省第三位。', note: 'line 15: R&D内部经费支出占GDP比重居全省第三位' },
  { kind: 'target', q: 'Grain+oil mills: target placing among Liaoning cities, 2025?', must: [['第三位']], passage: '收入占全省比重明显攀升,跃居全省第三位;规', note: 'line 15: 粮油加工营业收入 … 跃居全省第三位' },
  { kind: 'target', q: '我在炼厂上班，媳妇问咱们这行的收入盘子在全辽宁算老几，方案咋定的', must: [['第二位']], passage: '居全省第二位;粮油加工营业', note: 'line 15: 石化及精细化工营业收入 … 稳居全省第二位' },
  // ---- tasks (lines 17-25)
  { kind: 'number', q: '八个方面底下拆出来的重点任务，加总是多少条', must: [['21']], passage: '估、可量化、可考核。', note: 'line 17/26: 8个方面共计21项任务 (passage: line 26, 21项重点任务 … 可考核)' },
  { kind: 'policy', q: '定这些任务时秉持了怎样的原则？想写进心得体会', must: [['聚焦'], ['突出']], passage: '化”的具体要求,本著高度聚焦、重点', note: 'line 17: 本著高度聚焦、重点突出的原则' },
  { kind: 'fact', q: '盘锦经济的压舱石产业，这份方案里点名是哪个', must: [['石化']], passage: '展需要,提高为石化及精细', note: 'line 18: 聚焦石化及精细化工这个第一支柱产业' },
  { kind: 'measure', q: '炼出来的产品是外运还是留在当地深加工？以啥为准来安排的', must: [['本地加工'], ['物料平衡']], passage: '品本地加工,全力促进', note: 'line 18: 以物料平衡为基准,推动石化产品本地加工' },
  { kind: 'list', q: '龙头带着中小企业抱团那段，点了哪几种融合合作？列出来', must: [['油地融合'], ['央地合作']], passage: '油地融合、央地合作、大中小企业', note: 'line 19: 积极推动油地融合、央地合作、大中小企业协同' },
  { kind: 'measure', q: '夯实工业基础的措施里，为了提高上下游抗风险本事，开展的专门行动叫个啥', must: [['培育提升']], passage: '链韧性和安全水平。深入研究重点', note: 'line 20: 深入开展产业链培育提升专项行动' },
  { kind: 'measure', q: '两化融合这块，打算把外地哪些现成经验拿来推广？', must: [['智能工厂']], passage: '链韧性和安全水平。深入研究重点', note: 'line 20: 推广应用先进地区、知名企业智能工厂建设指南' },
  { kind: 'task', q: '梯度培育科技公司，除了培育和引进，还要加码哪些环节的扶持', must: [['孵化'], ['扶植']], passage: '、扶植力度,打造科技型企业', note: 'line 21: 加大科技型企业的孵化、培育、引进、扶植力度' },
  { kind: 'measure', q: '大的科研项目谁来干，方案准备采用什么样的组织制度？', must: [['揭榜挂帅']], passage: '目“揭榜挂帅”制度,组织开展联', note: 'line 21: 推行重大科技项目“揭榜挂帅”制度' },
  { kind: 'list', q: '“提档为先”这一部分下面挂了哪三件活儿', must: [['品牌'], ['新兴产'], ['服务']], passage: '展,突出新品牌、新产', note: 'line 22: 抓好质量品牌建设、抓好新兴产业发展、抓好先进制造业与现代服务业融合3项任务' },
  { kind: 'task', q: '碳达峰各个行业是同一时间一起达到，还是有先有后？', must: [['梯次']], passage: '型之路。紧紧围绕国家及省确定的工业', note: 'line 23: 推进各行业落实碳达峰目标任务、实行梯次达峰' },
  { kind: 'measure', q: '低碳转身想走出一条什么样的本地路子？有没有提带地名的特色', must: [['辽河特色']], passage: ',探索具有辽河特色的绿色转', note: 'line 23: 探索具有辽河特色的绿色转型之路' },
  { kind: 'measure', q: '我是环保专员，公司要报绿色试点示范，方案鼓励起码冲哪一级', must: [['省级']], passage: '型之路。紧紧围绕国家及省确定的工业', note: 'line 23: 引导企业开展省级以上绿色发展各类试点示范创建工作' },
  { kind: 'task', q: '第七部分“质效同抓”的两个具体抓手分别是什么内容', must: [['科学'], ['开发']], passage: '。聚焦群策群力,突出增强', note: 'line 24: 抓好高标准科学服务、抓好产业开发区高质量发展2项任务' },
  { kind: 'measure', q: '所谓提升软实力和硬实力，方案分别落在什么上面', must: [['服务'], ['园区']], passage: '。聚焦群策群力,突出增强', note: 'line 24: 增强服务提升软实力、加强园区建设提升硬实力' },
  { kind: 'policy', q: '把外地科研团队连根带人整体搬过来，方案有个形象的工程名吗', must: [['带土移植']], passage: '”“带土移植”工程,创', note: 'line 25: 实施“项目+团队”“带土移植”工程' },
  { kind: 'policy', q: '开小作坊的想贷款，方案对金融机构放贷的侧重对象是谁？', must: [['中小微']], passage: '贷款投放力度,更好地满足中小微企业', note: 'line 25: 引导银行机构加大对中小微企业贷款投放力度' },
  // ---- safeguards and next steps (lines 28-29)
  { kind: 'policy', q: '当干部的问：保障里头把责任讲清楚，是为了保证什么能落下去', must: [['层层落实']], passage: '开放合作、做好督查督办3项', note: 'line 28: 明晰责任确保层层落实到位' },
  { kind: 'policy', q: '党建这一块在保障部分是怎么融进来的，有一句话吗', must: [['贯穿']], passage: '增长各方面全过程,激发', note: 'line 28: 全力把党的领导贯穿于促进工业增长各方面全过程' },
  { kind: 'task', q: '下一步抓落地，牵头部门说要用什么样的方式推进，几个“X化”的说法', must: [['清单化'], ['工程化']], passage: '目化、工程化抓好落实', note: 'line 29: 清单化、项目化、工程化抓好落实' },
  { kind: 'fact', q: '发布会结尾表决心，工业要打一场什么“仗”？帮我补全朋友圈文案', must: [['翻身仗']], passage: '振兴率先突破,打好工业', note: 'line 29: 打好工业“翻身仗”' },
  { kind: 'fact', q: '调结构的“大文章”是多少篇？考公面试可能考到', must: [['三篇']], passage: '整“三篇大文章”,扎实', note: 'line 2/29: 全面做好结构调整“三篇大文章”' },
  // ---- refusals
  { kind: 'oos', refuse: true, q: '助企服务行动派出去的机关人员总数是多少，一人对接几户企业', absent: ['包联', '名干部', '每名', '千名'], present: ['千人助千企'], note: 'line 24 names the action only; no cadre count or pairing ratio' },
  { kind: 'oos', refuse: true, q: '节能指标呢？单位产值能源消耗三年削减百分之几，方案有没有写', absent: ['能耗', '能源消耗', '节能', '下降', '降低'], present: ['碳达峰', '百分点'], note: 'line 23 speaks of 碳达峰/梯次达峰 only; the only 百分点 is the R&D target' },
  { kind: 'oos', refuse: true, q: '芯片电路行业三年后销售收入目标具体是多少钱', absent: ['亿元', '个亿'], present: ['电子信息', '初具规'], note: 'line 13: 电子信息 only 初具规模, no revenue figure' },
  { kind: 'oos', refuse: true, q: '博士来盘锦落户，安家费和生活补贴各给多少？', absent: ['安家', '补贴', '万元', '落户'], present: ['盘锦英才', '候鸟'], note: 'line 25 names talent schemes, no money' },
  { kind: 'oos', refuse: true, q: '记者想回看现场，那天新闻发布在什么场馆、几楼举行', absent: ['会议室', '地点', '发布厅', '大厦'], present: ['新闻办召开'], note: 'lines 1-2 give date and convener, never a venue' },
  { kind: 'oos', refuse: true, q: '三年里新增上市公司的目标是几家？', absent: ['上市公司', '新增上市', '家上市'], present: ['企业上市'], note: 'line 25: 加快推进企业上市工作, no number' },
];
export const conversations = [
  { turns: ['第六方面讲低碳环保的，拆了多少条工作', '那跟碳排放峰值有关的那条，对标的是哪一级定的目标'], must: [['国家及省']], note: 'line 23: 紧紧围绕国家及省确定的工业领域碳达峰工作目标' },
  { turns: ['高企这一类要发展到多少户？帮我查下', '那这个数的截止时间呢'], must: [['2025']], note: 'line 14: 到2025年末 … 高新技术企业数量达到230家以上' },
  { turns: ['想去应聘人才项目，方案里叫某某英才计划的有哪些', '那其中带咱市名的叫啥'], must: [['盘锦英才']], note: 'line 25: “兴辽英才计划”“盘锦英才计划”' },
  { turns: ['粮油加工的营收给定了个什么全省位次？', '那这个位次是守住就行还是得往上冲？'], must: [['跃居']], note: 'line 15: 粮油加工 … 明显攀升,跃居全省第三位' },
  { turns: ['听说方案让企业学习外地数字化车间的样板', '那照做建成了，政府给多少奖补资金'], refuse: true, absent: ['奖补', '补助', '奖励', '万元'], present: ['智能工厂'], note: 'line 20 only mentions 推广智能工厂建设指南; no subsidy' },
  { turns: ['新兴产业那块准备怎么发展', '那它挑重点突破的领域，看重哪些条件'], must: [['最有基础']], note: 'line 22: 选择最有基础和条件、最具战略特质的核心技术及关键领域进行重点突破' },
];
