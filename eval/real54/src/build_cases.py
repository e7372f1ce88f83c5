#!/usr/bin/env python3
"""Writes questions.jsonl, conversations.jsonl and src/refusal_evidence.json for real54 and self-checks them
(must strings present / absent from the question / 2–12 chars, passage on one line, no ≥12-char copy)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '..')
A = '广安市人民政府办公室关于印发《广安市促进返乡下乡创业实施方案》的通知'
B = '生态环境部有关负责人就《自然保护地生态环境监管工作暂行办法》答记者问'
C = '关于印发《上海市科技专家库管理办法》的通知'

Q = []  # (doc, kind, q, must, passage, note)
R = []  # (doc, q, evidence, note)


def q(doc, kind, text, must, passage, note):
    Q.append((doc, kind, text, must, passage, note))


def r(doc, text, evidence, note):
    R.append((doc, text, evidence, note))


# ---------------------------------------------------------------- A 广安 返乡下乡创业 (division of labour)
OW = 'lead = first-listed unit (the text: 列首位的为牵头单位，下同)'
q(A, 'owner', '返乡下乡领办家庭农场、合作社这类新型经营主体，登记注册后能按小微企业享受扶持，这一条哪个部门牵头落实？',
  [['市农业农村局', '农业农村局']], '责任单位：市农业农村局、市经济和信息化局、市林业局', f'item 二（一）; {OW}')
q(A, 'owner', '农村新增建设用地按年度计划总量单列一块支持新产业新业态，这条措施排第一位的责任单位是谁？',
  [['市自然资源和规划局', '自然资源和规划局']], '责任单位：市自然资源和规划局、市住房和城乡建设局', f'item 二（三）; {OW}')
q(A, 'owner', '回乡搞农村电商平台，场地费、网络费能给补贴的那条，牵头部门是哪个？',
  [['市商务局', '商务局']], '责任单位：市商务局、市财政局、市民政局', f'item 二（四）; {OW}')
q(A, 'owner', '返乡创业做农产品初加工，用电想按农业生产电价执行，这事归哪个单位牵头管？',
  [['市发展和改革委', '发展和改革委']], '责任单位：市发展和改革委、国网广安供电公司', f'item 二（五）; {OW}')
q(A, 'owner', '返乡下乡创业者个人最多能贷15万元创业担保贷款那一条，列在首位的责任单位是哪家？',
  [['人行广安市中心支行', '中心支行']], '人行广安市中心支行、广安银保监分局、市金融工作局、市人力资源和社会保障局', f'item 二（七）; {OW}')
q(A, 'owner', '市里和县里财政每年各掏1000万元搞的那个返乡创业专项基金，牵头单位是哪个？',
  [['市财政局', '财政局']], '责任单位：市财政局、市人力资源和社会保障局、市发展和改革委', f'item 二（九）; {OW}')
q(A, 'owner', '鼓励保险公司搞“政府+银行+保险”融资、推农业保单质押增信那条，谁牵头啊',
  [['广安银保监分局', '银保监分局']], '责任单位：广安银保监分局、市农业农村局', f'item 二（十二）; {OW}')
q(A, 'owner', '方案里落实国家支持创业的减税降费优惠，是交给哪个部门牵头的？',
  [['市税务局', '税务局']], '责任单位：市税务局，各区市县政府', f'item 二（十三）; {OW}')
q(A, 'owner', '大学生回乡办企业吸纳就业，按招用人数给奖励（最高10万元）这一项，牵头单位是哪个局？',
  [['市人力资源和社会保障局', '人力资源和社会保障局']], '责任单位：市人力资源和社会保障局、市财政局，各区市县政府', f'item 二（十六）; {OW}')
q(A, 'owner', '对各区市县、园区的返乡创业政策落实、园区建设、创业人数这些做重点考核，这项工作由谁牵头？',
  [['联席会议办公室']], '责任单位：市返乡下乡创业联席会议办公室，各区市县政府', f'item 三（二）; {OW}; the lead 市返乡下乡创业联席会议办公室 has 14 characters, '
  'so the must is its 7-character tail')
q(A, 'owner', '把企业开办时间压到5个工作日、推“最多跑一次”的那条保障措施，牵头的是哪个单位？',
  [['市政务服务管理局', '政务服务管理局']], '责任单位：市政务服务管理局、市级相关部门', f'item 三（三）; {OW}')
q(A, 'owner', '在新闻媒体开专栏宣传返乡创业成功典型，这块工作由哪个部门牵头负责？',
  [['市委宣传部', '宣传部']], '责任单位：市委宣传部、市级相关部门', f'item 三（四）; {OW}')
q(A, 'target', '广安这个返乡下乡创业方案，到2022年底要实现多少人返乡下乡创业？总共要带动多少人就业？',
  [['4万人'], ['15万人']], '实现返乡下乡创业人数4万人', '一、目标任务')
q(A, 'condition', '我在村里流转地种粮食，要流转到多少亩以上才能按规定享受种粮大户补贴？',
  [['30亩']], '流转土地开展粮食种植达到30亩以上的', '二（二）')
q(A, 'number', '创业孵化基地一年新入驻的项目满5个能拿多少奖补？一个基地一年封顶多少？',
  [['2万元'], ['10万元']], '给予2万元奖补，5个以上的每增加一个给予5000元奖补', '二（六）')
q(A, 'fact', 'If a returnee sets up a small or micro enterprise in Guang\'an, what is the maximum entrepreneurship '
  'guaranteed loan it can get?', [['300万元']], '可给予最高额度不超过300万元的创业担保贷款', '二（七）; English question')
q(A, 'number', '返乡创业的企业要是在新三板挂牌了，能拿多少补助？',
  [['100万元']], '新三板挂牌的企业，分别补助1000万元、500万元、500万元、100万元', '二（九）; the fourth amount belongs to 新三板')
q(A, 'definition', '方案里说的“返乡下乡创业者”到底指哪些人？',
  [['农民工'], ['大学生'], ['复员转业退役军人']], '进一步做好返乡农民工、大学生、复员转业退役军人等人员', '开头段')
q(A, 'measure', '返乡老板招了贫困家庭劳动力，签了一年以上合同还交了社保，企业能领多少一次性奖补？',
  [['1000元']], '按招用人数给予企业1000元/人一次性奖补', '二（十五）')
q(A, 'procedure', '市里返乡下乡创业联席办多久开一次座谈会听创业者意见？调度例会又是多长时间开一次？',
  [['每半年'], ['每季度']], '每半年召开一次返乡下乡创业工作座谈会', '三（五）')
q(A, 'policy', '区县财政怎么奖励创业担保贷款办得好的经办银行？按什么比例？',
  [['1%']], '按当年新发放返乡下乡创业者创业担保贷款总额的1%', '二（十）')
r(A, '返乡创业担保贷款财政到底贴息多少？是按LPR贴几个百分点，还是全额贴息？',
  ['贴息比例', '个百分点', '贴息标准', 'LPR', '全额贴息'],
  '二（七） only says 财政部门按规定对创业担保贷款贴息; no rate is stated')
r(A, '想咨询返乡创业政策，市里返乡下乡创业服务窗口的联系电话是多少？',
  ['电话', '热线', '0826'], 'no telephone number anywhere in the document')
r(A, '返乡创业担保贷款最长能贷几年？到期还不上能不能展期？',
  ['贷款期限', '期限最长', '还款期限', '展期'], 'no loan term or extension rule is stated (the only 期限 is the 电商 subsidy term)')

# ---------------------------------------------------------------- B 生态环境部 答记者问 (one line, 问/答)
q(B, 'number', '我国现在各级各类自然保护地一共有多少个？大概占陆域国土面积的多少？',
  [['1.18万个'], ['18%']], '全国各级各类自然保护地数量达到1.18万个', '问1')
q(B, 'fact', '机构改革后，是哪份文件把制定各类保护地的生态环境监管制度、负责监督执法这项职责交给生态环境部的？',
  [['人员编制规定', '职能配置']], '《生态环境部职能配置、内设机构和人员编制规定》规定', '问1')
q(B, 'target', '出台这个暂行办法，主要想解决哪几个“明确”？',
  [['监管依据'], ['监管制度'], ['监管要求']], '其主要目的，一是明确监管依据', '问1, 其主要目的')
q(B, 'date', '以前那部关于国家级保护区监督检查的部门规章，是哪一年出台的？',
  [['2006年']], '原国家环境保护总局于2006年制定出台了部门规章', '问2')
q(B, 'date', '原环保部啥时候决定开始起草这个自然保护地监管的暂行办法？',
  [['2017年底']], '2017年底，随着自然保护地监管工作持续强化', '问2')
q(B, 'procedure', '暂行办法定稿前内部走了哪些审查和审议程序？',
  [['合法性审查'], ['部常务会']], '进行合法性审查，先后提请部长专题会、部常务会审议并获得通过', '问2')
q(B, 'condition', '这份暂行办法从监管主体上看是约束谁的？',
  [['各级生态环境部门']], '《暂行办法》适用于各级生态环境部门', '问3')
q(B, 'list', '我国正在建的自然保护地分类系统，以什么为主体、什么为基础？',
  [['国家公园'], ['自然保护区']], '以国家公园为主体、自然保护区为基础', '问3')
q(B, 'fact', '国家级和地方级保护地都归它管的话，生态环境部自己重点盯哪一级？',
  [['国家级自然保护地']], '其中生态环境部监管重点是国家级自然保护地', '问3')
q(B, 'overview', '生态环境部门做自然保护地监管，总的思路是哪几条？',
  [['独立监管'], ['全面监管'], ['属地监管']], '一是独立监管，加强合作', '问4')
q(B, 'condition', '一个保护地横跨好几个行政区的话，地方生态环境部门怎么管？',
  [['协同监管机制']], '相关地方生态环境部门建立协同监管机制', '问4')
q(B, 'list', '起草暂行办法的时候遵循了哪几条原则？',
  [['改革的原则'], ['继承性原则'], ['过渡性原则']], '主要遵循了以下原则：一是改革的原则', '问5')
q(B, 'definition', '答记者问里提到生态环境部门的“四个统一”，具体是统一哪几件事？',
  [['统一监测评估'], ['统一监督执法'], ['统一督察问责']], '统一政策规划标准制定、统一监测评估、统一监督执法', '问6')
q(B, 'measure', '保护地发展规划、总体规划里涉及资源开发的部分，靠什么制度把生态环境保护要求落下去？',
  [['规划环评制度', '规划环评']], '通过规划环评制度落实生态环境保护要求', '问6, 一是规划监督')
q(B, 'number', '国家级自然保护地的生态环境保护成效评估，原则上隔多久做一次？',
  [['每五年']], '原则上国家级自然保护地每五年开展一次', '问6, 五是成效评估')
q(B, 'measure', '生态环境部对国家级保护地强化监督时，问题线索推给谁？还要抄送哪类部门？',
  [['向地方推送'], ['行政主管部门']], '向地方推送重点问题线索并抄送国务院自然保护地行政主管部门', '问6, 六是强化监督')
q(B, 'measure', '遇到生态环境问题很突出的保护地，生态环境部门会用什么方式督促它整改？',
  [['函告'], ['通报'], ['约谈']], '采取函告、通报、约谈等方式', '问6, 七是督办制度')
q(B, 'fact', '综合行政执法主要查处保护地里哪些破坏行为？',
  [['非法开矿'], ['筑坝']], '对自然保护地内非法开矿、修路、筑坝、建设等造成生态破坏', '问6, 八是综合行政执法')
q(B, 'fact', '生态环境部现在已经建了一个什么系统来管保护地里的人类活动？后面准备升级成啥？',
  [['人类活动监管系统'], ['监管平台']], '生态环境部已建立自然保护地人类活动监管系统', '问7')
q(B, 'policy', '保护成效评估、强化监督这些结果，以后会拿来做什么用？',
  [['干部综合评价'], ['责任追究'], ['离任审计']], '将作为干部综合评价、责任追究、离任审计', '问7')
q(B, 'task', 'To give expert technical advice for protected-area supervision, what kind of expert pool does the '
  'ministry plan to build?', [['技术咨询专家库', '专家库']], '建立自然保护地生态环境监管技术咨询专家库', '问7; English question')
r(B, '这个保护地生态环境监管的暂行办法哪天起施行？有效期几年？',
  ['施行', '有效期', '起执行', '生效'], 'the Q&A gives no effective date or validity period')
r(B, '在自然保护地里违规开矿，按这个暂行办法要罚款多少？',
  ['罚款', '万元', '元以下'], 'the Q&A names 综合行政执法 but no fine amount')
r(B, '这份暂行办法的发文字号是多少？',
  ['环生态', '〔2020〕', '号）', '文号'], 'no document number is given')

# ---------------------------------------------------------------- C 上海市科技专家库管理办法 (第X条)
q(C, 'fact', '上海这个科技专家库，整体谁来部署、谁来统筹？',
  [['市科委', '上海市科学技术委员会']], '负责专家库的总体部署和统筹协调', '第三条')
q(C, 'list', '专家库里的专家按专长领域分为哪几类？',
  [['研究开发类'], ['财务审计类'], ['科学普及类']], '专家按专长领域分为研究开发类', '第六条')
q(C, 'condition', '想进科技专家库当专家，基本条件有啥？比如有犯罪记录或者科研诚信出过问题的能进吗？',
  [['无犯罪记录'], ['无不良科研诚信记录']], '廉洁自律，具有良好的职业道德，无不良科研诚信记录', '第五条')
q(C, 'condition', '我是高校老师，想以研究开发类专家身份入库，一般对职称有什么要求？',
  [['高级专业技术职称']], '研究开发类专家应当具有高级专业技术职称', '第六条（一）')
q(C, 'procedure', '专家入库有哪几种途径？',
  [['公开征集'], ['特邀入库'], ['交换共享']], '专家入库采取公开征集、特邀入库和交换共享三种方式', '第七条')
q(C, 'number', '拟入库的专家名单要在系统里公示多久？',
  [['5个工作日']], '拟入库专家名单应在信息系统公示，公示期为5个工作日', '第七条')
q(C, 'procedure', '对公示出来的某位专家人选有异议，应该怎么提？',
  [['书面形式'], ['实名']], '可在公示期内以书面形式实名向市科委提出', '第七条')
q(C, 'condition', '专家要是一直不上系统确认、更新个人信息，会有什么后果？多长时间算？',
  [['连续两年'], ['冻结']], '专家连续两年未对本人信息进行确认或更新的', '第十一条')
q(C, 'list', '哪些情况下已入库的专家会被请出专家库？',
  [['品行不端'], ['工作变动']], '违反科学道德或品行不端', '第十二条')
q(C, 'fact', '负责挑选专家的岗位和使用专家的岗位，可以是同一个吗？',
  [['应当分离', '分离']], '选取专家和使用专家的岗位，应当分离', '第十四条')
q(C, 'number', '同一类型科技项目用择优方式选专家，一个专家最多能连着评几年？',
  [['2年']], '专家连续参与评审不得超过2年', '第十五条（四）')
q(C, 'condition', '我和被评项目的负责人前几年合作发过论文，收到评审邀请还能去吗？多少年内算数？',
  [['3年'], ['回避']], '与被评对象在过去3年之内有共同承担科研项目', '第十七条（二）')
q(C, 'condition', '专家手里有被评单位的股权，需要回避吗？有没有什么例外？',
  [['上市公司']], '被评单位为上市公司的除外', '第十七条（四）')
q(C, 'definition', '办法里反复说的“评审等科技活动”，具体包括哪些活动？',
  [['咨询'], ['评估'], ['评价']], '评审等科技活动包括咨询、评审、评估、评价等', '第四条')
q(C, 'fact', '市科委会从哪几个方面给专家的评审表现打分？',
  [['评审质量'], ['评审态度'], ['评审纪律']], '从评审质量、评审态度、评审纪律等方面', '第二十条')
q(C, 'list', '当科技评审专家有哪些权利？能拿报酬吗，能自己退出吗？',
  [['劳务报酬'], ['退出专家库']], '按照有关规定和标准获取劳务报酬', '第二十一条')
q(C, 'task', '接到评审邀请但实在抽不出精力，专家按规定该怎么办？',
  [['及时告知市科委']], '应当及时告知市科委并说明理由', '第二十二条（五）')
q(C, 'policy', '进了专家库之后，能不能在名片、宣传材料上把“入库专家”当头衔来宣传？',
  [['荣誉称号']], '不得将专家库入库专家作为荣誉称号加以使用和宣传', '第二十五条（十一）')
q(C, 'measure', '推荐单位审核把关不严，结果给评审造成了重大影响，会被怎么处理？',
  [['诚信档案'], ['取消单位推荐资格']], '记入单位诚信档案、指导整改直至取消单位推荐资格', '第二十七条')
q(C, 'date', '新修订的科技专家库管理办法从什么时候开始施行？有效期到哪天？',
  [['2025年9月1日'], ['2030年8月31日']], '本办法自2025年9月1日起施行', '第三十条')
q(C, 'fact', 'Which earlier document (give its document number) is repealed by the new Shanghai expert-database measures?',
  [['沪科规〔2024〕2号']], '有效期至2030年8月31日。原《上海市科技专家库管理办法》', '第三十条; English question')
r(C, '评审专家的劳务报酬是什么标准？评一个项目给多少钱？',
  ['元', '报酬标准', '千元'], 'only 按照有关规定和标准获取劳务报酬; no amount (C contains no “元” at all)')
r(C, '申请进入科技专家库有没有年龄限制？最大多少岁？',
  ['周岁', '岁以下', '年龄'], 'no age limit is stated')
r(C, '上海市科技专家库现在总共有多少名入库专家？',
  ['名专家', '万名', '人次'], 'no size of the database is given')

CONV = [
    ('r54c01', A, ['返乡创业企业要是到主板上市，市里补助多少？', '那要是第一次在区域性的股权交易市场挂牌而且有成交呢，补多少？'],
     [['50万元']], None, '二（九）; turn 2 leans on turn 1 (那如果…)'),
    ('r54c02', A, ['这个返乡下乡创业方案里，创业培训每年计划培训多少人？', '那这一块具体由哪个部门牵头？'],
     [['市人力资源和社会保障局', '人力资源和社会保障局']], None,
     'item 二（十七）; lead = first-listed unit; kind multi, not counted as owner'),
    ('r54c03', B, ['暂行办法里说的人类活动遥感监测是要干什么？', '那遥感发现的问题线索，后面要走哪些环节？'],
     [['实地核实'], ['处理整改']], None, '问6, 四是人类活动遥感监测'),
    ('r54c04', B, ['生态环境部门准备怎么做自然保护地的生态环境监测？', '那监测完了结果要不要对外公布？公布什么？'],
     [['生态环境状况']], None, '问6, 三是生态环境监测'),
    ('r54c05', C, ['专家参加评审要守哪些纪律？', '那要是违反了，还涉及科研失信，会怎么处理？'],
     [['科研诚信记录']], None, '第二十五条/第二十六条'),
    ('r54c06', C, ['上海科技专家库的专家是怎么入库的？', '那通过单位推荐申请入库的，市科委审核一般多少个工作日内给结果？'],
     None, ['工作日内', '审核时限', '审核期限'], 'refusal: the 办法 sets a 5-working-day 公示 period but no review deadline'),
]


def ws(s):
    return re.sub(r'\s+', '', s)


def main():
    docs = {t: open(os.path.join(ROOT, 'knowledge', t + '.txt'), encoding='utf8').read() for t in (A, B, C)}
    flat = {t: ws(v) for t, v in docs.items()}
    lines = {t: [ws(l) for l in v.split('\n') if l.strip()] for t, v in docs.items()}
    errs = []

    def longest(qs, d):
        best = 0
        for i in range(len(qs)):
            j = i + best + 1
            while j <= len(qs) and qs[i:j] in d:
                best = j - i
                j += 1
        return best

    out, evidence, ids = [], {}, 0
    order = []
    for doc in (A, B, C):
        order += [('q', x) for x in Q if x[0] == doc] + [('r', x) for x in R if x[0] == doc]
    maxrun = 0
    for typ, x in order:
        ids += 1
        cid = f'r54-{ids:03d}'
        doc = x[0]
        if typ == 'q':
            _, kind, text, must, passage, note = x
            for g in must:
                for a in g:
                    if ws(a) not in flat[doc]: errs.append(f'{cid}: must {a} not in doc')
                    if ws(a) in ws(text): errs.append(f'{cid}: must {a} in question')
                    if not 2 <= len(ws(a)) <= 12: errs.append(f'{cid}: must {a} length')
            if not any(ws(passage) in l for l in lines[doc]): errs.append(f'{cid}: passage not on one line')
            if not 10 <= len(ws(passage)) <= 40: errs.append(f'{cid}: passage length {len(ws(passage))}')
            if re.search('[（）]', passage): errs.append(f'{cid}: passage parentheses')
            obj = {'id': cid, 'doc': doc, 'kind': kind, 'q': text, 'must': must, 'passage': passage, 'note': note}
        else:
            _, text, ev, note = x
            for s in ev:
                if ws(s) in flat[doc]: errs.append(f'{cid}: evidence {s} present')
            evidence[cid] = ev
            obj = {'id': cid, 'doc': doc, 'kind': 'oos', 'q': text, 'refuse': True, 'note': note}
        n = longest(ws(text), flat[doc]); maxrun = max(maxrun, n)
        if n >= 12: errs.append(f'{cid}: copies {n} chars')
        out.append(obj)
    convs = []
    for cid, doc, turns, must, _, note in [(c[0], c[1], c[2], c[3], c[4], c[5]) for c in CONV]:
        obj = {'id': cid, 'doc': doc, 'kind': 'multi', 'turns': turns}
        if must:
            obj['must'] = must
            for g in must:
                for a in g:
                    if ws(a) not in flat[doc]: errs.append(f'{cid}: must {a} not in doc')
                    if ws(a) in ws(''.join(turns)): errs.append(f'{cid}: must {a} in turns')
        else:
            obj['refuse'] = True
        obj['note'] = note
        for t in turns:
            n = longest(ws(t), flat[doc]); maxrun = max(maxrun, n)
            if n >= 12: errs.append(f'{cid}: copies {n}')
        convs.append(obj)
    for c in CONV:
        if c[4]:
            for s in c[4]:
                if ws(s) in flat[c[1]]: errs.append(f'{c[0]}: evidence {s} present')
            evidence[c[0]] = c[4]
    if errs:
        print('\n'.join(errs)); sys.exit(1)
    with open(os.path.join(ROOT, 'questions.jsonl'), 'w', encoding='utf8') as f:
        for o in out: f.write(json.dumps(o, ensure_ascii=False) + '\n')
    with open(os.path.join(ROOT, 'conversations.jsonl'), 'w', encoding='utf8') as f:
        for o in convs: f.write(json.dumps(o, ensure_ascii=False) + '\n')
    json.dump(evidence, open(os.path.join(HERE, 'refusal_evidence.json'), 'w', encoding='utf8'), ensure_ascii=False, indent=1)
    print(f'{len(out)} questions, {len(convs)} conversations, longest copied run {maxrun}')


if __name__ == '__main__':
    main()
