# Writes questions.jsonl and conversations.jsonl for suite plan18.
import json, os
H = os.path.join(os.path.dirname(__file__), '..')
Q = []
def q(kind, text, must=None, passage=None, note='', refuse=False):
    o = {"id": "p18-%02d" % (len(Q) + 1), "kind": kind, "q": text}
    if refuse: o["refuse"] = True
    else: o["must"] = must; o["passage"] = passage
    o["note"] = note
    Q.append(o)

# ---------- overview ----------
q("overview", "做振兴系列发布会合集目录呢，讲工业那期是几号召开的？在系列里排老几", [["3月30日"], ["第二场"]],
  "3月30日,市政府新闻办召开", "date + place in series")
q("overview", "这个工业三年行动起算年份是22年还是23年啊，同事俩人吵起来了", [["2023"]],
  "工业增长三年行动专项方案(2023-2025年)", "start year of the plan period")
q("overview", "总体目标那段讲给全省“提供有力支撑”，支撑的是哪两件事？", [["产业结构调整"], ["现代化产业体系"]],
  "为全省加快产业结构调整、建设现代化产业体系提供有力支撑", "two things supported")
q("overview", "稿子里要引一句：这份专项方案在以后三年全市工业振兴里算个啥，会上原话怎么讲", [["重要遵循"]],
  "是今后三年全市工业振兴发展的重要遵循", "status of the plan")
q("overview", "新闻稿开头说要“实现新突破”，是在什么上突破？同时还提了哪个强市建设", [["工业经济增长"], ["工业强市"]],
  "促进工业经济增长上实现新突破", "breakthrough in what + 工业强市")

# ---------- target ----------
q("target", "老板让我查：工业三年方案里高新企业到二五年底全市起码要几家", [["230"]],
  "高新技术企业数量达到230家以上", "high-tech enterprise floor")
q("target", "孵化器写年终总结要引用，盘锦工业增长方案里独角兽连同另两档成长型企业，期末合计目标是多少户？", [["130"]],
  "雏鹰、瞪羚、独角兽企业数量达到130家以上", "eaglet/gazelle/unicorn count")
q("target", "研发强度那条我一直没整明白：是在原来基础上再加零点八，还是直接定成零点八的比例？跟哪年比", [["2022"], ["提高0.8", "个百分点"]],
  "占GDP比重较2022年提高0.8个百分点", "increase, not level; base year")
q("target", "目标里那种“多少家（项）以上”的保底数一共几个？各是多少", [["230"], ["130"], ["60"]],
  "三年累计实施核心技术攻关60项以上", "count + the three minimum figures")
q("target", "全市采油采气这行，方案要的是产量翻番还是守住？守在什么数", [["千万吨"], ["稳产"]],
  "油气采掘业继续保持千万吨稳产", "oil & gas output held")
q("target", "增加值增速要是比全省平均差个零点几，是不是就算没达到方案要求？", [["不低于全省平均"]],
  "规模以上工业增加值年均增速不低于全省平均水平", "growth benchmark")
q("target", "盘锦电子信息产业机地三年后是个啥样？方案原话说成气候了没", [["初具规模"]],
  "电子信息产业基地建设初具规模", "electronics base")
q("target", "我们是做稻谷收储的，粮食那个基地的目标原话咋写的", [["稳步增强"], ["集散", "精深加工"]],
  "东北粮食集散和精深加工基地实力稳步增强", "grain base")
q("target", "四个全省名次目标里，用“稳居”这词儿的是哪几个？", [["工业营业收入"], ["石化"]],
  "稳居全省第三位;石化及精细化工营业收入", "which rank targets are 稳居")
q("target", "Rice mill owner asking: by 2025 should grain/oil milling jump in Liaoning's ranking? Which spot?", [["第三"], ["跃居", "攀升"]],
  "粮油加工营业收入占全省比重明显攀升,跃居全省第三位", "English; rank + climb")
q("target", "R&D那个比重的省内名次，跟规上营收的名次是不是一样的？", [["第三"]],
  "支出占GDP比重居全省第三位", "both third")

# ---------- task ----------
q("task", "工业增长方案二十一项任务按顺序，十五号、十六号分别干啥的？", [["重点工程建设", "三大储库"], ["碳达峰"]],
  "抓好重点工程建设、抓好碳达峰工作落实", "tasks 15 and 16")
q("task", "任务单排正当中那项的前一项叫啥", [["核心技术攻关"]],
  "抓好核心技术攻关、抓好创新平台建设", "middle is 11 -> task 10")
q("task", "盘锦工业方案第九到第十一这三项是不是都跟科技沾边？各叫啥名", [["科技型企业引育"], ["核心技术攻关"], ["创新平台建设"]],
  "抓好科技型企业引育、抓好核心技术攻关、抓好创新平台建设", "tasks 9-11")
q("task", "八大块的标题里哪个带“协同”俩字？", [["石化及精细化工为主"]],
  "一是推动石化及精细化工为主的协同发展", "aspect title with 协同")
q("task", "工业三年方案里大中小企业融通跟油田那项是一拨的吗？那拨叫啥", [["龙头带动"]],
  "二是推动龙头带动的企业集聚", "aspect of task 5")
q("task", "新兴产业那项说要重点突破，挑的是哪两类东西", [["核心技术"], ["关键领域"]],
  "最具战略特质的核心技术及关键领域进行重点突破", "what is picked for breakthroughs")
q("task", "搞好产业集郡建设归八块里哪块？同一块另外两项是啥", [["实体为本", "基础强化"], ["项目建设"], ["信息化融合", "两化融合"]],
  "设置了抓好项目建设、抓好产业集群建设、抓好工业化和信息化融合3项任务", "typo 集郡; aspect 3")
q("task", "稠油、稀油那两句话，归二十一项中的哪项？", [["稳定生产"]],
  "抓好辽河油田的稳定生产", "task 3")
q("task", "名字以“抓好”开头的任务里，管引人才的那条全称是啥", [["高精尖缺"]],
  "抓好“高精尖缺”人才培引", "task 20 name")
q("task", "工业三年行动八大块，头一块跟最末一块各自聚焦的是啥？", [["第一支柱", "石化及精细化工"], ["实体经济"]],
  "聚焦服务实体经济,突出打造精准对接平台", "focus of aspects 1 and 8")
q("task", "方案写的绿色转型要走一条啥特色的路？这句在哪项任务里", [["辽河特色"], ["重点工程建设", "三大储库"]],
  "探索具有辽河特色的绿色转型之路", "green path + task 15")

# ---------- measure / policy ----------
q("measure", "我们是天津迁过来的化工厂，想在这边做深加工，方案对石化产品就地转化是啥态度", [["本地加工"], ["物料平衡", "科学发展"]],
  "以物料平衡为基准,推动石化产品本地加工", "local processing")
q("measure", "厂里想报个绿色示范，市级的行不行？方案引导的是啥级别", [["省级以上"]],
  "引导企业开展省级以上绿色发展各类试点示范创建工作", "level of green pilots")
q("measure", "人才培引那条里点名了哪两个工程？", [["项目+团队"], ["带土移植"]],
  "实施“项目+团队”“带土移植”工程", "two talent projects")
q("policy", "我是街边开小超市的个体户，方案里支持中小微贷款那条，是政府直接发钱吗", [["银行机构"], ["贷款投放"]],
  "引导银行机构加大对中小微企业贷款投放力度", "banks, not grants")
q("measure", "盘锦工业方案对头部企业是光往里招，还是本地也培养？最后想形成个啥局面", [["培育和引进"], ["优质头部企业群"]],
  "持续培育和引进头部企业,推动形成优质头部企业群", "head enterprises")
q("measure", "标准认证品牌这套东西用好了，方案说最终全面提高行业的什么", [["竞争能力"]],
  "全面提高行业竞争能力", "quality & brand outcome")
q("measure", "揭榜挂帅具体针对啥项目？揭了榜以后怎么攻", [["重大科技项目"], ["联合技术攻关"]],
  "推行重大科技项目“揭榜挂帅”制度,组织开展联合技术攻关", "open-bidding mechanism")
q("measure", "各行业碳达峰，是统一一个年份还是分批？目标依据哪一级定的", [["国家及省"], ["梯次达峰"]],
  "推进各行业落实碳达峰目标任务、实行梯次达峰", "carbon peaking")
q("measure", "开发区建设发展要提到啥水平？照的是哪次党代会的要求", [["精细化水平"], ["第八次"]],
  "提高产业开发区建设和发展精细化水平", "development zones")
q("measure", "保障那一段几条措施里，哪条对应“扩大开放”？", [["加强开放合作"]],
  "确定了强化组织保障、加强开放合作、做好督查督办3项措施", "safeguard for opening-up")

# ---------- owner (speakers / implementation) ----------
q("owner", "刘芸副局长是科技局的吗？名字我是不是打错了", [["刘云"]],
  "市科技局党组成员、副局长 刘云", "typo of name")
q("owner", "工业方案发布会上，营商和金融发展两个局各派了谁上台", [["王国君"], ["杨光"]],
  "市金融发展局党组成员、副局长 杨光", "two speakers")
q("task", "Which sector is dubbed the city's No.1 pillar?", [["石化"]],
  "聚焦石化及精细化工这个第一支柱产业", "English; first pillar industry")
q("owner", "这方案往下落地具体是哪个局牵头张罗？还要落实谁的部署", [["工业和信息化局"], ["市委"]],
  "市工业和信息化局将认真落实市委、市政府部署", "implementing bureau")
q("owner", "Speaker #1 on the list: name, bureau?", [["王健"], ["工业和信息化局"]],
  "市工业和信息化局党组成员、副局长 王健", "English; first speaker")

# ---------- refusals ----------
q("oos", "方案给盘锦乙烯产能定的多少万吨？到25年要扩到多少", refuse=True, note="no ethylene capacity figure")
q("oos", "石化营收全省第二的话，第一是哪个市？方案里有写吗", refuse=True, note="the text names no other city")
q("oos", "三年里要培育几个百亿级、千亿级的产业集群？方案点数了没", refuse=True, note="no cluster counts")
q("oos", "新兴产业那块，光伏和风电装机到期末要到多少万千瓦？", refuse=True, note="no renewable capacity target")
q("oos", "两化融合管理体系贯标的企业，方案要求三年达到几家", refuse=True, note="no 贯标 count")
q("oos", "规上工业企业里设研发机构的比例，方案要求到多少", refuse=True, note="no R&D institution coverage target")

C = []
def c(kind, turns, must=None, passage=None, note='', refuse=False):
    o = {"id": "p18-m%02d" % (len(C) + 1), "kind": kind, "turns": turns}
    if refuse: o["refuse"] = True
    else: o["must"] = must; o["passage"] = passage
    o["note"] = note
    C.append(o)
c("multi", ["科技企业分档入库那个做法，归八块里哪块？", "同一块里还推个啥制度去啃硬骨头技术？"], [["揭榜挂帅"]],
  "推行重大科技项目“揭榜挂帅”制度", "aspect 4 -> open-bidding")
c("multi", ["把那天台上几位的名单念一下", "姓王的里排最末那位，是打哪个局来的"], [["营商局"]],
  "市营商局党组成员、副局长 王国君", "last of the three Wangs")
c("multi", ["目标那部分是按几个维度排的", "最后那块里粮油那条，是保位置还是往前冲？冲到第几"], [["跃居"], ["第三"]],
  "明显攀升,跃居全省第三位", "grain rank")
c("multi", ["列一下保障部分收尾的几条措施名", "跟督导挂钩的那条，要保证啥到位"], [["督查督办"], ["任务执行"]],
  "严格督导确保任务执行到位", "supervision measure")
c("multi", ["二十一项里第十二项是干啥的？", "再往后一项呢？它拿什么串起来找突破"], [["产业链"]],
  "以产业链为纽带,选择最有基础和条件", "task 12 -> 13")
c("multi", ["质量品牌那项任务主要讲啥？", "那企业牵头制定了国家标准，市里一次给多少奖励？"], refuse=True,
  note="no award amounts in the text")

with open(os.path.join(H, 'questions.jsonl'), 'w') as f:
    for o in Q: f.write(json.dumps(o, ensure_ascii=False) + '\n')
with open(os.path.join(H, 'conversations.jsonl'), 'w') as f:
    for o in C: f.write(json.dumps(o, ensure_ascii=False) + '\n')
print(len(Q), len(C), sum(1 for o in Q if o.get('refuse')))
