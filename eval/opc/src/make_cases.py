#!/usr/bin/env python3
"""Write questions.jsonl and conversations.jsonl for the `opc` suite (hand-written cases)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")

A = "宁波市人民政府办公厅关于支持人工智能OPC创新创业发展的若干意见"
B = "市政府办公室关于印发宿迁市加快推进OPC创新发展十条政策措施的通知"
C = "东莞市打造OPC成果产业化智造服务基地的若干措施（征求意见稿）"
D = "朝阳园管委会（区科信局）等四部门关于印发《朝阳区关于支持人工智能OPC创新发展的若干措施》的通知"
E = "成都市经济和信息化局成都市科学技术局关于印发《成都市打造人工智能OPC创新发展新高地行动计划（2026—2027年）》的通知"
F = "武汉市人民政府关于印发武汉市支持人工智能OPC创新发展若干措施的通知"
G = "关于印发《胶州市人工智能OPC创新发展实施方案》的通知"
H = "望花区关于支持 OPC 相关业态创新发展的实施意见（征求意见稿）"


def case(id_, kind, q, must, passage, sub, nb, doc, why=None):
    c = {"id": id_, "kind": kind, "q": q}
    if must is None:
        c["refuse"] = True
        c["note"] = f"{sub}; {nb}; {doc}; not answered: {why}"
        return c
    c["must"] = must
    c["passage"] = passage
    c["note"] = f"{sub}; {nb}; {doc}"
    return c


Q = [
    # ---- a 宁波 ----
    case("opc-a01", "measure", "宁波支持OPC搞算力、语料、模型，补贴按合同金额多少比例？最高给多少",
         [["30%"], ["800万元"]], "合同执行金额的30%、最高800万元的标准给予补助", "amount", "named", A),
    case("opc-a02", "policy", "我们OPC今年登记了十几个数据产品，听说登记够数有一次性奖励，能拿多少？",
         [["3万元"]], "对全年登记数据产品达10个以上的，给予最高3万元的一次性奖励", "amount", "bare", A),
    case("opc-a03", "overview", "宁波那个支持AI OPC创新创业的若干意见啥时候开始施行，管到什么时候",
         [["2026年5月21日"], ["2028年12月31日"]], "本意见自2026年5月21日起施行", "date", "named", A),
    case("opc-a04", "task", "宁波OPC意见第十四条讲的什么",
         [["强化金融保险支持", "创业保险", "创业担保贷款"]], "（十四）强化金融保险支持", "item", "named", A),
    case("opc-a05", "owner", "宁波OPC社区里试点沙盒监管，哪个部门牵头？观察期给多久",
         [["市市场监管局"], ["1—3年"]], "对纳入沙盒的OPC给予1—3年观察期", "owner", "named", A),
    case("opc-a06", "policy", "OPC创业者报甬江人才工程创业人才项目，入选了资助多少？大赛获奖直接入选的呢",
         [["100万元"], ["2000万元"]], "对入选项目给予最高100万元的资助", "amount", "bare", A),
    # ---- b 宿迁 ----
    case("opc-b01", "measure", "宿迁的OPC买法律、审计、知识产权这些服务，服务券补多少",
         [["5万元"]], "一次性给予最高5万元的“服务券”补贴", "amount", "named", B),
    case("opc-b02", "policy", "宿迁打造标杆OPC社区，运营主体最多奖多少钱？",
         [["40万元"]], "给予运营主体最高40万元奖励", "amount", "named", B),
    case("opc-b03", "overview", "宿迁OPC十条政策措施从哪天开始实施？文号多少",
         [["2026年3月8日"], ["宿政办规〔2026〕1号"]], "本政策自2026年3月8日起实施", "date", "named", B),
    case("opc-b04", "task", "宿迁OPC十条里第6条是关于什么的",
         [["完善创业空间配套"]], "6.完善创业空间配套", "item", "named", B),
    case("opc-b05", "policy", "OPC第一次完成国家级生成式人工智能模型备案，奖励多少？加上落地的累加奖励一共封顶多少",
         [["50万元"], ["200万元"]], "每家OPC获得上述奖励合计最高200万元", "amount", "bare", B),
    case("opc-b06", "oos", "宿迁OPC政策给高校毕业生租房补贴吗，每个月补多少钱", None, None, "refusal", "named", B,
         "宿迁's 十条 gives no rent subsidy; item 7 only refers OPC leaders to 市人才政策 for 生活/科研/购房补贴 "
         "without amounts (monthly housing subsidies 500/800/1200元 are in the 胶州 text, 2000元/月 rent relief in 武汉)"),
    # ---- c 东莞 ----
    case("opc-c01", "measure", "东莞的OPC创意验证券，首次打样费用补多少？单项封顶多少",
         [["100%"], ["5万元"]], "给予100%补贴，单项最高5万元", "amount", "named", C),
    case("opc-c02", "policy", "我是做硬件的一人公司，产品第一次小批量生产，订单几千件，找本地工厂做能补贴多少",
         [["20%"], ["80万元"]], "给予20%的补贴，单个项目最高80万元", "amount", "bare", C),
    case("opc-c03", "overview", "东莞OPC成果产业化智造服务基地那个措施是哪个部门发的，征求意见截止到哪天",
         [["东莞市发展和改革局"], ["2026年4月23日"]], "征求意见截止2026年4月23日", "issuer", "named", C),
    case("opc-c04", "task", "东莞赋能OPC一共几条政策",
         [["十条"]], "东莞赋能OPC十条政策", "count", "named", C),
    case("opc-c05", "policy", "在OPC智造云平台上采购工业AI服务，赋能券怎么抵扣，一年最多多少",
         [["50%"], ["100万元"]], "按服务费用50%予以抵扣，单个OPC年度申领额度最高100万元", "amount", "bare", C),
    case("opc-c06", "oos", "东莞那个OPC措施里，算力补贴怎么给？按算力费用补多少", None, None, "refusal", "named", C,
         "the 东莞 measures have no compute (算力) subsidy at all (only 创意验证券, 智能制造创新赋能券 etc.); "
         "compute subsidies are in 成都 (60%/500万元), 武汉 (50%/20万元), 朝阳 (50%/50万元), 宁波, 胶州"),
    # ---- d 朝阳 ----
    case("opc-d01", "measure", "朝阳区OPC用算力券、词元券，能报销多少比例，一年封顶多少",
         [["50%"], ["50万元"]], "按照算力或词元实际使用金额的50%给予资金支持，每年最高50万元", "amount", "named", D),
    case("opc-d02", "policy", "我们在朝阳运营OPC社区，政府一年最多给多少支持？能连着给几年",
         [["500万元"], ["三年"]], "可给予连续三年、每年最高不超过500万元资金支持", "amount", "named", D),
    case("opc-d03", "overview", "朝阳区支持人工智能OPC若干措施是哪个单位印发的，有效期几年",
         [["朝阳园管理委员会", "朝阳园管委会"], ["3年"]], "本措施自发布之日起施行，有效期3年", "issuer", "named", D),
    case("opc-d04", "task", "朝阳区OPC措施第三条说的是啥",
         [["超级个体网络"]], "第三条  打造超级个体网络", "item", "named", D),
    case("opc-d05", "overview", "SICN机构是干嘛的，给OPC提供哪些服务",
         [["经纪服务", "资源链接", "商务谈判", "品牌营销"]], "向有潜力的超级个体和OPC提供资源链接、商务谈判、品牌营销等经纪服务",
         "definition", "bare", D),
    case("opc-d06", "oos", "朝阳区OPC政策对高校毕业生创业有没有一次性创业补贴，给多少", None, None, "refusal", "named", D,
         "the 朝阳 measures contain no one-off start-up subsidy for graduates (article 8 only mentions 朝阳青创15条 "
         "and talent services); such subsidies are in 成都 (5000元/1万元/2万元), 胶州 (1.2万元), 望花 (3000元), 东莞 (1万元)"),
    # ---- e 成都 ----
    case("opc-e01", "measure", "成都给OPC的普惠算力补贴，比例是多少？每年最高多少",
         [["60%"], ["500万元"]], "给予不超过算力购买费用的60%、每年最高500万元补贴", "amount", "named", E),
    case("opc-e02", "policy", "大学毕业生自己办人工智能OPC，正常经营满6个月、18个月、36个月分别补多少钱啊",
         [["5000元"], ["1万元"], ["2万元"]], "依次给予最高5000元、1万元、2万元补贴", "amount", "bare", E),
    case("opc-e03", "overview", "成都打造人工智能OPC创新发展新高地行动计划是哪两个部门发的",
         [["经济和信息化局"], ["科学技术局"]], "成都市经济和信息化局成都市科学技术局", "issuer", "named", E),
    case("opc-e04", "task", "成都OPC行动计划第（八）条讲的啥，单个项目最高支持多少",
         [["揭榜挂帅"], ["1000万元"]], "按照不超过项目资金总额的15%给予补助,单个项目最高支持1000万元", "item", "named", E),
    case("opc-e05", "policy", "来这边创业的AI青年，青年人才驿站能免费住几天",
         [["30天"]], "提供最长30天免费入住", "amount", "bare", E),
    case("opc-e06", "oos", "成都的OPC行动计划对海外OPC创始人办工作居留许可有便利吗，最长几年", None, None, "refusal", "named", E,
         "the 成都 plan says nothing about work/residence permits for foreign founders; only 东莞 (最长3年便利化工作居留许可) does"),
    # ---- f 武汉 ----
    case("opc-f01", "measure", "武汉OPC算力服务券按费用补多少？最多多少钱，能补几年",
         [["50%"], ["20万元"], ["3年"]], "使用算力服务费用的50%给予最高20万元补助", "amount", "named", F),
    case("opc-f02", "policy", "我是OPC创始人，在武汉买新房有购房补贴吗？怎么算的",
         [["1000元"], ["10万元"]], "按照每平方米1000元给予最高10万元购房补贴", "amount", "named", F),
    case("opc-f03", "overview", "武汉市支持人工智能OPC若干措施几号开始施行的，文号是啥",
         [["2026年3月18日"], ["武政规〔2026〕4号"]], "本措施自2026年3月18日起施行", "date", "named", F),
    case("opc-f04", "task", "武汉OPC措施第七条是什么",
         [["线上开放社区"]], "七、搭建OPC线上开放社区", "item", "named", F),
    case("opc-f05", "measure", "算力贷单笔最多贷多少？贷款本金亏了能补偿多少",
         [["1000万元"], ["80%"]], "单笔贷款最高1000万元,对发生的贷款本金损失,给予最高80%的风险补偿", "amount", "bare", F),
    case("opc-f06", "policy", "OPC生态社区里每家OPC每年给多少卡时免费算力",
         [["2000卡时"]], "每年为每家OPC提供不少于2000卡时的免费算力支持", "amount", "bare", F),
    # ---- g 胶州 ----
    case("opc-g01", "policy", "在胶州第一次办OPC，干满一年能领多少一次性创业补贴",
         [["1.2万元"]], "给予1.2万元一次性创业补贴", "amount", "named", G),
    case("opc-g02", "measure", "胶州给OPC发的算力券，一个OPC一年最多多少",
         [["2万元"]], "为有需求的OPC提供算力券，单个OPC年度最高2万元", "amount", "named", G),
    case("opc-g03", "owner", "胶州市人工智能OPC创新发展实施方案由哪个部门负责解释",
         [["科技和工业信息化局"]], "本方案由胶州市科技和工业信息化局负责解释", "issuer", "named", G),
    case("opc-g04", "overview", "胶州OPC方案聚焦几个特色领域培育OPC？",
         [["七大", "远程教育"]], "聚焦七大特色领域培育OPC主体", "count", "named", G),
    case("opc-g05", "policy", "用上合综服平台、上合经贸大模型的服务，服务费能补多少",
         [["50%"], ["1万元"]], "给予服务费50%补贴，年度最高1万元", "amount", "bare", G),
    case("opc-g06", "oos", "胶州认定的OPC创业社区，运营方每年能拿多少运营补贴", None, None, "refusal", "named", G,
         "the 胶州 plan gives OPC tenants rent-free/half-rent desks but names no subsidy amount for community operators "
         "(operator money is in 宁波 200万元, 宿迁 40万元, 朝阳 500万元, 武汉 500万元, 成都 100/200万)"),
    # ---- h 望花区 ----
    case("opc-h01", "measure", "望花区OPC项目和应用场景直接补贴，单个项目最多奖多少",
         [["10万元"]], "单体项目和应用场景给予实施主体不高于 10 万元的资金奖励", "amount", "named", H),
    case("opc-h02", "policy", "抚顺望花区OPC创业担保贷款最高能贷多少，利息贴多少？刚毕业的还有啥补贴",
         [["400万元"], ["50%"], ["3000元"]], "给予3000元一次性创业补贴", "amount", "named", H),
    case("opc-h03", "overview", "望花区那个OPC实施意见试行多长时间？征求意见到几号",
         [["一年"], ["4月5日"]], "自正式发布之日起试行一年", "period", "named", H),
    case("opc-h04", "task", "望花区OPC意见第六部分讲的啥？办公室设在哪",
         [["工作专班"], ["区商务局"]], "专班组长由分管副区长担任，办公室设在区商务局", "item", "named", H),
    case("opc-h05", "policy", "OPC企业一年算力花多少钱以上才能领普惠算力券",
         [["5 万元", "5万元"]], "对年算力使用成本达到 5 万元及以上的 OPC 企业", "condition", "bare", H),
    case("opc-h06", "oos", "望花区OPC政策有没有人才公寓或者租房补贴", None, None, "refusal", "named", H,
         "the 望花 opinion has no housing/rent support; it only refers talent to 兴辽英才计划/抚顺英才计划 "
         "(rent support is in 武汉, 成都, 胶州, 宁波)"),
]

M = [
    {"id": "opc-m01", "kind": "multi", "turns": ["武汉有专门支持人工智能OPC的政策吗", "那租房补贴呢"],
     "must": [["2000元"]], "passage": "给予2年且每月不超过2000元的免租优惠", "note": f"rent; named; {F}"},
    {"id": "opc-m02", "kind": "multi", "turns": ["宁波OPC若干意见是哪天印发的", "第十二条说的啥"],
     "must": [["科技服务支撑", "科创服务消费券"]], "passage": "（十二）提供科技服务支撑", "note": f"item; named; {A}"},
    {"id": "opc-m03", "kind": "multi", "turns": ["东莞OPC成果产业化智造服务基地的若干措施你知道吧", "拿到风投有奖励吗", "那OPC上市以后呢"],
     "must": [["600万", "700万"]], "passage": "最高可再获得600万-700万元奖励", "note": f"amount; named; {C}"},
    {"id": "opc-m04", "kind": "multi", "turns": ["成都OPC行动计划里算力怎么补", "这条谁牵头"],
     "must": [["市经信局市新经济委", "市经信局", "新经济委"]], "passage": "（牵头单位：市经信局市新经济委）", "note": f"owner; named; {E}"},
    {"id": "opc-m05", "kind": "multi", "turns": ["宿迁OPC十条是啥时候出的", "第5条讲什么，贷款利息能补多少"],
     "must": [["50%"], ["200万元"]], "passage": "每家OPC每年最高200万元", "note": f"amount; named; {B}"},
    {"id": "opc-m06", "kind": "multi", "turns": ["望花区OPC政策里创业担保贷款能贷多少", "那它对OPC社区运营方每年给多少运营补贴"],
     "refuse": True,
     "note": f"refusal; named; {H}; not answered: the 望花 opinion has no OPC-community operator subsidy (only priority entry to "
             "数字经济产业园区); operator subsidies are in 宁波, 宿迁, 朝阳, 武汉, 成都"},
]

with open(os.path.join(ROOT, "questions.jsonl"), "w", encoding="utf-8") as f:
    for c in Q:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
with open(os.path.join(ROOT, "conversations.jsonl"), "w", encoding="utf-8") as f:
    for c in M:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(Q), len(M))
