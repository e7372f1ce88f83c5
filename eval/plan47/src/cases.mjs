// plan47 cases, written by hand from the seed /work/shared/seed/000_87c328761f19b533.txt.
// note = line of the seed that answers (passage cut from a gloss-free stretch of that line);
// refusals carry `absent` (strings an answer would need; 0 occurrences in the folded text) and `present`.
export const DOC = '盘锦市工业增长三年行动专项方案(新闻发布会解读)';
export const singles = [
  // ---- press conference (lines 1-8)
  { kind: 'date', q: '我表姐在报社跑政务口，那回专讲工业三年方案的吹风会她请假没去成，托我问下究竟是几月几号开的', must: [['3月30日']], passage: '3月30日,市政府新闻办召开', note: 'line 2: 3月30日' },
  { kind: 'fact', q: '这套主题发布会是一期接一期办的，聊工业增长那期的序号是多少？', must: [['第二场']], passage: '施全面振兴新突破三年行动', note: 'lines 1-2: 系列第二场' },
  { kind: 'fact', q: '朋友圈转的海报把年份裁没了，这份工业方案书名号后面括号里标的起止年是哪两年？', must: [['2023'], ['2025']], passage: '方案(2023-2025年)》,重点', note: 'line 2: 方案(2023-2025年)' },
  { kind: 'owner', q: '会务组要给台上嘉宾做桌牌，姓王的来了好几位，工业和信息化那个局出的副局长全名叫啥', must: [['王健']], passage: '和信息化局党组成员、副局长王健', note: 'line 4: 工信局副局长王健' },
  { kind: 'owner', q: '杨光副局长管的是钱袋子那条线还是招商那条线？他所在单位全称', must: [['金融']], passage: '展局党组成员、副局长杨光', note: 'line 7: 市金融发展局副局长杨光' },
  { kind: 'owner', q: '优化营商环境那口子的局这回也派人上台了吧，派的哪位领导？', must: [['王国君']], passage: '市营商局党组成员、副局长王国君', note: 'line 8: 市营商局副局长王国君' },
  { kind: 'overview', q: '要是把那场会讲的东西拆成三大块写个提纲，通稿开头自己是按哪三块来归纳的？', must: [['总体目标'], ['具体举措']], passage: '整“三篇大文章”,扎实', note: 'line 2: 总体目标、重点任务和具体举措 (passage: nearest gloss-free stretch of that sentence)' },
  // ---- overall goal (line 11)
  { kind: 'target', q: '除了眼前这三年，方案还把眼光放到了更远的哪一年？那会儿要达成个啥', must: [['2035'], ['基本实']], passage: ',为2035年基本实', note: 'line 11: 为2035年基本实现现代化打下坚实基础' },
  { kind: 'number', q: '省里规划的万亿量级基地有好些个，方案说盘锦要为它们贡献力量，这“好些个”具体等于几？', must: [['三个']], passage: '体系提供有力支撑,为辽宁建设', note: 'line 11: 为辽宁建设三个万亿级产业基地贡献更大力量' },
  { kind: 'fact', q: '盘锦在全省振兴先行区里给自个儿安了个什么名号？好像是部队里的叫法', must: [['主力军']], passage: '“主力军”地位日益稳', note: 'line 11: 先行区“主力军”地位日益稳固' },
  // ---- targets (lines 12-15)
  { kind: 'target', q: '增加值增速指标有没有写成百分之几？要是没写，兜底的参照是啥', must: [['全省平均']], passage: '增加值年均增速不低于全省平均水平', note: 'line 13: 年均增速不低于全省平均水平' },
  { kind: 'number', q: '我对象在采油厂倒班，他说文件里对地下挖出来的油和气就一句话，守住多大的年产量级别？', must: [['千万吨']], passage: '增加值年均增速不低于全省平均水平;油气采掘业', note: 'line 13: 油气采掘业继续保持千万吨稳产' },
  { kind: 'target', q: '我们盘锦这个石化基地做大了，是要托住省里一个什么档次的大盘子？', must: [['世界级']], passage: ';全国重要的石化及精细', note: 'line 13: 支撑辽宁建设世界级石化及精细化工产业基地' },
  { kind: 'target', q: '我们公司上个月刚拿到“高企”牌子。全市想在这三年里把这类企业攒到多少家？', must: [['230']], passage: '到230家以上;雏鹰、瞪羚、独', note: 'line 14: 高新技术企业数量达到230家以上' },
  { kind: 'number', q: '雏鹰瞪羚独角兽，仨梯队凑一块儿三年后得有几家打底？', must: [['130']], passage: '到130家以上;三年累计', note: 'line 14: 雏鹰、瞪羚、独角兽企业数量达到130家以上' },
  { kind: 'target', q: '研发花销那个比例，拿哪一年当起点、往上抬零点几？', must: [['2022'], ['0.8']], passage: '支出占GDP比重较2022年提高0.8个', note: 'line 14: R&D内部经费支出占GDP比重较2022年提高0.8个百分点' },
  { kind: 'target', q: '等到二五年底，全市规上工业企业挣的营收放进全省各个市里比，盘算排老几？', must: [['第三位']], passage: '居全省第三位;石化及精细', note: 'line 15: 规上工业营业收入……稳居全省第三位' },
  { kind: 'target', q: '粮油加工那块的营业额名次，是求稳还是往上蹿？蹿到哪一档？', must: [['第三位']], passage: '收入占全省比重明显攀升,跃居全省第三位;规', note: 'line 15: 粮油加工营业收入……跃居全省第三位' },
  { kind: 'number', q: '化工（连同精细化工）的收入在辽宁坐的是第几把交椅，方案要它一直坐稳？', must: [['第二位']], passage: '居全省第二位;粮油加工营业', note: 'line 15: 石化及精细化工营业收入……稳居全省第二位' },
  // ---- tasks (lines 17-26)
  { kind: 'number', q: '想给重点任务画张思维导图：一级分支几个，末梢加起来几条？', must: [['8个'], ['21项']], passage: '突出的原则,围绕全力推动', note: 'line 17: 细化设置了8个方面共计21项任务' },
  { kind: 'condition', q: '起草那二十来条任务的时候，是撒胡椒面还是有所侧重？方案交代的原则怎么讲', must: [['高度聚焦']], passage: '化”的具体要求,本著高度聚焦、重点', note: 'line 17: 本著高度聚焦、重点突出的原则' },
  { kind: 'fact', q: '全市工业里被方案捧为头号顶梁柱的是哪一行？', must: [['石化']], passage: '展需要,提高为石化及精细', note: 'line 18: 聚焦石化及精细化工这个第一支柱产业' },
  { kind: 'measure', q: '要让石油化工的产品留在盘锦当地深加工，拿什么做衡量的基准？', must: [['物料平衡']], passage: '品本地加工,全力促进', note: 'line 18: 以物料平衡为基准，推动石化产品本地加工' },
  { kind: 'task', q: '辽河油田产的油分稀稠两种，文件给这两种各定了啥调子？', must: [['增量提效'], ['提质']], passage: '。全力支持辽河油田稀油增量提效、稠油优', note: 'line 19: 稀油增量提效、稠油优化提质' },
  { kind: 'list', q: '油田和地方、中央企业和地方之间，方案希望怎么搭伙？具体提法', must: [['油地融合'], ['央地合作']], passage: '油地融合、央地合作、大中小企业', note: 'line 19: 油地融合、央地合作、大中小企业协同' },
  { kind: 'measure', q: '厂子想上智能化，文件说可以照搬外地或大牌企业的哪种建设手册？', must: [['智能工厂']], passage: '链韧性和安全水平。深入研究重点', note: 'line 20: 推广应用先进地区、知名企业智能工厂建设指南 (passage: nearest gloss-free stretch)' },
  { kind: 'measure', q: '重大科研项目准备用“谁有本事谁来干”的法子组织攻关，文件里管这套叫啥制度？', must: [['揭榜挂帅']], passage: '目“揭榜挂帅”制度,组织开展联', note: 'line 21: 推行重大科技项目“揭榜挂帅”制度' },
  { kind: 'list', q: '对科技型企业要加大力度的四个动作，除了培育、引进，另外俩是啥？', must: [['孵化'], ['扶植']], passage: '、扶植力度,打造科技型企业', note: 'line 21: 加大科技型企业的孵化、培育、引进、扶植力度' },
  { kind: 'condition', q: '挑新兴产业的突破口，方案开出的挑选门槛是啥样的', must: [['最有基础']], passage: '链为纽带,选择最有基础', note: 'line 22: 选择最有基础和条件、最具战略特质的核心技术及关键领域' },
  { kind: 'task', q: '工业碳排放见顶这件事，是各行一块儿同时到顶，还是排着队一拨一拨来？', must: [['梯次']], passage: '型之路。紧紧围绕国家及省确定的工业', note: 'line 23: 推进各行业落实碳达峰目标任务、实行梯次达峰' },
  { kind: 'condition', q: '工厂打算报个绿色方面的试点，文件鼓励的起步门槛是哪一级？市级够不够', must: [['省级']], passage: '型之路。紧紧围绕国家及省确定的工业', note: 'line 23: 引导企业开展省级以上绿色发展各类试点示范创建工作 (passage: nearest gloss-free stretch)' },
  { kind: 'measure', q: "Block seven's helping-hand drive for local firms goes by what name?", must: [['千人助千企']], passage: '施好“千人助千企”专项', note: 'line 24: 高标准实施好“千人助千企”专项行动 (English)' },
  { kind: 'task', q: '第七块讲一软一硬两手，软的靠啥提、硬的靠啥提？', must: [['服务'], ['园区']], passage: '。聚焦群策群力,突出增强', note: 'line 24: 增强服务提升软实力、加强园区建设提升硬实力' },
  { kind: 'list', q: '孩子在外地读研，我想知道盘锦招人才挂了哪些名目的计划和专项行动，给他参考', must: [['兴辽英才'], ['留辽来辽']], passage: '置了抓好“高精尖缺”人才培引、抓好金融服务', note: 'line 25: “兴辽英才计划”“盘锦英才计划”和“百万学子留辽来辽”专项行动' },
  { kind: 'measure', q: '有的老专家只愿意夏天来住几个月干活，冬天回南方，方案里有对上号的引才路数吗？', must: [['候鸟式']], passage: '新“候鸟式”柔性引才机', note: 'line 25: 创新“候鸟式”柔性引才机制' },
  { kind: 'policy', q: '我开小五金厂，跑银行批款老费劲。方案在银行放钱这事上对我们这号小厂咋说的？', must: [['投放'], ['融资需求']], passage: '贷款投放力度,更好地满足中小微企业', note: 'line 25: 引导银行机构加大对中小微企业贷款投放力度，满足融资需求' },
  { kind: 'owner', q: 'Which agency employs Liu Yun, one podium speaker?', must: [['科技局']], passage: '市科技局党组成员、副局长刘云', note: 'line 5: 市科技局副局长刘云 (English)' },
  { kind: 'policy', q: '打算几年后去交易所敲钟的本地企业，方案在资本市场这头给了啥方向？', must: [['上市']], passage: '贷款投放力度,更好地满足中小微企业', note: 'line 25: 加快推进企业上市工作，帮助企业利用资本市场做强做优、提质增效 (passage: nearest gloss-free stretch)' },
  // ---- closing parts (lines 26-29)
  { kind: 'fact', q: '领导让我写督办通报，说这21条都配了指标，目的是让工作达到哪几个“可”？', must: [['可量化'], ['可考核']], passage: '估、可量化、可考核。', note: 'line 26: 确保各项工作做到可评估、可量化、可考核' },
  { kind: 'list', q: '为了让方案不落空，最后那部分定了几条保底的招？各叫啥', must: [['组织保障'], ['开放合作'], ['督查督办']], passage: '开放合作、做好督查督办3项', note: 'line 28: 强化组织保障、加强开放合作、做好督查督办3项措施' },
  { kind: 'owner', q: '后头拆解目标、琢磨配套政策这摊事，文件点名由谁来干？', must: [['信息化局']], passage: '展的重要遵循。下一步,市工业', note: 'line 29: 市工业和信息化局将……进一步细化分解目标，谋划政策措施' },
  { kind: 'measure', q: '抓落实要变成一张张单子、一个个项目，文件原话里是哪几个“化”？', must: [['清单化'], ['工程化']], passage: '目化、工程化抓好落实', note: 'line 29: 清单化、项目化、工程化抓好落实' },
  // ---- refusals
  { kind: 'oos', refuse: true, q: '电子信息那个产业基地，到二五年产值要冲到多少个亿？', absent: ['产值', '亿元', '百亿'], present: ['电子信息', '初具规'], note: 'line 13 only says 电子信息产业基地建设初具规模; no output value' },
  { kind: 'oos', refuse: true, q: '三年里打算推动几家本地企业挂牌上市？有硬指标没', absent: ['上市企业', '家企业上市', '上市公司', '挂牌'], present: ['企业上市'], note: 'line 25 says 加快推进企业上市工作 with no count' },
  { kind: 'oos', refuse: true, q: '小微企业借钱能拿财政贴息不？年化能压到几个点', absent: ['贴息', '利率', '担保', '降息', '财政', '年化'], present: ['中小微企业', '贷款投放'], note: 'line 25 asks banks to lend more; no interest subsidy or rate' },
  { kind: 'oos', refuse: true, q: '发布会在哪个会场举行的？现场主持是哪位领导', absent: ['主持', '地点', '会议室', '会场', '大厦', '大楼'], present: ['新闻办', '发布人'], note: 'the release names no venue and no moderator' },
  { kind: 'oos', refuse: true, q: '三年后数字化车间、智能化工厂各要落地几家？', absent: ['数字化车间', '个智能工厂', '示范工厂', '家智能工厂'], present: ['智能工厂', '数字化应用场景'], note: 'line 20 mentions 智能工厂建设指南 only; no count' },
  { kind: 'oos', refuse: true, q: '高新技术企业在盘锦能享受几个点的所得税优惠？', absent: ['所得税', '税收', '减按', '15%', '优惠'], present: ['高新技术企业'], note: 'only the 230家 target is given; no tax treatment' },
];
export const conversations = [
  { turns: ['商务系统出席的那位局级副职叫什么名字', '顺着名单往下，下一个人的工作单位是？'], must: [['金融']], note: 'lines 6-7: 王培夙 (商务局), next 杨光 of 市金融发展局' },
  { turns: ['听说和油田合伙弄了几座地下大仓库，装的都是些啥？', '那搞这些是想趟出一条带谁家印记的转型路？'], must: [['辽河特色']], note: 'line 23: 三大储库; 探索具有辽河特色的绿色转型之路' },
  { turns: ['质量提升这一维度底下，方案一共列了几个具体数？', '那里头排最末尾的一项，三年加起来要多少？'], must: [['60']], note: 'line 14: 三年累计实施核心技术攻关60项以上' },
  { turns: ['第八方面里那个“带土移植”是啥意思？', '那照这个路子引进一支队伍，市里给多少安家费或者启动资金？'], refuse: true, absent: ['安家', '启动资金', '万元', '补贴', '奖励'], present: ['带土移植', '项目+团队'], note: 'line 25 names 带土移植工程 only; no money for teams' },
  { turns: ['发布会压轴是工信局表态，大意是啥？', '那最后一句说要打赢的是一场什么仗？'], must: [['翻身仗']], note: 'line 29: 打好工业“翻身仗”' },
  { turns: ['第七方面里讲园区的那条任务叫什么？', '那精细化这事，遵照的哪一届市党代会？'], must: [['第八次']], note: 'line 24: 严格按照市第八次党代会提出的“六个一体化”要求' },
];
