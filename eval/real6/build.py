# Writes questions.jsonl, conversations.jsonl and owners.json for the real6 set.
# This file is the source that was edited; run `python3 build.py` in this folder, then `node check.mjs`.
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
A = '国务院办公厅关于推广第二批支持创新相关改革举措的通知'
B = '广州市人民政府办公厅关于印发广州市临时救助实施细则的通知'
C = '2025年度积分制入户工作热点13问'

# note = "<named|bare>; <what is tested> | <document>"; check.mjs reads the document from the end of the note.
def q(id, kind, text, must, passage, style, what, doc):
    return {"id": id, "kind": kind, "q": text, "must": must, "passage": passage, "note": f"{style}; {what} | {doc}"}

def r(id, text, style, what, doc):
    return {"id": id, "kind": "oos", "q": text, "refuse": True, "note": f"{style}; refusal: {what} | {doc}"}

QA = [
    # ---- A: 国办发〔2018〕126号, owners in the table lines of the 附件 ----
    q('r6a01', 'owner', '那个推广第二批支持创新改革举措的通知里，知识产权案件审判引入技术调查官这条，是哪些部门指导的？',
      [['最高人民法院'], ['国家知识产权局']], '知识产权案件审判中引入技术调查官制度', 'named', 'item 4 owners (2 units)', A),
    q('r6a02', 'owner', '区域性股权市场搞科技创新专板，这事归哪个部门指导啊',
      [['中国证监会']], '区域性股权市场设置科技创新专板', 'bare', 'item 10 owner', A),
    q('r6a03', 'owner', '国办推广支持创新举措的清单，第6项的指导部门都有哪些？',
      [['科技部'], ['中科院'], ['司法部']], '以事前产权激励为核心的职务科技成果权属改革', 'named', 'item 6 owners by number (8 units; graded on first + two unusual ones)', A),
    q('r6a04', 'policy', '职务科技成果权属改革（事前产权激励那个）是全国都推广吗？还是只在部分地方试？',
      [['8个改革试验区域']], '以事前产权激励为核心的职务科技成果权属改革', 'bare', 'item 6 推广范围', A),
    q('r6a05', 'task', '推广第二批支持创新改革举措那份通知，军民深度融合方面一共几项？',
      [['6项']], '军民深度融合方面6项。', 'named', 'count per aspect (the table omits these rows)', A),
    q('r6a06', 'task', '科技金融创新这块推了几条举措？',
      [['5项']], '科技金融创新方面5项：区域性股权市场', 'bare', 'count per aspect', A),
    q('r6a07', 'overview', '国务院办公厅推广第二批支持创新相关改革举措的通知，文号是多少？',
      [['国办发〔2018〕126号']], '国办发〔2018〕126号', 'named', '文号', A),
    q('r6a08', 'overview', '推广第二批支持创新改革举措这个文件是哪天发的',
      [['2018年12月23日']], '2018年12月23日', 'named', 'date', A),
    q('r6a09', 'overview', '这第二批改革举措是从几个区域总结出来的？都有哪些地方',
      [['8个区域'], ['京津冀'], ['辽宁沈阳']], '陕西西安、辽宁沈阳等8个区域', 'bare', 'count + list of regions', A),
    q('r6a10', 'owner', '以地方立法形式建立决策容错机制的那条，指导部门是谁？',
      [['国家发展改革委'], ['国务院国资委'], ['审计署']], '以地方立法形式建立推动改革创新的决策容错机制', 'bare', 'item 23 owners (3 units)', A),
    q('r6a11', 'owner', '支持创新举措推广清单第13项谁来指导',
      [['中国人民银行'], ['工业和信息化部']], '以协商估值、坏账分担为核心的中小企业商标质押贷款模式', 'named', 'item 13 owners by number (4 units; graded on 2)', A),
    q('r6a12', 'policy', '我们是地方高校，想自己搞人才引进和职称评审，这条改革举措推广范围是全国吗',
      [['8个改革试验区域']], '允许地方高校自主开展人才引进和职称评审', 'bare', 'item 21 推广范围 (a user story)', A),
    q('r6a13', 'measure', '专利保险机制具体开发哪些险种？',
      [['专利代理责任险'], ['专利执行险'], ['专利被侵权损失险']], '专利代理责任险、专利执行险、专利被侵权损失险', 'bare', 'item 3 content', A),
    q('r6a14', 'measure', '国办那个支持创新改革举措通知里，创新创业团队回购地方政府产业基金的股权，按什么价回购？',
      [['投资本金'], ['同期商业贷款利息']], '按照投资本金和同期商业贷款利息回购股权', 'named', 'item 14 content', A),
    q('r6a15', 'measure', '“两表指导”说的是哪两张表',
      [['诉讼要素表'], ['有效抗辩释明表']], '《诉讼要素表》和《有效抗辩释明表》', 'bare', 'item 5 content', A),
    q('r6a16', 'owner', '推广支持创新举措这个通知，推广工作进展由谁来督促检查？',
      [['国家发展改革委'], ['科技部']], '国家发展改革委和科技部要适时督促检查推广工作进展情况', 'named', 'owner in the body text, not the table', A),
    q('r6a17', 'task', '各省政府接到这个通知要做啥，要出个什么方案？',
      [['推广工作方案']], '研究制定推广工作方案', 'bare', 'task for provinces', A),
    q('r6a18', 'measure', '第二批改革举措里“技术股+现金股”那条，谁可以这么持股？哪个部门指导？',
      [['转制院所'], ['国务院国资委']], '以“技术股+现金股”组合形式持有股权', 'named', 'item 8 content + owners', A),
    q('r6a19', 'task', '清单里第11项讲的啥？',
      [['六专机制']], '基于“六专机制”的科技型企业全生命周期金融综合服务', 'bare', 'item N content', A),
    q('r6a20', 'policy', '科研仪器开放共享那条，免税进口的仪器设备也能市场化运营吗？',
      [['按有关政策规定执行']], '免税进口的科研仪器设备按有关政策规定执行', 'bare', 'item 22 condition', A),
    q('r6a21', 'overview', '国办推广支持创新改革举措，第一批是哪年推广的？',
      [['2017年']], '国务院办公厅已于2017年印发通知予以推广', 'named', 'first batch year', A),
    r('r6a22', '推广第二批支持创新改革举措的通知里，军民深度融合那6项分别是啥，谁指导？', 'named',
      'the six 军民深度融合 rows were deleted from the published text (本文有删减); only their count is given', A),
    r('r6a23', '各省推广这些改革举措，中央财政给多少奖补资金？', 'bare', 'no money in the notice', A),
    r('r6a24', '国办那个推广支持创新举措的通知，要求各省什么时候之前把推广工作方案报上去？', 'named',
      'no deadline for the provinces\' 推广工作方案', A),

    # ---- B: 穗府办规〔2021〕19号 临时救助实施细则 (amounts, caps, conditions, deadlines) ----
    q('r6b01', 'policy', '广州临时救助那个细则，同一家庭一年里累计最多能救助多少钱？',
      [['5万元']], '同一家庭在1个自然年度内临时救助金额累计最高不得超过5万元', 'named', 'yearly cap per family', B),
    q('r6b02', 'policy', '我爸是特困人员，住院请人照料，住院照料临时救助一天最多补多少？',
      [['240元']], '住院照料临时救助标准不超过240元/人/日', 'bare', 'daily cap, 特困人员', B),
    q('r6b03', 'policy', '不是特困人员的普通申请人，住院照料临时救助一天最多多少',
      [['120元']], '其他申请人住院照料临时救助标准不超过120元/人/日', 'bare', 'daily cap, others', B),
    q('r6b04', 'policy', '孩子上学交了一大笔钱想申请支出型临时救助，这笔支出得是多长时间以内的？',
      [['12个月']], '申请支出型临时救助的事由应发生在申请日前12个月内', 'bare', 'eligibility window, 支出型', B),
    q('r6b05', 'policy', '广州临时救助实施细则里，家里失火了申请急难型救助，事情得是多久以内发生的？',
      [['1个月']], '申请急难型临时救助的事由应发生在申请日前1个月内', 'named', 'eligibility window, 急难型', B),
    q('r6b06', 'policy', '急难型临时救助递交申请后，街道几天内给审核意见？',
      [['3个工作日']], '镇人民政府(街道办事处)在受理之日起3个工作日内', 'bare', 'deadline for the 审核意见', B),
    q('r6b07', 'policy', '街道先行给了急难救助，之后手续要在多少天内补齐？',
      [['10个工作日']], '应当在紧急情况解除之后10个工作日内', 'bare', 'deadline to complete the paperwork', B),
    q('r6b08', 'policy', '临时救助细则规定急难型救助公示多长时间？',
      [['1年']], '其中港澳台居民在申请地(经常居住地)公示,公示期为1年', 'named', 'publicity period', B),
    q('r6b09', 'measure', '急难型临时救助标准最多按几个月低保算？',
      [['3个月']], '急难型临时救助标准原则上人均不超过本市3个月最低生活保障标准', 'bare', 'cap, 急难型', B),
    q('r6b10', 'measure', '广州临时救助里“一次审批、按月救助”的，最多能救助几个月的低保标准？',
      [['6个月']], '人均最高不超过本市6个月最低生活保障标准', 'named', 'cap, monthly relief', B),
    q('r6b11', 'overview', '广州市临时救助实施细则的文号是啥',
      [['穗府办规〔2021〕19号']], '穗府办规〔2021〕19号', 'named', '文号', B),
    q('r6b12', 'policy', '以家庭名义申请临时救助，救助金是怎么算的？',
      [['家庭人数'], ['救助月数']], '救助金额=家庭人数×本市每月最低生活保障标准×救助月数', 'bare', 'formula', B),
    q('r6b13', 'policy', '广州临时救助细则里说，救助批下来以后多久能发钱？',
      [['30天']], '应尽快发放救助金额,原则上不得超过30天', 'named', 'payment deadline', B),
    q('r6b14', 'owner', '广州临时救助细则里，人均救助金额超过两个月低保标准的，归谁审批？',
      [['区民政部门']], '应连同申请材料、调查结果和审核意见等相关材料报区民政部门审批', 'named', 'who approves above 2 months', B),
    q('r6b15', 'policy', '我是香港人在广州住，突然遇到困难能申请临时救助吗？找哪里申请？',
      [['经常居住地或困难发生地']], '可向经常居住地或困难发生地镇人民政府', 'bare', 'HK/Macao/Taiwan residents', B),
    q('r6b16', 'policy', '不在户籍地的街道申请临时救助，要提供什么居住材料？',
      [['居住证'], ['一年以上']], '已在本市连续居住一年以上的其他有效居住材料', 'bare', 'condition for non-户籍 applicants', B),
    q('r6b17', 'task', '广州临时救助实施细则，入户调查最少要几个人去？',
      [['2人']], '入户调查人员应当不少于2人', 'named', 'count', B),
    q('r6b18', 'overview', '这个临时救助细则有效期多久？从什么时候开始施行？',
      [['5年'], ['印发之日']], '本实施细则自印发之日起施行,有效期5年', 'bare', 'period', B),
    q('r6b19', 'overview', '广州新的临时救助实施细则出台后，旧的哪个文件废止了？',
      [['穗府办规〔2019〕13号']], '(穗府办规〔2019〕13号)同时废止', 'named', 'repealed document', B),
    q('r6b20', 'policy', '按广州那个临时救助实施细则，已经享受了护工费补充医疗救助，还能再领住院照料的临时救助吗',
      [['不再以同一事由重复享受', '重复享受']], '不再以同一事由重复享受住院照料临时救助', 'named', 'no double benefit', B),
    q('r6b21', 'policy', '广州临时救助那个细则，要是瞒报家里收入和财产会怎么样？',
      [['不予批准']], '隐瞒家庭收入、财产、支出和家庭人口情况或者提供虚假资料的', 'named', 'refusal grounds', B),
    r('r6b22', '广州现在的低保标准是每月多少钱？临时救助按这个乘几个月是多少？', 'bare',
      'the 细则 counts in months of 最低生活保障标准 but never states the amount', B),
    r('r6b23', '广州临时救助实施细则里，能不能在穗好办上网上申请？入口在哪？', 'named',
      'no online application channel or app is named (only 网络核验 of materials)', B),
    r('r6b24', '领到的临时救助金要不要交个人所得税？', 'bare', 'tax is not covered', B),

    # ---- C: 2025年度积分制入户工作热点13问 (numbered Q&A) ----
    q('r6c01', 'target', '广州2025年积分入户一共多少个指标？',
      [['1.6万个', '1.6万']], '2025年度我市积分制入户类指标为1.6万个', 'bare', 'quota', C),
    q('r6c02', 'target', '积分制入户热点13问里说今年指标跟2024年比是多了还是少了？',
      [['持平']], '积分制入户类指标为1.6万个，与2024年度持平', 'named', 'comparison with 2024', C),
    q('r6c03', 'policy', '积分入户社保要交满几年才行',
      [['满4年']], '缴纳社会保险满4年', 'bare', 'condition (四)', C),
    q('r6c04', 'policy', '那个积分入户13问里，总积分要多少分才能申请？',
      [['150分']], '计算总积分满150分', 'named', 'condition (五)', C),
    q('r6c05', 'policy', '我是1978年出生的，今年还能申请广州积分制入户吗？',
      [['1979年1月1日']], '“年龄45周岁以下”起算时间为1979年1月1日', 'bare', 'birth-date cut-off applied to a user (born 1978: no)', C),
    q('r6c06', 'policy', '2025年度积分入户申报从哪天开始，哪天截止？',
      [['10月10日'], ['11月10日']], '2025年10月10日9时至2025年11月10日17时', 'bare', 'application window', C),
    q('r6c07', 'policy', '积分入户热点问答里，对刑事处罚有啥要求？',
      [['近5年内']], '近5年内未受过刑事处罚', 'named', 'condition (六)', C),
    q('r6c08', 'policy', '人社局发的积分入户热点问答，积分材料计算时间截到哪天',
      [['2025年9月30日']], '2025年度积分制入户积分材料计算时间截至2025年9月30日', 'named', 'material cut-off', C),
    q('r6c09', 'policy', '人社局那个积分入户13问，纳税指标的积分材料算哪个时间段的？',
      [['2022年1月1日'], ['2024年12月31日']], '纳税指标积分材料计算时间为2022年1月1日—2024年12月31日', 'named', 'period for 纳税', C),
    q('r6c10', 'policy', '社会服务和公益指标的积分材料从什么时候开始算？',
      [['2020年9月30日']], '社会服务和公益指标积分材料计算时间为2020年9月30日', 'bare', 'period for 公益/专利', C),
    q('r6c11', 'policy', '积分入户排名分一样的话，怎么排先后？',
      [['医疗保险时长', '社会医疗保险'], ['居住证']], '按照在本市缴纳社会医疗保险时长排名', 'bare', 'tie-break rule', C),
    q('r6c12', 'overview', '2025积分制入户热点13问里的排名分指的是哪几项？',
      [['合法稳定住所'], ['合法稳定就业'], ['年龄']], '即合法稳定住所、合法稳定就业、年龄三项指标', 'named', 'definition', C),
    q('r6c13', 'policy', '积分入户成功了，老婆孩子能一起迁过来吗？',
      [['配偶'], ['未成年子女']], '其配偶、未成年子女可同时随迁入户本市', 'bare', 'who may follow', C),
    q('r6c14', 'policy', '积分入户热点问答里，随迁的未成年子女是指多大以下？',
      [['不满18周岁', '18周岁']], '未成年子女，是指年龄不满18周岁子女', 'named', 'definition of 未成年', C),
    q('r6c15', 'policy', '拿到入户资格以后，还能再补报随迁人员吗',
      [['不能增加随迁人员', '一并填报']], '在获得入户资格后不能增加随迁人员', 'bare', 'no later additions', C),
    q('r6c16', 'policy', '那个积分入户13问说，积分异议还在审核中的话能不能提交入户申请？',
      [['不能申请积分制入户', '不能申请']], '审核期间申请人没有个人核定积分，不能申请积分制入户', 'named', 'condition during 异议/调整', C),
    q('r6c17', 'task', '那个积分入户热点13问里说，在哪个系统申报个人积分？',
      [['广州市来穗人员积分制服务管理信息系统']], '广州市来穗人员积分制服务管理信息系统', 'named', 'system name', C),
    q('r6c18', 'policy', '通知我去镇街窗口现场核验，没按时去会怎样？',
      [['自动放弃']], '逾期不办理则视为自动放弃此次积分制入户申请资格', 'bare', 'consequence of missing 核验', C),
    q('r6c19', 'policy', '积分入户13问里讲，材料造假已经入户了会怎么处理？',
      [['注销'], ['退回原籍']], '公安机关根据入户审核部门提供的认定材料予以注销，退回原籍', 'named', 'penalty', C),
    q('r6c20', 'overview', '2025年度积分制入户工作热点13问是哪天发布的？信息来源是哪个部门？',
      [['2025-09-04'], ['市人力资源社会保障局']], '发表时间：2025-09-04 15:26', 'named', 'date + issuer', C),
    q('r6c21', 'task', '积分入户的公示和发入户卡的消息去哪看？',
      [['广州人社']], '“广州人社”微信公众号', 'bare', 'where results are published', C),
    r('r6c22', '申请广州积分制入户要交钱吗？收费多少？', 'bare', 'fees are not mentioned', C),
    r('r6c23', '积分制入户热点13问里，本科学历能加多少分？', 'named',
      'the 指标体系及分值表 is named but its scores are not given', C),
    r('r6c24', '2024年度积分入户最后入围的最低排名分是多少？', 'bare', 'no past cut-off scores', C),
]

CONV = [
    {"id": "r6m01", "kind": "multi",
     "turns": ["推广第二批支持创新改革举措的那个通知里，科技金融创新方面有哪几项？", "第二个是哪个部门指导的？"],
     "must": [['中国银保监会'], ['中国人民银行']], "passage": '基于“六专机制”的科技型企业全生命周期金融综合服务',
     "note": f"ordinal inside an aspect (第二个 → item 11) → owner | {A}"},
    {"id": "r6m02", "kind": "multi",
     "turns": ["国办推广第二批支持创新相关改革举措的清单里，专利保险机制是干嘛的？", "这条谁指导？在哪推广？"],
     "must": [['国家知识产权局'], ['中国银保监会'], ['全国']], "passage": '以降低侵权损失为核心的专利保险机制',
     "note": f"pronoun 这条 → owners + 推广范围 of item 3 | {A}"},
    {"id": "r6m03", "kind": "multi",
     "turns": ["广州的临时救助分哪两种？", "急难型的最多能救助多少？", "要是先行急难救助呢？"],
     "must": [['2个月']], "passage": '开展先行急难救助的,救助标准人均不超过本市2个月最低生活保障标准',
     "note": f"contrast follow-up (呢) | {B}"},
    {"id": "r6m04", "kind": "multi", "refuse": True,
     "turns": ["广州临时救助，同一家庭一年累计最多能救助多少？", "那要找街道申请的话，咨询电话是多少？"],
     "note": f"refusal: no phone number in the 细则 | {B}"},
    {"id": "r6m05", "kind": "multi",
     "turns": ["广州2025年积分入户什么时候申报？", "要满足哪些基本条件？", "社保那条要交几年？"],
     "must": [['满4年']], "passage": '缴纳社会保险满4年',
     "note": f"ellipsis (那条) inside a list of conditions | {C}"},
    {"id": "r6m06", "kind": "multi", "refuse": True,
     "turns": ["积分入户分数一样的时候怎么排名？", "那交完申请以后，大概多久能公布入户名单？"],
     "note": f"refusal: the Q&A gives the steps (审核、核验、公示、异议处理) but no time for the list | {C}"},
]

def owners():
    text = open(os.path.join(HERE, 'knowledge', A + '.txt'), encoding='utf-8').read().split('\n')
    start = text.index('推广范围') + 1
    recs, section, i = [], None, start
    while i < len(text):
        line = text[i]
        if re.match(r'^[一二三四五]、.*方面（共\d项）$', line):
            section = line; i += 1; continue
        if re.fullmatch(r'\d+', line):
            no, title, content, units, scope = line, text[i + 1], text[i + 2], text[i + 3], text[i + 4]
            recs.append({"no": no, "path": "附件/" + section, "title": title,
                         "units": units.split('、'), "annotations": [units], "scope": scope,
                         "content_start": content[:20]})
            i += 5; continue
        i += 1
    return recs

with open(os.path.join(HERE, 'questions.jsonl'), 'w', encoding='utf-8') as f:
    for c in QA: f.write(json.dumps(c, ensure_ascii=False) + '\n')
with open(os.path.join(HERE, 'conversations.jsonl'), 'w', encoding='utf-8') as f:
    for c in CONV: f.write(json.dumps(c, ensure_ascii=False) + '\n')
with open(os.path.join(HERE, 'owners.json'), 'w', encoding='utf-8') as f:
    json.dump(owners(), f, ensure_ascii=False, indent=1); f.write('\n')
print(len(QA), 'questions;', len(CONV), 'conversations;', len(owners()), 'owner records')
