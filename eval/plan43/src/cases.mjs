// The cases of suite plan43, written by hand from the seed press release (folded to simplified Chinese).
// make.mjs numbers them p43-01 ... p43-48 and p43c01 ... p43c06 in this order.
export const DOC = '盘锦市工业增长三年行动专项方案(新闻发布会解读)';

export const QUESTIONS = [
  // --- release, overall goal
  { kind: 'overview', q: '写周报要填时间：市里新闻办开的那场工业增长解读会，安排在哪一天？', must: [['3月30日']], passage: '3月30日,市政府新闻办召开', note: 'date of the press conference' },
  { kind: 'target', q: '全省搞振兴先行区，盘锦在里头要扮演啥角色，稿子里用了个什么词？', must: [['主力军']], passage: '“主力军”地位日益稳', note: 'role in the pilot zone' },
  // --- targets
  { kind: 'target', q: '月底给老板汇报，规模以上工业增加值的增速，文件要求跟谁比不能落后？', must: [['全省平均']], passage: '增加值年均增速不低于全省平均水平;油气采掘业', note: 'growth of value added: not below the provincial average' },
  { kind: 'target', q: '种粮收粮这行，盘锦要在东北建个啥性质的基地？', must: [['集散'], ['精深加工']], passage: '基地的作用凸显;东北粮食集散和精深加工基地实', note: 'grain hub and deep processing base' },
  { kind: 'target', q: '研发经费占比那项说要多出0.8个百分点，这是拿哪一年的数当底子比的？', must: [['2022']], passage: '支出占GDP比重较2022年提高0.8个', note: 'base year 2022' },
  { kind: 'target', q: '雏鹰那三类“动物”企业，科技局朋友说有个合计指标，是多少家？', must: [['130']], passage: '到130家以上;三年累计', note: 'at least 130' },
  { kind: 'target', q: '给领导写材料：全市规上工业营业收入占全省份额，最后要稳在第几位？', must: [['第三']], passage: '居全省第三位;石化及精细', note: 'industrial revenue share: third in the province' },
  { kind: 'target', q: '石化跟精细化工加起来的营收，文件想让它在辽宁保住第几名？', must: [['第二']], passage: '居全省第二位;粮油加工营业', note: 'second' },
  { kind: 'target', q: '我们开米厂的，想知道辽宁各市里盘锦粮油加工收入的位次目标', must: [['第三']], passage: '收入占全省比重明显攀升,跃居全省第三位;规', note: 'grain and oil processing: third' },
  // --- speakers
  { kind: 'owner', q: '外贸公司想找商务部门聊聊，那天商务这边出面讲话的是哪位？', must: [['王培夙']], passage: '局党组成员、副局长 王培夙', note: 'speaker of the commerce bureau' },
  { kind: 'owner', q: '刘云同志代表的是市里哪个局', must: [['科技局']], passage: '市科技局党组成员、副局长 刘云', note: 'Liu Yun: science and technology bureau' },
  { kind: 'owner', q: '我们是家担保公司，想知道金融发展局那天派了谁来答记者问', must: [['杨光']], passage: '展局党组成员、副局长 杨光', note: 'Yang Guang' },
  { kind: 'owner', q: '王国君副局长是从哪个部门来的？我想打听优化营商环境的事', must: [['营商局']], passage: '市营商局党组成员、副局长 王国君', note: 'Wang Guojun: business environment bureau' },
  { kind: 'owner', q: '发布会以后，把目标往细里拆、排政策的活儿，是哪家单位表态要接着干？', must: [['工业和信息化局']], passage: '展的重要遵循。下一步,市工业', note: 'next steps by the industry and IT bureau' },
  // --- tasks: petrochemicals, leading enterprises, base
  { kind: 'task', q: '石化产品就地转化这件事，稿子里提了个“为基准”的说法，基准是啥？', must: [['物料平衡']], passage: '品本地加工,全力促进', note: 'material balance as the basis; the gloss-free stretch holding 物料平衡 is 9 characters, so the passage is the next clause of the same sentence' },
  { kind: 'task', q: '做化工配套的老板想了解：配套能力要提升，看的是哪片沿海地区石化产业的市场需求', must: [['环渤海']], passage: '展需要,提高为石化及精细', note: 'Bohai rim; the gloss-free stretch is the end of the same sentence' },
  { kind: 'task', q: '油田的稠油，市里在那个工业文件里希望怎么弄？', must: [['优化提质']], passage: '。全力支持辽河油田稀油增量提效、稠油优', note: 'heavy oil: optimise and raise quality; vague document name' },
  { kind: 'task', q: '央企油田跟地方怎么搭伙，大中小企业融通那一项点了哪些合作形式？', must: [['油地融合'], ['央地合作']], passage: '油地融合、央地合作、大中小企业', note: 'oilfield-local integration, central-local cooperation, large/medium/small coordination' },
  { kind: 'task', q: '头部企业配套那些合作，方案说主要围着哪几个方面展开？', must: [['资源综合利用']], passage: '群。围绕资源综合利用、头部企业', note: 'around comprehensive use of resources and supporting head enterprises' },
  { kind: 'task', q: '谋划石化重点项目时，产品结构要往哪个方向拓？', must: [['高附加值', '高端']], passage: '目,拓展高端和高附加值产', note: 'high-end, high value-added products' },
  { kind: 'task', q: '专门培育提升产业链的那个行动，搞它到底图个啥？', must: [['韧性', '安全水平']], passage: '链韧性和安全水平。深入研究重点', note: 'resilience and security of chains' },
  // --- tasks: innovation, upgrading
  { kind: 'task', q: '科技型企业从孵出来到长大，市里说要在哪几个环节多使劲？', must: [['孵化', '扶植']], passage: '、扶植力度,打造科技型企业', note: 'incubation, cultivation, introduction, support' },
  { kind: 'task', q: '联合攻关这套做法，最后是想破解啥难题？', must: [['卡脖子']], passage: ',解决“卡脖子”难题。', note: 'chokepoint problems' },
  { kind: 'task', q: '那个揭榜的做法，文件里说是冲着哪类科研项目用的', must: [['重大科技项目']], passage: '目“揭榜挂帅”制度,组织开展联', note: 'major sci-tech projects' },
  { kind: 'task', q: '新兴产业选关键领域突破，文件说靠什么串联起来？', must: [['产业链']], passage: '链为纽带,选择最有基础', note: 'industrial chain as the link' },
  { kind: 'task', q: '两业融合里服务业往回延伸，要变成啥化？', must: [['制造化']], passage: '反向延伸的制造化,推动', note: 'manufacturing-isation of services' },
  { kind: 'task', q: '对新兴产业，除了自己培养，另一只手是干什么？', must: [['招引']], passage: '培育和招引。全面推动', note: 'cultivate and attract' },
  // --- tasks: green, services, parks
  { kind: 'task', q: '三大储库这摊子，盘锦是拉着谁一块干的', must: [['辽河油田']], passage: '。与辽河油田共同推进', note: 'built together with Liaohe Oilfield' },
  { kind: 'task', q: '储气储碳储能都弄起来以后，想趟出条啥特色的转型道？', must: [['辽河特色']], passage: ',探索具有辽河特色的绿色转', note: 'a green transformation with Liaohe features' },
  { kind: 'task', q: '各行业碳达峰要对表的工作目标，是哪几级定的？', must: [['国家及省', '国家']], passage: '型之路。紧紧围绕国家及省确定的工业', note: 'targets set by the state and the province' },
  { kind: 'task', q: '高标准服务企业那一项，靠的是一个干部包企业的专项行动，它名字叫啥', must: [['千人助千企']], passage: '施好“千人助千企”专项', note: 'the 千人助千企 campaign' },
  { kind: 'task', q: '搞园区的同事总挂嘴边的“六个一体化”，出处是哪个会？', must: [['第八次党代会', '党代会']], passage: '格按照市第八次党代会', note: 'the 8th municipal party congress' },
  // --- tasks: talent and finance
  { kind: 'policy', q: '盘锦那份工业文件第八块“精准对接”底下有哪两项？', must: [['高精尖缺', '人才培引'], ['金融服务']], passage: '置了抓好“高精尖缺”人才培引、抓好金融服务', note: 'talent and financial services tasks; vague document name' },
  { kind: 'policy', q: 'Recruiter here. Flexible expert hiring, bird-style: Chinese label?', must: [['候鸟式', '候鸟']], passage: '新“候鸟式”柔性引才机', note: 'English question; migratory-bird style flexible talent mechanism' },
  { kind: 'policy', q: '引人才的时候把原来的团队和项目一起连根搬过来，这种工程文件里怎么称呼', must: [['带土移植']], passage: '”“带土移植”工程,创', note: 'transplant with the soil' },
  { kind: 'policy', q: '方案让银行加大放贷，主要照顾的是哪类企业？', must: [['中小微企业', '中小微']], passage: '贷款投放力度,更好地满足中小微企业', note: 'small, medium and micro enterprises' },
  // --- measures, wrap-up
  { kind: 'measure', q: '想确认一下三条保障里排最后的那条，原话是“做好”什么？', must: [['督查督办']], passage: '开放合作、做好督查督办3项', note: 'supervision measure' },
  { kind: 'measure', q: '发布会最后，工信局说落实要走哪三个“化”？', must: [['清单化'], ['项目化'], ['工程化']], passage: ',谋划政策措施,清单化、项', note: 'list, project, engineering' },
  { kind: 'overview', q: 'Closing slogan: industry must win what kind of fight? Chinese pls', must: [['翻身仗']], passage: '振兴率先突破,打好工业', note: 'English question; turnaround battle' },
  { kind: 'overview', q: '那个工业发布会材料里，怎么形容这份方案对往后三年全市工业的意义？', must: [['重要遵循']], passage: '展的重要遵循。下一步,市工业', note: 'important guide; vague document name' },
  { kind: 'task', q: '老板问工业方案那些重点任务是按什么原则筛的，我答不上来', must: [['高度聚焦'], ['重点突出']], passage: '化”的具体要求,本著高度聚焦、重点', note: 'principle: highly focused, key points prominent (the seed writes 本著)' },
  { kind: 'measure', q: '党的领导在推动工业增长这事上要覆盖到哪种程度？', must: [['全过程']], passage: '增长各方面全过程,激发', note: 'throughout all aspects and the whole process' },
  // --- refusals
  { kind: 'oos', q: '干部帮企业那个行动，有没有公布受理的座机或手机号？', refuse: true, absentKey: 'hotline', note: 'no phone number in the plan' },
  { kind: 'oos', q: '高层次科技人才团队落户盘锦，一个团队市里给几百万启动资金？', refuse: true, absentKey: 'talentMoney', note: 'no amount for talent teams' },
  { kind: 'oos', q: '银行给中小微企业放的款，年化利率最低能到多少？', refuse: true, absentKey: 'rate', note: 'no interest rate' },
  { kind: 'oos', q: '研发平台这块，三年下来要新冒出几家省级的？给个数', refuse: true, absentKey: 'platforms', note: 'the release says each task has indicators but gives none for innovation platforms' },
  { kind: 'oos', q: '评瞪羚企业的门槛是啥，年营收得过多少、增速多少？', refuse: true, absentKey: 'gazelle', note: 'the evaluation standard is named, not stated' },
  { kind: 'oos', q: '公司在交易所敲钟以后，市里一次性兑现多少奖励？', refuse: true, absentKey: 'ipoReward', note: 'no listing reward' },
];

export const CONVERSATIONS = [
  { turns: ['这次发布会都有哪些局来人了？', '里头管金融那摊的是谁'], must: [['杨光']], note: 'speaker of the finance bureau' },
  { turns: ['方案里跟辽河油田挂钩的任务都有哪些', '其中稳产那项，对稀油咋要求的'], must: [['增量提效']], note: 'light oil: raise output and efficiency' },
  { turns: ['科技型企业那块要培育到多少家？', '这些企业按啥分档，分好档以后先放进哪儿？'], must: [['储备库']], note: 'reserve pool by the 雏鹰-瞪羚-独角兽 standard' },
  { turns: ['讲服务和园区那一块，设了哪两项？', '排在后头那项，要按啥要求把精细化水平提上去'], must: [['六个一体化']], note: 'six integrations' },
  { turns: ['引才方面文件点了哪几个计划的名？', '光有计划不够吧，配套的工程叫啥名堂？'], must: [['带土移植'], ['项目+团队']], note: 'project+team and transplant-with-soil projects' },
  { turns: ['储气储碳那几个库是和谁一起搞的？', '那这些库一共投多少个亿，有数没？'], refuse: true, absentKey: 'storageMoney', note: 'no investment figure' },
];

// strings an answer would need for each refusal; make.mjs checks each is absent from the folded plan
export const ABSENT = {
  hotline: ['电话', '热线', '联系方式', '咨询'],
  talentMoney: ['万元', '资金', '资助', '补贴', '奖励'],
  rate: ['利率', '贴息', '%', '百分之', 'LPR'],
  ipoReward: ['奖励', '奖补', '万元', '一次性'],
  platforms: ['个平台', '家平台', '重点实验室', '技术创新中心', '研发中心', '工程研究中心'],
  gazelle: ['门槛', '认定条件', '增长率', '万元', '亿元'],
  storageMoney: ['投资', '亿元', '资金', '万元'],
};
