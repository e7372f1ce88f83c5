#!/usr/bin/env python3
"""Build questions.jsonl and conversations.jsonl for suite laws30.

Usage: python3 src/build.py   (from eval/laws30; LAWS_DIR overrides the corpus path)

Every case names its law file by its path relative to the corpus ("note"); "doc" is the
title derived from that path (file name without .md and without a trailing (YYYY-MM-DD)).
The script checks, before writing, that every must alternative and every passage occurs in
the law text (white space removed), that passages sit inside one line and that no must
alternative is contained in the question. Refusal absence proofs live in REFUSAL_PROOF and
are re-checked by check.mjs.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAWS = os.environ.get('LAWS_DIR', '/work/shared/corpus/laws')

L = {
    'ys': '经济法/预算法(2018-12-29).md',
    'fk': '宪法相关法/反恐怖主义法(2018-04-27).md',
    'qh': '经济法/期货和衍生品法(2022-04-20).md',
    'x9': '刑法/刑法修正案（九）.md',
    'wj': '宪法相关法/外交特权与豁免条例(1986-09-05).md',
    'hl': '行政法规/互联网信息服务管理办法(2011-01-08).md',
    'mf': '行政法规/民办非企业单位登记管理暂行条例(1998-10-25).md',
    'tg': '行政法规/退耕还林条例(2016-02-06).md',
    'zw': '行政法规/植物新品种保护条例(2014-07-29).md',
    'lp': '行政法规/国务院关于在对外公务活动中赠送和接受礼品的规定(1993-12-05).md',
    'bj': '行政法规/国家机关工作人员病假期间生活待遇的规定(1981-04-06).md',
    'js': '行政法规/城市节约用水管理规定(1988-12-20).md',
    'sh': '司法解释/最高人民法院关于修改《关于上海金融法院案件管辖的规定》的决定.md',
    'cy': '司法解释/最高人民法院关于行政机关负责人出庭应诉若干问题的规定(2020-06-22).md',
    'lt': '行政法规/机关团体建设楼堂馆所管理条例(2017-10-05).md',
    'xz': '行政法规/蓄滞洪区运用补偿暂行办法(2000-05-27).md',
    'wx': '行政法规/卫星电视广播地面接收设施管理规定(2018-09-18).md',
    'jn': '行政法规/民用建筑节能条例(2008-08-01).md',
    'dw': '行政法规/对外承包工程管理条例(2017-03-01).md',
    'jx': '行政法规/教学成果奖励条例(1994-03-14).md',
}

# (law, kind, question, must, passage)   kind: policy | measure | target | task | overview
SINGLE = [
    # 1-2 预算法
    ('ys', 'target', '我们县财政局正在编明年的一般公共预算，那个预备费按规定应该按支出额的多大比例来留？',
     [['百分之一至百分之三']], '按照本级一般公共预算支出额的百分之一至百分之三设置预备费'),
    ('ys', 'target', '全国人大把预算批了以后，中央给地方的专项转移支付最迟要在多长时间内正式下到地方？',
     [['九十日内', '九十日']], '中央对地方的专项转移支付应当在全国人民代表大会批准预算后九十日内正式下达'),
    # 3-4 反恐怖主义法
    ('fk', 'measure', '我在景区开了家民宿，有些客人嫌麻烦不肯给看身份证，我也就让他们住了。按反恐那部法律，被查到的话店里要罚多少钱？',
     [['十万元以上五十万元以下']], '住宿、长途客运、机动车租赁等业务经营者、服务提供者有前款规定情形的'),
    ('fk', 'target', '公安在调查恐怖活动嫌疑时，让嫌疑人不准离开本市、定期来报到、把护照交上去这些限制，最长能持续多久？',
     [['三个月']], '采取前两款规定的约束措施的期限不得超过三个月'),
    # 5-6 期货和衍生品法
    ('qh', 'measure', '我表弟想借我的期货账户去做交易，真要借给他被监管查到了，大概会怎么处罚？',
     [['五十万元以下']], '出借自己的期货账户或者借用他人的期货账户从事期货交易的'),
    ('qh', 'policy', '我是普通散户，觉得期货公司给我推产品的时候有误导，真打起官司来，是我要拿证据证明它误导，还是它来证明自己没问题？',
     [['期货经营机构应当证明', '期货经营机构']], '期货经营机构应当证明其行为符合法律、行政法规以及国务院期货监督管理机构的规定'),
    # 7-8 刑法修正案（九）
    ('x9', 'target', '刑法修正案九新加的那个“从业禁止”，就是利用职业便利犯罪的人出狱后不准再干这一行，法院最多能禁多少年？',
     [['三年至五年']], '禁止其自刑罚执行完毕之日或者假释之日起从事相关职业，期限为三年至五年'),
    ('x9', 'target', '刑法修正案（九）是哪一天开始正式生效实施的？',
     [['2015年11月1日']], '本修正案自2015年11月1日起施行'),
    # 9-10 外交特权与豁免条例
    ('wj', 'policy', '外国使馆的外交官在中国喝酒闹事打伤了人，我们公安能不能直接把他铐走关起来？',
     [['不受逮捕或者拘留', '刑事管辖豁免']], '外交代表人身不受侵犯，不受逮捕或者拘留'),
    ('wj', 'target', '使馆里做行政技术工作的人员刚到任，从国外运过来的安家用品，在到任后多长时间之内运进来才能免税？',
     [['半年内', '半年']], '使馆行政技术人员到任后半年内运进的安家物品'),
    # 11-12 互联网信息服务管理办法
    ('hl', 'policy', '我们公司准备上线一个收费的行业资讯网站，用户付费才能看，这种网站是去电信管理部门备个案就行，还是得先拿证？',
     [['经营许可证', '许可制度']], '国家对经营性互联网信息服务实行许可制度'),
    ('hl', 'measure', '网站首页底下没把ICP备案号挂出来，会被电信管理机构罚多少钱？',
     [['5000元以上5万元以下']], '未在其网站主页上标明其经营许可证编号或者备案编号的'),
    # 13-14 民办非企业单位登记管理暂行条例
    ('mf', 'policy', '我们几个人想出钱办一个民办的康复服务机构，登记成民非，名字想叫“中华某某康复中心”，这样起名可以吗？',
     [['不得冠以']], '不得冠以“中国”、“全国”、“中华”等字样'),
    ('mf', 'policy', '我们这个民办非企业单位做得还不错，想在隔壁区再开个分部，条例允许设分支机构吗？',
     [['不得设立分支机构']], '民办非企业单位不得设立分支机构'),
    # 15-16 退耕还林条例
    ('tg', 'target', 'After farmland is converted to forest under the Grain-for-Green program, up to how many years can the land contracting term be extended?',
     [['70']], '退耕土地还林后的承包经营权期限可以延长到70年'),
    ('tg', 'policy', '退耕还林每年发的补助粮，我们家吃不完，能不能跟乡里说直接折成钱或者发购物券给我们？',
     [['不得折算成现金', '不得折算']], '兑付的补助粮食，不得折算成现金或者代金券'),
    # 17-18 植物新品种保护条例
    ('zw', 'target', '我们育种站培育的新苹果品种拿到了品种权，这个权利能保护多少年？',
     [['20年']], '藤本植物、林木、果树和观赏树木为20年'),
    ('zw', 'policy', '我是种地的农民，去年买的玉米种子是别人有品种权的，我今年自己留种自己种，要不要经人家同意、给人家交钱？',
     [['不向其支付使用费', '可以不经品种权人许可']], '农民自繁自用授权品种的繁殖材料'),
    # 19-20 赠送和接受礼品的规定
    ('lp', 'policy', '外事活动里外方非要塞给我们一个装现金的信封，还有几张购物卡，实在推不掉，收下以后该怎么处理？',
     [['上缴国库']], '所收礼金、有价证券必须一律上缴国库'),
    ('lp', 'owner', '国务院各部委在外事活动中上交上来的礼品，最后是由哪个单位负责保管和处理？',
     [['国务院机关事务管理局', '机关事务管理局']], '国务院机关事务管理局负责保管、处理国务院各部门上缴的礼品'),
    # 21-22 病假期间生活待遇的规定
    ('bj', 'target', '我在区里机关工作了七年，现在病休已经第四个月了，按国家机关工作人员病假待遇的规定，这个月工资按多少发？',
     [['百分之九十']], '工作年限不满十年的，发给本人工资的百分之九十'),
    ('bj', 'task', '机关干部想按规定享受病假期间的工资待遇，需要准备什么材料、走什么手续？',
     [['医疗机构证明']], '应有医疗机构证明，并经主管领导机关批准'),
    # 23-24 城市节约用水管理规定
    ('js', 'measure', '我们厂去年超计划用水，加价水费一直拖着没交，城建部门说要收滞纳金，这个滞纳金每天按多少算？',
     [['50‰']], '并按日加收超计划用水加价水费50‰的滞纳金'),
    ('js', 'policy', '城市里新建的住宅楼，生活用水是要求一户一个水表吗？',
     [['分户计量水表', '按户计量']], '新建住宅应当安装分户计量水表'),
    # 25-26 修改上海金融法院案件管辖规定的决定
    ('sh', 'overview', '最高法2021年修改上海金融法院管辖范围的那个决定里，原来讲金融基础设施机构当被告或第三人的第三条，被挪到第几条了？',
     [['第五条']], '将第三条修改为第五条'),
    ('sh', 'overview', '那个改上海金融法院管辖的决定里，原来第二条讲的金融行政案件管辖，调整成了第几条？',
     [['第六条']], '将第二条修改为第六条'),
    # 27-28 行政机关负责人出庭应诉若干问题的规定
    ('cy', 'target', '法院要通知我们局长出庭应诉的话，出庭通知书最晚要在开庭前几天送到？',
     [['三日前', '开庭三日前']], '应当在开庭三日前送达出庭通知书'),
    ('cy', 'policy', '一审阶段同一个案子法院开了三次庭，我们分管副局长只去了第一次，这样算不算已经尽到出庭应诉的义务？',
     [['一般可以认定', '已经履行出庭应诉义务']], '行政机关负责人到庭参加一次庭审的，一般可以认定其已经履行出庭应诉义务'),
    # 29-30 机关团体建设楼堂馆所管理条例
    ('lt', 'policy', '我们单位新办公楼批下来了，但钱不够，能不能先找银行贷一部分款来建？',
     [['预算资金', '向银行等金融机构借款']], '办公用房项目的建设资金由预算资金安排'),
    ('lt', 'policy', '那个管楼堂馆所的条例出台以后，机关还能不能自己盖个带住宿餐饮的培训中心？',
     [['不得建设']], '机关、团体不得建设培训中心'),
    # 31-33 蓄滞洪区运用补偿暂行办法
    ('xz', 'target', '我家在国家蓄滞洪区里，今年开闸分洪把房子泡塌了，房子的损失国家按多少比例补？',
     [['70%']], '住房，按照水毁损失的70%补偿'),
    ('xz', 'target', '分洪的时候家里的拖拉机、电视、冰箱没来得及运走，登记总价值才一千五百块，全被水淹了，这部分能补多少？',
     [['100%']], '登记总价值在2000元以下的，按照水毁损失的100%补偿'),
    ('xz', 'owner', '蓄滞洪区用过以后给老百姓的补偿款，钱是哪一级财政来出？',
     [['中央财政'], ['省级财政']], '蓄滞洪区运用补偿资金由中央财政和蓄滞洪区所在地的省级财政共同承担'),
    # 34-35 卫星电视广播地面接收设施管理规定
    ('wx', 'measure', 'If a private individual installs a satellite TV dish at home without approval, what is the maximum fine in yuan?',
     [['5000']], '对个人可以并处5000元以下的罚款'),
    ('wx', 'owner', '我们酒店想装一套卫星电视接收设备给客房用，需要报哪一级的部门审批？',
     [['省、自治区、直辖市', '广播电视行政管理部门']], '报省、自治区、直辖市人民政府广播电视行政管理部门审批'),
    # 36-38 民用建筑节能条例
    ('jn', 'target', '买的新房外墙保温层开裂了，开发商说早过保修期了。保温工程的保修期最少是几年？从哪天算？',
     [['5年'], ['竣工验收合格之日']], '在正常使用条件下，保温工程的最低保修期限为5年'),
    ('jn', 'target', '建筑节能那个条例里说的“大型公共建筑”，面积多大才算？',
     [['2万平方米']], '是指单体建筑面积2万平方米以上的公共建筑'),
    ('jn', 'measure', '我们是施工单位，项目上没按节能强制性标准施工被查了，罚款是怎么算的？',
     [['2%以上4%以下']], '施工单位未按照民用建筑节能强制性标准进行施工的'),
    # 39-40 对外承包工程管理条例
    ('dw', 'task', '公司去非洲承包工程，派过去一批工人，按规定必须给他们买什么保险？',
     [['境外人身意外伤害保险', '人身意外伤害保险']], '对外承包工程的单位应当为外派人员购买境外人身意外伤害保险'),
    ('dw', 'task', '我们跟国外业主签完工程承包合同了，接下来需要向哪里报告一声？',
     [['使馆', '驻该工程项目所在国使馆']], '应当及时向中国驻该工程项目所在国使馆(领馆)报告'),
    # 41-42 教学成果奖励条例
    ('jx', 'target', '国家级教学成果奖是每年都评，还是隔几年评一次？',
     [['4年']], '国家级教学成果奖每4年评审一次'),
    ('jx', 'policy', '我们学院有个教改项目想报国家级教学成果奖，对实践检验的时间有什么要求？',
     [['2年以上']], '经过2年以上教育教学实践检验的'),
]

# (law, question)  — the document does not state the answer; strings an answer would need are in REFUSAL_PROOF
OOS = [
    ('fk', '我要是向公安举报了恐怖活动的线索，查实以后具体能拿到多少钱的奖金？'),
    ('hl', '去省通信管理局办互联网信息服务的经营许可证，要交多少申请费？'),
    ('wx', '个人因为特殊情况申请安装卫星电视接收设施，广电部门审批一般要多少个工作日？'),
    ('zw', '植物新品种权授权以后，每年要交的年费具体是多少钱？'),
    ('dw', '对外承包工程的企业要存缴的备用金，具体要存多少钱或者按合同额的多少比例存？'),
    ('jx', '国家级教学成果奖的特等奖，奖金具体是多少钱？'),
]

# Interleave: OOS cases are placed at these 1-based positions among the 48 singles.
OOS_POS = [6, 14, 22, 30, 38, 46]

CONVS = [
    ('qh', ['我是个普通散户，在一家期货公司开户做期货交易。',
            '要是因为下单、平仓的事跟期货公司闹了纠纷，能找谁来调解？',
            '那如果是我主动提出要调解，期货公司可以不答应吗？'],
     [['不得拒绝']], '普通交易者与期货经营机构发生期货业务纠纷并提出调解请求的'),
    ('lp', ['我们局里组团出国考察，对方在座谈会上送了我们几件纪念品。',
            '这种礼物值多少钱以上就得上交？',
            '那从回国那天算起，要在多长时间里填单子、把东西交上去？'],
     [['一个月内']], '自回国之日起)一个月内填写礼品申报单'),
    ('mf', ['我们是一家已经登记好的民办非企业单位，做社区养老服务的。',
            '每年的年度检查是怎么个流程？工作报告先交给谁？',
            '那最晚要在几月几号之前报到民政部门的登记管理机关？'],
     [['5月31日']], '于5月31日前报送登记管理机关，接受年度检查'),
    ('cy', ['我们区住建局被一个拆迁户告了，法院通知局长出庭应诉。',
            '开庭那天局长正好要陪省里领导检查，这算不算不能出庭的正当理由？',
            '那我们能不能因为这个申请把开庭时间往后挪？'],
     [['延期开庭审理', '可以准许']], '行政机关负责人有正当理由不能出庭，行政机关申请延期开庭审理的'),
    ('tg', ['我们县今年有一批坡耕地列进了退耕还林计划。',
            '国家给退耕农户的补助都包括哪几样？',
            '那补助粮食具体每亩给多少斤，一共给几年？'],
     None, None),
]

REFUSAL_PROOF = {
    'fk': ['奖金', '元的奖励', '奖励标准', '悬赏'],
    'hl': ['申请费', '收费', '费用'],
    'wx': ['工作日', '日内', '期限'],
    'zw': ['年费标准', '年费为', '元/年', '每年缴纳', '年费数额'],
    'dw': ['美元', '备用金标准', '备用金数额', '%', '百分之'],
    'jx': ['元', '万元', '奖金标准'],
    'tg': ['斤', '公斤', '亩'],
}


def title_of(note):
    t = os.path.basename(note)[:-3]
    return re.sub(r'\(\d{4}-\d{2}-\d{2}\)$', '', t)


def strip(s):
    return re.sub(r'\s+', '', s)


_cache = {}


def law(key):
    if key not in _cache:
        raw = open(os.path.join(LAWS, L[key]), encoding='utf-8').read()
        _cache[key] = (strip(raw), [strip(x) for x in raw.split('\n')])
    return _cache[key]


def verify(cid, key, asked, must, passage):
    text, lines = law(key)
    q = strip(''.join(asked))
    errs = []
    for g in must:
        for a in g:
            a2 = strip(a)
            if a2 not in text:
                errs.append(f'{cid}: must not in law: {a}')
            if a2 in q:
                errs.append(f'{cid}: must in question: {a}')
            if len(a2) > 12:
                errs.append(f'{cid}: must too long: {a}')
    p = strip(passage)
    if not (10 <= len(p) <= 40):
        errs.append(f'{cid}: passage length {len(p)}')
    if not any(p in ln for ln in lines):
        errs.append(f'{cid}: passage not in one line: {passage}')
    return errs


def main():
    errs = []
    singles = []
    ans = iter(SINGLE)
    oos = iter(OOS)
    for i in range(1, 49):
        cid = f'lw30-{i}'
        if i in OOS_POS:
            key, q = next(oos)
            singles.append({'id': cid, 'doc': title_of(L[key]), 'kind': 'oos', 'q': q, 'refuse': True, 'note': L[key]})
            text, _ = law(key)
            for s in REFUSAL_PROOF[key]:
                if strip(s) in text:
                    errs.append(f'{cid}: refusal proof string present: {s}')
        else:
            key, kind, q, must, passage = next(ans)
            errs += verify(cid, key, [q], must, passage)
            singles.append({'id': cid, 'doc': title_of(L[key]), 'kind': kind, 'q': q, 'must': must,
                            'passage': passage, 'note': L[key]})
    convs = []
    for n, (key, turns, must, passage) in enumerate(CONVS, 1):
        cid = f'lw30-c{n}'
        row = {'id': cid, 'doc': title_of(L[key]), 'kind': 'multi', 'turns': turns}
        if must is None:
            row['refuse'] = True
            text, _ = law(key)
            for s in REFUSAL_PROOF[key]:
                if strip(s) in text:
                    errs.append(f'{cid}: refusal proof string present: {s}')
        else:
            errs += verify(cid, key, turns, must, passage)
            row['must'] = must
            row['passage'] = passage
        row['note'] = L[key]
        convs.append(row)
    if errs:
        print('\n'.join(errs))
        sys.exit(1)
    with open(os.path.join(HERE, 'questions.jsonl'), 'w', encoding='utf-8') as f:
        for r in singles:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'conversations.jsonl'), 'w', encoding='utf-8') as f:
        for r in convs:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(f'wrote {len(singles)} singles, {len(convs)} conversations')


if __name__ == '__main__':
    main()
