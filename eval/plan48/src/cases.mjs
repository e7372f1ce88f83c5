// plan48 cases, written by hand from /work/main/knowledge/盘锦市工业增长三年行动专项方案-新闻发布会解读.txt
// (byte-identical to the seed /work/shared/seed/000_87c328761f19b533.txt).
// note = line of the document that answers (passage cut from a gloss-free stretch of that line);
// refusals carry `absent` (strings an answer would need; 0 occurrences in the folded text) and `present`.
export const DOC = '盘锦市工业增长三年行动专项方案(新闻发布会解读)';
export const singles = [
  // ---- press conference (lines 1-8)
  { kind: 'date', q: '档案室归档要填落款时间，市里讲工业增长三年专项方案的那场新闻会，开在几月几号？', must: [['3月30日']], passage: '3月30日,市政府新闻办召开', note: 'line 2: 3月30日' },
  { kind: 'owner', q: '这一串主题发布会平常是谁来张罗召集的？工业增长那回也是同一个口子吗', must: [['新闻办']], passage: '3月30日,市政府新闻办召开', note: 'line 2: 市政府新闻办召开' },
  { kind: 'owner', q: '做会议纪要缺个人名：台上坐着的五位里，科学技术这条线那位副局长叫啥', must: [['刘云']], passage: '市科技局党组成员、副局长刘云', note: 'line 5: 市科技局副局长刘云' },
  { kind: 'owner', q: '我们做外贸的小公司，想弄清王培夙副局长是哪个局的，往后好对口咨询', must: [['商务']], passage: '局党组成员、副局长王培夙', note: 'line 6: 市商务局副局长王培夙' },
  // ---- overall goal (line 11)
  { kind: 'overview', q: '熬过这三年，盘锦的工业预想会在哪些方面见到新起色？给个大致轮廓就行', must: [['布局'], ['升级']], passage: '通过三年努力,盘锦工业', note: 'line 11: 在产业布局、结构调整、数字化升级等方面均取得新进展' },
  { kind: 'target', q: '本人搞供应链管理，想请教：方案盼着三年后上下游链条的抗冲击本事提升到啥地步？', must: [['韧性']], passage: '链韧性和安全水平明显提升,新型工业', note: 'line 11: 产业链供应链韧性和安全水平明显提升' },
  { kind: 'target', q: '这个三年行动最终要助推国家哪一期五年规划里的目标全面落地？', must: [['十四五']], passage: '的有效提升和量的合理增长,有力促进', note: 'line 11: 有力促进“十四五”规划目标的全面实现' },
  // ---- targets (lines 12-15)
  { kind: 'list', q: '搞宣讲PPT，想把具体目标拆的三个维度各做一页，每页标题照原文引号里的说法该写啥', must: [['合理增长'], ['有效提升'], ['突出贡献']], passage: '展要求,围绕“量的合理增长”“质', note: 'line 12: 量的合理增长 / 质的有效提升 / 为全省作出突出贡献' },
  { kind: 'target', q: '规上工业增加值的年均涨幅，拿全省均值当参照，是怎么卡线的？', must: [['不低于']], passage: '增加值年均增速不低于全省平均水平;油气采掘业', note: 'line 13: 年均增速不低于全省平均水平' },
  { kind: 'target', q: '俺家那口子在采油厂倒班，听他念叨方案给油气开采定了个产量台阶，到底是几吨量级的', must: [['千万吨']], passage: '增加值年均增速不低于全省平均水平;油气采掘业', note: 'line 13: 油气采掘业继续保持千万吨稳产 (passage: gloss-free stretch just before)' },
  { kind: 'fact', q: '给领导写材料，21项重点任务各自配没配考核用的指标？要达到几个“可”？', must: [['可考核', '可量化', '可评']], passage: '估、可量化、可考核。', note: 'line 26: 可评估、可量化、可考核' },
  { kind: 'number', q: 'R&D投入强度这个指标，三年下来相对基期年份要抬高多大幅度？', must: [['0.8']], passage: '支出占GDP比重较2022年提高0.8个', note: 'line 14: 较2022年提高0.8个百分点' },
  { kind: 'number', q: '我们公司刚被认定为高新企业，想知道全市这个群体三年后的盘子得扩到几家往上', must: [['230']], passage: '到230家以上;雏鹰、瞪羚、独', note: 'line 14: 高新技术企业数量达到230家以上' },
  { kind: 'number', q: '小鹰、羚羊、独角兽这种成长梯队企业，方案希望合计攒到多大数目', must: [['130']], passage: '到130家以上;三年累计', note: 'line 14: 雏鹰、瞪羚、独角兽企业数量达到130家以上' },
  { kind: 'number', q: '关键核心技术的攻坚，三年加总打算干成多少项？', must: [['60']], passage: '到130家以上;三年累计', note: 'line 14: 三年累计实施核心技术攻关60项以上' },
  { kind: 'target', q: '全市规上工业那摊子营收，方案想让它在省内稳坐第几把交椅', must: [['第三位']], passage: '居全省第三位;石化及精细', note: 'line 15: 规上工业营业收入……稳居全省第三位' },
  { kind: 'target', q: '米面油这行的营业额在辽宁座次，方案的口径是原地踏步还是往上蹿一蹿', must: [['跃居'], ['第三位']], passage: '收入占全省比重明显攀升,跃居全省第三位;规', note: 'line 15: 粮油加工……跃居全省第三位' },
  { kind: 'target', q: 'Petchem & fine-chem turnover: what provincial spot by 2025?', must: [['第二位']], passage: '居全省第二位;粮油加工营业', note: 'line 15: 石化及精细化工营业收入……稳居全省第二位' },
  // ---- tasks (lines 17-25)
  { kind: 'number', q: '重点工作拢共拆成了多少条？又归并成了几大板块？', must: [['21'], ['8个']], passage: '化”的具体要求,本著高度聚焦、重点', note: 'line 17: 细化设置了8个方面共计21项任务' },
  { kind: 'policy', q: '排布这些重点任务时秉持的是啥原则，原话怎么讲的？', must: [['高度聚焦']], passage: '化”的具体要求,本著高度聚焦、重点', note: 'line 17: 本著高度聚焦、重点突出的原则' },
  { kind: 'task', q: '石化和精细化工打头的那一板块，落下去的两件具体活是哪两件？', must: [['有序'], ['配套']], passage: '展需要,提高为石化及精细', note: 'line 18: 抓好石化及精细化工产业有序发展、抓好……产业配套2项任务' },
  { kind: 'measure', q: '给炼化厂做配套的老板问：方案说的那片市场，是围着哪个内海一圈的', must: [['渤海']], passage: '展需要,提高为石化及精细', note: 'line 18: 立足环渤海石化产业的市场需求' },
  { kind: 'task', q: '龙头带动、企业集聚那块底下挂着三项任务，分别指的是哪三项？', must: [['辽河油田'], ['头部企业'], ['融通']], passage: '置了抓好辽河油田的稳', note: 'line 19: 抓好辽河油田的稳定生产、抓好头部企业引育、抓好大中小企业融通' },
  { kind: 'measure', q: '油田上产这事儿，守住本部油区之外，还要去哪片加快增产', must: [['外围']], passage: '。全力支持辽河油田稀油增量提效、稠油优', note: 'line 19: 稳定油区本部、加快外围上产' },
  { kind: 'task', q: '实体为本、夯实基础那个板块，布置的三项工作是啥？', must: [['集群'], ['信息化']], passage: '目,拓展高端和高附加值产', note: 'line 20: 抓好项目建设、抓好产业集群建设、抓好工业化和信息化融合' },
  { kind: 'measure', q: '上新项目不想老做粗料，方案希望高端以外还要抬高啥样产品的比例', must: [['高附加值']], passage: '目,拓展高端和高附加值产', note: 'line 20: 拓展高端和高附加值产品比例' },
  { kind: 'task', q: '创新为要那一板块，三项具体任务分别冲着啥去的', must: [['引育'], ['攻关'], ['平台']], passage: '主体培育,突出打造协', note: 'line 21: 抓好科技型企业引育、抓好核心技术攻关、抓好创新平台建设' },
  { kind: 'measure', q: '按照梯度标准建起后备企业库以后，具体怎么培养，是统一套路还是区别对待', must: [['分级'], ['分类']], passage: '群。按照“雏鹰-瞪羚-独', note: 'line 21: 建立储备库,分级培育、分类指导' },
  { kind: 'policy', q: '重大科技项目改用张榜招贤的做法，组织大家一起攻坚，冲着解决哪类难题？', must: [['卡脖子']], passage: ',解决“卡脖子”难题。', note: 'line 21: 推行重大科技项目“揭榜挂帅”制度……解决“卡脖子”难题' },
  { kind: 'condition', q: '挑重点突破的技术与领域时，方案拿什么当串起来的那根线', must: [['纽带']], passage: '链为纽带,选择最有基础', note: 'line 22: 以产业链为纽带,选择最有基础和条件……' },
  { kind: 'measure', q: '做装备的想往售后延伸，方案讲两业融合时，制造业往哪一头走、服务业又变成什么化', must: [['后端'], ['制造化']], passage: '反向延伸的制造化,推动', note: 'line 22: 制造业向后端延伸的服务化,和服务业反向延伸的制造化' },
  { kind: 'task', q: '绿色低碳那部分列的三项任务，能帮我逐条念一下吗', must: [['工程'], ['碳达'], ['试点']], passage: '。与辽河油田共同推进', note: 'line 23: 抓好重点工程建设、抓好碳达峰工作落实、抓好试点示范创建' },
  { kind: 'condition', q: '各行业落实达峰任务，依据的是谁确定的工业领域目标？市里自己定的吗', must: [['国家']], passage: '型之路。紧紧围绕国家及省确定的工业', note: 'line 23: 紧紧围绕国家及省确定的工业领域碳达峰工作目标' },
  { kind: 'measure', q: '存气、存碳、存能量的三个大库，市里和哪家单位搭伙推进？', must: [['辽河油田']], passage: '。与辽河油田共同推进', note: 'line 23: 与辽河油田共同推进好储气、储碳、储能“三大储库”建设' },
  { kind: 'measure', q: '机关里好多同事被派去包企业，这活动在文件中冠的什么名号', must: [['千人助千企']], passage: '施好“千人助千企”专项', note: 'line 24: 高标准实施好“千人助千企”专项行动' },
  { kind: 'policy', q: '园区管委会的朋友说他们要对标党代会定的“一体化”条目，是第几届会上提的、一共几条', must: [['第八次'], ['六个']], passage: '格按照市第八次党代会', note: 'line 24: 严格按照市第八次党代会提出的“六个一体化”要求' },
  { kind: 'list', q: '孩子在外省念大学，想了解盘锦留人引人的几个计划和专项行动，都叫什么', must: [['兴辽英才'], ['盘锦英才'], ['留辽来辽']], passage: '置了抓好“高精尖缺”人才培引、抓好金融服务', note: 'line 25: 兴辽英才计划、盘锦英才计划、百万学子留辽来辽 (passage: gloss-free stretch of the same line)' },
  { kind: 'measure', q: '开小五金厂的，贷款老是批不下来，方案打算引导哪类机构多放款', must: [['银行']], passage: '贷款投放力度,更好地满足中小微企业', note: 'line 25: 引导银行机构加大对中小微企业贷款投放力度' },
  // ---- safeguards, closing (lines 28-29)
  { kind: 'list', q: '督办科的同事问：保障这块一共明确了哪几条措施', must: [['组织保障'], ['开放合作'], ['督查督办']], passage: '开放合作、做好督查督办3项', note: 'line 28: 强化组织保障、加强开放合作、做好督查督办3项措施' },
  { kind: 'owner', q: "Who'll execute Panjin's factory-growth blueprint next?", must: [['信息化局']], passage: '展的重要遵循。下一步,市工业', note: 'line 29: 市工业和信息化局将认真落实……' },
  { kind: 'date', q: '方案里这些量化指标统一考核到哪个时间点截止？', must: [['2025年末']], passage: '一步壮大。到2025年末,规', note: 'lines 13-15: 到2025年末' },
  { kind: 'fact', q: '结尾部分给这份文件下了个定位，说它对今后全市工业是一份什么样的东西', must: [['重要遵循']], passage: '展的重要遵循。下一步,市工业', note: 'line 29: 今后三年全市工业振兴发展的重要遵循' },
  // ---- refusals
  { kind: 'oos', refuse: true, q: '车间打算上自动化产线，市里对技改项目按设备投入给几成奖补？一家封顶多少', note: 'not stated: no subsidy ratio or cap for technical upgrades', absent: ['奖补', '补助', '补贴', '万元', '封顶', '资金'], present: ['智能工厂', '数字化'] },
  { kind: 'oos', refuse: true, q: '千企帮扶的包联干部怎么预约？有没有公开的对接电话或者小程序', note: 'not stated: no phone number or booking channel for 千人助千企', absent: ['电话', '热线', '预约', '小程序', '联系'], present: ['千人助千企'] },
  { kind: 'oos', refuse: true, q: '方案点名要重点打造的产业园区具体是哪几个，辽东湾那边的算在里头吗', note: 'not stated: no park is named', absent: ['辽东湾', '新区', '经济开发区', '高新区', '园区名'], present: ['产业开发区', '园区'] },
  { kind: 'oos', refuse: true, q: '小升规这块有没有硬指标？三年后入统的工业户头要新增多少', note: 'not stated: no target for the number of above-scale firms', absent: ['户', '入统', '升规', '小升规'], present: ['规模以上工业'] },
  { kind: 'oos', refuse: true, q: '氢能和新能源车这些新赛道，盘锦有没有说要招哪家龙头项目落地', note: 'not stated: no hydrogen / new-energy-vehicle project named', absent: ['氢能', '新能源', '汽车', '氢'], present: ['新兴产业'] },
  { kind: 'oos', refuse: true, q: '三年里全市工业投资准备完成多少个亿？固投增速定的多少', note: 'not stated: no investment volume or growth target', absent: ['亿元', '投资', '固定资产', '固投'], present: ['项目建设'] },
];
export const conversations = [
  { turns: ['排在最后的那个板块，钱和融资方面都提了些什么？', '那里头推动企业上市那句，是盼着企业靠它落个什么结果'], must: [['做强', '提质', '增效']], note: 'line 25: 加快推进企业上市工作,帮助企业利用资本市场做强做优、提质增效' },
  { turns: ['引人才那段提到了不用常驻的柔性办法吗', '那这种办法起了个啥鸟类的比喻名字'], must: [['候鸟']], note: 'line 25: 创新“候鸟式”柔性引才机制' },
  { turns: ['保障措施是从几个角度提出来的？', '那第三个角度对应落到的那条措施叫什么'], must: [['督查督办']], note: 'line 28: 严格督导确保任务执行到位 → 做好督查督办' },
  { turns: ['高企数量那条目标你先给我说说', '那它们认定以后每家能领多少奖励，怎么申领'], refuse: true, must: undefined, note: 'line 14 answers turn 1 (230家); no reward or application procedure is stated', absent: ['奖励', '补贴', '万元', '申报', '申领'], present: ['230家以上'] },
  { turns: ['油田那边稳产方面，文件里给了什么支持', '那稀油、稠油两样各自怎么提的'], must: [['增量提效'], ['提质']], note: 'line 19: 稀油增量提效、稠油优化提质' },
  { turns: ['我在整理盘锦的新闻会资料，工业那场的日期查得到吗', '那同一个主题下它是第几回开'], must: [['第二场']], note: 'lines 1-2: 系列第二场' },
];
