#!/usr/bin/env python3
"""Write questions.jsonl, conversations.jsonl, owners.json and src/refusal_evidence.json for real48.

All cases are hand-written here; run `python3 src/build_cases.py` then `node check.mjs`.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '..')

HZ = '杭州市打造全国“AI+OPC”创业新高地行动计划（2026—2028年）（征求意见稿）'
LS = '丽水市城市养犬管理规定'
ZJK = '依法防控新冠疫情明白纸'

Q = []  # single questions, in id order
EV = {}  # refusal evidence


def q(doc, kind, text, must=None, passage=None, note=None, refuse=False, evidence=None, mustNot=None):
    Q.append(dict(doc=doc, kind=kind, q=text, must=must, passage=passage, note=note,
                  refuse=refuse, evidence=evidence, mustNot=mustNot))


# ---------------------------------------------------------------- Hangzhou action plan (lead units)
# owner questions: the first must group is the first-named responsible unit of the item
q(HZ, 'owner', '给来杭州的OPC人才提供住房、青荷驿站免费住宿这一块，是哪个部门负责的？',
  [['住保房管局']], '为OPC人才提供多层次住房保障', 'item 10; first-named unit 市住保房管局')
q(HZ, 'owner', '银行推OPC信用贷、AI创业贷这些金融支持，杭州这边由哪些单位负责落实？',
  [['金融办'], ['人力社保局', '财政局', '市场监管局']], '12.加大金融支持力度。持续优化“5+X”陪伴式科创生态服务体系', 'item 12; 市委金融办 named first')
q(HZ, 'owner', '润苗基金、OPC拨转投专项资金池这些创投支持，责任单位是谁？',
  [['国资委'], ['财政局']], '11.构建创业投资支持体系。做优做强“3+N”产业基金群', 'item 11')
q(HZ, 'owner', '想通过杭州数据交易所登记数据产权、拿高质量数据集，这条措施归哪个部门管？',
  [['数据局']], '5.畅通数据要素供给。加快国家数据产业集聚区建设', 'item 5; 市数据局 named first')
q(HZ, 'owner', '发布场景机会清单、搞揭榜挂帅让OPC去接场景，这件事主要是哪个部门在牵头？',
  [['发展改革委']], '6.强化应用场景供给。全面推进“杭州AI+”场景开放示范工程', 'item 6; 市发展改革委 named first; the plan lists responsible units, no separate lead')
q(HZ, 'owner', 'OPC社区里搞一址多照、工位注册，这个市场准入通道是谁负责的？',
  [['市场监管局'], ['审管办']], '13.打造市场准入快速通道。持续巩固提升企业开办“一件事”办事效能', 'item 13')
q(HZ, 'owner', '专利优先审查、商业秘密保护这些知识产权服务，文件里写的责任单位是哪几个？',
  [['市场监管局'], ['数据局']], '15.完善知识产权服务。完善OPC知识产权保护“一站式”服务模式', 'item 15')
q(HZ, 'owner', '把代码被引用量、开源社区贡献度当人才评价依据那条，由哪个部门来弄？',
  [['人才办']], '8.优化人才评价机制。完善“三定三评”人才分类评价机制', 'item 8; 市委人才办 named first')
q(HZ, 'owner', '算力券、模型券这些人工智能服务券的事情，第一责任单位是哪个局？',
  [['经信局']], '4.强化算力模型供给。支持OPC社区加大AI基础设施投入', 'item 4; 市经信局 named first')
q(HZ, 'owner', '建中试验证平台、做概念验证那条措施，责任单位有哪些？',
  [['科技局'], ['卫生健康委', '教育局']], '7.建设中试验证平台。围绕打造概念验证之都', 'item 7')
q(HZ, 'owner', '吸引港澳和海外OPC人才来杭、给他们停居留便利那一条，责任单位有哪些？',
  [['人才办'], ['公安局']], '9.加大人才引育力度。拓展多元引才渠道', 'item 9; 市公安局 is the last of six units')
q(HZ, 'owner', '编OPC入市陪伴手册、组建创业陪跑团，这项服务是谁在牵头做？',
  [['市场监管局'], ['审管办']], '14.做好OPC陪跑服务。支持市相关部门及属地政府设立OPC服务驿站和服务专员', 'item 14; 市市场监管局 named first')
# other answerable questions
q(HZ, 'number', '杭州这个OPC计划说到2028年要建成多少个OPC社区？',
  [['100个以上']], '到2028年，建成OPC社区100个以上')
q(HZ, 'number', 'How big will the AI service vouchers be, in total, that the city and districts of Hangzhou provide by 2028?',
  [['10亿元']], '市区两级提供人工智能服务券规模不少于10亿元', 'English question; answer in the Chinese text')
q(HZ, 'number', '银行每年给OPC的信贷额度，文件里定的是多少？',
  [['50亿元']], '银行机构每年用于OPC的信贷额度不低于50亿元')
q(HZ, 'number', '来杭的OPC人才住青荷公寓，过渡性住宿最长能住多久？',
  [['6个月']], '最长6个月“青荷公寓”的过渡性住宿')
q(HZ, 'list', 'OPC社区里那种“1+3+N”陪跑团，分别是哪些人？',
  [['1名团长'], ['3名创业导师'], ['志愿者']], '支持OPC社区组建由“1名团长')
q(HZ, 'definition', '杭州那个文件里反复出现的OPC，到底是什么意思？',
  [['人工智能协同'], ['一人']], '人工智能协同的“一人”公司')
q(HZ, 'list', '方案里的“六个一”举措具体指哪六个？',
  [['一计划一政策'], ['一基金'], ['一赛会']], '以“一计划一政策一指引一基金一案例一赛会”的“六个一”举措为抓手')
q(HZ, 'number', '到2028年人工智能领域的中试验证平台要建到多少家？',
  [['20家']], '建设人工智能领域中试验证平台不少于20家')
q(HZ, 'list', '用来抵扣OPC创业成本的人工智能服务券，一共有哪几种券？',
  [['算力券'], ['模型券'], ['词元券']], '算力券、智能券、模型券、词元券')
# refusals
q(HZ, 'oos', '杭州对每个认定的OPC社区一年给多少运营补贴？', refuse=True,
  evidence=['运营补贴', '每个社区', '社区补贴', '补贴'],
  note='the plan sets community targets but states no subsidy amount per community')
q(HZ, 'oos', '那个杭州OPC行动计划有没有咨询电话？我想打过去问问。', refuse=True,
  evidence=['咨询电话', '联系电话', '电话', '联系人'], note='no phone number or contact person in the text')
q(HZ, 'oos', '青荷公寓给OPC人才的租金优惠，具体能打几折？', refuse=True,
  evidence=['折', '%', '百分之', '减半'], mustNot=['五折', '八折', '半价'],
  note='the plan only says 租金优惠 without a rate')

# ---------------------------------------------------------------- Lishui dog rules (articles, fines)
q(LS, 'date', '在丽水拿到狗的狂犬疫苗证明以后，多少天内要去办养犬登记？',
  [['十五日']], '自取得犬只狂犬病免疫证明之日起十五日内')
q(LS, 'number', '丽水市区一户人家最多可以养几条狗？',
  [['一只']], '每一固定居住场所限养一只')
q(LS, 'condition', '个人在丽水想养狗，要满足哪些条件？',
  [['完全民事行为能力'], ['固定居住场所'], ['居住证']], '具有本市户籍或者居住证')
q(LS, 'condition', '丽水个人能不能养大型犬？有没有例外？',
  [['禁止'], ['残疾人']], '除因导盲、导听、扶助等需要饲养大型服务犬的残疾人外，禁止个人饲养大型犬')
q(LS, 'number', 'In Lishui, how long can the leash be when I take my dog out?',
  [['一点五米']], '长度不超过一点五米的束犬链', 'English question; answer in the Chinese text')
q(LS, 'number', '遛狗没把狗屎清理掉，在丽水要罚多少钱？',
  [['五十元罚款']], '未即时清除犬只粪便、呕吐物的')
q(LS, 'number', '个人养狗一直没去登记，被查到会罚多少？',
  [['二百元以上一千元以下']], '对个人处二百元以上一千元以下罚款')
q(LS, 'number', '家里狗多养了一只超出限额，怎么罚？',
  [['五百元以上一千元以下']], '每超养一只处五百元以上一千元以下罚款')
q(LS, 'number', '个人偷偷养烈性犬被发现，由哪个部门处罚，罚款多少？',
  [['公安机关'], ['二千元以上五千元以下']], '个人饲养烈性犬或者大型犬的，由公安机关责令改正')
q(LS, 'number', '把狗扔了不要了，在丽水会受到什么处罚？',
  [['没收犬只'], ['五百元以上二千元以下']], '遗弃犬只的，由综合行政执法部门没收犬只')
q(LS, 'number', '没拴好狗结果把人咬了，养狗的人要被罚多少？严重的呢？',
  [['二千元以上五千元以下'], ['五千元以上二万元以下']], '未采取有效约束措施致使犬只伤害他人的')
q(LS, 'list', '那个养狗的规定里，哪些地方是不准带狗进去的？',
  [['医疗机构'], ['学校'], ['公共交通工具']], '医疗机构、学校、青少年活动中心等')
q(LS, 'condition', '在丽水打车可以带狗上车吗？',
  [['驾驶人']], '携带犬只乘坐出租车的，应当征得驾驶人的同意')
q(LS, 'fact', '丽水养犬管理到底是哪个部门牵头？办狗证找谁？',
  [['综合行政执法']], '综合行政执法部门是养犬管理工作的牵头部门')
q(LS, 'date', '小狗多大的时候要去打狂犬疫苗？',
  [['三个月']], '犬只出生满三个月或者狂犬病免疫间隔期届满的')
q(LS, 'date', '狗被收容了，已经登记过的狗主人要在几天内去认领？',
  [['五日内']], '通知养犬人在五日内认领')
q(LS, 'date', '养狗的人搬家换了地址，多长时间内要去改登记？',
  [['十日内']], '自变更之日起十日内办理变更登记')
q(LS, 'date', '丽水这个养犬规定从哪天开始施行的？',
  [['2020年11月1日']], '本规定自2020年11月1日起施行')
q(LS, 'condition', '一年里因为养狗被罚了好几次，还能继续办狗证吗？',
  [['三年内']], '一年内被行政处罚三次以上的')
q(LS, 'number', '帮朋友临时寄养狗，我自己家最多能接几只？',
  [['一只']], '个人接收寄养犬只的数量不得超过一只')
q(LS, 'procedure', '个人去办养犬登记要带哪些材料？',
  [['居民身份证'], ['房产证明', '房屋租赁合同'], ['免疫证明']], '个人办理养犬登记的，应当提供下列材料')
# refusals
q(LS, 'oos', '丽水办养犬登记要交多少钱的登记费？', refuse=True,
  evidence=['登记费', '管理费', '收费', '工本费'], note='the rules set no registration fee')
q(LS, 'oos', '丽水的犬只收容留检场所电话是多少？', refuse=True,
  evidence=['电话', '热线', '联系方式：'], note='the rules mention the shelter but give no phone number')
q(LS, 'oos', '给狗做绝育，丽水政府给多少补贴？', refuse=True,
  evidence=['补贴', '补助', '奖励', '元/只'], mustNot=['补贴标准为'],
  note='the rules only encourage sterilisation; no subsidy is stated')

# ---------------------------------------------------------------- Zhangjiakou Q&A
q(ZJK, 'list', '防疫明白纸里提到的法律依据主要有哪些？',
  [['传染病防治法'], ['治安管理处罚法'], ['突发事件应对法']], '主要有《中华人民共和国传染病防治法》')
q(ZJK, 'date', '国家卫健委是哪天把新冠肺炎列入乙类传染病的？',
  [['2020年1月20日']], '国家卫健委正式将新型冠状病毒感染的肺炎纳入乙类传染病')
q(ZJK, 'fact', '按明白纸的说法，谁有权采取疫情防控的预防控制措施？',
  [['县级以上地方人民政府']], '县级以上地方人民政府有权采取相应的预防、控制措施')
q(ZJK, 'procedure', '要是发现身边有疑似病人，单位或个人该怎么做？',
  [['疾病预防控制机构'], ['报告']], '任何单位和个人发现传染病病人或者疑似传染病病人时')
q(ZJK, 'fact', '被病毒污染的场所，单位不肯消毒怎么办？',
  [['强制消毒']], '由当地卫生行政部门或者疾病预防控制机构进行强制消毒处理')
q(ZJK, 'number', '封控区的居民不听劝非要出门聚集，会怎么处理？',
  [['200元以下'], ['5日以上10日以下']], '封控区、管控区居民拒不配合封控管控规定')
q(ZJK, 'fact', '开车冲防疫卡点、不配合检查，最严重会构成什么罪？',
  [['妨害公务罪']], '以冲卡或者其他方法，拒不配合、接受卡点工作人员检查的')
q(ZJK, 'fact', '伪造核酸阴性证明、用别人的健康码出门，除了罚款拘留还可能怎么处理？',
  [['其他行政处罚']], '或者由有关部门予以其他行政处罚')
q(ZJK, 'fact', '核酸采集时辱骂、打伤工作人员，造成轻伤的要负什么刑事责任？',
  [['故意伤害罪']], '追究故意伤害罪的刑事责任')
q(ZJK, 'fact', '商场、饭店这些场所不落实测温验码，由谁来处理？',
  [['行业主管部门']], '行业主管部门和监管部门依法依规予以处理')
q(ZJK, 'fact', '乱扔用过的口罩、防护服，严重污染环境的，涉嫌什么罪？',
  [['污染环境罪']], '以上行为涉嫌违反《刑法》，构成污染环境罪')
q(ZJK, 'fact', '故意投放新冠病原体，严重危害公共安全的，可能构成什么罪？',
  [['以危险方法危害公共安全罪']], '故意投放新冠肺炎病原体，严重危害公共安全')
q(ZJK, 'fact', '药店违规接诊有类似新冠症状的病人，耽误了疫情发现，会受什么处罚？',
  [['通报批评'], ['医疗机构执业许可证']], '依法吊销《医疗机构执业许可证》')
q(ZJK, 'fact', '新冠病人不肯隔离治疗、自己跑了，能强制吗？',
  [['强制隔离治疗']], '可以由公安机关协助医疗机构采取强制隔离治疗措施')
q(ZJK, 'number', '列入重点人群定期核酸的，无故不去做核酸，公安可以怎么罚？',
  [['200元以下'], ['5日以上10日以下']], '公安机关可以处以警告或者200元以下罚款')
q(ZJK, 'fact', '在网上编造散布虚假疫情信息，严重扰乱社会秩序的，涉嫌什么罪名？',
  [['编造、故意传播虚假信息罪', '故意传播虚假信息罪']], '构成编造、故意传播虚假信息罪')
q(ZJK, 'number', 'If a shop jacks up the price of masks during the epidemic but has no illegal income, what fine can it face?',
  [['5万元以上50万元以下']], '没有违法所得的，处5万元以上50万元以下的罚款', 'English question; answer in the Chinese text')
q(ZJK, 'number', '哄抬防疫物资价格、有违法所得的，罚款按违法所得的几倍算？',
  [['5倍以下']], '并处违法所得5倍以下的罚款的行政处罚')
q(ZJK, 'fact', '暴力阻碍防疫人员采取隔离措施，依照刑法哪一条追究？',
  [['第二百七十七条']], '可依照《刑法》第二百七十七条规定以妨害公务罪追究刑事责任')
q(ZJK, 'fact', '这份防疫明白纸是哪个单位发的？落款日期是哪天？',
  [['领导小组办公室'], ['2022年5月3日']], '张家口市应对新冠肺炎疫情工作领导小组办公室')
q(ZJK, 'list', '疫情防控中单位和个人必须接受疾控机构哪些措施？',
  [['调查'], ['采集样本'], ['隔离治疗']], '必须接受疾病预防控制机构、医疗机构有关传染病的调查')
# refusals
q(ZJK, 'oos', '张家口举报违反防疫规定的行为，打哪个电话？', refuse=True,
  evidence=['举报电话', '热线', '12345', '电话'], note='the Q&A names no hotline')
q(ZJK, 'oos', '防疫明白纸里有没有说居家隔离期间每天发多少生活补助？', refuse=True,
  evidence=['生活补助', '补助', '补贴', '元/天'], note='no allowance is mentioned anywhere')
q(ZJK, 'oos', '按那个明白纸，重点人群做一次核酸要收多少钱？', refuse=True,
  evidence=['收费', '元/人', '核酸检测费', '费用'], note='the Q&A covers mandatory testing but states no price')

# ---------------------------------------------------------------- conversations
C = [
    dict(doc=HZ, turns=['杭州那个AI+OPC行动计划，重点举措分成哪几大工程？',
                        '其中金融护航那块，给OPC发信用贷、创业贷这条是谁负责？'],
         must=[['金融办']], note='item 12; first-named unit 市委金融办'),
    dict(doc=HZ, turns=['杭州OPC计划里人才舒心工程都有什么内容？',
                        '那住房保障那条，到2028年市区要提供多少套OPC人才专项租赁住房？'],
         must=[['1000套']]),
    dict(doc=LS, turns=['在丽水养狗要先办什么手续？', '要是一直没办就养着，个人会被罚多少？'],
         must=[['二百元以上一千元以下']]),
    dict(doc=LS, turns=['丽水市区个人能养大型犬吗？', '那要是已经养了，由谁来罚，罚多少？'],
         must=[['公安机关'], ['二千元以上五千元以下']]),
    dict(doc=ZJK, turns=['张家口那个防疫明白纸里，哄抬口罩价格会怎么处罚？', '情节严重的话呢，会追究刑事责任吗？是什么罪？'],
         must=[['非法经营罪']]),
    dict(doc=ZJK, turns=['防疫明白纸里说新冠病人拒绝隔离治疗要负责任是吧？', '那隔离期间的费用谁来出，一天多少钱？'],
         refuse=True, evidence=['隔离费用', '元/天', '费用', '自费'],
         note='the Q&A never mentions who pays for isolation or its cost'),
]

# ---------------------------------------------------------------- write
with open(os.path.join(ROOT, 'questions.jsonl'), 'w', encoding='utf-8') as f:
    for i, c in enumerate(Q, 1):
        cid = f'r48-{i:03d}'
        o = {'id': cid, 'doc': c['doc'], 'kind': c['kind'], 'q': c['q']}
        if c['refuse']:
            o['refuse'] = True
            if c['mustNot']:
                o['mustNot'] = c['mustNot']
            EV[cid] = c['evidence']
        else:
            o['must'] = c['must']
            o['passage'] = c['passage']
        if c['note']:
            o['note'] = c['note']
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
with open(os.path.join(ROOT, 'conversations.jsonl'), 'w', encoding='utf-8') as f:
    for i, c in enumerate(C, 1):
        cid = f'r48c{i:02d}'
        o = {'id': cid, 'doc': c['doc'], 'kind': 'multi', 'turns': c['turns']}
        if c.get('refuse'):
            o['refuse'] = True
            EV[cid] = c['evidence']
        else:
            o['must'] = c['must']
        if c.get('note'):
            o['note'] = c['note']
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
with open(os.path.join(HERE, 'refusal_evidence.json'), 'w', encoding='utf-8') as f:
    json.dump(EV, f, ensure_ascii=False, indent=1)

# owners.json: every annotated item of the Hangzhou plan.
# Each item 1.…16. is one line "N.标题。正文…（责任单位：A、B，C）" or, for item 1, "[责任单位：…]" because the unit
# list holds parentheses. The plan names no separate lead unit: lead = the first-named unit (by convention the
# one that leads), responsible = the other named units, owner = all, in written order.
lines = open(os.path.join(ROOT, 'knowledge', HZ + '.txt'), encoding='utf-8').read().splitlines()
rows = []
ANN = re.compile(r'[（\[]责任单位：(.*)[）\]]$')


def split_top(s, seps):
    out, cur, depth = [], '', 0
    for ch in s:
        if ch == '（':
            depth += 1
        elif ch == '）':
            depth -= 1
        if ch in seps and depth == 0:
            out.append(cur)
            cur = ''
        else:
            cur += ch
    out.append(cur)
    return out


def units(inner):
    inner = inner.split('。')[0]  # item 1 adds "。以下均需各区、县（市）政府落实，不再列出"
    res = []
    for grp in split_top(inner, '，'):
        res.extend([grp] if grp.startswith('各') else split_top(grp, '、'))
    return res


for l in lines:
    m = re.match(r'^(\d+\.)([^。]+)。', l)
    a = ANN.search(l)
    if not (m and a):
        continue
    us = units(a.group(1))
    rows.append({'doc': HZ, 'task': m.group(1) + m.group(2), 'item': m.group(1), 'title': m.group(2),
                 'owner_as_written': a.group(0), 'lead': us[:1], 'responsible': us[1:], 'owner': us,
                 'note': 'the plan lists 责任单位 only; lead = first-named unit' +
                         ('; the annotation adds that every 区、县（市）政府 implements all items' if m.group(1) == '1.' else '')})
with open(os.path.join(ROOT, 'owners.json'), 'w', encoding='utf-8') as f:
    json.dump(rows, f, ensure_ascii=False, indent=1)
print(len(Q), 'questions,', len(C), 'conversations,', len(rows), 'owner rows')
