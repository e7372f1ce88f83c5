#!/usr/bin/env python3
"""Source of the real11 suite: writes questions.jsonl, conversations.jsonl and owners.json.

Edit this file, then run `python3 build.py` and `node check.mjs`.
note = "<sub-kind>; named|bare; <document title>"  (named = the question names the document, even loosely)
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
A = '加快数字化高质量发展打造数字先锋城市推进方案'
B = '广州市人民政府办公厅关于印发广州市公共租赁住房管理办法的通知'
C = '“社保服务进万家”问答课堂——如何进行企业基本养老保险转移'


def q(id, kind, text, must, passage, sub, named, doc):
    return {'id': id, 'kind': kind, 'q': text, 'must': must, 'passage': passage,
            'note': f'{sub}; {"named" if named else "bare"}; {doc}'}


def oos(id, text, sub, named, doc, why):
    return {'id': id, 'kind': 'oos', 'q': text, 'refuse': True,
            'note': f'{sub}; {"named" if named else "bare"}; {why}; {doc}'}


QUESTIONS = [
    # ---------------- A: 济南 加快数字化高质量发展打造数字先锋城市推进方案 ----------------
    q('r11a01', 'target', '济南数字先锋城市推进方案里，到2025年数字经济占GDP比重要超过多少？',
      [['50%']], '占GDP比重超过50%', 'target', True, A),
    q('r11a02', 'target', '到2023年济南要建多少个5G基站啊',
      [['4万个']], '建成4万个以上5G基站', 'target', False, A),
    q('r11a03', 'target', '2023年数字经济核心产业规模目标是多少？其中软件和信息技术服务业收入要到多少',
      [['5500亿元'], ['4000亿元']], '数字经济核心产业规模超过5500亿元', 'target two-part', False, A),
    q('r11a04', 'target', '那个数字先锋城市的方案，2025年数字产业化和产业数字化规模各要达到多少',
      [['7000亿']], '产业规模均达到7000亿级', 'target', True, A),
    q('r11a05', 'task', '加快数字化高质量发展的推进方案，主要任务一共列了多少条具体任务？',
      [['19']], '（19）推广生活智能化应用', 'count', True, A),
    q('r11a06', 'task', '数字先锋城市建设的主要任务分哪几大块',
      [['数字产业化'], ['产业数字化'], ['城市数字化转型']], '（一）推进数字产业化，激发经济发展新动能', 'count', True, A),
    q('r11a07', 'owner', '推进方案第13项任务是什么？责任单位有哪些',
      [['新一代网络基础设施', '5G'], ['市城管局']], '（13）高水平建设新一代网络基础设施', 'item N + owner', True, A),
    q('r11a08', 'owner', '数字先锋城市那个方案里，智能建造、推广BIM那一条归哪些部门负责',
      [['市住房城乡建设局'], ['市自然资源和规划局']], '（10）加快推动智能建造', 'owner', True, A),
    q('r11a09', 'owner', '建智慧农叶示范基地那条谁牵头？',
      [['市农业农村局']], '（11）推动数字赋能现代农业', 'owner (typo 农叶)', False, A),
    q('r11a10', 'owner', '智慧物流园区、智慧银行这些是哪几个单位负责的',
      [['市口岸物流办'], ['市地方金融监管局']], '（12）促进服务业高质量发展', 'owner', False, A),
    q('r11a11', 'owner', '推进方案19项任务里最后一项是啥，责任单位是谁',
      [['生活智能化'], ['市商务局']], '（19）推广生活智能化应用', 'ordinal last + owner', True, A),
    q('r11a12', 'owner', '数据资源汇聚共享和提升政务服务水平这两条，分别是谁负责？',
      [['市相关部门'], ['市行政审批服务局']], '（16）提升政务服务水平', 'owner two-part', False, A),
    q('r11a13', 'measure', '软件产业集群到2023年要培育几个收入过200亿的？',
      [['5个']], '培育5个以上收入过200亿元的软件产业集群', 'target in task', False, A),
    q('r11a14', 'measure', '济南数字化推进方案说每年要实施多少个计改项目？智能制造试点示范项目累计要培育多少个',
      [['1000个'], ['120个']], '每年实施1000个技改项目', 'target in task (typo 计改)', True, A),
    q('r11a15', 'task', '推进方案里第5条任务讲的啥',
      [['突破核心关键技术', '数字新型基础设施']], '（5）突破核心关键技术', 'item N (either numbering)', True, A),
    q('r11a16', 'measure', '打造数字先锋城市的推进方案，工业互联网这块2023年的目标是啥',
      [['3-5家'], ['300家']], '培育3-5家国内领先的工业互联网行业平台', 'target in task', True, A),
    q('r11a17', 'measure', '新建住宅要百分之多少BIM交服？',
      [['100%']], '新建住宅建筑实现100%BIM交付', 'target in task (typo 交服)', False, A),
    q('r11a18', 'target', '数据中心机架规模年均增速要保持在多少',
      [['20%']], '机架规模年均增速保持在20%左右', 'target', False, A),
    q('r11a19', 'overview', '数字先锋城市推进方案的保障措施有哪几条',
      [['加强组织领导'], ['强化要素保障'], ['鼓励先行先试'], ['建立评价机制']], '（四）建立评价机制', 'count/list', True, A),
    q('r11a20', 'overview', '打造数字先锋城市各项工作是依托哪个领导小组统筹的',
      [['工业强市建设领导小组']], '依托市工业强市建设领导小组', 'coordinator', True, A),
    q('r11a21', 'owner', '济南人工智能岛、车路协同那条任务是哪些单位负责',
      [['起步区管委会'], ['济南高新区管委会']], '（4）培育壮大数字产业新增长点', 'owner', False, A),
    oos('r11a22', '这个数字先锋城市推进方案的文号是多少，哪天印发的？', 'issuer/date', True, A,
        'the stored text is the plan body only: no issuing notice, 文号 or date'),
    oos('r11a23', '济南新建5G基站，每个基站政府补贴多少钱？', 'amount', False, A,
        'the plan sets a 5G base-station count, never a subsidy amount'),
    oos('r11a24', '推进方案里说的济南人工智能岛建在哪个区、占地多大？', 'place/size', True, A,
        'the plan only says 建设济南人工智能岛; no district or area'),

    # ---------------- B: 广州市公共租赁住房管理办法 (穗府办规〔2024〕13号) ----------------
    q('r11b01', 'overview', '广州公租房管理办法是哪个部门印发的？文号多少',
      [['广州市人民政府办公厅'], ['穗府办规〔2024〕13号']], '穗府办规〔2024〕13号', 'issuer/doc number', True, B),
    q('r11b02', 'overview', '广州市公共租赁住房管理办法最后一条规定了啥',
      [['印发之日'], ['5年']], '本办法自印发之日起施行，有效期5年', 'ordinal last; period', True, B),
    q('r11b03', 'overview', '这个公租房办法是哪天发的',
      [['2024年7月26日', '2024年7月29日']], '2024年7月26日', 'date', True, B),
    q('r11b04', 'overview', '广州公租房管理办法一共几章？最后一章叫什么',
      [['八章'], ['附则']], '第五十四条本办法自印发之日起施行', 'count; ordinal last', True, B),
    q('r11b05', 'policy', '我今年30岁，单身，按广州那个公租房管理办法能自己一个人申请吗',
      [['年满30周岁']], '年满30周岁的单身申请人可独立申请', 'condition', True, B),
    q('r11b06', 'policy', '家里有套房但是很小，公租房办法里人均多少平方以下才符合条件',
      [['15平方米']], '现自有产权住房人均建筑面积低于15平方米', 'condition', True, B),
    q('r11b07', 'policy', '申请公租房，家庭收入看的是申请前多少个月的',
      [['12个月']], '申请之月前12个月家庭收入', 'condition/period', False, B),
    q('r11b08', 'policy', '穗府办规13号那个公租房文件，申请要走哪些流程',
      [['初审'], ['复审'], ['公示'], ['公告']], '公共租赁住房保障的申请、审核程序如下', 'procedure', True, B),
    q('r11b09', 'policy', '公租房复审通过了要公示几天？',
      [['20日']], '公示时间为20日', 'period', False, B),
    q('r11b10', 'policy', '广州公租房管理办法里住房租赁补贴能领多久',
      [['5年']], '住房租赁补贴期限为5年', 'period', True, B),
    q('r11b11', 'policy', '选了领租赁补贴的话从什么时候开始发',
      [['公告次月']], '选择领取住房租赁补贴的，自公告次月起领取', 'date/condition', False, B),
    q('r11b12', 'policy', '租房补贴是打到哪个账户里',
      [['社会保障卡']], '存入保障对象提供的社会保障卡账号', 'procedure', False, B),
    q('r11b13', 'policy', '按公租房管理办法，租赁合同一签几年？到期了能续吗',
      [['5年'], ['续租']], '公共租赁住房租赁合同期限为5年', 'period two-part', True, B),
    q('r11b14', 'policy', '哪些人住公租房可以免交租金',
      [['孤寡老人']], '特困人员的孤寡老人免交租金', 'condition', False, B),
    q('r11b15', 'measure', '新建的成套公租房，一套面积一般控制在多少以下',
      [['60平方米']], '单套建筑面积一般控制在60平方米以下', 'amount', False, B),
    q('r11b16', 'measure', '公租房保障资金每年从土地出让净收益里提多少',
      [['10%']], '每年从土地出让净收益提取不低于10%的资金', 'amount', False, B),
    q('r11b17', 'policy', '公租房办法规定享受保障期间家里收入变了，要多久内申报？去哪报',
      [['1个月'], ['街道办事处']], '自变动发生之日起1个月内', 'deadline two-part', True, B),
    q('r11b18', 'policy', '保障期满了还想继续申请，要提前多久交材料',
      [['3个月']], '须在保障期限届满3个月前提交申请', 'deadline', False, B),
    q('r11b19', 'policy', '公租房那个办法里，到期忘了交期满审查资料咋办？还能补交吗，停掉的补贴会补发不',
      [['3个月内'], ['不予补发']], '停发的住房租赁补贴不予补发', 'deadline/condition two-part', True, B),
    q('r11b20', 'task', '公租房办法第二十二条讲的是什么',
      [['同时符合下列条件'], ['城镇户籍']], '第二十二条申请公共租赁住房保障应当同时符合下列条件', 'article N', True, B),
    q('r11b21', 'owner', '公租房资格审核，谁负责核家庭经济状况，谁核住房困难',
      [['民政部门'], ['住房保障部门']], '民政部门负责审查核实公共租赁住房保障申请家庭的经济状况', 'owner two-part', False, B),
    oos('r11b22', '广州公租房租金一平米多少钱？', 'amount', False, B,
        'rents are set separately (第三十条); no figure in the text'),
    oos('r11b23', '住房租赁补贴一个月能补多少钱', 'amount', False, B,
        'the standard is set and published separately (第二十六条); no amount'),
    oos('r11b24', '公租房线上申请是哪个网址或者哪个APP？', 'contact', False, B,
        'the text says 登录指定网站 without naming it'),

    # ---------------- C: “社保服务进万家”问答课堂——如何进行企业基本养老保险转移 ----------------
    q('r11c01', 'overview', '“如何进行企业基本养老保险转移”这篇问答是哪个单位发的？什么时候发的',
      [['广州市人力资源和社会保障局'], ['2025-10-15']], '来源：广州市人力资源和社会保障局', 'issuer/date', True, C),
    q('r11c02', 'policy', '我男的今年45，外省交过社保，现在在广东参保了，能把养老保险转进来吗',
      [['不满50周岁']], '男性不满50周岁、女性不满40周岁的', 'condition', False, C),
    q('r11c03', 'policy', '女的多少岁以下可以直接申请转入',
      [['40周岁']], '男性不满50周岁、女性不满40周岁的', 'condition', False, C),
    q('r11c04', 'policy', '人社局那篇养老保险转移问答里，转入申请要满足的条件有哪几种',
      [['调动'], ['10年'], ['户籍']], '符合以下条件之一的，可以申请办理基本养老保险关系转入接续', 'count/list', True, C),
    q('r11c05', 'policy', '社保服务进万家那个问答说，快退休了在广东省内要交满几年才能转进来',
      [['10年']], '在广东省内参保的累计缴费年限满10年的', 'condition', True, C),
    q('r11c06', 'policy', '啥叫临时缴费账户',
      [['2010年1月1日']], '临时账户指2010年1月1日后外省户籍男性年满50周岁', 'definition/date', False, C),
    q('r11c07', 'policy', '我从深圳换到广州上班，按那个养老保险转移问答，要办转移吗',
      [['2021年4月1日'], ['不再办理']], '自2021年4月1日起,参保人在广东省内流动就业参保的', 'date/condition', True, C),
    q('r11c08', 'policy', '省内换工作的话，参保数据由谁来归集',
      [['最后参保地']], '由最后参保地社保经办机构做好数据归集工作', 'owner', False, C),
    q('r11c09', 'policy', '问答课堂里说哪些情况不能把广东的养老保险转出去',
      [['未停保'], ['欠费'], ['领取养老待遇']], '未停保的、有欠费的、已在我省领取养老待遇的除外', 'condition', True, C),
    q('r11c10', 'policy', '养老保险转出申请要交什么材料',
      [['基本养老保险关系转移接续联系函', '联系函']], '转入地社保经办机构出具的《基本养老保险关系转移接续联系函》', 'materials', False, C),
    q('r11c11', 'policy', '申请转入没带身份证，用社保卡或者护照行不行',
      [['有效身份证件', '身份证件']], '申请人有效身份证件原件之一', 'materials/condition', False, C),
    q('r11c12', 'policy', '能让家里人帮我代办吗？代办的人要带啥',
      [['有效身份证件之一', '身份证件']], '代办人同时提交有效身份证件之一', 'materials', False, C),
    q('r11c13', 'policy', '我是单位调动过来的，转入时还要额外交什么',
      [['批准调动的材料', '调动材料']], '人力资源社会保障行政部门批准调动的材料', 'materials', False, C),
    q('r11c14', 'policy', '养老保险转移那篇问答里，两个地方重复缴费了咋整',
      [['保留其中一个'], ['重复缴费退款申请表']], '保留其中一个基本养老保险关系和个人账户', 'procedure', True, C),
    q('r11c15', 'policy', '重复缴费退款，退到哪些银行的卡到账比较快',
      [['工行'], ['邮储银行']], '工行、农行、建行、中行、农商行、邮储银行无需经中国人民银行中转', 'list', False, C),
    q('r11c16', 'policy', '退款的话不想提供银行卡信息可以吗',
      [['默认的社保']], '如同意退款至社保系统默认的社保(市民)卡账号的', 'condition', False, C),
    q('r11c17', 'policy', '一次性补缴超过几年的，转移时要出法律文书？从什么时候起算',
      [['3年'], ['2016年11月']], '超过3年（含3年）的一次性缴纳养老保险费', 'condition two-part', False, C),
    q('r11c18', 'overview', '养老保险转移问答里说的一次性缴费要出法律文书，依据的是哪个文件',
      [['人社部规〔2016〕5号']], '（人社部规〔2016〕5号）实施之后', 'doc number', True, C),
    q('r11c19', 'policy', '广州人社的养老保险转移问答，网上可以在哪几个渠道申请',
      [['12333'], ['电子社保卡'], ['广东省人力资源和社会保障厅网上服务平台', 'ggfw.hrss.gd.gov.cn']],
      '企业职工基本养老保险转移业务办理渠道', 'count/list', True, C),
    q('r11c20', 'policy', '养老保险转移线下去哪里办',
      [['转入地'], ['窗口']], '转入地的社保经办机构窗口申请转移', 'contact', False, C),
    q('r11c21', 'policy', '在国家社会保险公共服务平台上申请转移，要点哪几个菜单',
      [['主题服务'], ['关系转移']], '“主题服务”-“关系转移”-“养老保险”', 'procedure', False, C),
    oos('r11c22', '养老保险转移一般多久能办完？要几个工作日', 'deadline', False, C,
        'no processing time is given'),
    oos('r11c23', '城乡居民养老保险怎么转成企业职工养老保险？', 'programme', False, C,
        'the page covers 企业职工 transfers only; 城乡居民养老保险 is never mentioned'),
    oos('r11c24', '办养老保险转移要交手续费吗，多少钱', 'fee', True, C,
        'no fee is mentioned'),
]

CONVERSATIONS = [
    {'id': 'r11m01', 'kind': 'multi',
     'turns': ['济南那个数字先锋城市推进方案里，提升城市算力辐射带动能力是第几项任务？', '谁牵头？'],
     'must': [['市工业和信息化局'], ['起步区管委会']], 'passage': '（14）提升城市算力辐射带动能力',
     'note': f'owner after item, 谁牵头 (the text lists 责任单位 only); named; {A}'},
    {'id': 'r11m02', 'kind': 'multi',
     'turns': ['数字先锋城市推进方案19项任务里第4项是什么？', '那第五项呢？'],
     'must': [['突破核心关键技术', '关键技术']], 'passage': '（5）突破核心关键技术',
     'note': f'next item, ellipsis 那第五项呢; named; {A}'},
    {'id': 'r11m03', 'kind': 'multi',
     'turns': ['申请广州公租房，单身的要满多少岁才能自己独立申请？', '那孤儿呢？'],
     'must': [['16周岁']], 'passage': '年满16周岁的孤儿',
     'note': f'contrast, 那孤儿呢; bare; {B}'},
    {'id': 'r11m04', 'kind': 'multi', 'refuse': True,
     'turns': ['广州公租房的住房租赁补贴能领多久？', '那每个月具体补多少钱？'],
     'note': f'refusal after answerable turn, pronoun (no subsidy amount in the text); bare; {B}'},
    {'id': 'r11m05', 'kind': 'multi',
     'turns': ['企业养老保险转入广东要带什么材料？', '那转出呢？'],
     'must': [['基本养老保险关系转移接续联系函', '联系函']], 'passage': '转入地社保经办机构出具的《基本养老保险关系转移接续联系函》',
     'note': f'contrast, ellipsis 那转出呢; bare; {C}'},
    {'id': 'r11m06', 'kind': 'multi', 'refuse': True,
     'turns': ['网上怎么申请企业养老保险转移？', '办下来要多少个工作日？'],
     'note': f'refusal after answerable turn, ellipsis (no processing time in the text); bare; {C}'},
]


def owners():
    text = open(os.path.join(HERE, 'knowledge', A + '.txt'), encoding='utf-8').read()
    recs = []
    group = sub = None
    for line in text.split('\n'):
        m = re.match(r'^（([一二三])）(.+?)。$', line)
        if m:
            group = line
        m = re.match(r'^([1-7])\.(.+?)。$', line)
        if m:
            sub = line
        m = re.match(r'^（(\d+)）(.+?)。', line)
        if m:
            ann = re.search(r'（责任单位：([^）]*)）\s*$', line)
            units = ann.group(1).split('、')
            recs.append({'no': m.group(1), 'title': m.group(2), 'group': group, 'subgroup': sub,
                         'units': units, 'annotation': ann.group(0).strip()})
    assert [r['no'] for r in recs] == [str(i) for i in range(1, 20)], [r['no'] for r in recs]
    return recs


def main():
    with open(os.path.join(HERE, 'questions.jsonl'), 'w', encoding='utf-8') as f:
        for c in QUESTIONS:
            f.write(json.dumps(c, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'conversations.jsonl'), 'w', encoding='utf-8') as f:
        for c in CONVERSATIONS:
            f.write(json.dumps(c, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'owners.json'), 'w', encoding='utf-8') as f:
        json.dump(owners(), f, ensure_ascii=False, indent=1)
        f.write('\n')
    print(len(QUESTIONS), 'questions,', len(CONVERSATIONS), 'conversations')


if __name__ == '__main__':
    main()
