#!/usr/bin/env python3
"""Build questions.jsonl / conversations.jsonl for suite laws29 and print refusal-absence evidence.

Usage: python3 src/build.py   (run from the suite folder or anywhere)
Documents come from the shared corpus /work/shared/corpus/laws (override with LAWS_DIR).
"""
import json
import os
import re
import subprocess

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAWS = os.environ.get('LAWS_DIR', '/work/shared/corpus/laws')

D = {
    'invest': '行政法规/企业投资项目核准和备案管理条例(2016-11-30).md',
    'pubenergy': '行政法规/公共机构节能条例(2017-03-01).md',
    'grassfire': '行政法规/草原防火条例(2008-11-29).md',
    'quake': '行政法规/地震安全性评价管理条例(2019-03-02).md',
    'inspect': '行政法规/政府督查工作条例(2020-12-26).md',
    'ipo': '行政法规/国务院关于规范中介机构为公司公开发行股票提供服务的规定(2025-01-10).md',
    'settle': '司法解释/最高人民法院关于执行和解若干问题的规定(2020-12-29).md',
    'lease': '司法解释/最高人民法院关于审理融资租赁合同纠纷案件适用法律问题的解释(2020-12-29).md',
    'cotime': '司法解释/最高人民法院关于适用《公司法》时间效力的若干规定(2024-06-29).md',
    'netfreeze': '司法解释/最高人民法院关于网络查询、冻结被执行人存款的规定(2013-08-29).md',
    'card': '司法解释/最高人民法院、最高人民检察院关于修改《关于办理妨害信用卡管理刑事案件具体应用法律若干问题的解释》的决定.md',
    'stateasset': '行政法规/行政事业性国有资产管理条例(2021-02-01).md',
    'livestock': '行政法规/畜禽规模养殖污染防治条例(2013-11-11).md',
    'dairy': '行政法规/乳品质量安全监督管理条例(2008-10-09).md',
    'coal': '经济法/煤炭法(2016-11-07).md',
    'pboc': '经济法/中国人民银行法(2003-12-27).md',
    'circular': '经济法/循环经济促进法(2018-10-26).md',
    'rural': '经济法/乡村振兴促进法(2021-04-29).md',
    'scitech': '行政法/科学技术进步法(2021-12-24).md',
    'yellow': '行政法/黄河保护法(2022-10-30).md',
}


def title_of(note):
    return re.sub(r'\(\d{4}-\d{2}-\d{2}\)$', '', os.path.basename(note)[:-3])


# (doc key, kind, question, must groups or None for refusal, passage or None)
SINGLES = [
    ('invest', 'policy', '我们公司在本省投了一个需要政府核准的项目，申请书递上去以后，核准机关最迟多久要给结论？要是情况复杂还能再延长多久？',
     [['20个工作日'], ['40个工作日']], '核准机关应当自受理申请之日起20个工作日内'),
    ('invest', 'policy', "Our company's investment project was approved, but we still haven't broken ground and the 2-year window is closing. How many working days before it expires do we have to apply to postpone the start of construction?",
     [['30']], '企业应当在2年期限届满的30个工作日前'),
    ('invest', 'policy', '那个企业投资项目备案的规定里，备案后建设规模改动很大却没告诉备案机关，被要求限期改正又没改，会罚多少？',
     [['2万元以上5万元以下']], '逾期不改正的，处2万元以上5万元以下的罚款'),
    ('invest', 'oos', '项目备案要走的那个在线平台，网址是多少？我具体该上哪个网站填报？', None, None),
    ('pubenergy', 'overview', '节能条例里说的“公共机构”到底指哪些单位？我们是部分靠拨款运转的行业协会，算不算在内？',
     [['财政性资金']], '是指全部或者部分使用财政性资金的国家机关'),
    ('pubenergy', 'policy', '我在区里一个事业单位管后勤，上一年度的用能情况报告每年最晚什么时候要交上去？',
     [['3月31日']], '公共机构应当于每年3月31日前'),
    ('pubenergy', 'oos', '按公共机构节能的规定，机关单位夏天开空调，温度最低只能设到多少度？', None, None),
    ('grassfire', 'measure', '草场着火了，村里组织人去扑火，能不能让家里的老人和半大孩子也上去帮忙？',
     [['不得动员']], '扑救草原火灾，不得动员残疾人、孕妇、未成年人和老年人参加'),
    ('grassfire', 'policy', '防火期里有人没经批准就在草原上点火烧荒，个人和单位分别要罚多少钱？',
     [['2000元以上5000元'], ['5000元以上2万元']], '对有关责任人员处2000元以上5000元以下罚款'),
    ('quake', 'policy', 'After an earthquake safety evaluation report for a construction project is submitted, within how many days must the provincial earthquake authority finish reviewing it and set the seismic fortification requirements?',
     [['15']], '应当自收到地震安全性评价报告之日起15日内进行审定'),
    ('quake', 'target', '我们准备建一个存放危险化学品的仓库和油罐区，按规定是不是一定要做地震安全性评价？哪几类工程属于必须做的？',
     [['次生灾害', '贮油、贮气']], '贮油、贮气、贮存易燃易爆、剧毒或者强腐蚀性物质的设施'),
    ('inspect', 'policy', 'A county bureau disagrees with the conclusion that the county government reached after inspecting its work. Within how many days of receiving the conclusion can the bureau apply for a re-examination?',
     [['30']], '可以自收到该督查结论之日起30日内'),
    ('inspect', 'policy', '我们县里一个局想自己组织一次对下面乡镇的政府督查，需要满足什么前提？',
     [['本级人民政府指定']], '县级以上人民政府所属部门未经本级人民政府指定，不得开展政府督查'),
    ('inspect', 'measure', '督查时发现某个干部可能有受贿问题，督查机构拿到这个线索该怎么处理？',
     [['监察机关']], '政府督查机构应当移送监察机关'),
    ('ipo', 'policy', '公司在筹备上市，券商提出保荐费跟发行结果挂钩，成功上市才收大头、没上成就少收，这种约定合规吗？',
     [['不得以股票公开发行']], '收费与否以及收费多少不得以股票公开发行上市结果作为条件'),
    ('ipo', 'policy', '有的地方政府对上市成功的企业和帮忙的中介发奖金，国务院这个新规出来以后，这类奖励会怎么处理？',
     [['追回']], '给予发行人或者中介机构奖励的，应当追回'),
    ('ipo', 'policy', '会计师事务所给拟上市公司做审计，违反了收费方面的规定，但查下来没有违法所得，最高能罚到多少？',
     [['100万元']], '可以并处10万元以上100万元以下罚款'),
    ('ipo', 'oos', '那个规范中介机构为IPO提供服务收费的规定里，保荐承销费率的上限定的是百分之几？', None, None),
    ('settle', 'policy', '法院判对方还我20万，执行阶段我们达成和解，约定分期还，结果到期他一分没还。我现在能怎么办？',
     [['恢复执行'], ['提起诉讼', '诉讼']], '申请执行人可以申请恢复执行原生效法律文书'),
    ('settle', 'policy', '执行和解时说好拿对方的一套房子抵债，法院能不能直接按这个协议出裁定把房子判给我？',
     [['不得依据该协议']], '人民法院不得依据该协议作出以物抵债裁定'),
    ('lease', 'policy', '我们租赁公司跟承租人签的融资租赁合同里，没写欠租到什么程度可以解约。现在对方拖欠租金，催了也不付，欠到多少我们可以要求解除合同？',
     [['两期以上'], ['百分之十五']], '承租人欠付租金达到两期以上，或者数额达到全部租金百分之十五以上'),
    ('lease', 'policy', '融资租赁欠租金的纠纷，打官司的诉讼时效是多久，从哪天开始算？',
     [['三年'], ['租赁期限届满']], '自租赁期限届满之日起计算'),
    ('cotime', 'overview', '关于新公司法时间效力的那个司法解释，是从哪天开始施行的？',
     [['2024年7月1日']], '本规定自2024年7月1日起施行'),
    ('cotime', 'policy', '公司在新公司法施行前就出现了应当清算的情形，但到施行那天还不满十五天，清算义务人的清算期限怎么算？',
     [['重新起算']], '清算义务人履行清算义务的期限自公司法施行日重新起算'),
    ('netfreeze', 'policy', '我是银行合规岗，法院通过网络查控系统冻结了客户存款，我们认为这个措施违法，该怎么提出来？法院多久答复？',
     [['书面'], ['15日']], '人民法院应当在15日内审查完毕并书面回复'),
    ('netfreeze', 'policy', '法院在网上冻结存款，跟执行法官亲自到银行网点去办冻结，法律效力上有区别吗？',
     [['同等效力']], '与执行人员赴金融机构营业场所查询、冻结、续冻、解冻被执行人存款具有同等效力'),
    ('card', 'policy', '我信用卡透支超了额度一直没还，银行打电话发短信催过两回了，再拖多久就会被认定为恶意透支？',
     [['三个月']], '经发卡银行两次有效催收后超过三个月仍不归还的'),
    ('card', 'policy', '信用卡恶意透支的金额到多少就算“数额较大”，要被追究刑事责任？',
     [['五万元']], '数额在五万元以上不满五十万元的'),
    ('stateasset', 'policy', '我们单位自建的业务用房竣工验收合格了，竣工财务决算最迟多长时间内得办完？',
     [['1年']], '期限最长不得超过1年'),
    ('stateasset', 'policy', '区里有个行政机关想拿闲置的国有房产入股成立一家公司赚钱，国有资产管理条例允许吗？',
     [['不得以任何形式']], '行政单位不得以任何形式将国有资产用于对外投资或者设立营利性组织'),
    ('livestock', 'policy', '有人在县里的饮用水水源保护区里盖了个养猪场，环保部门会怎么处罚？',
     [['10万元以上50万元以下']], '处10万元以上50万元以下的罚款'),
    ('livestock', 'measure', '养殖场的粪污处理设施运行起来很耗电，电价上有什么照顾政策？',
     [['农业用电价格']], '污染防治设施运行用电执行农业用电价格'),
    ('livestock', 'oos', '我们猪场的病死猪送到集中无害化处理厂，国家按每头补助多少钱？', None, None),
    ('dairy', 'policy', '我们家养奶牛，刚挤出来的奶要在多长时间内降温？要降到几度？',
     [['2小时'], ['4℃']], '在挤奶后2小时内应当降温至0－4℃'),
    ('dairy', 'policy', '收奶的往生鲜乳里加了非食品用的化学物质，还不够判刑的话，罚款是货值的多少倍？',
     [['15倍以上30倍以下']], '并处违法乳品货值金额15倍以上30倍以下罚款'),
    ('coal', 'overview', '我家承包地底下探出了煤，这些煤算不算我家的？',
     [['国家所有']], '煤炭资源属于国家所有'),
    ('coal', 'measure', '煤矿井下突然出现危及人命、又排除不了的险情，现场带班的负责人应该怎么做？',
     [['撤离']], '应当立即组织职工撤离危险现场'),
    ('pboc', 'overview', '人民银行的行长是怎么产生的？由谁提名、谁来决定？',
     [['国务院总理的提名'], ['全国人民代表大会决定']], '根据国务院总理的提名，由全国人民代表大会决定'),
    ('pboc', 'policy', '我们商场自己印了一种购物代金券，想让它像钱一样在市面上流通，会被怎么罚？',
     [['二十万元以下']], '中国人民银行应当责令停止违法行为，并处二十万元以下罚款'),
    ('pboc', 'oos', '人民银行法里规定的大型商业银行存款准备金率现在是多少？', None, None),
    ('circular', 'policy', '我们厂里还在用一批已经列入国家淘汰名录的生产设备，被查到会怎么处罚？',
     [['五万元以上二十万元以下']], '并处五万元以上二十万元以下的罚款'),
    ('circular', 'overview', '发展循环经济讲减量化、再利用、资源化，这三者里法律要求哪个优先？',
     [['减量化优先']], '按照减量化优先的原则实施'),
    ('circular', 'oos', '循环经济促进法允许地方收垃圾排放费，那城市居民每户每月要交多少？', None, None),
    ('rural', 'target', '中国农民丰收节定在每年哪一天？',
     [['秋分']], '每年农历秋分日为中国农民丰收节'),
    ('rural', 'policy', '我在县城稳定上班好几年了，想把户口迁进城，村里说得先把承包地和宅基地退了才能落户，有这规定吗？',
     [['不得以退出']], '不得以退出土地承包经营权、宅基地使用权、集体收益分配权等作为农民进城落户的条件'),
    ('scitech', 'target', '全国科技工作者日是哪一天？',
     [['5月30日']], '每年5月30日为全国科技工作者日'),
    ('scitech', 'measure', '我们公司今年搞新产品研发花了不少钱，这笔研发费用在税前处理上有什么优惠？',
     [['加计扣除']], '可以按照国家有关规定，税前列支并加计扣除'),
    ('yellow', 'target', '我们村在黄河边的山上，想在坡地上开荒种玉米，坡度超过多少就不允许开垦了？',
     [['二十五度']], '禁止在二十五度以上陡坡地开垦种植农作物'),
]

CONVS = [
    ('card', ['信用卡透支一直没还上，被银行催收过两次了，会不会被当成恶意透支？',
              '那这两次之间至少得隔多久才算数？'],
     [['三十日']], '两次催收至少间隔三十日'),
    ('dairy', ['想开一个生鲜乳收购站，需要取得什么许可？由谁发证？',
               '那这个证的有效期是多久？'],
     [['2年']], '生鲜乳收购许可证有效期2年'),
    ('settle', ['执行过程中我跟被执行人和解了，签了书面协议交给法院，法院会怎么处理执行程序？',
                '后来他没按协议还钱，我要申请恢复，期限从哪天起算？'],
     [['最后一日']], '申请恢复执行期间自执行和解协议约定履行期间的最后一日起计算'),
    ('yellow', ['黄河保护法对在黄河干支流岸边搞化工有什么限制？',
                '要是企业违反了，会被罚多少钱？'],
     [['五十万元以上五百万元以下']], '处五十万元以上五百万元以下罚款'),
    ('inspect', ['政府督查一般可以采取哪些方式？',
                 '那一次督查最长能持续多少天？有没有天数上限？'],
     None, None),
]

# Strings an answer to each refusal would need; none may occur in the document.
REFUSAL_PROOF = {
    'lw29-04': ['http', 'www', '.gov.cn', '网址', '网站'],
    'lw29-07': ['℃', '摄氏', '26', '空调温度'],
    'lw29-18': ['%', '百分之', '费率', '上限'],
    'lw29-33': ['元/头', '每头', '补助标准', '元/只'],
    'lw29-40': ['准备金率', '%', '百分之'],
    'lw29-43': ['每户', '每月', '元/户', '垃圾处理费'],
    'lw29-m05': ['天', '工作日', '最长', '上限'],
}


# Strings that would answer each refusal from ANY corpus text; printed with the files that contain them.
CORPUS_PROOF = {
    'lw29-04': ['tzxm', '在线监管平台', '在线审批监管平台'],
    'lw29-07': ['26℃', '26摄氏度', '二十六摄氏度', '26度', '二十六度'],
    'lw29-18': ['保荐费', '保荐费率', '承销费率'],
    'lw29-33': ['元/头', '元／头', '每头', '病死猪'],
    'lw29-40': ['准备金率'],
    'lw29-43': ['每户每月', '元/户', '元／户'],
    'lw29-m05': ['督查组'],
}


def corpus_hits(s):
    out = subprocess.run(['grep', '-rlF', '--', s, LAWS], capture_output=True, text=True).stdout.split()
    return [os.path.relpath(p, LAWS) for p in out]


def main():
    qs = []
    for i, (k, kind, q, must, passage) in enumerate(SINGLES, 1):
        note = D[k]
        case = {'id': f'lw29-{i:02d}', 'note': note, 'doc': title_of(note), 'kind': kind, 'q': q}
        if must is None:
            case['refuse'] = True
        else:
            case['must'] = must
            case['passage'] = passage
        qs.append(case)
    cs = []
    for i, (k, turns, must, passage) in enumerate(CONVS, 1):
        note = D[k]
        case = {'id': f'lw29-m{i:02d}', 'note': note, 'doc': title_of(note), 'kind': 'multi', 'turns': turns}
        if must is None:
            case['refuse'] = True
        else:
            case['must'] = must
            case['passage'] = passage
        cs.append(case)
    with open(os.path.join(HERE, 'questions.jsonl'), 'w', encoding='utf8') as f:
        for c in qs:
            f.write(json.dumps(c, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'conversations.jsonl'), 'w', encoding='utf8') as f:
        for c in cs:
            f.write(json.dumps(c, ensure_ascii=False) + '\n')
    print(f'wrote {len(qs)} singles, {len(cs)} conversations')

    # Refusal evidence: occurrences of each needed string in the document and in the whole corpus.
    allcases = {c['id']: c for c in qs + cs}
    for cid, strings in REFUSAL_PROOF.items():
        note = allcases[cid]['note']
        text = open(os.path.join(LAWS, note), encoding='utf8').read()
        body = text.split('<!-- INFO END -->', 1)[-1]
        print(f'{cid} {note}')
        for s in strings:
            n = body.count(s)
            print(f'   in doc: {s!r} x{n}')
        for s in CORPUS_PROOF.get(cid, []):
            print(f'   in corpus: {s!r} -> {corpus_hits(s) or "none"}')


if __name__ == '__main__':
    main()
