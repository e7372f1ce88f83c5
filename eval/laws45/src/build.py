#!/usr/bin/env python3
"""Build laws45: questions.jsonl, conversations.jsonl and the provenance/refusal files from the case data below.
Run from anywhere: python3 src/build.py  (then: node check.mjs)."""
import json, os, re, hashlib
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
ROOT = os.environ.get('LAWS_DIR', '/work/shared/corpus/laws')
LAW = {
 'HK': '宪法相关法/香港特别行政区维护国家安全法(2020-06-30).md',
 'JG': '行政法/现役军官法(2000-12-28).md',
 'X7': '刑法/刑法修正案（七）.md',
 'XF': '宪法/宪法修正案（1993年）.md',
 'HB': '行政法规/航标条例(2011-01-08).md',
 'SB': '行政法规/世界博览会标志保护条例(2004-10-20).md',
 'JX': '行政法规/人民警察使用警械和武器条例(1996-01-16).md',
 'GK': '行政法规/国家金库条例(2020-11-29).md',
 'XJ': '行政法规/消防救援衔标志式样和佩带办法(2018-11-06).md',
 'DC': '司法解释/最高人民法院关于适用督促程序若干问题的规定(2001-01-08).md',
 'JS': '司法解释/最高人民法院关于技术调查官参与知识产权案件诉讼活动的若干规定(2019-03-18).md',
 'XH': '司法解释/最高人民法院关于巡回法庭审理案件若干问题的规定(2015-01-28).md',
 'YS': '司法解释/人民检察院办理行政执法机关移送涉嫌犯罪案件的规定(2001-12-03).md',
 'AM': '司法解释/最高人民法院关于内地与澳门特别行政区相互认可和执行仲裁裁决的安排(2007-12-12).md',
 'QZ': '司法解释/最高人民法院、最高人民检察院关于涉以压缩气体为动力的枪支、气枪铅弹刑事案件定罪量刑问题的批复.md',
 'YC': '司法解释/最高人民法院关于修改《关于审理掩饰、隐瞒犯罪所得、犯罪所得收益刑事案件适用法律若干问题的解释》的决定.md',
 'JB': '案例/劳动人事/处理加班费争议，如何分配举证责任.md',
 'ZM': '案例/消费购物/郑某与某儿童食品公司网络购物合同纠纷案.md',
 'SM': '案例/民法典/石某某诉A医院医疗服务合同案.md',
 'WM': '案例/行政协议诉讼/王某诉安徽省怀宁县国土资源局土地管理行政出让案.md',
}
# answerable singles: (law, kind, question, must groups, passage, article)
S = [
 ('HK', 'owner', '想了解下，香港国安委由谁来当主席？海关那边有人进这个委员会吗？',
  [['行政长官'], ['海关关长']], '由行政长官担任主席，成员包括政务司长', '第十三条第一款'),
 ('X7', 'number', '做财务的问一句：修正案（七）改了逃税那条以后，少缴的税要占到应纳税额多大比例、数额较大才构成犯罪？',
  [['百分之十']], '将刑法第二百零一条修改为', '三、第一款'),
 ('HB', 'number', "Under China's navigation aids regulation, within what distance of a navigation mark is blasting work prohibited?",
  [['150米']], '在航标周围150米内进行爆破作业', '第十七条第（二）项'),
 ('JS', 'fact', '律所新人求教：知产案子开庭的时候，技术调查官的座位安排在哪儿？挨着谁坐？',
  [['左侧'], ['法官助理']], '技术调查官在法庭上的座位设在法官助理的左侧', '第八条第二款'),
 ('DC', 'condition', '我们公司被欠了三百多万货款，想走支付令，听说金额太大基层法院不给受理，是这样吗？',
  [['不受争议金额']], '基层人民法院受理债权人依法申请支付令的案件', '第一条'),
 None,
 ('GK', 'owner', '小白求问，国库平时是哪个单位在具体经办？是财政局自己管吗？',
  [['人民银行']], '中国人民银行具体经理国库', '第三条'),
 ('SB', 'number', 'If a company uses the Shanghai World Expo emblem commercially without permission and has illegal gains, up to how many times those gains can the administrative fine be?',
  [['5倍']], '为商业目的擅自制造世界博览会标志的工具', '第十一条第一款'),
 ('JX', 'condition', '派出所同事问：抓现行时发现嫌疑人是个孕妇，这种情况下能不能开枪？有没有例外？',
  [['爆炸', '剧毒']], '发现实施犯罪的人为怀孕妇女、儿童的', '第十条第（一）项'),
 ('XH', 'fact', '最高法第二巡回法庭在哪个城市？它的巡回区包括哪几个省？',
  [['沈阳'], ['黑龙江']], '第二巡回法庭设在辽宁省沈阳市', '第一条第一款'),
 ('YS', 'owner', '我们是市场监管局的，查到个案子涉嫌犯罪要移交检察院，检察院那边是哪个部门接收？',
  [['控告检察部门']], '统一由人民检察院控告检察部门受理', '一、第一款'),
 ('JB', 'number', '林某那个教育咨询公司加班费的仲裁案，仲裁委最后裁决公司付多少加班费？',
  [['10000元']], '仲裁委员会裁决某教育咨询公司支付林某加班费10000元', '处理结果'),
 ('ZM', 'condition', '网店买的果冻里有只虫子，还没吃也没受伤，这样能主张惩罚性赔偿吗？郑某那个案子法院怎么说的',
  [['为前提', '不予支持']], '但食品安全法规定的惩罚性赔偿不以消费者人身权益遭受损害为前提', '法院裁判第三段'),
 None,
 ('XF', 'number', '1993年修宪之后，县一级人大每届任期几年？乡镇那一级又是几年？',
  [['五年'], ['三年']], '第十一条 宪法第九十八条', '第十一条'),
 ('JG', 'number', '我哥在作战部队干到正团职了，按现役军官法，平时服现役最少得满多少年才能退？',
  [['二十年']], '担任团级职务的，副职十八年，正职二十年', '第四十三条第（四）项'),
 ('QZ', 'list', '办案的同事问：涉气枪的案子定罪量刑，除了看枪的数量，还要考虑哪些因素？',
  [['致伤力'], ['外观', '材质', '用途']], '不仅应当考虑涉案枪支的数量', '一'),
 ('YC', 'fact', '2021年最高法出的那个决定，对掩饰隐瞒犯罪所得罪原先的入罪数额门槛是怎么处理的？',
  [['不再适用']], '罪的数额标准不再适用', '正文第二段'),
 ('SM', 'fact', '石某某丈夫去世后，她想把冷冻的胚胎移植了，医院当时是用什么理由拒绝她的？',
  [['单身女性']], 'A医院以法律禁止给单身女性实施人类辅助生殖技术为由拒绝', '基本案情'),
 ('WM', 'fact', '王某竞拍拿到地以后，为啥签不了土地出让合同，也办不了土地证？',
  [['容积率']], '没有确定涉案地块的容积率', '基本案情第二段'),
 ('XJ', 'fact', '消防救援人员的肩章和领章，底色是什么颜色？',
  [['深火焰蓝']], '肩章、领章版面为深火焰蓝色', '第四条'),
 None,
 ('HK', 'number', '在香港出钱资助别人搞分裂国家的活动，情节较轻的话会判多久？',
  [['五年以下']], '资助他人实施本法第二十条规定的犯罪的', '第二十一条'),
 ('X7', 'fact', '刑法修正案（七）把组织领导传销活动单独入刑，编在了刑法的第几条？',
  [['第二百二十四条之一']], '在刑法第二百二十四条后增加一条', '四'),
 ('HB', 'number', '船不小心碰了航标又没上报，最多会被罚多少钱？',
  [['2万元']], '航标管理机关可以根据情节处以2万元以下的罚款', '第二十一条'),
 ('JS', 'condition', '技术调查官列席合议庭评议的时候，对判决结果能不能投票？',
  [['表决权']], '技术调查官对案件裁判结果不具有表决权', '第十条第二款'),
 ('DC', 'procedure', '法院受理支付令申请以后，要是支付令发出去一个月了还送不到债务人手里，会怎么处理？',
  [['终结督促程序']], '发出支付令之日起30日内无法送达债务人的', '第六条'),
 ('GK', 'condition', '外资企业缴税，能不能直接拿美元缴进国库？',
  [['人民币'], ['兑换']], '国库收纳库款以人民币为限', '第十六条'),
 ('SB', 'owner', '世博会标志的权利人得把标志报到哪个部门备案？由谁来公告？',
  [['国务院工商行政管理部门']], '应当将世界博览会标志报国务院工商行政管理部门备案', '第七条'),
 None,
 ('JX', 'definition', '条例里说的“警械”都包括哪些东西？手铐算不算？',
  [['警棍'], ['催泪弹', '高压水枪', '脚镣', '警绳']], '本条例所称警械，是指人民警察按照规定装备的警棍', '第三条'),
 ('XH', 'list', '哪些类型的案件暂时不放到巡回法庭，而是由最高法本部来审？',
  [['知识产权'], ['死刑复核', '国家赔偿', '海事海商', '涉外商事']], '暂由最高人民法院本部审理或者办理', '第四条'),
 ('YS', 'number', '检察院对我们移送的案子作了不立案决定，我们不服，收到决定书以后几天内可以要求复议？',
  [['五日']], '可以在收到不立案决定书后五日内', '七、第一款'),
 ('AM', 'list', '拿着澳门仲裁机构的裁决来内地法院申请认可执行，需要交哪些文件？',
  [['申请书'], ['仲裁协议']], '申请人向有关法院申请认可和执行仲裁裁决的，应当提交以下文件', '第四条'),
 ('JB', 'fact', '林某是拿什么证据证明自己一周上六天班的？',
  [['打卡'], ['工资支付记录']], '并提交了某打卡APP打卡记录', '基本案情第一段'),
 ('ZM', 'date', '郑某在网店买那盒果冻是哪一天？',
  [['2015年10月20日']], '2015年10月20日，郑某在某儿童食品公司', '简要案情'),
 ('XF', 'fact', '93年那次宪法修正案，在序言第十自然段后面补了一句什么话？',
  [['多党合作'], ['长期存在和发展']], '宪法序言第十自然段末尾增加', '第四条'),
 None,
 ('JG', 'condition', '军官到多大年纪、身边又没有子女的，可以把一个有工作的孩子调到身边来？',
  [['五十岁']], '身边无子女的，可以调一名有工作的子女', '第四十一条第四款'),
 ('QZ', 'definition', '那个批复里说的“气枪铅弹”，具体指什么材料做的弹？',
  [['铅合金']], '用铅、铅合金或者其他金属加工的气枪弹', '序言'),
 ('YC', 'number', '修改掩饰、隐瞒犯罪所得那个解释的决定，是最高法审委会第几次会议定下来的？',
  [['1835']], '经最高人民法院审判委员会第1835次会议决定，对', '正文第一段'),
 ('SM', 'fact', '石某某案里，法院怎么看丧偶妇女和规范里说的单身妇女的关系？',
  [['有别于']], '有别于原卫生部规范中所指称的单身妇女', '裁判要旨2'),
 ('WM', 'fact', '怀宁国土局拍地那个案子，一审法院认为国土局违反了哪部法律的哪一条？',
  [['城乡规划法'], ['第三十八条']], '其行为违反《中华人民共和国城乡规划法》第三十八条规定', '裁判结果第一段'),
 ('XJ', 'number', '二级指挥长的衔标志上缀几颗六角星花？',
  [['二枚']], '二级指挥长衔标志缀钉二枚六角星花', '第五条第二款'),
 None,
 ('HK', 'condition', '朋友在香港因为涉嫌危害国安被抓了，能申请保释吗？要满足什么条件？',
  [['不会继续实施', '充足理由']], '除非法官有充足理由相信其不会继续实施危害国家安全行为的', '第四十二条第二款'),
 ('JS', 'number', '法院定好技术调查官以后，要在几天之内通知当事人？',
  [['三日']], '技术调查官确定或者变更后，应当在三日内告知当事人', '第三条'),
 ('HK', 'owner', '驻港国安公署平时运作的经费是从哪儿出的？',
  [['中央财政']], '驻香港特别行政区维护国家安全公署的经费由中央财政保障', '第五十一条'),
]
# refusals: (law, question, key strings absent from the law, key strings absent from the whole corpus, why)
R = [
 ('HK', '驻港国安公署的办公地址具体在香港哪条街？国安法里有没有写？',
  ['地址', '办公地点', '街道'], ['国家安全公署办公地址', '国家安全公署地址'],
  '第四十八条只说中央人民政府在香港设立维护国家安全公署，全文没有办公地址或地点'),
 ('HB', '我们渔船捞到一个漂走的航标送去了航标处，按条例能领多少奖金？有具体金额标准吗？',
  ['奖金', '奖励标准', '奖励金额'], ['航标奖金', '捞获航标奖励'],
  '第十八条第（三）项只说由航标管理机关给予奖励，没有金额或标准'),
 ('SB', '我们文创公司想拿世博会吉祥物授权，条例规定许可使用费按什么标准收、一年多少钱？',
  ['许可使用费标准', '费率', '使用费为'], ['世界博览会标志许可使用费为', '世博会标志使用费'],
  '第十三条只在计算赔偿时提到参照许可使用费，全文没有收费标准或金额'),
 ('GK', '中央国库的总库具体设在哪个城市？国家金库条例里有规定吗？',
  ['北京', '城市'], ['总库设在北京', '国库总库设在'],
  '第六条只说中央设立总库，没有写设在何地'),
 ('QZ', '气枪的枪口比动能达到多少焦耳每平方厘米就算枪支？这个批复里给没给标准？',
  ['焦耳', '平方厘米'], ['枪口比动能达到', '1.8焦耳'],
  '批复第一条只说“枪口比动能较低的枪支”，没有给出任何数值标准'),
 ('WM', '王某那个案子二审把赔偿金提高到了多少钱？具体数额是多少？',
  ['万元', '元'], ['王某赔偿金提高至', '怀宁国土局赔偿王某'],
  '裁判结果只说二审“适当提高一审判决确定的损失赔偿金数额”，全文没有任何金额'),
]
# conversations: (law, turns, must, passage, article, refuse[, absent_in_law, absent_in_corpus, why])
C = [
 ('JX', ['民警开枪把人打伤了，现场第一时间要做什么？', '那这次用枪的经过，事后要书面报给谁？'],
  [['所属机关']], '应当将使用武器的情况如实向所属机关书面报告', '第十三条', False),
 ('X7', ['刑法修正案（七）有没有专门规定组织未成年人去偷窃、诈骗的犯罪？', '那这一条被编成了刑法第几条？'],
  [['第二百六十二条之二']], '在刑法第二百六十二条之一后增加一条', '八', False),
 ('AM', ['内地仲裁机构作出的裁决，能拿到澳门去申请认可和执行吗？', '那在澳门那边，分别是哪一级法院负责认可、哪一级负责执行？'],
  [['中级法院'], ['初级法院']], '有权受理认可仲裁裁决申请的法院为中级法院', '第二条第三款', False),
 ('JG', ['现役军官法规定，作战部队连级干部平时任职最高到多少岁？', '那营级的呢？'],
  [['四十岁']], '担任营级职务的，四十岁', '第十四条第一款第（三）项', False),
 ('ZM', ['郑某网购果冻吃出蜘蛛那个案子，法院最后是怎么判的？', '那这盒果冻本身卖多少钱？判决里写了吗？'],
  None, None, None, True, ['售价', '价格', '单价'], ['果冻售价', '果冻价格'],
  '案情只写“购买果冻一盒”“退还货款”，判赔1000元赔偿金，全文没有果冻的价格'),
]
REF_POS = [6, 14, 22, 30, 38, 45]
assert [i + 1 for i, x in enumerate(S) if x is None] == REF_POS, [i + 1 for i, x in enumerate(S) if x is None]

strip = lambda s: re.sub(r'\s+', '', s)
titleOf = lambda p: re.sub(r'\(\d{4}-\d{2}-\d{2}\)$', '', os.path.basename(p)[:-3])
text = {k: open(os.path.join(ROOT, v), encoding='utf8').read() for k, v in LAW.items()}
qs, key, proof, absent, evidence = [], [], {}, {}, {}
ri = iter(R)
assert len(S) == 48
def line_of(k, p):
    for ln in text[k].split('\n'):
        if strip(p) in strip(ln): return ln.strip()
    raise SystemExit(f'passage not found in {k}: {p}')
for i, c in enumerate(S):
    cid = f'lw45-{i+1:03d}'
    if c is None:
        k, q, inlaw, corp, why = next(ri)
        qs.append({'id': cid, 'doc': titleOf(LAW[k]), 'kind': 'oos', 'q': q, 'refuse': True, 'note': LAW[k]})
        proof[cid] = inlaw; absent[cid] = corp
        evidence[cid] = {'law': LAW[k], 'question': q, 'absent_in_law': inlaw, 'absent_in_corpus': corp, 'why': why}
        key.append(f'- {cid} (refusal) {titleOf(LAW[k])}: {why}')
        continue
    k, kind, q, must, p, art = c
    qs.append({'id': cid, 'doc': titleOf(LAW[k]), 'kind': kind, 'q': q, 'must': must, 'passage': p, 'note': LAW[k]})
    key.append(f'- {cid} {titleOf(LAW[k])} § {art}: {line_of(k, p)}')
convs = []
for i, c in enumerate(C):
    cid = f'lw45c{i+1:02d}'; k, turns, must, p, art, ref = c[:6]
    o = {'id': cid, 'doc': titleOf(LAW[k]), 'kind': 'multi', 'turns': turns}
    if ref:
        o['refuse'] = True; proof[cid] = c[6]; absent[cid] = c[7]
        evidence[cid] = {'law': LAW[k], 'question': turns[-1], 'absent_in_law': c[6], 'absent_in_corpus': c[7], 'why': c[8]}
        key.append(f'- {cid} (refusal) {titleOf(LAW[k])}: {c[8]}')
    else:
        o['must'] = must; o['passage'] = p
        key.append(f'- {cid} {titleOf(LAW[k])} § {art}: {line_of(k, p)}')
    o['note'] = LAW[k]; convs.append(o)
dump = lambda rows: ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in rows)
open(os.path.join(OUT, 'questions.jsonl'), 'w').write(dump(qs))
open(os.path.join(OUT, 'conversations.jsonl'), 'w').write(dump(convs))
json.dump(proof, open(os.path.join(HERE, 'refusal_proof.json'), 'w'), ensure_ascii=False, indent=1)
json.dump(absent, open(os.path.join(HERE, 'corpus_absent.json'), 'w'), ensure_ascii=False, indent=1)
json.dump(evidence, open(os.path.join(HERE, 'refusal_evidence.json'), 'w'), ensure_ascii=False, indent=1)
open(os.path.join(HERE, 'answer_key.md'), 'w').write('# laws45 answer key (article and full answering line)\n\n' + '\n'.join(key) + '\n')
rows, sums = ['path\tbytes\tchars\tsha256'], []
for k, v in LAW.items():
    b = open(os.path.join(ROOT, v), 'rb').read(); h = hashlib.sha256(b).hexdigest()
    rows.append(f'{v}\t{len(b)}\t{len(b.decode("utf8"))}\t{h}'); sums.append(f'{h}  {os.path.join(ROOT, v)}')
open(os.path.join(HERE, 'sources.tsv'), 'w').write('\n'.join(rows) + '\n')
open(os.path.join(OUT, 'SHA256SUMS'), 'w').write('\n'.join(sums) + '\n')
print('ok', len(qs), len(convs))
