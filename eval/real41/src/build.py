#!/usr/bin/env python3
"""Builds the real41 suite: knowledge files, questions, conversations, owners, refusal evidence.
Run from eval/real41: python3 src/build.py"""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

docs = {}
for key in 'abc':
    text = open(os.path.join(HERE, f'doc_{key}.txt'), encoding='utf-8').read()
    title = text.split('\n')[0].strip()
    docs[key] = title
    os.makedirs(os.path.join(ROOT, 'knowledge'), exist_ok=True)
    with open(os.path.join(ROOT, 'knowledge', title + '.txt'), 'w', encoding='utf-8') as f:
        f.write(text)
A, B, C = docs['a'], docs['b'], docs['c']

Q = []  # (doc, kind, q, must, passage)
def q(doc, kind, text, must, passage): Q.append(dict(doc=doc, kind=kind, q=text, must=must, passage=passage))
R = []  # refusals (doc, q, evidence)
def r(doc, text, ev): R.append((doc, text, ev))

# ---------------- Doc A: 平潭 social-credit task division (annotated) ----------------
q(A,'owner','我们区里要建统一社会信用代码制度，这事主要是哪个部门在抓？',[['公安局']],'责任单位：区公安局、市场监督管理局、党群工作部')
q(A,'owner','平潭政府采购领域的信用建设，归哪个单位负责？',[['财政金融局']],'责任单位：区财政金融局')
q(A,'owner','招投标这块，项目信息发布和市场主体信用记录的征集共享是谁负责？',[['行政审批局']],'责任单位：区行政审批局')
q(A,'owner','纳税信用级别评价、税收违法黑名单这些工作，文件里写的是哪几个部门负责？',[['国税局'],['地税局']],'责任单位：区国税局、地税局')
q(A,'owner','公务员信用档案、编守信手册这些事，平潭是交给哪些单位办的？',[['党群工作部'],['社会事业局']],'责任单位：区党群工作部、社会事业局')
q(A,'owner','打击恶意逃废银行债务、骗保骗赔这类金融失信行为，责任单位是谁？',[['人民银行平潭支行'],['银监局']],'责任单位：区人民银行平潭支行、银监局')
q(A,'owner','我们是做外贸的，进出口企业信用评价体系由哪些单位来建？',[['经济发展局'],['平潭海关']],'责任单位：区经济发展局、平潭海关')
q(A,'owner','电商领域制假售假、刷流量这些失信行为的治理，列了哪些责任单位？',[['通信管理办'],['平潭海关']],'市场监督管理局、通信管理办、平潭海关')
q(A,'owner','拖欠工程款和劳务人员工资要被追究失信责任，工程建设领域这项任务由谁负责？',[['交通与建设局']],'责任单位：区交通与建设局、经济发展局、社会事业局')
q(A,'owner','推动社会征信机构建立征信系统，是哪家单位负责的？',[['人民银行平潭支行']],'推动社会征信机构建立征信系统')
q(A,'owner','交通运输企业的信用考核，排在第一位的责任单位是哪个？',[['交通建设局']],'责任单位：区交通建设局、公安局、区经济发展局')
q(A,'owner','安全生产失信惩戒、消防违法行为向社会公布，主要由哪个部门负责？',[['综合执法局']],'责任单位：区综合执法局、市场监督管理局')
q(A,'date','平潭这份社会信用任务分工方案是哪天印发的？',[['2015年8月31日']],'2015年8月31日')
q(A,'fact','这个社会信用任务分工的文件，文号是多少？',[['165号']],'岚综管办〔2015〕165号')
q(A,'target',"By what year should Pingtan's district-wide public credit information platform be basically in place?",[['2017']],'到2017年，全区公共信用信息平台基本建立')
q(A,'target','平潭的信用平台要和省内其他设区市的平台互联互通，目标是哪一年？',[['2020年']],'力争到2020年，实现与省内其他设区市公共信用信息平台互联互通')
q(A,'count','那个信用建设分工方案一共拆成了多少条具体任务？',[['34']],'34.加强广告业信用建设')
q(A,'list','统一社会信用代码是以什么为基础建立的？',[['公民身份号码'],['组织机构代码']],'以公民身份号码和组织机构代码为基础的统一社会信用代码制度')
q(A,'fact','公务员的信用记录以后会用在哪些地方？',[['干部考核'],['奖惩']],'将公务员信用记录作为干部考核、任用和奖惩的重要依据')
q(A,'condition','什么样的消防违法行为会被向社会公布？',[['多次受到行政处罚'],['逾期不改']],'将多次受到行政处罚、重大火灾隐患逾期不改等消防违法行为向社会公布')
q(A,'list','中介服务业信用分类管理，重点是哪些类型的机构？',[['律师类'],['评估类']],'重点加强公证类、律师类、会计类、担保类、鉴证类')
r(A,'平潭推进社会信用体系建设，每年安排多少专项经费？',['万元','经费','专项资金'])
r(A,'企业被列入失信黑名单以后，多久可以申请信用修复？',['信用修复','修复'])
r(A,'平潭公共信用信息平台的网址是多少？我想查一家企业的信用记录。',['网址','www','http'])

# ---------------- Doc B: NDRC/NEA 获得电力 opinion ----------------
q(B,'amount','我开了个小饭馆，民营的，用电容量120千瓦，申请低压接电能享受零投资吗？',[['160千瓦']],'将低压办电“零投资”扩大至160千瓦及以下各类民营经济组织')
q(B,'amount',"Under the NDRC/NEA opinion on 'obtaining electricity', how many working days at most may a low-voltage customer's whole connection take when no external power-line work is needed?",[['5']],'无电力外线工程的不超过5个工作日')
q(B,'amount','低压用户如果需要拉电力外线工程，全过程办电时间最多多少天？',[['15个工作日']],'有电力外线工程的不超过15个工作日')
q(B,'condition','频繁停电怎么算？一年内和连续60天内分别停几次就超标了？',[['5次'],['3次']],'一年内停电次数不超过5次')
q(B,'condition','因为台风刮断线路导致的停电，算进频繁停电的次数里吗？',[['除外'],['不可抗力','外力破坏']],'因恶劣天气等不可抗力和外力破坏造成的停电除外')
q(B,'date','获得电力这个新意见从什么时候开始施行？',[['2025年7月1日']],'本意见自2025年7月1日起施行，有效期5年')
q(B,'count','这份用电营商环境的意见有效期几年？',[['5年']],'本意见自2025年7月1日起施行，有效期5年')
q(B,'fact','新意见出来以后，2020年那份1479号文还继续有效吗？',[['废止']],'有效期5年。《国家发展改革委国家能源局关于全面提升')
q(B,'target','到哪一年要基本建成现代化用电营商环境？',[['2029年']],'到2029年，我国基本建成办电便捷化、供电高质化')
q(B,'list','现代化用电营商环境要做到哪“五化”？',[['办电便捷化'],['供电高质化'],['用电绿色化'],['服务普惠化'],['监管协同化']],'办电便捷化、供电高质化、用电绿色化、服务普惠化、监管协同化')
q(B,'list','用电报装的“三零”服务到底是哪三个零？',[['零上门'],['零审批'],['零投资']],'零上门、零审批、零投资')
q(B,'process','我在夜市摆地摊要临时用电，不想走报装流程，有什么办法？',[['扫码用电'],['便民接电点']],'通过“扫码用电”等模式为群众提供免报装、快用电服务')
q(B,'condition','供电公司能不能要求我先预付电费？',[['供用电合同']],'未经供用电合同约定不得要求用户预付电费')
q(B,'process','小区欠费要被停电，供电企业得走什么程序？',[['提前告知'],['提前报告']],'涉及居民住宅小区的，还应提前报告地方能源')
q(B,'fact','分布式光伏接入电网承载力评估信息公开，这件事由谁牵头组织？',[['省级能源']],'牵头组织开展分布式光伏接入电网承载力评估信息公开工作')
q(B,'fact','供电企业的智能客服要做到什么程度，是不是全天都能应答？',[['24小时']],'提供24小时在线的人工智能应答')
q(B,'condition','新建小区的供配电设施，开发商想交给供电公司，供电公司必须接收吗？',[['自愿移交'],['应予接收']],'产权主体自愿移交的，供电企业应予接收')
q(B,'list','供电企业免费给企业用户提供哪些公共服务？',[['电能监测'],['能效诊断'],['能效咨询']],'免费提供电能监测、能效诊断、能效咨询等公共服务')
q(B,'fact','文件里说的政企网格联动服务，具体是谁和谁联合？',[['电力客户经理'],['政务网格员']],'“电力客户经理+政务网格员”联合服务')
q(B,'fact','我们是省级重大项目，办电有什么特殊待遇吗？',[['绿色通道']],'对于列为国家和省级重大项目的，应开辟办电绿色通道')
q(B,'fact','电动自行车充电设施接电，供电企业按什么政策要求来服务？',[['三零']],'按照“三零”政策要求做好电动自行车充电设施接电服务')
r(B,'我们工厂是10千伏高压用户，报装全过程办电时限是多少个工作日？',['高压用户','高压办电','高压'])
r(B,'供电企业超过办电时限的话，会被罚款多少钱？',['罚款','万元'])
r(B,'对供电服务不满意，投诉热线电话是多少？',['95598','电话','热线'])

# ---------------- Doc C: 山东电力市场规则 编制说明 ----------------
q(C,'date','山东电力现货市场是哪天开始长周期结算试运行的？',[['2021年12月1日']],'山东电力现货市场于2021年12月1日进入长周期结算试运行')
q(C,'count','How many chapters does the Shandong Electricity Market Rules (trial) contain?',[['19','十九']],'《山东电力市场规则(试行)》共十九章')
q(C,'list','山东新版电力市场规则是由原来哪几个交易规则修订合并来的？',[['现货市场交易规则'],['中长期市场交易规则'],['零售市场交易规则']],'对原《山东电力现货市场交易规则(试行)》')
q(C,'date','山东这次电力市场规则修订是从什么时候开始的？',[['2023年3月']],'自2023年3月起，山东能源监管办会同省发展改革委')
q(C,'count','规则修订过程中一共组织了几轮集中工作？',[['六轮']],'并先后组织六轮集中工作')
q(C,'amount','新规则下发电侧结算颗粒度改成多少了？',[['15分钟']],'将发电侧结算颗粒度由1小时调整为15分钟')
q(C,'count','山东新规则里的市场运行费用分成了几类几项？',[['3大类13项']],'并按照产生机理分为3大类13项')
q(C,'fact','我们是独立储能电站，新规则下怎么参与现货市场？',[['报量报价']],'将独立新型储能参与市场方式优化为报量报价参与现货市场')
q(C,'condition','山东现货市场的二级出清价格限值在什么情况下启用？',[['高于价格限值'],['一定时长']],'当市场价格高于价格限值的连续时间超过一定时长后')
q(C,'fact','二级出清价格限值的上限是参考什么定的？',[['长期平均电价']],'二级出清价格限值的上限参考长期平均电价水平确定')
q(C,'process','核电机组和风电场的可用容量按什么来算？',[['负荷高峰时段']],'均按照负荷高峰时段平均市场化上网电力计算可用容量')
q(C,'fact','独立新型储能电站的充放电能力由谁定期测试？',[['电力调度机构']],'明确电力调度机构负责定期测试独立新型储能电站充放电能力')
q(C,'process','调频辅助服务的费用现在怎么算？',[['调频里程'],['单一制']],'采用基于调频里程的单一制价格机制进行费用计算')
q(C,'fact','机组非计划停运产生的“两个细则”考核费用，最后返给了谁？',[['市场化用户']],'按照一定比例返还至市场化用户')
q(C,'list','零售市场这次新增或准备探索哪些套餐？',[['灵活调节负荷零售套餐'],['价格联动类']],'增加灵活调节负荷零售套餐')
q(C,'list','山东电力市场体系由哪几部分构成？',[['中长期'],['现货'],['辅助服务'],['零售']],'构建了“中长期+现货+辅助服务+零售”协同有序的市场体系')
q(C,'fact','山东电力市场建设是依据哪个中央文件推进的？文号是多少？',[['中发〔2015〕9号']],'《中共中央国务院关于进一步深化电力体制改革的若干意见》')
q(C,'fact','新规则要求签中长期交易合约时，还得额外签订什么？',[['结算参考点']],'需要签订中长期结算参考点')
q(C,'fact','山东能源监管办的办公地址在哪儿？',[['七里山路55号']],'地址:济南市市中区七里山路55号')
q(C,'condition','发电机组什么时候可以自主申报停机消缺？',[['电力平衡宽裕']],'允许发电机组在电力平衡宽裕时期自主申报停机消缺的机制')
q(C,'fact','为了防止备用机组报高价躲避开机，新规则加了什么机制？',[['机组组合市场力事前监管']],'增加日前市场机组组合市场力事前监管机制')
r(C,'山东现货市场的申报价格上限是每兆瓦时多少元？',['元/兆瓦时','兆瓦时','元/千瓦时'])
r(C,'新版山东电力市场规则从哪天起正式施行？',['起施行','施行'])
r(C,'虚拟电厂跟零售用户的收益分成比例，最高能约定到百分之多少？',['%','百分之'])

# ---------------- order: interleave docs, refusals spread ----------------
order = []
per = {d: [x for x in Q if x['doc'] == d] for d in (A, B, C)}
refs = {d: [x for x in R if x[0] == d] for d in (A, B, C)}
for i in range(21):
    for d in (A, B, C):
        order.append(per[d][i])
        if i in (5, 12, 19):
            rr = refs[d][(5, 12, 19).index(i)]
            order.append(dict(doc=rr[0], kind='oos', q=rr[1], refuse=True, _ev=rr[2]))
evidence = {}
with open(os.path.join(ROOT, 'questions.jsonl'), 'w', encoding='utf-8') as f:
    for n, x in enumerate(order, 1):
        x = dict(x); x['id'] = f'r41a{n:02d}'
        if x.get('refuse'):
            evidence[x['id']] = x.pop('_ev')
            rec = dict(id=x['id'], doc=x['doc'], kind='oos', q=x['q'], refuse=True)
        else:
            rec = dict(id=x['id'], doc=x['doc'], kind=x['kind'], q=x['q'], must=x['must'], passage=x['passage'])
        f.write(json.dumps(rec, ensure_ascii=False) + '\n')

convs = [
    dict(doc=A, turns=['平潭那个社会信用任务分工方案里，价格领域的信用建设是怎么安排的？', '那这块具体是哪些部门负责？'], must=[['经济发展局'], ['市场监督管理局']]),
    dict(doc=A, turns=['平潭的信用方案里是不是提到要建全区公共信用信息平台？', '它纵向要跟哪一级的平台连通？', '那跟省内其他设区市的平台呢，计划哪年打通？'], must=[['2020年']]),
    dict(doc=B, turns=['国家发改委那份获得电力的意见里，低压用户接电时限是怎么规定的？', '那要是超时了，供电公司要赔给用户多少钱？'], refuse=True, _ev=['赔偿', '违约金', '万元']),
    dict(doc=B, turns=['那个获得电力的意见对频繁停电有管控标准吗？', '除了按一年算的，还有一个按连续多少天算的吧，那个是几次？'], must=[['60天'], ['3次']]),
    dict(doc=C, turns=['山东那个电力市场规则的编制说明里，发电侧结算颗粒度改了吗？', '改之前是多少？'], must=[['1小时']]),
    dict(doc=C, turns=['山东电力市场新规则里有个市场运行费用，对吧？', '它是由原来规则里的哪项费用调整过来的？'], must=[['市场偏差费用']]),
]
with open(os.path.join(ROOT, 'conversations.jsonl'), 'w', encoding='utf-8') as f:
    for n, c in enumerate(convs, 1):
        rec = dict(id=f'r41m{n:02d}', doc=c['doc'], kind='multi', turns=c['turns'])
        if c.get('refuse'):
            rec['refuse'] = True; evidence[rec['id']] = c['_ev']
        else:
            rec['must'] = c['must']
        f.write(json.dumps(rec, ensure_ascii=False) + '\n')
with open(os.path.join(HERE, 'refusal_evidence.json'), 'w', encoding='utf-8') as f:
    json.dump(evidence, f, ensure_ascii=False, indent=1)

# ---------------- owners.json: every annotated item of doc A ----------------
owners = []
for line in open(os.path.join(HERE, 'doc_a.txt'), encoding='utf-8').read().split('\n'):
    line = line.strip()
    m = re.match(r'^(\d+\.)(.*)（(责任单位：[^（）]*)）$', line)
    if not m: continue
    item, body, ann = m.group(1), m.group(2), m.group(3)
    first = body.split('。')[0]
    title = first + '。' if len(first) <= 40 else first.split('，')[0]
    units = ann.split('：', 1)[1].split('、')
    owners.append(dict(doc=A, task=item + title, item=item, title=title, owner_as_written=ann,
                       owner=units, lead=[units[0]],
                       note='no 牵头 mark; lead = first-listed unit' + ('; generic "区直各相关单位" only' if units == ['区直各相关单位'] else '')))
with open(os.path.join(ROOT, 'owners.json'), 'w', encoding='utf-8') as f:
    json.dump(owners, f, ensure_ascii=False, indent=1)
print(len(order), 'questions,', len(convs), 'conversations,', len(owners), 'owner rows')
