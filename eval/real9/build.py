#!/usr/bin/env python3
# Source of questions.jsonl, conversations.jsonl and owners.json. Run: python3 build.py
import json, re, os
HERE = os.path.dirname(os.path.abspath(__file__))
A = '阿坝州人民政府办公室关于印发《阿坝州政务数据资源管理暂行办法》的通知'
B = '关于推进人才集聚工程的实施意见'
C = '政策“筑巢” 新政“引凤”——深圳出台人才新政81条揽人才'
def q(i, kind, sub, text, must, passage, doc, named):
    return {"id": i, "kind": kind, "q": text, "must": must, "passage": passage,
            "note": f"{sub}; {'named' if named else 'bare'}; {doc}"}
def oos(i, sub, text, doc, named):
    return {"id": i, "kind": "oos", "q": text, "refuse": True, "note": f"{sub}; {'named' if named else 'bare'}; {doc}"}
Q = []
# ---------- A: 阿坝州政务数据资源管理暂行办法 ----------
a = [
 ("overview", "issuer", "阿坝州政务数据资源管理暂行办法是哪个单位印发的？文号是多少", [["阿坝州人民政府办公室"], ["阿府办发〔2021〕21号"]], "阿府办发〔2021〕21号", True),
 ("overview", "date", "阿坝那个政务数据管理办法是啥时候发的呀", [["2021年10月11日"]], "阿坝州人民政府办公室\n2021年10月11日", True),
 ("overview", "period", "政务数据资源管理暂行办法有效期几年？从哪天开始施行", [["2年"], ["颁布之日"]], "本办法自颁布之日起施行，有效期2年", True),
 ("measure", "deadline", "部门的行政职能变了，政务数据资源目录得在多少天内更新？", [["10个工作日"]], "应当自情形发生之日起10个工作日内更新", False),
 ("measure", "deadline", "目录更新完以后，几天之内要报给本级数据资源主管部门", [["3个工作日"]], "并在3个工作日内将更新后的政务数据资源目录", False),
 ("measure", "deadline", "我们局向别的部门申请有条件共享的数据，对方最晚多久要答复？", [["7个工作日"]], "其他政务部门应当自收到申请之日起7个工作日内答复", False),
 ("policy", "deadline", "我是做数据分析的公司，想申请阿坝州有条件开放清单里的数据，政府部门要多久给处理", [["十五个工作日"]], "政务部门应当在十五个工作日内处理", True),
 ("measure", "deadline", "数据复核的期限要是不够，最多能延长几天", [["7个工作日"]], "延长期限不超过7个工作日", False),
 ("overview", "count", "阿坝州的政务数据共享分成哪几种类型", [["无条件共享"], ["有条件共享"], ["不予共享"]], "政务数据共享分为无条件共享、有条件共享、不予共享等类型", True),
 ("overview", "count", "按开放属性，政务数据分几类？", [["无条件开放类"], ["有条件开放类"], ["不予开放类"]], "政务数据分为无条件开放类、有条件开放类和不予开放类", False),
 ("overview", "count", "阿坝州大数据中心平台包括哪几个子平台", [["共享交换平台"], ["数据开放平台"], ["政务数据资源池"]], "阿坝州大数据中心平台包括：阿坝州共享交换平台", True),
 ("policy", "condition", "县里的部门能不能自己另外建个政务云或者数据中心？", [["不得新建政务云和数据中心", "不得新建"]], "州、县（市）政务部门不得新建政务云和数据中心", False),
 ("policy", "condition", "阿坝州有条件开放的政务数据要拿去做商业开发，开发对象怎么定", [["公开招标"]], "应当通过公开招标等竞争性方式确定授权开发利用对象", True),
 ("overview", "count", "什么情况下部门要更新政务数据资源目录？列一下", [["法律、法规、规章等依据发生变化"], ["行政管理职能发生变化"], ["政务信息系统更新完成"]], "（一）法律、法规、规章等依据发生变化的", False),
 ("owner", "owner", "阿坝州政务数据资源管理暂行办法由谁负责解释", [["阿坝州人民政府办公室"]], "本办法由阿坝州人民政府办公室负责解释", True),
 ("policy", "condition", "数据还在复核，我去窗口办审批，他们能不能说数据在复核就不给我办？", [["不得以复核数据为由拒绝", "拒绝、推诿", "不得要求申请人办理数据更正手续"]], "受理单位不得以复核数据为由拒绝、推诿", False),
 ("policy", "condition", "政务部门之间共享数据要不要收钱", [["无偿"]], "政务部门应当无偿共享政务数据", False),
 ("measure", "condition", "阿坝州政务信息化项目立项申请前，在数据方面要先准备什么材料", [["项目数据资源目录"]], "应当预编形成项目数据资源目录，作为项目审批要件", True),
 ("owner", "owner", "政府投资的政务信息化项目审批前，要先报哪个部门初审？", [["数据资源主管部门"]], "在项目审批前应当报本级数据资源主管部门初审", False),
 ("overview", "overview", "阿坝洲政务数据资源管理要遵循哪些原则", [["统一标准"], ["统筹建设"], ["保障安全"]], "统一标准、统筹建设、共享开放、依法管理、保障安全的原则", True),
 ("measure", "amount", "搞政务数据资源管理的经费从哪出", [["同级财政预算"]], "政务数据资源管理工作所需经费纳入同级财政预算", False),
]
for n, (k, s, t, m, p, named) in enumerate(a, 1):
    Q.append(q(f"r9a{n:02d}", k, s, t, m, p, A, named))
Q.append(oos("r9a22", "absent: website address", "阿坝州数据开放平台的网址是多少？我想上去下数据", A, False))
Q.append(oos("r9a23", "absent: fine amount (text gives 处分/刑事责任 only)", "阿坝州政务数据办法里，工作人员泄露政务数据要罚款多少钱", A, True))
Q.append(oos("r9a24", "absent: completion year", "阿坝州大数据中心平台是哪一年建成投用的", A, False))
# ---------- B: 广州 “633”人才工程 实施意见 ----------
b = [
 ("target", "target", "广州633人才工程定了哪三大人才发展目标", [["2000名"], ["320万名"], ["40%"]], "重点引进和培养高层次人才达到2000名左右", True),
 ("overview", "period", "推进人才集聚工程的实施意见是从哪年开始，搞几年？", [["2012年"], ["5年"]], "2012年起5年内，大力实施“产业提升", True),
 ("overview", "count", "六大人才行动计划分别是哪六个", [["产业提升"], ["科技创新"], ["城乡一体"], ["文化引领"], ["民生幸福"], ["国际交流"]], "“产业提升、科技创新、城乡一体、文化引领、民生幸福、国际交流”六大人才行动计划", False),
 ("owner", "owner", "“羊城学者”特聘岗位项目是谁牵头的", [["市委组织部"]], "（牵头单位：市委组织部，配合单位：各有关单位）", False),
 ("owner", "owner", "633人才工程里的珠江科技新星项目归哪个部门牵头", [["市科技和信息化局"]], "13.珠江科技新星项目。加大对35岁以下青年科技人员", True),
 ("policy", "condition", "我32岁，在广州做科研，有没有针对年轻科技人员的资助？能连续给几年", [["连续3年", "3年"]], "连续3年每年给予科研经费资助", False),
 ("owner", "owner", "人才集聚工程里人才公寓这项谁牵头，配合的有哪些单位", [["市住房保障办"], ["市规划局"], ["市国土房管局"]], "（牵头单位：市住房保障办，配合单位：市规划局、市国土房管局", True),
 ("target", "target", "广州要建多少套人才公寓和专家公寓啊", [["10000套"], ["1000套"]], "1000套专家公寓和10000套人才公寓", False),
 ("task", "item", "广州推进人才集聚工程的实施意见第28项是什么", [["红棉计划"]], "28.“红棉计划”创业项目", True),
 ("owner", "item owner", "633人才工程第26项是谁牵头？", [["市委政法委"]], "（牵头单位：市委政法委，配合单位：市法院", True),
 ("owner", "owner", "确立人才优先投入机制那一条，牵头的是哪个局", [["市财政局"]], "（牵头单位：市财政局，配合单位：市委组织部", False),
 ("measure", "deadline", "人才集聚工程各个项目的具体实施细则要什么时候前定出来", [["2012年10月底前"]], "于2012年10月底前牵头制定完成具体实施细则", True),
 ("measure", "deadline", "各区的贯彻落实意见要在什么时间前出台", [["2012年底前"]], "各区（县级市）要于2012年底前制定完成具体贯彻落实意见", False),
 ("policy", "condition", "企业从外地引进的博士硕士紧缺人才，广州有安家补助吗？分几年给", [["分2年"]], "分2年给予政府安家补助", False),
 ("owner", "owner", "战略性主导产业紧缺人才开发项目的牵头单位和配合单位", [["市发展改革委"], ["市委组织部"], ["市人力资源和社会保障局"]], "（牵头单位：市发展改革委，配合单位：市委组织部", False),
 ("target", "target", "633人才工程金融高级人才要引进多少个", [["30名"], ["50名"]], "5年内重点引进30名金融高级管理人才和50名金融高级专业人才", True),
 ("owner", "owner", "大学生去当村官那个项目是谁在管", [["市委组织部"]], "一村两名或多名大学生村官”目标。（牵头单位：市委组织部", False),
 ("owner", "owner", "广州百名高端外国专家引进项目有配合单位吗？谁牵头", [["市人力资源和社会保障局"]], "（牵头单位：市人力资源和社会保障局）", True),
 ("target", "target", "名校长、名教师5年内要评多少个", [["100名"], ["200名"]], "名校长100名、名教师200名", False),
 ("owner", "owner", "人才集聚工程里民营企业家素质提升项目谁负责", [["市经贸委"]], "（牵头单位：市经贸委，配合单位：市人力资源和社会保障局、市工商联", True),
 ("task", "condition", "广州人才特区试点选了哪几个地方", [["广州开发区"], ["天河区"]], "选择广州开发区、天河区作为我市人才特区试点区域", True),
]
for n, (k, s, t, m, p, named) in enumerate(b, 1):
    Q.append(q(f"r9b{n:02d}", k, s, t, m, p, B, named))
Q.append(oos("r9b22", "absent: amount (安家补助 has no figure)", "633人才工程给紧缺人才的政府安家补助，每人具体是多少钱", B, True))
Q.append(oos("r9b23", "absent: rent level", "广州人才公寓租金一平米多少钱", B, False))
Q.append(oos("r9b24", "absent: document number", "推进人才集聚工程的实施意见文号是多少？", B, True))
# ---------- C: 深圳 人才新政81条 解读报道 ----------
c = [
 ("overview", "issuer/date", "深圳人才新政81条那篇解读文章是哪里发的？啥时候发的", [["外国专家局"], ["2016-05-24"]], "来源：外国专家局　发布时间：2016-05-24", True),
 ("overview", "date", "深圳那三大政策是哪天一起出台的", [["2016年3月18日"]], "2016年3月18日，深圳市旨在推动加快建设科技", False),
 ("overview", "overview", "深圳同时出台的三大政策分别叫啥", [["关于促进科技创新的若干措施"], ["关于支持企业提升竞争力的若干措施"], ["关于促进人才优先发展的若干措施"]], "《关于促进科技创新的若干措施》《关于支持企业提升竞争力的若干措施》", False),
 ("overview", "count", "深圳人才新政81条一共有多少个政策点", [["178"]], "政策点也从几十个变成了178个", True),
 ("overview", "count", "人才新政81条的政策点里，新增的有多少，强化的多少", [["86个"], ["70个"]], "新增的86个，强化的70个，重申的22个", True),
 ("measure", "amount", "深圳现在每年在人才上投多少钱", [["44亿", "44个亿"]], "人才新政81条将这个数字增长到了每年44个亿", False),
 ("policy", "amount", "深圳人才新政里国家级领军人才能拿多少奖励补贴", [["300万元"]], "分别给予300万元、200万元、160万元的奖励补贴", True),
 ("policy", "amount", "后备级人才以前给多少，现在给多少", [["80万元"], ["160万元"]], "在“1+5”文件中分别是150万元、100万元、80万元", False),
 ("policy", "amount", "海内外高层次人才团队加项目，最高能资助多少", [["1亿元"]], "给予最高1亿元的资助", False),
 ("policy", "condition", "我们团队没选上孔雀计划，深圳还有钱支持吗", [["500万元"]], "但未入选“孔雀计划”的创新创业团队，给予最高500万元", False),
 ("policy", "amount", "硕士毕业刚来深圳，租房跟生活补帖一次性给多少", [["25000元"]], "15000元、25000元、30000元", False),
 ("policy", "amount", "深圳人才新政81条实施前，新引进博士的一次性租房和生活补贴是多少", [["12000元"]], "6000元、9000元、12000元", True),
 ("policy", "amount", "我在职想提升学历，深圳人才新政能补贴多少", [["1万元"]], "学历层次提升补贴提至每人最高1万元", True),
 ("owner", "who", "这篇讲人才新政81条的报道采访的是谁？她是什么职务", [["郑秀玉"], ["组织部副部长", "市人才工作领导小组办公室主任"]], "深圳市委组织部副部长、市人才工作领导小组办公室主任郑秀玉", True),
 ("overview", "overview", "郑秀玉是用哪4个“更”来评价新政的", [["层级更高"], ["力度更大"], ["惠及面更广"], ["公平性更强"]], "层级更高、力度更大、惠及面更广、公平性更强", False),
 ("policy", "condition", "新政跟以前的人才政策有重复交叉的，按哪个执行", [["从新、从优、从高"]], "按照从新、从优、从高的原则执行", False),
 ("policy", "condition", "81条里没提到、但老政策里有规定的，现在还算数不", [["依旧有效"]], "但之前政策有规定的，依旧有效", False),
 ("target", "amount", "深圳孔雀计划每年至少投入多少", [["10亿元"]], "“孔雀计划”每年投入不少于10亿元", True),
 ("target", "count", "截至2015年底，深圳累计认定了多少高层次专业人才", [["5652"]], "累计认定高层次专业人才5652名人", True),
 ("overview", "date", "深圳人才政策的“1+6”文件是哪年颁布的", [["2008年9月"]], "2008年9月，深圳市颁布了", True),
 ("target", "count", "孔雀计划到2015年底一共确认了多少个团队", [["64个"]], "共确认“孔雀计划”团队64个", True),
]
for n, (k, s, t, m, p, named) in enumerate(c, 1):
    Q.append(q(f"r9c{n:02d}", k, s, t, m, p, C, named))
Q.append(oos("r9c22", "absent: contact / application entry", "深圳人才新政81条在哪里申请？咨询电话是多少", C, True))
Q.append(oos("r9c23", "absent: home-purchase subsidy (only 租房和生活补贴)", "深圳新引进的本科生买房能补贴多少钱", C, False))
Q.append(oos("r9c24", "absent: article text of item 20", "人才新政81条的第20条具体写的是什么", C, True))
# ---------- conversations ----------
M = [
 {"id": "r9m01", "kind": "multi", "turns": ["广州那个633人才工程里有个珠江科技新星项目，是干嘛的？", "谁牵头？"], "must": [["市科技和信息化局"]], "passage": "13.珠江科技新星项目。加大对35岁以下青年科技人员", "note": "owner after item; ellipsis; " + B},
 {"id": "r9m02", "kind": "multi", "turns": ["广州推进人才集聚工程的实施意见，第35项是什么？", "第36项呢？配合单位有哪些"], "must": [["市人力资源和社会保障局"], ["市科技和信息化局"]], "passage": "（牵头单位：市委组织部，配合单位：市人力资源和社会保障局、市科技和信息化局", "note": "next item; ellipsis; " + B},
 {"id": "r9m03", "kind": "multi", "turns": ["阿坝州政务数据资源管理暂行办法里，有条件共享的数据申请了多久答复？", "那有条件开放的呢？"], "must": [["十五个工作日"]], "passage": "政务部门应当在十五个工作日内处理", "note": "contrast; ellipsis; " + A},
 {"id": "r9m04", "kind": "multi", "turns": ["阿坝州那个政务数据办法谁负责解释？", "他们办公室电话多少？"], "refuse": True, "note": "refusal: phone number absent; pronoun; " + A},
 {"id": "r9m05", "kind": "multi", "turns": ["深圳人才新政81条，新引进的本科生一次性补贴多少？", "那博士呢？以前是多少"], "must": [["30000元"], ["12000元"]], "passage": "6000元、9000元、12000元", "note": "contrast; ellipsis; " + C},
 {"id": "r9m06", "kind": "multi", "turns": ["深圳孔雀计划每年投入多少钱？", "那它今年的申报截止日期是哪天？"], "refuse": True, "note": "refusal: deadline absent; pronoun; " + C},
]
with open(os.path.join(HERE, 'questions.jsonl'), 'w') as f:
    for x in Q: f.write(json.dumps(x, ensure_ascii=False) + '\n')
with open(os.path.join(HERE, 'conversations.jsonl'), 'w') as f:
    for x in M: f.write(json.dumps(x, ensure_ascii=False) + '\n')
# ---------- owners.json (document B, items 2–45) ----------
WHOLE = {"各区、县级市", "各有关区、县级市"}
def units(s):
    out = []
    for piece in s.split('，'):
        if piece in WHOLE: out.append(piece)
        else: out.extend(x for x in piece.split('、') if x)
    return out
owners = []
for line in open(os.path.join(HERE, 'knowledge', B + '.txt')).read().splitlines():
    m = re.match(r'^(\d+)\.(.+?)。.*（(牵头单位：(.+?)(?:，配合单位：(.+?))?)）$', line)
    if not m: continue
    owners.append({"no": m.group(1), "title": m.group(2), "lead": units(m.group(4)),
                   "partners": units(m.group(5)) if m.group(5) else [], "annotation": "（" + m.group(3) + "）"})
json.dump(owners, open(os.path.join(HERE, 'owners.json'), 'w'), ensure_ascii=False, indent=1)
print(len(Q), 'questions', len(M), 'conversations', len(owners), 'owners')
