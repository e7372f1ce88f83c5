#!/usr/bin/env python3
"""Writes questions.jsonl and conversations.jsonl for the real15 suite (hand-written cases)."""
import json, os
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
DA = '关于印发《中国（上海）自由贸易试验区临港新片区发展“超级个体”经济的若干措施》的通知'
DB = '市政府办公室关于印发《太仓市人工智能OPC培育发展行动计划（2026-2028年）》的通知'
DC = '杭州市“AI+OPC”社区建设工作指引（征求意见稿）'

Q = []
def add(id, kind, q, must, passage, sub, nb, doc):
    Q.append({'id': id, 'kind': kind, 'q': q, 'must': must, 'passage': passage,
              'note': f'{sub}; {nb}; {doc}'})
def ref(id, q, sub, nb, doc):
    Q.append({'id': id, 'kind': 'oos', 'q': q, 'refuse': True, 'note': f'{sub}; {nb}; {doc}'})

# ---- A: 临港新片区 若干措施 (amounts and caps) ----
add('r15a01', 'target', '临港新片区搞超级个体经济，到2028年计划建成几个OPC社区？', [['10个以上', '10个']], '建成10个以上高品质OPC社区', 'target', 'named', DA)
add('r15a02', 'target', '超级个体经济那个措施，到28年要集聚多少家OPC主体、吸引多少人才', [['1000家'], ['10000名']], '集聚1000家以上具备技术能力的OPC主体', 'target', 'bare', DA)
add('r15a03', 'overview', 'C5引擎是指哪几个C啊', [['Connect', '链接'], ['Cost', '成本'], ['Chance', '机会'], ['Convenience', '便利']], '“C⁵引擎”创业支持体系', 'definition', 'bare', DA)
add('r15a04', 'overview', '临港的超级个体政策支持哪些重点赛道？', [['跨境数据'], ['数字文化'], ['直播营销'], ['软件信息'], ['智能网联']], '聚焦跨境数据、数字文化、直播营销、软件信息、智能网联', 'list', 'named', DA)
add('r15a05', 'policy', '我一个人做微短剧跟数字动漫的，算哪个赛道', [['数字文化']], '数字文化赛道：聚焦网络游戏、数字动漫、微短剧', 'membership', 'bare', DA)
add('r15a06', 'overview', '临港这个政策里的OPC是按多少人以内算的？', [['10人']], '原则上人员规模一般不超过10人的企业', 'condition', 'named', DA)
add('r15a07', 'measure', 'OPC买算力、数据集、大模型服务，最多补贴百分之多少？学生创办的能多补多少，一年封顶多少', [['80%'], ['20%'], ['30万元']], '对高校学生创办的OPC，给予额外20%补贴', 'amount+cap', 'bare', DA)
add('r15a08', 'measure', '做大模型训练推理的，有免费算力吗，给多少卡时', [['100卡时'], ['半个月']], '提供半个月100卡时免费算力额度', 'amount', 'bare', DA)
add('r15a09', 'overview', '临港那个超级个体措施，支持内容一共有几条？', [['8']], '8.打造优质OPC生态培育体系', 'count', 'named', DA)
add('r15a10', 'policy', '我们是出海的opc，落在临港，跨境专线有补贴吗，补几年？', [['2年']], '经认定给予不超过2年跨境专线补贴', 'period', 'named', DA)
add('r15a11', 'policy', '去临港创业刚落地没地方住，政府有免费住宿么？能住多久', [['15天'], ['青春驿站']], '最长15天的“青春驿站”免费住宿', 'period', 'named', DA)
add('r15a12', 'policy', 'OPC人才住人才公寓能打几折，最长免租多久？', [['7折'], ['6个月']], '可按市场价的7折享受优惠', 'amount', 'bare', DA)
add('r15a13', 'measure', '安家补贴最高多少，租房补贴一个月最高多少？', [['10.8万元'], ['5000元']], '可申请最高10.8万元的安家补贴', 'amount', 'bare', DA)
add('r15a14', 'measure', '临港对OPC的创业担保贷款额度最高多少？有贴息吗', [['500万元']], '最高不超过500万元的创业担保贷款', 'amount', 'named', DA)
add('r15a15', 'measure', '启航系列基金投OPC的话单个项目一轮最多投多少', [['300万元']], '单项目每轮次投资额度不超过300万元', 'amount', 'bare', DA)
add('r15a16', 'measure', 'OPC买了认证过的创业保险，保费补贴比例多少？按哪年的保费算', [['50%'], ['上一年度']], '按其上一年度实际保费支出的50%给予补贴', 'amount+condition', 'bare', DA)
add('r15a17', 'measure', '数字准创客基地补贴标准怎么算的？一年最多多少', [['2500元'], ['100万元']], '给予数字准创客基地每月2500元/人', 'amount+cap', 'bare', DA)
add('r15a18', 'measure', '临港OPC品牌活动比如路演、沙龙、赛事，支持比例和上限是多少', [['50%'], ['300万元']], '按总投入的50%给予支持，最高不超过300万元', 'amount+cap', 'named', DA)
add('r15a19', 'task', '临港超级个体若干措施第5条是讲什么的', [['特色OPC社区', '数字准创客']], '5.建立特色OPC社区体系', 'item N', 'named', DA)
add('r15a20', 'overview', '临港发展超级个体经济的若干措施文号多少，哪天发的，有效期几年？', [['〔2026〕19号'], ['2026年3月25日', '2026-03-25'], ['3年']], '沪自贸临管委〔2026〕19号', 'doc number+date+period', 'named', DA)
add('r15a21', 'overview', '临港这个措施跟管委会其他政策重复了，能叠加享受吗？', [['从优、从高、不重复', '不重复']], '按照“从优、从高、不重复”原则予以落实', 'rule', 'named', DA)
ref('r15a22', '临港超级个体政策里，OPC注册开办能领多少开办补贴？', 'not in text (no start-up grant)', 'named', DA)
ref('r15a23', 'OPC社区运营方每引进一家OPC入驻，奖励多少钱？', 'not in text (no per-OPC reward to operators)', 'bare', DA)
ref('r15a24', '临港新片区超级个体政策的申报截止日期是哪天？', 'not in text (no application deadline)', 'named', DA)

# ---- B: 太仓 行动计划 (targets, tasks with lead/responsible units) ----
add('r15b01', 'target', '太仓OPC行动计划到2028年要培育多少OPC企业，集聚多少OPC人才？', [['100家'], ['1000名']], '培育OPC企业超100家，集聚OPC人才超1000名', 'target 2028', 'named', DB)
add('r15b02', 'target', '市级OPC公共服务平台好物工具要上线多少个？', [['20个']], '上线好物工具超20个', 'target 2028', 'bare', DB)
add('r15b03', 'target', '高质量行业数据集及语料库计划打造几个', [['40个']], '打造高质量行业数据集及语料库40个', 'target 2028', 'bare', DB)
add('r15b04', 'overview', '太仓搞OPC是要建成个什么城市定位', [['合伙人']], '长三角OPC首选‘合伙人’城市', 'positioning', 'named', DB)
add('r15b05', 'overview', '太仓的OPC行动计划重点面向哪几类OPC主体？', [['模式创新型'], ['场景应用型'], ['生态服务型']], '重点面向模式创新型、场景应用型、生态服务型三类OPC主体', 'count+list', 'named', DB)
add('r15b06', 'task', '跨境物流智能核验、车路协同算法这种属于哪一类OPC', [['场景应用型']], '在港口交通领域支持OPC参与跨境物流智能核验', 'membership', 'bare', DB)
add('r15b07', 'task', '做低代码工具、模型微调工具的OPC是哪类培育领域', [['生态服务型']], '在开发工具领域鼓励OPC参与低代码工具', 'membership', 'bare', DB)
add('r15b08', 'task', '一核双园多区，一核是指哪', [['娄江新城科教创新区', '娄江新城']], '以娄江新城科教创新区为核心', 'named programme', 'bare', DB)
add('r15b09', 'task', '双园是哪两个园区', [['大学生创业园'], ['中德双元制职业教育产业园', '中德双元制']], '鼓励大学生创业园、中德双元制职业教育产业园打造OPC特色社区', 'named programme', 'bare', DB)
add('r15b10', 'owner', '太仓集聚OPC创业人才这条谁牵头，哪些单位配合？', [['市委组织部', '人才办'], ['团市委', '市人社局', '市招商局', '市教育局']], '牵头单位：市委组织部', 'lead+responsible', 'named', DB)
add('r15b11', 'owner', '市级OPC公共服务平台谁牵头建', [['市数据局']], '牵头单位：市数据局，责任单位：市委宣传部', 'lead', 'bare', DB)
add('r15b12', 'owner', '太仓推动OPC场景开放是哪个部门牵头？', [['市发改委']], '牵头单位：市发改委，责任单位：港口委', 'lead', 'named', DB)
add('r15b13', 'owner', 'AI算力平台的牵头单位和责任单位分别是谁', [['市科技局'], ['市数据局'], ['资产集团']], '牵头单位：市科技局、市数据局，责任单位：资产集团', 'lead+responsible', 'bare', DB)
add('r15b14', 'owner', 'OPC数智工位、创意村落这块由谁负责？', [['各区镇']], '量身定制OPC“数智工位”', 'responsible', 'bare', DB)
add('r15b15', 'owner', '太仓OPC安全支撑就是网络数据安全那块，谁牵头？', [['市委宣传部', '网信办']], '依托苏州市互联网助企服务中心太仓分中心', 'lead', 'named', DB)
add('r15b16', 'task', '太仓OPC行动计划主要任务第三项是啥', [['支撑平台']], '建设OPC支撑平台。发挥国有企业', 'item N', 'named', DB)
add('r15b17', 'task', '沪太OPC技术转移驿站是干嘛用的', [['科创溢出', '成果转化']], '设立沪太OPC技术转移驿站', 'named programme', 'bare', DB)
add('r15b18', 'policy', '我的opc公司做起来了想转正规企业，政府有没有啥辅导', [['个转企'], ['小升规']], '提供“个转企”“小升规”专属辅导', 'citizen', 'bare', DB)
add('r15b19', 'overview', '太仓这个OPC行动计划哪天印发的，哪次会议过的？', [['2026年3月19日', '2026-03-19'], ['第85次']], '已经市政府第85次常务会议讨论后修改完善', 'date+meeting', 'named', DB)
add('r15b20', 'task', 'OPC共享赋能平台都提供些啥服务', [['创业辅导', '法律咨询', '财税处理', '知识产权'], ['创业导师库', '共享实验室']], '打造集创业辅导、法律咨询、财税处理、知识产权保护', 'content', 'bare', DB)
add('r15b21', 'measure', '太仓OPC支持政策和资金是纳入哪些政策里统筹设计的？', [['新质生产力'], ['1+10']], '太仓市加快发展新质生产力推动产业升级扶持政策', 'policy link', 'named', DB)
ref('r15b22', '首年生活补贴一个月发多少钱？', 'not in text (policy named, amount not given)', 'bare', DB)
ref('r15b23', '太仓OPC用算力券能抵扣多少比例？', 'not in text (算力券 named, no ratio)', 'named', DB)
ref('r15b24', '太仓要设的人工智能合作子基金规模多大？', 'not in text (fund named, no size)', 'named', DB)

# ---- C: 杭州 工作指引 (conditions, thresholds, procedure) ----
add('r15c01', 'overview', '杭州OPC社区工作指引里说的OPC，人员规模一般多少？', [['10人以下']], '人员规模一般10人以下', 'definition', 'named', DC)
add('r15c02', 'policy', '想在杭州备案一个OPC社区，孵化场地最少多少平？', [['800平方米']], '孵化场地面积不低于800平方米', 'condition', 'named', DC)
add('r15c03', 'policy', 'OPC社区达标备案要求至少几个创业工位、入驻几家OPC', [['30个'], ['20家']], '能提供不少于30个创业工位', 'condition', 'bare', DC)
add('r15c04', 'measure', '卓越级OPC社区对场地面积和工位数有啥要求？', [['3000平方米'], ['50个']], '孵化场地面积不低于3000平方米', 'condition', 'bare', DC)
add('r15c05', 'measure', '卓越级社区孵化资金规模要多少，要投过几家入驻OPC', [['1000万元'], ['2家']], '规模不低于1000万元，建有快速投资决策机制', 'condition', 'bare', DC)
add('r15c06', 'measure', '杭州OPC社区备案，孵化资金或者股权投资基金规模要多少', [['300万元']], '等，规模不低于300万元', 'condition', 'named', DC)
add('r15c07', 'policy', 'OPC社区专职服务人员最少几个？创业导师呢', [['3名'], ['5名']], '专职服务人员不少于3名', 'condition', 'bare', DC)
add('r15c08', 'measure', 'OPC社区每年要搞创业沙龙、路演这类活动最少多少场', [['10场次', '10场']], '场景对接等活动不少于10场次', 'condition', 'bare', DC)
add('r15c09', 'policy', '我们社区在杭州淳安，建设条件能降低吗？降多少', [['20%']], '孵化资金规模等要求可降低20%', 'exception', 'named', DC)
add('r15c10', 'overview', 'OPC社区建设要求可以降低20%的是哪几个区县', [['富阳'], ['临安'], ['桐庐'], ['建德']], '富阳、临安、桐庐、淳安、建德', 'membership', 'bare', DC)
add('r15c11', 'task', '卓越级要求的黑科技空间是干嘛的', [['产品展示区'], ['首试', '首发', '首秀']], '提供新技术首试、新产品首发、新场景首秀', 'content', 'bare', DC)
add('r15c12', 'task', '卓越级OPC社区需要配哪些必要空间', [['路演厅'], ['直播间'], ['静音房', '留言墙']], '留言墙、直播间、静音房等必要空间', 'list', 'bare', DC)
add('r15c13', 'owner', '杭州OPC社区认定管理归哪个部门管，区县科技局管啥？', [['市科技局'], ['审核推荐', '日常服务']], '负责OPC社区的政策制定、认定管理和业务指导', 'responsibility', 'named', DC)
add('r15c14', 'overview', '杭州AI+OPC社区认定流程分几步？', [['五', '5']], '公示发文。市科技局对拟认定', 'count', 'named', DC)
add('r15c15', 'task', 'OPC社区认定的复审核验环节怎么做的', [['抽查'], ['专家现场考察', '现场考察']], '对申请备案的OPC社区进行抽查', 'procedure', 'bare', DC)
add('r15c16', 'task', '杭州OPC社区认定流程的第二步是什么', [['审核推荐'], ['推荐名单', '核查报告']], '对申报材料进行审核，向市科技局提交核查报告和推荐名单', 'item N', 'named', DC)
add('r15c17', 'policy', 'OPC社区运营主体换了，多长时间内要报告', [['三个月']], '需在条件发生变化之日起三个月内', 'period', 'bare', DC)
add('r15c18', 'policy', '杭州的OPC社区什么情况下会被取消资格？', [['绩效不佳'], ['弄虚作假'], ['严重失信']], 'OPC社区列入严重失信名单的', 'list', 'named', DC)
add('r15c19', 'policy', '卓越级OPC社区绩效不好一年就会被摘牌吗', [['取消其资格', '取消']], '卓越级OPC社区当年度绩效不佳的', 'condition', 'bare', DC)
add('r15c20', 'overview', '杭州这个AI+OPC社区工作指引征求意见到哪天截止？哪个部门发的？', [['2026年6月24日'], ['杭州市科学技术局']], '征求意见截止2026年6月24日', 'date+issuer', 'named', DC)
add('r15c21', 'overview', 'OPC社区申报在哪里线上提交？', [['数字管理平台']], '通过市科技局数字管理平台在线提出申请', 'procedure', 'bare', DC)
ref('r15c22', '杭州认定卓越级OPC社区之后给多少奖励资金？', 'not in text (no amount in the guide)', 'named', DC)
ref('r15c23', '杭州OPC社区里的工位租金，政府规定收费上限了吗？', 'not in text (no rent cap)', 'named', DC)
ref('r15c24', '杭州OPC社区认定每年几月开始申报？', 'not in text (only 每年组织开展)', 'named', DC)

C = [
 {'id': 'r15m01', 'kind': 'multi', 'turns': ['临港新片区那个超级个体经济的若干措施你知道吗', '里面对OPC人才住房有什么支持？', '那考职业技能证书的培训补贴最高多少'],
  'must': [['5000元']], 'passage': '最高可享受5000元技能培训补贴', 'note': f'follow-up amount; named; {DA}'},
 {'id': 'r15m02', 'kind': 'multi', 'turns': ['临港OPC把AI工具上架开源社区的奖励最多多少？', '那申报要交哪些材料，去哪个窗口交？'],
  'refuse': True, 'note': f'follow-up refusal (no application materials in text); named; {DA}'},
 {'id': 'r15m03', 'kind': 'multi', 'turns': ['太仓OPC行动计划里说的“一核双园多区”是啥', '那一核这块是谁牵头的'],
  'must': [['市科技局'], ['高新区'], ['团市委']], 'passage': '牵头单位：市科技局、高新区、团市委', 'note': f'follow-up owner; named; {DB}'},
 {'id': 'r15m04', 'kind': 'multi', 'turns': ['太仓的OPC共享赋能平台提供什么服务？', '里面那个共享实验室用一次收多少钱'],
  'refuse': True, 'note': f'follow-up refusal (no fee in text); named; {DB}'},
 {'id': 'r15m05', 'kind': 'multi', 'turns': ['杭州OPC社区备案对场地面积有啥要求', '那卓越级的呢？', '我们在桐庐的话能降多少'],
  'must': [['20%']], 'passage': '孵化资金规模等要求可降低20%', 'note': f'follow-up exception; named; {DC}'},
 {'id': 'r15m06', 'kind': 'multi', 'turns': ['杭州那个AI+OPC社区工作指引，认定流程是怎样的', '第四步是什么'],
  'must': [['公示']], 'passage': '公示发文。市科技局对拟认定', 'note': f'follow-up ordinal; named; {DC}'},
]

with open(os.path.join(HERE, 'questions.jsonl'), 'w', encoding='utf-8') as f:
    for q in Q:
        f.write(json.dumps(q, ensure_ascii=False) + '\n')
with open(os.path.join(HERE, 'conversations.jsonl'), 'w', encoding='utf-8') as f:
    for c in C:
        f.write(json.dumps(c, ensure_ascii=False) + '\n')
print(len(Q), 'questions,', len(C), 'conversations')
