#!/usr/bin/env python3
"""Writes questions.jsonl and conversations.jsonl for the laws5 suite.

Every answerable case names, in `note`, the law file it is graded against (path relative to
/work/shared/corpus/laws/). Refusals carry `note` = "oos: <why the corpus does not answer>".
The named/bare style of each case is kept in STYLE below (and listed in README.md), not in the
JSONL, so that `note` stays exactly the file path.

Run:  python3 src/build_cases.py   (from /work/neweval/laws5)
"""
import json, os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

GS = "行政法规/工伤保险条例(2010-12-20).md"
NMG = "行政法规/保障农民工工资支付条例(2019-12-30).md"
NZG = "行政法规/女职工劳动保护特别规定(2012-04-28).md"
NXJ = "行政法规/职工带薪年休假条例(2007-12-14).md"
GJJ = "行政法规/住房公积金管理条例(2019-03-24).md"
WY = "行政法规/物业管理条例(2018-03-19).md"
CGS = "经济法/车辆购置税法(2018-12-29).md"
HBS = "经济法/环境保护税法(2018-10-26).md"
JG = "经济法/价格法(1997-12-29).md"
SB = "部门规章/市场监督管理总局/家用汽车产品修理更换退货责任规定(2021-07-22).md"
JF = "部门规章/公安部/道路交通安全违法行为记分管理办法(2021-12-17).md"
JQX = "行政法规/机动车交通事故责任强制保险条例(2019-03-02).md"
JZZ = "行政法规/居住证暂行条例(2015-11-26).md"
ZXQ = "行政法规/保障中小企业款项支付条例(2025-03-17).md"
WZ = "民法商法/外商投资法(2019-03-15).md"
RJ = "行政法规/计算机软件保护条例(2013-01-30).md"
YL = "行政法规/医疗纠纷预防和处理条例(2018-07-31).md"
XW = "社会法/学位法(2024-04-26).md"
GF = "行政法/固体废物污染环境防治法(2020-04-29).md"
FJ = "行政法规/全国年节及纪念日放假办法(2024-11-10).md"

Q = []   # single-turn cases
STYLE = {}


def case(id_, kind, style, q, must, passage, law):
    Q.append({"id": id_, "kind": kind, "q": q, "must": must, "passage": passage, "note": law})
    STYLE[id_] = style


def oos(id_, q, why):
    Q.append({"id": id_, "kind": "oos", "q": q, "refuse": True, "note": "oos: " + why})
    STYLE[id_] = "bare"


# ---- 工伤保险条例 ----
case("z01", "policy", "bare",
     "上班路上骑电动车被汽车撞了，交警认定对方全责，这个算不算工伤？公司一直拖着不给报，我自己最晚多久之内可以去申请工伤认定",
     [["1年"]], "被诊断、鉴定为职业病之日起1年内，可以直接向用人单位所在地", GS)
case("z02", "measure", "named",
     "工伤保险条例里职工因工死亡的，一次性工亡补助金按什么标准算？",
     [["20倍"], ["城镇居民人均可支配收入"]], "上一年度全国城镇居民人均可支配收入的20倍", GS)
case("z03", "policy", "named",
     "Under the Regulations on Work-Related Injury Insurance, if a worker suddenly falls ill at his post and dies after emergency treatment, within how many hours must the death occur for it to be treated as a work injury?",
     [["48"]], "突发疾病死亡或者在48小时之内经抢救无效死亡的", GS)
case("z04", "task", "named",
     "工伤保险条例第十六条规定的是什么情形？",
     [["醉酒", "吸毒"], ["自残", "自杀", "故意犯罪"]], "不得认定为工伤或者视同工伤", GS)

# ---- 保障农民工工资支付条例 ----
case("z05", "policy", "bare",
     "在工地上干了半年，分包老板跑路了工钱一分没拿到，总包那边说跟他们没关系，真的没关系吗",
     [["先行清偿"]], "分包单位拖欠农民工工资的，由施工总承包单位先行清偿", NMG)
case("z06", "target", "named",
     "保障农民工工资支付条例要求工资支付台账最少保存几年？建设单位拨付人工费用的周期最长不能超过多久？",
     [["3年"], ["1个月"]], "人工费用拨付周期不得超过1个月", NMG)

# ---- 女职工劳动保护特别规定 ----
case("z07", "policy", "bare",
     "我老婆下个月要生了，在公司上班，正常生的话产假一共多少天？要是难产能多休几天？",
     [["98天"], ["15天"]], "女职工生育享受98天产假", NZG)
case("z08", "policy", "bare",
     "宝宝才8个月还在喂奶，上班期间单位要给哺乳时间吗，一天多长？",
     [["1小时"]], "为哺乳期女职工安排1小时哺乳时间", NZG)

# ---- 职工带薪年休假条例 ----
case("z09", "target", "bare",
     "我累计工作12年了，一年能休几天带薪年假啊",
     [["10天"]], "已满10年不满20年的，年休假10天", NXJ)
case("z10", "measure", "bare",
     "公司说项目忙不让休年假，年底也没给任何补偿，应休没休的年假该怎么算钱？",
     [["300%"]], "按照该职工日工资收入的300%支付年休假工资报酬", NXJ)

# ---- 住房公积金管理条例 ----
case("z11", "target", "named",
     "住房公积金管理条例规定，职工和单位的公积金缴存比例最低是多少？",
     [["5%"]], "缴存比例均不得低于职工上一年度月平均工资的5%", GJJ)
case("z12", "policy", "bare",
     "刚入职一家新公司，公积金一直没给开户，单位应该在入职后多少天内去办缴存登记？",
     [["30日"]], "单位录用职工的，应当自录用之日起30日内", GJJ)

# ---- 物业管理条例 ----
case("z13", "owner", "bare",
     "我们小区刚选出业委会，听说要去政府备案，要在多长时间内备案，找哪个部门？",
     [["30日"], ["房地产行政主管部门", "街道办事处"]], "业主委员会应当自选举产生之日起30日内", WY)

# ---- 车辆购置税法 ----
case("z14", "target", "bare",
     "刚提了辆新车，购置税按多少比例交？买完之后多少天之内要去申报？",
     [["百分之十"], ["六十日"]], "车辆购置税的税率为百分之十", CGS)
case("z15", "policy", "named",
     "车辆购置税法里，城市公交企业买的公交车要不要交车购税？",
     [["免征"]], "城市公交企业购置的公共汽电车辆", CGS)

# ---- 环境保护税法 ----
case("z16", "measure", "named",
     "环境保护税法：企业排放大气污染物浓度比国家标准低30%以上的，环保税怎么减？",
     [["百分之七十五"]], "减按百分之七十五征收环境保护税", HBS)
case("z17", "overview", "bare",
     "我们厂要交环保税，是每个月报一次还是一个季度报一次？季度结束后多少天内要申报缴税？",
     [["按季申报"], ["十五日"]], "应当自季度终了之日起十五日内", HBS)

# ---- 价格法 ----
case("z18", "measure", "named",
     "价格法规定经营者哄抬价格、价格欺诈的，罚款最高是违法所得的几倍？",
     [["五倍"]], "可以并处违法所得五倍以下的罚款", JG)
case("z19", "owner", "named",
     "按价格法，省里制定的地方定价目录最后要报谁审定才能公布？",
     [["国务院价格主管部门"]], "报国务院价格主管部门审定后公布", JG)

# ---- 家用汽车产品修理更换退货责任规定 ----
case("z20", "policy", "bare",
     "新车提回来才第五天，发动机就出毛病要换，我能直接要求退车吗？",
     [["7日"], ["退货", "更换家用汽车产品"]], "自三包有效期起算之日起7日内", SB)
case("z21", "measure", "named",
     "Under the SAMR rules on repair, replacement and return of household cars, what is the maximum usage compensation coefficient n that a consumer can be charged when returning a car?",
     [["0.5%"]], "使用补偿系数n不得高于0.5%", SB)

# ---- 道路交通安全违法行为记分管理办法 ----
case("z22", "measure", "bare",
     "开车的时候接了个电话被拍到了，驾照要扣几分",
     [["3分"]], "驾驶机动车有拨打、接听手持电话等妨碍安全驾驶的行为的", JF)
case("z23", "policy", "bare",
     "驾照12分扣满了，开的是小轿车，要参加几天学习才能考试拿回驾照？",
     [["七天"]], "应当参加为期七天的道路交通安全法律", JF)

# ---- 机动车交通事故责任强制保险条例 ----
case("z24", "measure", "bare",
     "车子交强险过期忘了续，上路被交警查到了会怎么处罚，罚多少？",
     [["2倍"]], "最低责任限额应缴纳的保险费的2倍罚款", JQX)
case("z25", "overview", "named",
     "交强险条例规定交强险的保险期间是多长？哪些情况下可以投保短期交强险？",
     [["1年"], ["临时入境", "临时上道路行驶", "报废期限不足1年"]], "机动车交通事故责任强制保险的保险期间为1年", JQX)

# ---- 居住证暂行条例 ----
case("z26", "policy", "bare",
     "在外地上班住了大半年，去派出所交了材料办居住证，一般多少天能拿到？",
     [["15日"]], "公安机关应当自受理之日起15日内制作发放居住证", JZZ)
case("z27", "policy", "named",
     "居住证暂行条例第十六条：城区人口100万到500万的大城市落户，对参加城镇社保的年限最多能要求几年？",
     [["5年"]], "对参加城镇社会保险年限的要求不得超过5年", JZZ)

# ---- 保障中小企业款项支付条例 ----
case("z28", "policy", "bare",
     "我们是家小微企业，给区里一个事业单位供货，货交了两个多月了还不付款，他们按规定最晚多少天内得付？",
     [["30日"], ["60日"]], "应当自货物、工程、服务交付之日起30日内支付款项", ZXQ)
case("z29", "policy", "named",
     "Under the Regulations on Ensuring Payments to Small and Medium-sized Enterprises, within how many days after delivery must a large enterprise pay an SME supplier?",
     [["60"]], "应当自货物、工程、服务交付之日起60日内支付款项", ZXQ)
case("z30", "measure", "named",
     "保障中小企业款项支付条例：大企业迟延付款、合同又没约定逾期利率的，逾期利息按什么标准算？",
     [["万分之五"]], "按照每日利率万分之五支付逾期利息", ZXQ)

# ---- 外商投资法 ----
case("z31", "task", "named",
     "外商投资法第四条讲的是什么？",
     [["准入前国民待遇"], ["负面清单"]], "国家对外商投资实行准入前国民待遇加负面清单管理制度", WZ)
case("z32", "measure", "bare",
     "我们是一家外资企业，没按要求通过企业登记系统报送投资信息，被商务部门责令改正后没改，会罚多少钱？",
     [["十万元以上五十万元以下", "五十万元"]], "处十万元以上五十万元以下的罚款", WZ)

# ---- 计算机软件保护条例 ----
case("z33", "target", "bare",
     "公司自己开发的软件，著作权能保护多少年？从什么时候开始算？",
     [["50年"], ["首次发表", "开发完成"]], "法人或者其他组织的软件著作权，保护期为50年", RJ)
case("z34", "owner", "named",
     "计算机软件保护条例：委托外包公司开发软件，合同里没写著作权归谁，那软件著作权归谁？",
     [["受托人"]], "无书面合同或者合同未作明确约定的，其著作权由受托人享有", RJ)

# ---- 医疗纠纷预防和处理条例 ----
case("z35", "policy", "bare",
     "家里老人在医院抢救没救过来，我们觉得死因有问题，尸检要在多长时间内做？",
     [["48小时"]], "应当在患者死亡后48小时内进行尸检", YL)
case("z36", "target", "named",
     "医疗纠纷预防和处理条例规定，医疗纠纷人民调解委员会受理后多长时间内要调解完？",
     [["30个工作日"]], "应当自受理之日起30个工作日内完成调解", YL)

# ---- 学位法 ----
case("z37", "target", "named",
     "学位法对博士学位答辩委员会的人数有什么要求？校外专家最少几个？",
     [["五人"], ["二人"]], "博士学位答辩委员会组成人员应当不少于五人", XW)
case("z38", "overview", "named",
     "新的学位法从哪天开始施行？以前的学位条例还有效吗？",
     [["2025年1月1日"], ["废止"]], "本法自2025年1月1日起施行", XW)

# ---- 固体废物污染环境防治法 ----
case("z39", "measure", "bare",
     "小区里总有人把垃圾随手乱倒乱扔，个人这么干的话会被罚多少钱？",
     [["一百元以上五百元以下", "五百元"]], "个人有前款第一项、第五项、第七项行为之一", GF)
case("z40", "overview", "named",
     "2020年修订的固体废物污染环境防治法一共有多少条？分几章？",
     [["一百二十六"], ["九章"]], "第一百二十六条本法自2020年9月1日起施行", GF)

# ---- 全国年节及纪念日放假办法 ----
case("z41", "target", "named",
     "2024年11月修订的全国年节及纪念日放假办法，春节和劳动节分别放几天？",
     [["4天"], ["2天"]], "春节，放假4天（农历除夕、正月初一至初三）", FJ)
case("z42", "target", "bare",
     "现在放假调休，节前节后连着上班，规定一般最多能连续上几天班？",
     [["6天"]], "法定节假日假期前后连续工作一般不超过6天", FJ)

# ---- refusals: the corpus does not give these figures ----
oos("z43", "在广东，工伤十级伤残解除劳动合同，一次性伤残就业补助金能拿几个月工资？",
    "工伤保险条例第三十七条只说一次性工伤医疗补助金和一次性伤残就业补助金的具体标准由省、自治区、直辖市人民政府规定；语料中没有广东的标准")
oos("z44", "住房公积金贷款现在最高能贷多少万？",
    "住房公积金管理条例第九条只规定最高贷款额度由各地住房公积金管理委员会确定，没有金额")
oos("z45", "交强险的死亡伤残赔偿限额现在是多少钱？",
    "机动车交通事故责任强制保险条例第二十三条只说责任限额由国务院保险监督管理机构会同有关部门规定，语料中没有具体金额")
oos("z46", "居住证丢了去补领，要交多少钱工本费？",
    "居住证暂行条例第二十一条只说换领、补领应缴纳工本费，具体收费办法由国务院财政部门、价格主管部门制定，没有金额")
oos("z47", "去医院复印病历，一页收多少钱是合理的？",
    "医疗纠纷预防和处理条例第十六条只说可以收取工本费、收费标准应当公开；语料（含医疗事故处理条例）没有每页价格")
oos("z48", "城市居民的生活垃圾处理费每户每月要交多少钱？",
    "固体废物污染环境防治法第五十八条把生活垃圾处理收费标准交给县级以上地方人民政府制定，没有金额")

# ---- conversations ----
C = []


def conv(id_, turns, must, passage, law, style):
    C.append({"id": id_, "kind": "multi", "turns": turns, "must": must, "passage": passage, "note": law})
    STYLE[id_] = style


conv("zc01", ["工伤保险条例里停工留薪期一般是多长时间？", "伤得比较重的话还能再延长多久？"],
     [["12个月"]], "可以适当延长，但延长不得超过12个月", GS, "named; bare follow-up")
conv("zc02", ["驾照一个记分周期内12分扣满了，开小车的要学几天？", "那开大货车的呢？"],
     [["三十天"]], "大型货车驾驶人应当参加为期三十天", JF, "bare; bare follow-up")
conv("zc03", ["住房公积金管理条例规定哪些情况可以提取公积金？", "退休了把钱全取出来，那个公积金账户怎么处理？", "提取申请交上去以后，管理中心多少天内要给答复？"],
     [["3日"]], "住房公积金管理中心应当自受理申请之日起3日内", GJJ, "named; three turns")
conv("zc04", ["新买的家用车在包修期内修了好几次，三包规定里修车超过5天有没有补偿？", "那三包有效期内累计修了多少天，就可以要求换车或者退车？"],
     [["30日"]], "因质量问题累计修理时间超过30日", SB, "bare; topic follow-up")
Q_CONV_REFUSE = {"id": "zc05", "kind": "multi",
                 "turns": ["外地人要在城市申领居住证，需要满足什么条件？", "那深圳今年积分落户要多少分才够？"],
                 "refuse": True,
                 "note": "oos: 居住证暂行条例第十六条只说特大城市和超大城市应当建立完善积分落户制度；语料中没有深圳的积分落户分值"}
C.append(Q_CONV_REFUSE)
STYLE["zc05"] = "bare; ends in refusal"

if __name__ == "__main__":
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for c in Q:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "conversations.jsonl"), "w", encoding="utf-8") as f:
        for c in C:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "src", "style.json"), "w", encoding="utf-8") as f:
        json.dump(STYLE, f, ensure_ascii=False, indent=1)
    print(len(Q), "questions,", len(C), "conversations")
