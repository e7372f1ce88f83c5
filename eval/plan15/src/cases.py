# Source of truth for the plan15 suite; writes ../questions.jsonl and ../conversations.jsonl
import json, os
H = os.path.dirname(os.path.abspath(__file__))
Q = []
def a(kind, q, must, passage, note):
    Q.append(dict(kind=kind, q=q, must=must, passage=passage, note=note))
def r(kind, q, note):
    Q.append(dict(kind=kind, q=q, refuse=True, note=note))

# ---- overview ----
a("overview", "朋友圈刷到盘锦工业那场解读会的图文，请问会是几号开的？哪家单位召集的？",
  [["3月30日"], ["新闻办"]], "3月30日,市政府新闻办召开", "date and convenor; lead paragraph")
a("overview", "“全面振兴新突破”那一串发布会里，讲工业增长的这一回排老几？",
  [["第二场"]], "主题系列第二场新闻发布会", "ordinal in the series, series described")
a("overview", "支部学习要把方案名抄全，书名号后头括着的年份区间咋写",
  [["2023"], ["2025"]], "专项方案(2023-2025年)", "period in the title (start and end years as separate groups)")
# ---- targets ----
a("target", "高新区招商PPT要填个数：工业增长方案里二五年末全市高企户数奔多少去？",
  [["230"]], "高新技术企业数量达到230家以上", "high-tech enterprise target")
a("target", "我们公司刚评上瞪铃，想了解下市里打算把雏鹰到独角兽这条梯队扩到多大规模",
  [["130"]], "雏鹰、瞪羚、独角兽企业数量达到130家以上", "eaglet/gazelle/unicorn count, described")
a("target", "看了工业增长三年方案，三年里全市要啃下多少个核心技术硬骨头，给个数就行",
  [["60"]], "三年累计实施核心技术攻关60项以上", "core-tech count, colloquial")
a("target", "研发经费跟GDP那个比值，方案要在二〇二二年的底子上再拔高多少？我印象是一个百分点",
  [["0.8"]], "较2022年提高0.8个百分点", "R&D ratio increment with a wrong guess")
a("target", "统计口同事问：规上工业增加值每年涨多少，文件里是写死个百分数，还是跟全省水平比着来？",
  [["不低于"]], "年均增速不低于全省平均水平", "value-added growth benchmark")
a("target", "我在辽合油田上班，盘锦这个工业三年行动方案对油气开采业的年产量底线是多大量级？",
  [["千万吨"]], "油气采掘业继续保持千万吨稳产", "oil & gas output level; typo 辽合")
a("target", "盘锦工业增长方案里，石化和粮油加工这俩行业的营收，到期末各想在辽宁排到第几名",
  [["第二"], ["第三"]], "粮油加工营业收入占全省比重明显攀升,跃居全省第三位", "two ranks in one question")
a("target", "做电子元件贸易的问下，工业三年方案里盘锦那个电子信息产业基地到25年是要建成了，还是刚起个头？",
  [["初具规模"]], "电子信息产业基地建设初具规模", "electronics base target")
a("target", "盘锦本身算全国重要的石化基地，那它要撑起的辽宁那个石化基地是啥档次的？",
  [["世界级"]], "支撑辽宁建设世界级石化及精细化工产业基地", "level of Liaoning base")
a("target", "Quick check for a petrochemical client: Panjin's petrochemical revenue rank goal in Liaoning, end-2025? Chinese wording ok.",
  [["第二位", "第二"]], "石化及精细化工营业收入占全省比重进一步提高,稳居全省第二位", "English; petrochemical revenue rank")
a("target", "规上企业研发投入那项，除了提多少个点，在全省名次上有没有要求？第几",
  [["第三"]], "占GDP比重居全省第三位", "R&D ratio provincial rank")
a("target", "总体目标结尾写了个远期年份，具体是哪年、到那年要实现个啥？",
  [["2035"], ["现代化"]], "为2035年基本实现现代化打下坚实基础", "long-range year; two asks")
# ---- tasks ----
a("task", "工业三年方案任务清单我抄下来了，第三条好像跟油田沾边？全称是啥",
  [["稳定生产"]], "抓好辽河油田的稳定生产", "task 3 by ordinal")
a("task", "盘锦工业增长专项方案那21项里头排第七的是哪项？属于八块里的哪一块",
  [["产业集群建设"], ["实体为本", "基础强化"]], "设置了抓好项目建设、抓好产业集群建设、抓好工业化和信息化融合3项任务", "task 7 and its aspect")
a("task", "二十一项任务一路数下来，数到第十一个是个啥任务",
  [["创新平台"]], "抓好创新平台建设3项任务", "task 11")
a("task", "13号任务讲的是啥，选突破口按什么思路来？",
  [["新兴产业"], ["纽带"]], "以产业链为纽带,选择最有基础和条件", "task 13 plus its content")
a("task", "工业增长方案的任务单倒着数第二项叫啥？里面点了哪几个人才计划的名",
  [["人才培引"], ["兴辽英才", "盘锦英才"]], "持续开展“兴辽英才计划”“盘锦英才计划”", "penultimate task plus programmes")
a("task", "第七个方面底下是不是就两项？分别叫啥",
  [["科学服务"], ["产业开发区"]], "抓好高标准科学服务、抓好产业开发区高质量发展2项任务", "tasks of aspect 7")
a("task", "打头那个方面下的两项任务名字里都带着同一个产业，是哪俩任务",
  [["有序发展"], ["产业配套"]], "抓好石化及精细化工产业有序发展", "tasks of aspect 1")
a("task", "搞碳达峰落实那项和搞重点工程那项，是一块里的吗？那一块标题是啥",
  [["绿色发展"]], "六是推动科学有效的绿色发展", "membership: aspect 6")
a("task", "八大块里哪一块是奔着培育科技型市场主体去的？叫啥名",
  [["创新为要", "优化升级"]], "四是推动创新为要的优化升级", "aspect by its focus")
a("measure", "开了个小厂想找钱周转，工业三年方案在放贷这块是让谁使劲？要满足啥",
  [["银行机构"], ["融资需求"]], "引导银行机构加大对中小微企业贷款投放力度", "SME lending support")
a("task", "龙头带动那一块三项任务，夹在中间的那项叫啥？要形成个啥样的企业群",
  [["头部企业引育"], ["优质头部企业群"]], "推动形成优质头部企业群", "middle task of aspect 2 plus content")
# ---- programmes described ----
a("policy", "我们研究院想接市里的重大科研项目，听说是政府发榜、谁有本事谁来领，这制度叫啥？冲着啥难题去的",
  [["揭榜挂帅"], ["卡脖子"]], "推行重大科技项目“揭榜挂帅”制度", "programme described")
a("policy", "一千名机关干部结对帮一千家企业那个行动，方案里叫啥名？要求搞到啥标准",
  [["千人助千企"], ["高标准"]], "高标准实施好“千人助千企”专项行动", "programme described, two asks")
a("measure", "有些教授只肯像季节性迁徙那样隔段时间来一趟，不全职留下，方案把这种引才方式叫啥",
  [["候鸟"]], "创新“候鸟式”柔性引才机制", "flexible talent mechanism described")
a("measure", "我们团队想连人带课题整建制挪到盘锦，工业增长方案里有没有对口的引才工程？叫啥",
  [["带土移植", "项目+团队"]], "实施“项目+团队”“带土移植”工程", "transplant programme described")
a("policy", "Which Chinese umbrella term covers the gas/carbon/energy reservoirs Panjin builds jointly with Liaohe Oilfield?",
  [["三大储库"]], "储气、储碳、储能“三大储库”建设", "English; storage facilities")
a("policy", "我们化工厂问：盘锦工业三年方案里各行业碳达峰是全市统一一个年头，还是分先后？",
  [["梯次"]], "推进各行业落实碳达峰目标任务、实行梯次达峰", "staggered peaking")
a("policy", "开发区建设要对标的那个“几个一题化”，是哪次会上提出来的？一共几个",
  [["第八次"], ["六个"]], "市第八次党代会提出的“六个一体化”要求", "six integrations; typo 一题化")
a("policy", "我们厂在搞智能制造改造，工业增长三年方案说要把先进地区、知名企业的啥东西推广开来？",
  [["智能工厂建设指南", "建设指南"]], "推广应用先进地区、知名企业智能工厂建设指南", "smart factory guide")
a("policy", "工厂往后端延伸做服务、服务公司反向做制造，方案把这事放在哪项任务里",
  [["现代服务业融合", "两业深度融合"]], "抓好先进制造业与现代服务业融合3项任务", "two-industry integration task")
a("policy", "Talent schemes whose Chinese names include 辽 — list them in Chinese.",
  [["兴辽英才"], ["留辽来辽"]], "“兴辽英才计划”“盘锦英才计划”和“百万学子留辽来辽”专项行动", "English; membership by character")
# ---- measures ----
a("measure", "盘锦工业方案保障那几条里管督导的是哪条？奔着确保啥到位去的",
  [["督查督办"], ["任务执行到位"]], "严格督导确保任务执行到位", "safeguard on supervision")
# ---- speakers ----
a("owner", "我做外贸的，想知道盘锦工业增长方案那场发布会上，商务局上台发布的领导叫啥",
  [["王培夙"]], "市商务局党组成员、副局长王培夙", "speaker by bureau")
a("owner", "杨光跟刘云两位，各自是打哪个局来的？",
  [["金融发展局"], ["科技局"]], "市科技局党组成员、副局长刘云", "two speakers' bureaus")
a("owner", "发布人名单上工信局那位排在第几个？叫啥名",
  [["王健"]], "市工业和信息化局党组成员、副局长王健", "speaker for MIIT bureau")
a("owner", "台上那五位是啥职务？有没有哪个局的正局长亲自来",
  [["副局长"]], "市工业和信息化局党组成员、副局长王健", "all are deputy directors")
# ---- closing ----
a("overview", "工信局收尾时给这份方案下了个啥定性？对今后三年全市工业来说算个啥",
  [["重要遵循"]], "是今后三年全市工业振兴发展的重要遵循", "closing characterisation")
# ---- refusals ----
r("oos", "盘锦这份工业增长三年方案里，华锦阿美那个精细化工及原料工程大项目提没提？哪年投产？", "named project not in text")
r("oos", "外资企业在盘锦新设工厂，工业三年行动方案给多少落户奖励？", "amount not stated")
r("oos", "科技型中小企业评价入库，方案要求到2025年达到多少家？", "neighbouring indicator not in text")
r("oos", "工业增长方案配套的实施细则啥时候出？细则叫啥名", "follow-up documents not mentioned")
r("oos", "金融那块，市里设了多大规模的产业引导基金？", "fund size not in text")
r("oos", "质量品牌建设这项，盘锦目前手里有几个中国驰名商标？", "brand count not in text")

C = []
def c(turns, must, passage, note):
    C.append(dict(kind="multi", turns=turns, must=must, passage=passage, note=note))
def cr(turns, note):
    C.append(dict(kind="multi", turns=turns, refuse=True, note=note))
c(["那天金融口派谁上的台", "他上一位呢？姓名和单位都要"],
  [["王培夙"], ["商务局"]], "市商务局党组成员、副局长王培夙", "previous speaker in the list")
c(["提档为先那块挂了多少任务", "头一项里说要发挥哪些东西对工业各行业的促进作用"],
  [["认证"]], "充分发挥质量、标准、认证、品牌培育等", "first task of aspect 5, content")
c(["龙头带动那一块是第几个方面？", "它说要突出打造个啥联合体"],
  [["稳定配套联合体"]], "突出打造稳定配套联合体", "aspect 2 focus")
c(["方案里鼓励企业搞绿色试点示范是咋说的？", "除了企业，还要帮谁把绿色发展目标理清楚"],
  [["产业开发区"]], "帮助企业、产业开发区明晰绿色发展目标", "pilot demos beneficiaries")
c(["质的那组目标里，写了具体数字的指标有几条？", "排最末的那个是多少？是每年都得干这么多吗"],
  [["60"], ["累计"]], "三年累计实施核心技术攻关60项以上", "last quality target")
cr(["中小微贷款投放那句话，归在二十一项里哪一项", "那市里针对这个设没设贷款风险补偿资金池？规模多大"], "risk pool not in text")

def write(path, items, prefix):
    with open(path, "w", encoding="utf-8") as f:
        for i, it in enumerate(items, 1):
            d = {"id": f"{prefix}{i:02d}", **it}
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
write(os.path.join(H, "..", "questions.jsonl"), Q, "p15-")
write(os.path.join(H, "..", "conversations.jsonl"), C, "p15-m")
print(len(Q), "single;", sum(1 for x in Q if x.get("refuse")), "refusals;", len(C), "conversations")
