#!/usr/bin/env python3
"""Build questions.jsonl and conversations.jsonl for suite laws27.

Hand-written cases; this script only serialises them and runs a quick
pre-check (must strings present in the law and absent from the question,
passage on one line).  The authoritative check is ../check.mjs.
Usage: python3 src/build.py   (from the suite folder)
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SUITE = os.path.dirname(HERE)
LAWS = os.environ.get('LAWS_DIR', '/work/shared/corpus/laws')

A = '行政法规/国务院关于开展全民义务植树运动的实施办法(1982-02-27).md'
B = '行政法规/食盐加碘消除碘缺乏危害管理条例(2017-03-01).md'
C = '行政法规/外国常驻新闻机构和外国记者采访条例(2008-10-17).md'
D = '行政法规/公共文化体育设施条例(2003-06-26).md'
E = '行政法规/学校卫生工作条例(1990-06-04).md'
F = '行政法规/民用航空安全保卫条例(2011-01-08).md'
G = '行政法规/外国人来华登山管理办法(1991-08-28).md'
H = '司法解释/最高人民法院关于审理物业服务纠纷案件适用法律若干问题的解释(2020-12-29).md'
I = '司法解释/最高人民法院、最高人民检察院关于办理敲诈勒索刑事案件适用法律若干问题的解释(2013-04-23).md'
J = '司法解释/最高人民法院关于中国公民申请承认外国法院离婚判决程序问题的规定(2020-12-29).md'
K = '司法解释/最高人民法院关于人民法院庭审录音录像的若干规定(2017-02-22).md'
L = '司法解释/最高人民法院关于以法院专递方式邮寄送达民事诉讼文书的若干规定(2004-09-17).md'
M = '司法解释/最高人民法院关于严格规范民商事案件延长审限和延期开庭问题的规定(2019-03-27).md'
N = '经济法/台湾同胞投资保护法(2019-12-28).md'
O = '宪法相关法/戒严法(1996-03-01).md'
P = '宪法相关法/领海及毗连区法(1992-02-25).md'
Q = '经济法/进出境动植物检疫法(2009-08-27).md'
R = '刑法/刑法修正案（十一）.md'
S = '案例/劳动人事/用人单位与劳动者约定实行包薪制，是否需要依法支付加班费.md'
T = '民法典/附则.md'


def qa(note, kind, q, must, passage):
    return {'q': q, 'kind': kind, 'note': note, 'must': must, 'passage': passage}


def oos(note, q):
    return {'q': q, 'kind': 'oos', 'note': note, 'refuse': True}


# Order of single-turn cases; ids are assigned lw27-01.. in this order.
CASES = [
    qa(A, 'policy', '我爸今年58了，单位还让他去参加义务植树，这个年纪还得去种树吗？',
       [['六十岁']], '男十一岁至六十岁，女十一岁至五十五岁'),
    qa(A, 'measure', '全民义务植树，每个人一年得种几棵树才算完成任务？',
       [['三至五棵']], '按照每人每年植树三至五棵的要求'),
    qa(A, 'measure', '成年人没什么理由就是不去参加义务植树，会有什么后果？',
       [['限期补栽'], ['经济处罚', '批评教育']], '责令限期补栽，或者给予经济处罚'),
    qa(B, 'task', '我得了甲亢，医生说不能吃加碘的盐，超市都是碘盐，我要怎么才能买到不加碘的盐？',
       [['证明'], ['盐业主管机构', '指定的单位']], '到当地人民政府盐业主管机构指定的单位购买非碘盐'),
    qa(B, 'measure', '有人没经过批准就私自开厂加工碘盐，被查到了最多能罚多少？',
       [['3倍以下', '3倍'], ['没收']], '可以并处该盐产品价值3倍以下的罚款'),
    qa(B, 'policy', '按那个食盐加碘的条例，碘盐出厂的包装上必须印上哪些内容？',
       [['加碘量'], ['生产日期', '批号']], '加工企业名称、地址、加碘量、批号、生产日期和保管方法'),
    qa(C, 'policy', '外国媒体派到中国的记者，要待多久以上才算是常驻记者？',
       [['6个月']], '在中国境内常驻6个月以上'),
    oos(A, '我是北京的上班族，今年没空去义务植树，听说可以交钱代替，一个人要交多少绿化费？'),
    qa(C, 'task', "I've just been posted to Beijing as a resident correspondent for a foreign newspaper. How many days after arriving do I have to apply for my press card?",
       [['7个工作日', '7']], '自抵达中国之日起7个工作日内，持本人护照到外交部办理外国常驻记者证'),
    qa(D, 'task', '区里的体育馆要关门维修一段时间，得提前多少天告诉大家？',
       [['7日']], '应当提前7日向公众公示'),
    qa(D, 'policy', '公共体育场能不能租出去办演唱会？能租多长时间？',
       [['10日']], '临时出租时间一般不得超过10日'),
    qa(E, 'measure', '孩子上初中，学校安排的学习时间算上晚自习一天有十来个小时，规定里中学生每天最多学多久？',
       [['八小时']], '小学不超过六小时，中学不超过八小时，大学不超过十小时'),
    qa(E, 'measure', '中小学的卫生室配专职卫生技术人员，是按多少个学生配一个？',
       [['六百']], '按学生人数六百比一的比例配备专职卫生技术人员'),
    qa(E, 'policy', '小学组织学生去参加劳动，有哪些是绝对不能让孩子干的？',
       [['夜班'], ['有毒有害', '不安全工种']], '不得让学生接触有毒有害物质或者从事不安全工种的作业'),
    qa(F, 'policy', '在机场过安检的时候我不想被检查，拒绝安检会有什么后果？',
       [['不准登机'], ['自行承担']], '拒绝接受安全检查的，不准登机，损失自行承担'),
    oos(G, '外国登山队来中国登珠穆朗玛峰，要交的注册费具体是多少钱？'),
    qa(F, 'measure', "A stranger at the airport asked me to check in his suitcase under my own ticket. If I do that and get caught, how big is the fine in China?",
       [['5000元', '5000']], '可以处以警告、没收非法所得或者5000元以下罚款'),
    qa(G, 'policy', '外国人来西藏爬山，多高的山峰才要按外国人登山的规定去申请？',
       [['五千米']], '西藏自治区海拔五千米以上的山峰'),
    qa(G, 'measure', '外国登山队没拿到批准就自己上山了，会被怎么罚？',
       [['五千元至五万元', '五万元'], ['停止登山活动', '警告']], '五千元至五万元的罚款以及停止登山活动等处罚'),
    qa(H, 'policy', '小区换物业了，原来的物业合同已经结束，我之前预交了一年的物业费还没用完，能要回来吗？',
       [['退还'], ['尚未提供', '应予支持']], '业主请求物业服务人退还已经预收，但尚未提供物业服务期间的物业费的'),
    qa(H, 'policy', '物业自己随便提高收费标准、还重复收钱，业主可以不交吗？多交的能拿回来吗？',
       [['违规收费', '抗辩'], ['退还']], '业主以违规收费为由提出抗辩的，人民法院应予支持'),
    qa(I, 'measure', '敲诈勒索罪的罚金一般怎么判？要是最后一分钱没拿到也要罚钱吗？',
       [['十万元以下', '二千元以上'], ['二倍以下', '二倍']], '被告人没有获得财物的，应当在二千元以上十万元以下判处罚金'),
    qa(I, 'policy', '两年里敲诈了别人三回，每回钱都不多，这样也能定罪吗？',
       [['多次敲诈勒索', '多次']], '二年内敲诈勒索三次以上的'),
    qa(I, 'policy', '我弟弟敲诈了我爸一笔钱，后来我爸原谅他了，这还算犯罪吗？',
       [['不认为是犯罪', '近亲属']], '敲诈勒索近亲属的财物，获得谅解的，一般不认为是犯罪'),
    oos(J, '我在上海，想申请承认在美国判的离婚，上海第一中级人民法院办这个业务的咨询电话是多少？'),
    qa(J, 'owner', '我在美国法院判了离婚，回国后想让国内承认这个离婚判决，应该去哪个法院申请？',
       [['中级人民法院'], ['住所地', '经常居住地']], '申请由申请人住所地中级人民法院受理'),
    qa(J, 'measure', "I'm a Chinese citizen and got divorced by a court abroad. What is the court fee for asking a Chinese court to recognise that divorce judgment?",
       [['100元', '100']], '申请人应向人民法院交纳案件受理费人民币100元'),
    qa(K, 'policy', '去法院旁听开庭，我可以拿手机把庭审过程录下来吗？',
       [['许可'], ['不得']], '未经人民法院许可，任何人不得对庭审活动进行录音录像'),
    qa(K, 'task', '开完庭看笔录，发现书记员记的跟我说的不一样，这种情况怎么办？',
       [['补正'], ['录音录像', '播放']], '书记员可以播放庭审录音录像进行核对、补正'),
    qa(L, 'policy', '被人起诉了，我不想告诉法院我住哪，法院会把文书寄到哪里去？',
       [['户籍'], ['经常居住地']], '自然人以其户籍登记中的住所地或者经常居住地为送达地址'),
    qa(L, 'policy', '法院用邮政专递寄来的诉讼文书，是跟我住一起的我妈签收的，这算送达了吗？',
       [['同住成年家属', '同住']], '受送达人的同住成年家属签收的'),
    qa(M, 'measure', '民事案子开了一次庭，法官说要延期再开，下一次开庭最晚能隔多久？',
       [['一个月']], '两次开庭间隔时间不得超过一个月'),
    oos(F, '坐国内航班，充电宝最大可以带多少瓦时的？超过多少就不让带了？'),
    qa(M, 'measure', '按最高法关于延期开庭的那个规定，普通程序的民事案件最多能延期开庭几次？',
       [['两次', '不超过两次']], '延期开庭审理次数不超过两次'),
    qa(N, 'policy', '台湾同胞在大陆办厂赚的利润和清算后剩下的钱，能不能转回岛内或者转到国外？',
       [['汇回台湾', '汇往境外']], '可以依法汇回台湾或者汇往境外'),
    qa(N, 'task', '台商跟大陆公司因为投资的事闹纠纷，合同里也没写仲裁条款，可以怎么解决？',
       [['协商', '调解'], ['人民法院', '书面仲裁协议']], '可以向人民法院提起诉讼'),
    qa(O, 'owner', '如果只是某个省里的几个市需要戒严，由谁来决定、谁来发布戒严令？',
       [['国务院'], ['总理']], '由国务院决定，国务院总理发布戒严令'),
    qa(O, 'policy', '戒严期间要是实行了宵禁，晚上必须出门上街的话要带什么？',
       [['身份证件'], ['特别通行证']], '必须持有本人身份证件和戒严实施机关制发的特别通行证'),
    qa(P, 'measure', '我国的领海有多宽？是从哪里开始量的？',
       [['十二海里'], ['领海基线', '基线']], '领海的宽度从领海基线量起为十二海里'),
    oos(E, '深圳公办小学每学期给学生体检，学校能收多少钱体检费？'),
    qa(P, 'policy', '外国潜水艇路过咱们的领海，法律上有什么要求？',
       [['海面航行'], ['旗帜']], '必须在海面航行，并展示其旗帜'),
    qa(Q, 'policy', '出国回来想带一小袋老家寄过去的泥土回国，入境的时候能带吗？',
       [['土壤'], ['禁止', '退回', '销毁']], '口岸动植物检疫机关发现有前款规定的禁止进境物的，作退回或者销毁处理'),
    qa(Q, 'task', '想从国外邮几包花卉种子回国，需要提前办什么手续吗？',
       [['检疫审批'], ['事先', '申请']], '必须事先提出申请，办理检疫审批手续'),
    qa(R, 'measure', '从楼上往下扔东西，情节严重的话会判多重？',
       [['一年以下'], ['罚金', '拘役', '管制']], '从建筑物或者其他高空抛掷物品，情节严重的，处一年以下有期徒刑、拘役或者管制'),
    qa(R, 'policy', '刑法修正案十一出来以后，十三岁的孩子故意杀人，是不是也要追究刑事责任了？',
       [['核准追诉', '核准'], ['情节恶劣', '最高人民检察院']], '经最高人民检察院核准追诉的，应当负刑事责任'),
    qa(S, 'policy', '公司跟我签合同写的是月薪4000，说已经包含了加班费，那我平时加班是不是就没有加班费可拿了？',
       [['最低工资标准', '最低工资'], ['足额支付', '加班费差额']], '按照国家关于加班费的有关法律规定足额支付加班费'),
    qa(T, 'policy', '合同里写“满30天以上”，法律上说的“以上”到底包不包括30天本身？',
       [['包括本数']], '民法所称的“以上”、“以下”、“以内”、“届满”，包括本数'),
    oos(B, '国家规定食用碘盐里的碘含量具体是每公斤多少毫克？'),
]

CONVS = [
    {'id': 'lw27-m01', 'kind': 'multi', 'note': I,
     'turns': ['敲诈勒索别人多少钱就够得上判刑了？',
               '那要是专门挑老人或者残疾人下手呢，标准会不一样吗？'],
     'must': [['百分之五十']],
     'passage': '可以按照本解释第一条规定标准的百分之五十确定'},
    {'id': 'lw27-m02', 'kind': 'multi', 'note': P,
     'turns': ['外国的商船能不能从我们的领海穿过去？',
               '那外国军舰呢，也能直接开进来吗？'],
     'must': [['批准']],
     'passage': '外国军用船舶进入中华人民共和国领海，须经中华人民共和国政府批准'},
    {'id': 'lw27-m03', 'kind': 'multi', 'note': M,
     'turns': ['民事案件走普通程序，一审法院一般多长时间要判下来？',
               '那要是对一审判决不服上诉了，二审要多久？'],
     'must': [['三个月']],
     'passage': '审理对判决的上诉案件，审限为三个月'},
    {'id': 'lw27-m04', 'kind': 'multi', 'note': F,
     'turns': ['坐飞机能不能随身带管制刀具？托运可以吗？',
               '要是偷偷带了被查出来，还没到犯罪的程度，会怎么处罚？'],
     'must': [['5000元以下', '5000元'], ['没收', '扣留']],
     'passage': '可以处以5000元以下罚款、没收或者扣留非法携带的物品'},
    {'id': 'lw27-m05', 'kind': 'multi', 'note': H, 'refuse': True,
     'turns': ['物业合同到期我们不续了，之前多交的物业费能退回来吗？',
               '那杭州普通住宅的物业费，政府指导价是每平方米每月多少钱？']},
]


def norm(s):
    return re.sub(r'\s+', '', s)


def main():
    errs = []
    qs = []
    for i, c in enumerate(CASES, 1):
        c = {'id': f'lw27-{i:02d}', **c}
        qs.append(c)
    for c in qs + CONVS:
        path = os.path.join(LAWS, c['note'])
        if not os.path.exists(path):
            errs.append(f"{c['id']}: missing {c['note']}")
            continue
        raw = open(path, encoding='utf8').read()
        text = norm(raw)
        asked = norm(c['q'] if 'q' in c else c['turns'][-1])
        for g in c.get('must', []):
            for a in g:
                if norm(a) not in text:
                    errs.append(f"{c['id']}: must not in law: {a}")
                if norm(a) in asked:
                    errs.append(f"{c['id']}: must in question: {a}")
                if len(norm(a)) > 12:
                    errs.append(f"{c['id']}: must too long: {a}")
        if 'passage' in c:
            p = norm(c['passage'])
            if not (10 <= len(p) <= 40):
                errs.append(f"{c['id']}: passage length {len(p)}")
            if not any(p in norm(l) for l in raw.split('\n')):
                errs.append(f"{c['id']}: passage not on one line")
    with open(os.path.join(SUITE, 'questions.jsonl'), 'w', encoding='utf8') as f:
        for c in qs:
            f.write(json.dumps(c, ensure_ascii=False) + '\n')
    with open(os.path.join(SUITE, 'conversations.jsonl'), 'w', encoding='utf8') as f:
        for c in CONVS:
            f.write(json.dumps(c, ensure_ascii=False) + '\n')
    print(f'{len(qs)} single-turn, {len(CONVS)} conversations')
    for e in errs:
        print('ERR', e)
    sys.exit(1 if errs else 0)


if __name__ == '__main__':
    main()
