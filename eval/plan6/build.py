import json
N = "盘锦市工业增长三年行动专项方案-新闻发布会解读"
Q = []
def a(id, kind, reg, shape, q, must, passage):
    Q.append(dict(id=id, kind=kind, q=q, must=must, passage=passage, note=N, register=reg, shape=shape))
def o(id, reg, q, absent, why):
    Q.append(dict(id=id, kind="oos", q=q, refuse=True, note=N, absent=absent, register=reg, shape="refusal", comment=why))

# --- the press conference and its speakers
a("r01","owner","formal","shared attribute","本场发布会的五位发布人，除了副局长这一职务以外，还有什么共同的身份？",
  [["党组成员"]], "市工业和信息化局党组成员、副局长")
a("r02","owner","colloquial","count + who","群里有人说那天台上坐了好几个姓王的局长，到底是几个？都叫啥？",
  [["王健"],["王培夙"],["王国君"]], "市商务局党组成员、副局长王培夙")
a("r03","owner","formal","ordinal (排第N的发布人) + which bureau","发布人名单中排在第三位的是哪位同志？他代表哪个部门出席？",
  [["王培夙"],["商务局"]], "市商务局党组成员、副局长王培夙")
a("r04","owner","colloquial","yes/no + who","科技局那天有没有派人上台发布？来的是哪位领导？",
  [["刘云"]], "市科技局党组成员、副局长刘云")
a("r05","owner","formal","who speaks for which bureau (reverse)","杨光副局长在这场发布会上代表的是哪个部门？",
  [["金融发展局"]], "市金融发展局党组成员、副局长杨光")
a("r06","overview","colloquial","story (reporter) + two asks","我是报社实习记者，稿子里要交代清楚：盘锦讲工业三年方案的那场发布会是哪个部门召开的、哪天开的？",
  [["新闻办"],["3月30日"]], "主题系列第二场新闻发布会")
# --- overall goal
a("r07","target","formal","overall goal","《方案》总体目标提出，要有力促进哪一个五年规划目标的全面实现？",
  [["十四五"]], "有力促进“十四五”规划目标的全面实现")
a("r08","target","colloquial","overall goal, paraphrased","三年以后，新型工业化这条路要走成啥样？方案原话是怎么形容的？",
  [["渐行渐稳"]], "新型工业化道路渐行渐稳")
# --- target group 1 (量)
a("r09","target","colloquial","story (grain processor) + two target groups","我在盘锦开了个玉米深加工厂。方案对粮食加工这一块定了啥目标？基地建设上怎么说、全省排名上又怎么说？",
  [["粮食集散"],["第三"]], "东北粮食集散和精深加工基地实力稳步增强")
a("r10","target","colloquial","either/or + amount","油田那边这三年是要冲产量还是保产量？要守住多大的量？",
  [["稳产"],["千万吨"]], "油气采掘业继续保持千万吨稳产")
a("r11","target","formal","yes/no (no percentage given)","《方案》对规模以上工业增加值年均增速是否规定了具体的百分比？原文是如何表述的？",
  [["不低于全省平均"]], "规模以上工业增加值年均增速不低于全省平均水平")
# --- target group 2 (质)
a("r12","target","formal","ordinal (第二个方面的目标) + list","三个方面的具体目标里，第二个方面列了哪几个量化指标？各是多少？",
  [["0.8"],["230"],["130"],["60"]], "高新技术企业数量达到230家以上")
# --- target group 3 (贡献)
a("r13","target","colloquial","comparison (which rank differs)","方案里那几个全省排名的目标，是不是全都是第三？有没有哪个不一样？",
  [["石化"],["第二"]], "石化及精细化工营业收入占全省比重进一步提高")
a("r14","target","formal","two asks across target groups","规上工业企业R&D内部经费支出占GDP比重，《方案》既定了提升幅度又定了全省位次，请分别说明。",
  [["0.8"],["第三"]], "R&D内部经费支出占GDP比重居全省第三位")
# --- task section intro
a("r15","task","formal","principle","《方案》在细化设置重点任务时，本着什么样的原则？",
  [["高度聚焦"],["重点突出"]], "高度聚焦、重点突出的原则")
a("r16","task","colloquial","yes/no","这21项任务是光给个方向，还是每一项都配了能拿来考核的硬指标？",
  [["具体指标"]], "均提出了具体指标安排")
# --- task ordinals
a("r17","task","formal","ordinal 第二项","按方案列出的先后顺序，21项任务里第二个出现的是哪一项？",
  [["产业配套"]], "抓好石化及精细化工产业配套2项任务")
a("r18","task","colloquial","ordinal 第5条","任务单上第5条是干啥的？",
  [["融通"]], "抓好大中小企业融通3项任务")
a("r19","task","formal","ordinal 第九项","重点任务清单上的第9个，指的是哪一项工作？",
  [["科技型企业引育"]], "设置了抓好科技型企业引育")
a("r20","task","colloquial","ordinal 倒数第三","21项里倒着数第三项是啥？",
  [["产业开发区高质量发展"]], "抓好产业开发区高质量发展2项任务")
a("r21","task","formal","ordinal 排第十二","21项任务依次排下来，位列第十二的是什么任务？",
  [["质量品牌建设"]], "设置了抓好质量品牌建设")
a("r22","task","colloquial","ordinal 第15项 + partner","第15项任务说的是啥？是跟谁一块搞？",
  [["重点工程建设","三大储库"],["辽河油田"]], "设置了抓好重点工程建设")
a("r23","task","formal","ordinal 第十八项 + its programme","第十八项重点任务是什么？主要依托哪个专项行动来落实？",
  [["高标准科学服务"],["千人助千企"]], "设置了抓好高标准科学服务")
# --- aspect ordinals
a("r24","task","formal","ordinal 第三个方面 + focus","重点任务八个方面中的第三个方面是什么？它突出打造的是什么？",
  [["实体为本"],["项目群"]], "突出打造项目群和产业集群")
a("r25","task","colloquial","ordinal 倒数第二个方面 + its tasks","八个方面里倒数第二个方面叫啥？底下都有哪几项任务？",
  [["质效同抓"],["高标准科学服务"],["产业开发区"]], "推动质效同抓的合力攻坚")
# --- membership
a("r27","task","colloquial","membership (mechanism -> task)","“揭榜挂帅”是挂在哪项任务底下的？",
  [["核心技术攻关"]], "推行重大科技项目“揭榜挂帅”制度")
a("r28","task","formal","membership (programme -> area)","科技型企业梯度培育计划归属于重点任务八个方面中的哪一个方面？",
  [["创新为要"]], "深入实施科技型企业梯度培育计划")
a("r29","policy","colloquial","story (graduate) + membership","我是在沈阳读研的盘锦人，听说有个“百万学子留辽来辽”行动，这个在方案里算哪项任务？",
  [["高精尖缺"]], "和“百万学子留辽来辽”专项行动")
a("r30","policy","formal","membership (measure -> task)","推进企业上市工作归在哪一项重点任务之下？",
  [["金融服务体系建设"]], "加快推进企业上市工作")
# --- measures described / named
a("r31","measure","colloquial","measure described (how to pick)","方案里说新兴产业要挑重点去突破，它是按啥标准挑突破口的？",
  [["最有基础和条件","战略特质"]], "最具战略特质的核心技术及关键领域")
a("r32","measure","formal","outcome of a task","在头部企业引育方面，《方案》希望最终形成什么样的企业格局？",
  [["优质头部企业群"]], "推动形成优质头部企业群")
a("r33","measure","colloquial","story (SME owner) + which fields","我们厂专门给大企业供零部件，方案提到大中小企业协同，具体是围绕哪些方面来推？",
  [["资源综合利用"],["头部企业配套"]], "围绕资源综合利用、头部企业配套等方面")
a("r34","measure","formal","basis of a task","推进工业领域碳达峰工作，《方案》是以哪一层级确定的目标为依据的？",
  [["国家及省"]], "紧紧围绕国家及省确定的工业领域碳达峰工作目标")
a("r35","measure","colloquial","story (civil servant in a park)","我在开发区管委会上班。方案里搞绿色试点示范，说要帮企业和我们开发区干成啥事？",
  [["绿色发展目标"]], "帮助企业、产业开发区明晰绿色发展目标")
a("r36","task","colloquial","two ordinals in one question","21项任务从前往后数，第6项和第8项分别是啥？",
  [["项目建设"],["工业化和信息化融合","两化融合"]], "抓好工业化和信息化融合3项任务")
# --- safeguards
a("r37","measure","formal","ordinal (第二项保障措施) + its direction","保障措施中的第二项措施是什么？它对应的是哪方面的“确保到位”？",
  [["加强开放合作"],["扩大开放","项目引进"]], "扩大开放确保项目引进到位")
a("r38","measure","colloquial","measure described -> what it secures","方案里督查督办那一条，说白了是要确保啥东西到位？",
  [["任务执行"]], "严格督导确保任务执行到位")
# --- closing
a("r39","overview","formal","closing","《方案》在结尾被定位为今后三年全市工业振兴发展的什么？",
  [["重要遵循"]], "全市工业振兴发展的重要遵循")
a("r40","overview","colloquial","story (civil servant summary) + two asks","我在给科室写学习小结。发布会最后说工信局下一步要落实谁的部署？头一件要干的事是啥？",
  [["市委"],["细化分解目标","分解目标"]], "市工业和信息化局将认真落实市委、市政府部署")
# --- English
a("r41","target","english","comparison (lowest)","Of the plan's three enterprise and project count targets (high-tech enterprises, eaglet/gazelle/unicorn firms, and core technology projects), which has the smallest figure, and what is it?",
  [["60"]], "三年累计实施核心技术攻关60项以上")
a("r42","target","english","which indicator has a baseline","One of the plan's targets is measured against a 2022 baseline. Which indicator is it, and by how many percentage points must it rise by the end of 2025?",
  [["R&D"],["0.8"]], "较2022年提高0.8个百分点")
a("r43","target","english","two asks + period nuance","For an English briefing: what are the plan's numeric targets for high-tech enterprises and for core technology projects, and is the second figure per year or cumulative?",
  [["230"],["60"]], "三年累计实施核心技术攻关60项以上")
# --- refusals
o("r44","formal","“抓好创新平台建设”这项任务要求到2025年新建多少个省级以上创新平台？",
  ["新建","创新平台数量"], "21项任务据称都有具体指标，但文本没有列出创新平台的数字")
o("r45","colloquial","盘锦现在一共有几个产业开发区？都叫啥名？",
  ["辽滨","高新区","开发区名单"], "产业开发区只作为任务出现，没有名称和数量")
o("r46","formal","截至2022年底，盘锦已有多少家高新技术企业？",
  ["2022年底","已有"], "只有2025年末230家的目标，没有基数")
o("r47","colloquial","我们小厂跟银行贷款，市里给不给贴息？贴多少？",
  ["贴息","利息"], "只说引导银行加大贷款投放，没有贴息政策")
o("r48","formal","《方案》谋划的石化及精细化工重点项目总投资是多少亿元？",
  ["投资","亿元"], "重点项目只说谋划，没有投资额")
o("r49","colloquial","“千人助千企”里每个干部要包几家企业？",
  ["包保","每名干部","每人"], "专项行动只点名，没有分工数字")

C = []
def c(id, turns, must=None, passage=None, refuse=False, absent=None, comment=""):
    d = dict(id=id, kind="multi", turns=turns, note=N, comment=comment)
    if refuse: d.update(refuse=True, absent=absent)
    else: d.update(must=must, passage=passage)
    C.append(d)
c("rc1", ["八个方面里的第三个方面主要讲啥？", "它下面有几项任务？", "那里头排第二的任务打算怎么落地？"],
  [["产业链培育提升"]], "深入开展产业链培育提升专项行动", comment="aspect ordinal -> count -> ordinal inside the aspect (产业集群建设)")
c("rc2", ["方案里提到的“候鸟式”是个啥说法？", "它属于哪项任务？"],
  [["高精尖缺"]], "抓好“高精尖缺”人才培引", comment="programme described -> membership")
c("rc3", ["保障措施一共有几项？", "第三项是啥？要确保什么到位？"],
  [["做好督查督办"],["任务执行"]], "严格督导确保任务执行到位", comment="count -> ordinal + what it secures")
c("rc4", ["方案的具体目标分成了几个方面？", "那第二个方面呢？", "这个方面里研发经费投入的目标是多少？"],
  [["0.8"]], "较2022年提高0.8个百分点", comment="target group ordinal follow-up -> amount")
c("rc5", ["“两业融合”说的是哪两业？怎么融？", "它在八个方面里归哪一块？", "这一块总共设了几项任务？都是哪些？"],
  [["质量品牌建设"],["新兴产业发展"]], "抓好质量品牌建设、抓好新兴产业发展", comment="membership -> tasks of the aspect (提档为先)")
c("rc6", ["方案给核心技术攻关定的数是多少？", "那今年当年要完成多少项？"],
  refuse=True, absent=["2023年完成","年度目标","每年"], comment="annual breakdown is not given; 60 is cumulative over three years (a model may divide by 3)")

for i,d in enumerate(Q): d["id"]="r%02d"%(i+1)
with open("/work/neweval/plan6/questions.jsonl","w") as f:
    for d in Q: f.write(json.dumps(d, ensure_ascii=False)+"\n")
with open("/work/neweval/plan6/conversations.jsonl","w") as f:
    for d in C: f.write(json.dumps(d, ensure_ascii=False)+"\n")
print(len(Q), sum(1 for d in Q if d.get("refuse")), len(C))
