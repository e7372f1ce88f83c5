# Writes questions.jsonl and conversations.jsonl for suite real21 (hand-written cases).
import json, os, re
D = os.path.join(os.path.dirname(__file__), '..')
A = '广州市工业和信息化局关于印发《广州市“5G+工业互联网”融合应用试点城市方案》的通知'
B = '广州开发区 广州市黄埔区促进文旅产业与版权经济高质量发展的若干措施'
C = '广州市花都区科技工业和信息化局关于印发花都区中小企业助保贷业务管理办法的通知'

def q(id, kind, doc, text, must=None, passage=None, note='', refuse=False):
    c = {'id': id, 'kind': kind, 'doc': doc, 'note': note, 'q': text}
    if refuse:
        c['refuse'] = True
    else:
        c['must'] = must; c['passage'] = passage
    return c

Q = [
# ---------------- (a) 5G+工业互联网试点城市方案 ----------------
q('r21a01','target',A,'广州那个5G+工业互联网试点城市方案，到2027年5G基站要建到多少个？',
  [['12万个']],'规划建设5G基站累计不少于12万个','2027 target: base stations'),
q('r21a02','target',A,'试点城市方案说2027年前边缘计算节点新增几套？5G专网要新建多少各',
  [['12套'],['150个']],'新增边缘计算节点12套，新建5G专网不少于150个','two targets, typo 各'),
q('r21a03','target',A,'5G工厂标杆准备遴选几个？',
  [['30个']],'遴选5G工厂标杆30个','bare'),
q('r21a04','target',A,'试点城市方案里，到2027年国家级制造业单项冠军企业要新增几家',
  [['7家']],'新增国家级制造业单项冠军企业7家','bare, target count'),
q('r21a05','target',A,'5G+工业互联网那个方案里，标准和专利各要搞出来多少项？',
  [['70项'],['60项']],'主导及参与国际、国家及行业标准不少于70项','two numbers'),
q('r21a06','target',A,'公共服务方面2027年目标：培养多少专业技能型人才，办几次培训活动？',
  [['500人'],['6次']],'培育专业技能型人才不少于500人','two numbers'),
q('r21a07','owner',A,'全运会场馆、景区这些人多的地方搞5G深度覆盖，这活儿是哪些单位负责？',
  [['通信建设管理办公室','广东省通信管理局'],['十五运会','执委会']],
  '加快全运会场馆、交通场站、旅游景点等人流密集区域的5G网络深度覆盖','owner described in other words'),
q('r21a08','owner',A,'试点方案里车路云一体化、低空应用场景那一条，责任单位都有谁？',
  [['黄埔区'],['市交通运输局','市农业农村局']],'支撑推动智能网联汽车“车路云一体化”应用试点','owner incl. district govts'),
q('r21a09','owner',A,'5G+工业互联网中试平台建设是哪些部门负责的',
  [['市发展改革委'],['市工业和信息化局']],'建设“5G+工业互联网”中试平台','owner, bare'),
q('r21a10','owner',A,'5G+工业互联网试点里标准体系建设那项，除了工信局还有哪些单位？',
  [['增城区'],['市市场监管局']],'鼓励企业、高校及科研机构积极参与标准编制修订工作','owner'),
q('r21a11','owner',A,'5G+工业互联网人才队伍、卓越工程师培养这块归哪些部门管？',
  [['市委组织部'],['市住房和城乡建设局','市人力资源和社会保障局']],'培养一批“5G+工业互联网”领域卓越工程师','owner'),
q('r21a12','owner',A,'5G试点方案里知识产权保护那一条，是哪两个区的政府负责？',
  [['天河区'],['南沙区']],'形成专利快速预审、快速确权、快速维权、运营导航的保护联动机制','owner: district governments'),
q('r21a13','task',A,'In Guangzhou\'s 5G + industrial internet pilot city plan, which fields should 5G-A be commercialized in at scale?',
  [['XR'],['物联网','低空经济','智能装备']],'推动其在XR、物联网、低空经济和智能装备等领域规模商用','English'),
q('r21a14','task',A,'运营商和数字化转型服务商给中小企业的方案，文件要求是啥样的？',
  [['小快轻准']],'面向中小企业提供“小快轻准”的新型解决方案和产品','task content'),
q('r21a15','task',A,'网络切片、确定性网络这些技术，方案鼓励谁一起组团攻关？',
  [['运营商'],['高校']],'鼓励运营商、工业企业、高校及科研机构，组建联合攻关团队','task content'),
q('r21a16','overview',A,'广州5G+工业互联网试点城市方案的建设内容分哪几大块？',
  [['升级基础设施'],['聚焦行业应用'],['壮大产业生态'],['公共服务体系']],'升级基础设施，探索运营新模式','structure'),
q('r21a17','overview',A,'试点城市方案里提到的工业互联网五大体系是哪五个',
  [['标识'],['平台'],['数据'],['安全']],'探索工业互联网“网络、标识、平台、数据、安全”五大体系协同发展路径','list'),
q('r21a18','policy',A,'穗工信函〔2025〕256号有效期到什么时候？出了问题谁解释？',
  [['2027年12月31日'],['市工业和信息化局']],'有效期至2027年12月31日','validity, by doc number'),
q('r21a19','policy',A,'广州5G+工业互联网试点方案是哪天印发的，文号多少？',
  [['2025年9月14日','2025-09-16'],['256号']],'穗工信函〔2025〕256号','date and number'),
q('r21a20','measure',A,'5G+工业互联网方案的保障措施里，网络安全这块要建一个什么基地？',
  [['密码应用和创新示范基地','密码应用']],'建设广东省密码应用和创新示范基地','safeguard'),
q('r21a21','measure',A,'要是企业弄虚作假冒领奖补资金，广州5G+工业互联网试点方案说怎么处理',
  [['申报资格'],['法律责任','取消项目法人']],'取消项目法人和项目负责人相关申报资格','sanction'),
q('r21a22','oos',A,'5G专网试点政府资金支持最高给多少万元？',refuse=True,note='plan promises more funding but states no amount'),
q('r21a23','oos',A,'试点城市方案的联系人和咨询电话是多少？',refuse=True,note='no contact in text'),
q('r21a24','oos',A,'广州现在已经建成多少个5G基站了？',refuse=True,note='only a 2027 target, no current count'),
# ---------------- (b) 黄埔区文旅产业与版权经济若干措施 ----------------
q('r21b01','measure',B,'黄埔文旅措施里，景区首次评上5A能拿多少奖励？4A呢？',
  [['1000万元'],['300万元']],'分别最高给予 1000 万元、300 万元、100 万元奖励','amounts'),
q('r21b02','measure',B,'我们酒店在黄埔，刚拿到五星级评定，最多奖多少钱？',
  [['500万元']],'对首次获得五星级、四星级评定的旅游饭店','amount, colloquial'),
q('r21b03','measure',B,'黄埔的民宿评上红棉四星有奖励不？给多少',
  [['15万元']],'对新获评市级红棉五星、红棉四星、红棉三星的民宿','amount'),
q('r21b04','measure',B,'在黄埔办一场卖了1.2万张票的演唱会，单场最多奖多少？',
  [['6万元']],'给予单场最高 6 万元奖励','tier by ticket count'),
q('r21b05','measure',B,'一家演出公司一年在黄埔最多能拿多少演出奖励？这条每年总额封顶多少？',
  [['100万元'],['300万元']],'每家演出主体每年奖励额度最高 100万元','caps'),
q('r21b06','measure',B,'旅行社带境外游客住黄埔的酒店，按人头每晚怎么补？',
  [['40元'],['60元']],'按每人次第一晚最高 40 元','per-night amounts'),
q('r21b07','measure',B,'入境游那个奖励，一年要接待多少人次才够门槛？住五晚的怎么算',
  [['500人次'],['按3晚计算']],'年度组织接待境外游客入住本区酒店或已登记民宿达到 500人次以上的','condition + rule'),
q('r21b08','measure',B,'游戏公司单款产品一年流水过5个亿，在黄埔最高能奖多少？',
  [['1000万元']],'单个产品年度营业收入达到 5 亿元以上的','amount'),
q('r21b09','owner',B,'黄埔这份措施里游戏、网络文学的条款归哪个部门？',
  [['区新闻出版局']],'全力推进大湾区游戏谷建设，着力打造广州游戏产业第三极','owner'),
q('r21b10','owner',B,'黄埔电竞场馆和电竞赛事的奖励找哪个单位？',
  [['区体育局']],'投资建设或改造可承办国际性、全国性电竞赛事活动场馆','owner, bare'),
q('r21b11','measure',B,'建一个能办全国性比赛的电竞馆，最多给多少？有数量限制吗',
  [['800万元'],['一个场馆']],'给予企业机构最高 800 万元奖励','amount + limit'),
q('r21b12','measure',B,'电视剧在央视一套黄金档首轮播出，每集奖多少，一部封顶多少？',
  [['10万元'],['200万元']],'每集奖励 10 万元，每部剧集最高奖励 200 万元','paraphrase 央视一套=综合频道'),
q('r21b13','measure',B,'微短剧分账收入到多少才能拿奖？最多奖多少',
  [['50万元'],['15万元']],'分账收入达到 50 万元以上的','threshold and cap'),
q('r21b14','measure',B,'版权企业入驻园区，租金能补多少比例？最多补几年？',
  [['50%'],['3年']],'最高给予实际租金 50%的扶持','rent subsidy'),
q('r21b15','measure',B,'重点文旅项目拿地，自持部分的出让起始价怎么定？',
  [['50%'],['取低值']],'出让起始价可按办公用途市场评估价的 50%','land price rule'),
q('r21b16','owner',B,'文旅体项目用地保障这条，责任单位有哪些？',
  [['区规划和自然资源局'],['区投资促进局']],'将文旅体产业发展所需用地纳入国土空间规划统筹安排','owner'),
q('r21b17','policy',B,'穗埔府规〔2025〕12号什么时候开始实施？管几年？',
  [['2025-09-25'],['三年']],'本措施自印发之日起施行，有效期三年','dates by doc number'),
q('r21b18','policy',B,'黄埔文旅版权新措施出来后，以前哪些文件作废了？',
  [['促进文化旅游产业发展办法'],['游戏和电竞产业']],'《广州市黄埔区、广州开发区促进文化旅游产业发展办法》','repealed docs'),
q('r21b19','policy',B,'同一个项目同时符合黄埔别的扶持政策，能不能叠加拿？',
  [['从高不重复']],'按照“从高不重复”的原则予以支持','stacking rule'),
q('r21b20','overview',B,'黄埔这份文旅和版权经济措施分哪几个部分？',
  [['文旅产业融合'],['版权经济创新发展'],['文化出海']],'纵深推进文旅产业融合发展','structure'),
q('r21b21','measure',B,'Our company in Huangpu sells digital cultural products overseas. What annual overseas sales threshold applies, and what is the maximum reward?',
  [['100万美元'],['50万元']],'年度海外销售额达到 100 万美元以上的企业机构','English'),
q('r21b22','oos',B,'三星级酒店评上了黄埔给多少奖励？',refuse=True,note='only five/four-star hotels; 三星 applies only to 红棉 homestays'),
q('r21b23','oos',B,'在黄埔办马拉松这种体育赛事有补贴吗？给多少？',refuse=True,note='only esports events are covered'),
q('r21b24','oos',B,'文旅版权这些奖励去哪申报，受理电话多少？',refuse=True,note='no application channel or phone'),
# ---------------- (c) 花都区中小企业助保贷业务管理办法 ----------------
q('r21c01','measure',C,'花都助保贷，纯信用贷款最多能贷多少？',
  [['1000万元']],'信用贷款额度上限为1000万元','cap'),
q('r21c02','measure',C,'助保贷用厂房抵押的话额度怎么算，上限多少？',
  [['2.5倍'],['3000万元']],'最新评估价值的2.5倍，上限为3000万元','collateral rule, bare'),
q('r21c03','measure',C,'企业要交多少助保金？续贷还要再交吗',
  [['1%'],['免缴']],'企业助保金按助保贷业务贷款金额1%的比例缴纳','percentage'),
q('r21c04','measure',C,'助保代最长能贷几年？利率最高多少？',
  [['三年'],['1.15倍']],'助保贷业务贷款期限最长不超过三年','typo 助保代'),
q('r21c05','measure',C,'助保贷到期还不上能不能延期？最多延多久',
  [['一年'],['联席会议']],'经联席会议批准同意后方可延期，最长不超过一年','extension'),
q('r21c06','policy',C,'我们是省级专精特新企业，花都助保贷名单能直接进吗？',
  [['直接列入']],'“专精特新”中小企业或获认定国家高新技术企业的中小企业直接列入','can my company'),
q('r21c07','policy',C,'不是专精特新也不是高企，那怎么进助保贷企业名单？',
  [['合作银行推荐','由各合作银行推荐']],'由各合作银行推荐给区助保贷办公室','condition'),
q('r21c08','owner',C,'Which office handles the day-to-day work of Huadu\'s SME loan-guarantee scheme (助保贷), and which bureau is it set up in?',
  [['区助保贷办公室','助保贷办公室'],['区科技工业信息化局']],'设在区科技工业信息化局，负责区助保贷业务日常工作','English'),
q('r21c09','owner',C,'助保贷的合作银行是谁来推荐的？',
  [['区商务局']],'区商务局负责择优推荐合作银行','owner'),
q('r21c10','owner',C,'助保贷的政府风险补偿金预算是哪个部门安排',
  [['区财政局']],'区财政局负责区助保贷业务所需政府风险补偿金的预算安排','owner'),
q('r21c11','owner',C,'审核企业符不符合国家产业政策和花都产业导向的是哪个局？',
  [['区发展改革局']],'区发展改革局负责审核申请进入','owner'),
q('r21c12','overview',C,'助保贷联席会议有哪些成员单位？多久开一次',
  [['区司法局'],['每季度']],'联席会议原则上每季度召开一次','members + frequency'),
q('r21c13','measure',C,'花都助保贷办法要求政府风险补偿金余额至少保持多少？',
  [['5000万元']],'政府风险补偿金余额保持在5000万元以上','amount'),
q('r21c14','measure',C,'合作银行要按风险补偿金放大几倍发放贷款？',
  [['10倍']],'按不低于存放的风险补偿金10倍比例放大贷款额度','multiplier'),
q('r21c15','measure',C,'申请助保贷材料交齐以后银行多久要审批完？',
  [['5个工作日']],'申请材料齐全的情况下须于5个工作日内完成审批','deadline, bare'),
q('r21c16','measure',C,'企业助保金不够赔坏账的时候，政府和银行怎么分担损失？',
  [['50%']],'由政府风险补偿金和合作银行各按50%的比例分摊','risk sharing'),
q('r21c17','measure',C,'助保贷贷款逾期多久、走完什么程序，银行才能申请启动补偿？',
  [['2个月'],['诉讼','仲裁']],'助保贷业务贷款发生逾期2个月以上','conditions'),
q('r21c18','measure',C,'不良率高到多少，区里会暂停新增助保贷？',
  [['5%']],'当助保贷业务不良贷款率超过5%','threshold'),
q('r21c19','policy',C,'助保贷借的钱能拿去炒股或者转借给别的公司吗？',
  [['股票'],['资金拆借','第三方']],'向任何第三方提供贷款或资金拆借','prohibited uses'),
q('r21c20','policy',C,'花都助保贷管理办法的文号和有效期是？',
  [['〔2024〕1号'],['2027年12月31日']],'有效期至2027年12月31日','doc number + validity'),
q('r21c21','overview',C,'花都助保贷办法第三章讲的是什么？',
  [['风险补偿金的设立管理']],'风险补偿金的设立管理','chapter content'),
q('r21c22','oos',C,'花都助保贷有没有贴息？利息补贴比例多少？',refuse=True,note='no interest subsidy in text'),
q('r21c23','oos',C,'现在花都助保贷的合作银行具体有哪几家？',refuse=True,note='no list of banks'),
q('r21c24','oos',C,'区助保贷办公室的咨询电话是多少？',refuse=True,note='no phone'),
]

M = [
 {'id':'r21m01','kind':'multi','doc':A,'note':'3 turns; last asks a target',
  'turns':['广州那个5G+工业互联网试点城市方案你知道吗','里面对边缘计算节点有啥目标？','那5G专网要新建多少个？'],
  'must':[['150个']],'passage':'新建5G专网不少于150个'},
 {'id':'r21m02','kind':'multi','doc':A,'note':'ends in refusal: no subsidy amount for pilot platforms','refuse':True,
  'turns':['5G+工业互联网方案里中试平台由谁负责？','那建中试平台政府补贴给多少钱？']},
 {'id':'r21m03','kind':'multi','doc':B,'note':'2 turns; amounts for provincial satellite TV',
  'turns':['黄埔区新出的文旅和版权经济措施有电视剧奖励吗','如果在头部省级卫视首播，每集奖多少、一部最多多少？'],
  'must':[['2万元'],['50万元']],'passage':'在头部省级卫视的，每集奖励 2 万元'},
 {'id':'r21m04','kind':'multi','doc':B,'note':'3 turns; short-drama shooting base cap and count',
  'turns':['黄埔微短剧政策问一下','新建拍摄基地投资要达到多少才能申请？','那最多能奖多少，一共奖几个项目？'],
  'must':[['200万元'],['3个项目']],'passage':'最高可按项目固定资产投资额的 10%给予不超过 200 万元奖励'},
 {'id':'r21m05','kind':'multi','doc':C,'note':'3 turns; who bears the loss first',
  'turns':['花都的中小企业助保贷了解一下','贷款逾期了银行要先做什么？','那追不回来的坏账，先用哪笔钱补？'],
  'must':[['企业助保金']],'passage':'使用企业助保金先行补偿不良贷款本金'},
 {'id':'r21m06','kind':'multi','doc':C,'note':'ends in refusal: guarantee fee rate not in text','refuse':True,
  'turns':['花都助保贷信用贷款上限多少？','那省里政策性担保机构参与的话，担保费率是多少？']},
]

def norm(s): return re.sub(r'\s+', '', s)
docs = {d: norm(open(os.path.join(D, 'knowledge', d + '.txt'), encoding='utf-8').read()) for d in (A, B, C)}
bad = 0
for c in Q + M:
    if c.get('refuse'): continue
    text = norm(' '.join(c.get('turns', [c.get('q', '')])))
    for g in c['must']:
        for alt in g:
            if norm(alt) not in docs[c['doc']]: print('NOT IN DOC', c['id'], alt); bad += 1
            if norm(alt) in text: print('IN QUESTION', c['id'], alt); bad += 1
    p = norm(c['passage'])
    if p not in docs[c['doc']]: print('PASSAGE NOT IN DOC', c['id'], c['passage']); bad += 1
    if not (10 <= len(p) <= 40) or '（' in p or '）' in p: print('PASSAGE SHAPE', c['id'], len(p)); bad += 1
print('problems:', bad)
with open(os.path.join(D, 'questions.jsonl'), 'w', encoding='utf-8') as f:
    for c in Q: f.write(json.dumps(c, ensure_ascii=False) + '\n')
with open(os.path.join(D, 'conversations.jsonl'), 'w', encoding='utf-8') as f:
    for c in M: f.write(json.dumps(c, ensure_ascii=False) + '\n')
print(len(Q), len(M))
