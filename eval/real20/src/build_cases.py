# Writes questions.jsonl, conversations.jsonl and owners.json for suite real20 (hand-written cases).
import json
A = '关于印发《重庆市支持智能网联新能源商用车产业发展政策措施（2025—2027年）》的通知'
B = '鹿城区促进开放型经济发展的若干政策意见（试行）'
C = '医疗保障基金飞行检查管理暂行办法'
Q = []
def q(id, kind, doc, text, must=None, passage=None, note='', refuse=False):
    c = {'id': id, 'kind': kind, 'doc': doc, 'note': note, 'q': text}
    if refuse:
        c['refuse'] = True
    else:
        c['must'] = must; c['passage'] = passage
    Q.append(c)

# ---------- A: Chongqing measures (owners on every item) ----------
q('r20a01','owner',A,'重庆那个智能网联新能源商用车的政策，车型研发激励这一条归哪个部门管？',
  [['市经济信息委']],'同一平台车型不重复给予激励','item 一 owner')
q('r20a02','owner',A,'搞商用车融资租赁的那条激励，责任单位是哪几家',
  [['市经济信息委'],['市委金融办'],['重庆金融监管局']],'年度实际投放融资金额的1%给予激励','item 四 owners, three units')
q('r20a03','owner',A,'新能源货车、客车出口拿国外认证，检测费那块补贴是谁牵头负责的？',
  [['市经济信息委'],['市商务委']],'按照相关出口产品认证检测费用的10%给予激励','item 六 owners, described in other words')
q('r20a04','owner',A,'给保险公司优化商业车险的那个奖励，是哪些部门一起抓的',
  [['市经济信息委'],['市委金融办'],['重庆金融监管局']],'按照保费金额的10%给予保险机构激励','item 五 owners')
q('r20a05','owner',A,'整车厂自研智驾系统平台那条，重庆这边由哪个委办局负责？',
  [['市经济信息委']],'按照不超过平台建设费用的30%','item 三 owner')
q('r20a06','measure',A,'我们有款新能源重卡全新车型，一年卖了4000来台，重庆能给多少研发激励啊',
  [['500万元']],'的车型，给予500万元激励','tier 3000-5000 units')
q('r20a07','measure',A,'一个车企一年的研发激励最多能拿多少？重庆商用车那个文件',
  [['2000万元']],'单个企业年度激励金额最高不超过2000万元','annual cap per enterprise')
q('r20a08','measure',A,'电池电驱这类核心零部件新建技改项目，贴息按什么标准贴，每年封顶多少',
  [['50%'],['1000万元']],'按照企业实际项目贷款利率的50%','two asks: rate share and cap')
q('r20a09','measure',A,'零部件项目那个贷款贴息最长能贴多久？',
  [['两年']],'最高不超过贷款金额的2%给予贴息，贴息期限不超过两年','period')
q('r20a10','measure',A,'融资租赁公司一年要做到多少台车的租赁业务才能申请重庆这个激励',
  [['1000辆']],'融资租赁服务达1000辆的融资租赁机构','threshold condition')
q('r20a11','measure',A,'保险机构承保新上牌的智能网联商用车，单家一年最多拿多少激励？',
  [['500万元']],'单个保险机构年度激励金额不超过500万元','cap')
q('r20a12','measure',A,'商用车整车出口认证检测费，单个企业每年激励上限是多少钱',
  [['300万元']],'单个企业年度激励金额不超过300万元','cap')
q('r20a13','measure',A,'Under the Chongqing policy on smart connected new-energy commercial vehicles, what share of the premium does an insurer get as an incentive?',
  [['10%']],'按照保费金额的10%给予保险机构激励','English')
q('r20a14','measure',A,'车型没大改，只是新发公告的改款，也能申请研发激励不？',
  [['新公告改款车型','改款车型']],'全新车型或新公告改款车型给予一次性产品研发激励','who is eligible: facelifts count')
q('r20a15','measure',A,'同一个平台衍生出好几款车，研发激励能每款都给吗',
  [['不重复给予激励','不重复']],'同一平台车型不重复给予激励','condition')
q('r20a16','policy',A,'我们一个项目同时符合重庆市里别的同类补贴和这个商用车政策，能两边都拿吗？',
  [['就高、不重复','就高']],'按照“就高、不重复”的原则予以支持','overlap rule')
q('r20a17','policy',A,'重庆支持新能源商用车这个政策措施啥时候开始施行，又是从哪天起算的',
  [['30日后'],['2025年1月1日']],'本文件自公布之日起30日后施行','two dates')
q('r20a18','policy',A,'重庆那个2025到2027年的智能网联商用车政策，到期日具体是哪一天？',
  [['2027年12月31日']],'有效期截至2027年12月31日','end date')
q('r20a19','policy',A,'新能源商用车政策措施是哪几家单位联合印发的，文号多少',
  [['经济和信息化委员会','经济信息委'],['财政局'],['13号']],'渝经信规范〔2025〕13号','issuers and document number')
q('r20a20','overview',A,'重庆这份商用车政策一共支持哪几个方面，简单列一下',
  [['研发'],['融资租赁'],['保险'],['海外认证','认证检测']],'智能网联新能源商用车融资租赁激励','overview of the six items')
q('r20a21','policy',A,'重庆商用车政策里写的那些激励金额，是固定照发还是封顶数？',
  [['最高标准'],['总额控制','预算管理']],'本政策措施所列激励标准均为最高标准','budget control')
q('r20a22','oos',A,'重庆新能源商用车这个政策在哪个窗口申报，咨询电话多少？',refuse=True,note='no contact or window in the text')
q('r20a23','oos',A,'个人买一辆新能源物流车，重庆能给多少购置补贴？',refuse=True,note='no consumer purchase subsidy in the text')
q('r20a24','oos',A,'重庆对商用车充电站、换电站建设按千瓦补多少钱',refuse=True,note='charging/swap stations not covered')

# ---------- B: Lucheng district support policy ----------
q('r20b01','measure',B,'鹿城新设的外资项目，第一年实到外资600万美元，能奖多少钱？',
  [['50万元']],'分别按人民币30万元、50万元、实到外资额的8‰','tier 500-1000万美元 first year')
q('r20b02','measure',B,'外资项目前三年的奖励加起来最多多少',
  [['300万元']],'每个项目三年奖励累计不超过300万元','3-year cap (bare)')
q('r20b03','measure',B,'新引进世界500强的外资项目当年到位1000万美元，鹿城区里还额外奖多少？',
  [['100万元']],'再给予一次性奖励100万元人民币','Fortune 500 bonus')
q('r20b04','measure',B,'外资先进制造业企业，实到外资3000万美元，鹿城奖多少？钱怎么分期给',
  [['300万元'],['40%','分三年']],'本条所涉奖励资金在认定投产后分三年按40%','amount and instalments')
q('r20b05','policy',B,'先进制造业那条奖励，能不能跟第一条按实到外资给的奖励一起拿',
  [['不可重复享受','不可重复']],'前款奖励与本意见第一条规定的奖励不可重复享受','no stacking')
q('r20b06','measure',B,'我是做招商中介的，帮企业引进境外资金到鹿城投资，奖励怎么算，有上限吗',
  [['4‰'],['300万元']],'按引进项目实到外资的4‰折合人民币给予奖励','intermediary reward')
q('r20b07','measure',B,'外资企业的高管，孩子读公办小学鹿城有照顾吗？要满足什么条件',
  [['1000万美元','3000万美元'],['五险1年']],'且缴纳五险1年以上，照顾该人才子女入读','school place condition')
q('r20b08','measure',B,'我们公司去年自营出口1200万美元，同比涨了15%，按鹿城政策能奖多少',
  [['5万元']],'分别奖励2万元、3万元、5万元、10万元、20万元、30万元','export tier 1000万美元')
q('r20b10','measure',B,'刚从外区迁到鹿城的外贸公司，头三年进出口增量做到2000万美元，奖多少',
  [['20万元']],'分别奖励3万元、5万元、10万元、20万元、50万元','new/relocated trade company')
q('r20b11','measure',B,'首次拿到海关AEO高级认证，鹿城区有奖励吗',
  [['10万元']],'首获海关AEO高级认证企业给予10万元奖励','AEO reward (bare)')
q('r20b12','measure',B,'去德国参加一般性境外展会，每个项目人员费能补多少？',
  [['1.5万元']],'亚洲地区以外的，每家企业每个项目给予1.5万元人员费补助','exhibition outside Asia (bare)')
q('r20b13','measure',B,'In the Lucheng open-economy policy, what share of the rent is subsidized when a company leases a public bonded warehouse?',
  [['50%']],'企业租用公共保税仓库的，对其租金给予50%的补助','English')
q('r20b14','measure',B,'商会组团出去参展，团里至少要几家企业才补，补多少钱',
  [['6家'],['3万元']],'团组6家单位以上，给予商协会3万元补助','two asks')
q('r20b15','measure',B,'公共保税仓新买的设备，鹿城补多少比例，一个项目封顶多少',
  [['50%'],['30万元']],'每个项目最高补助30万元','equipment subsidy')
q('r20b16','measure',B,'被评上市级跨境电商重点企业，鹿城奖多少钱？',
  [['2万元']],'分别奖励运营主体或项目单位10万元、5万元、2万元、1万元','cross-border e-commerce city level')
q('r20b17','measure',B,'企业在境外搞并购，中方当年投了150万美元，区里奖多少',
  [['20万元']],'美元奖励20万元，200万美元以上的','going abroad tier (bare)')
q('r20b18','policy',B,'鹿城开放型经济这个政策管的是哪段时间的奖补对象？',
  [['2019年1月1日'],['2021年12月31日']],'本政策适用于2019年1月1日至2021年12月31日的奖补对象','period')
q('r20b19','policy',B,'房地产公司能享受鹿城开放型经济的这些奖励吗',
  [['均不享受','不享受']],'均不享受本政策全部条款','exclusion')
q('r20b20','policy',B,'鹿城这个政策一年里什么时候能申报？年底才报上去的啥时候拿到钱',
  [['10月'],['次年']],'每年度申报期为1－10月份','application window')
q('r20b21','policy',B,'同一家企业不同的项目分别符合不同条款，奖励能叠加拿吗',
  [['可叠加执行','叠加执行']],'同一企业不同项目符合本政策两项或两项以上扶持条款的','stacking across projects')
q('r20b22','oos',B,'鹿城开放型经济政策对出口信用保险保费补多少比例？',refuse=True,note='export credit insurance not covered')
q('r20b23','oos',B,'鹿城给外贸企业的国际物流运费有没有补贴，按多少比例补？',refuse=True,note='freight costs not covered')
q('r20b24','oos',B,'鹿城开放型经济政策的申报材料清单和受理窗口电话在哪看？',refuse=True,note='no materials list or phone')
# one more answerable for B to reach 21
q('r20b25','owner',B,'这个鹿城外贸外资政策由谁解释，具体工作是哪个部门在承担',
  [['鹿城区人民政府'],['投资促进服务中心']],'具体工作由区投资促进服务中心等部门承担','interpreting body and working unit')

# ---------- C: flying inspection measures ----------
q('r20c01','overview',C,'医保基金飞行检查到底指的是什么检查？谁来组织',
  [['不预先告知'],['国家和省级']],'是指国家和省级医疗保障行政部门组织实施的','definition')
q('r20c02','policy',C,'飞检管理暂行办法是医保局第几号令，局长是谁签的',
  [['第6号'],['胡静林']],'国家医疗保障局令第6号','order number and signer')
q('r20c03','policy',C,'医保飞检那个暂行办法从哪天开始施行？',
  [['2023年5月1日']],'本办法自2023年5月1日起实施','effective date')
q('r20c05','overview',C,'飞检办法的章节结构是怎样的，分了哪几块',
  [['启动'],['处理'],['附则']],'第二章 启动 第十条 有下列情形之一的','chapters')
q('r20c06','task',C,'哪些情况下医保部门可以启动飞行检查？',
  [['举报线索'],['大数据筛查','智能监控'],['媒体曝光']],'举报线索反映医疗保障基金可能存在重大安全风险的','triggers')
q('r20c07','task',C,'按年度计划安排的飞检，检查对象是怎么挑出来的',
  [['双随机、一公开','双随机']],'原则上采取“双随机、一公开”的方式','selection method')
q('r20c08','task',C,'飞检组一般由哪些人组成？',
  [['行政执法人员'],['财务','信息','医药']],'飞行检查组应当由医疗保障行政执法人员和熟悉医保','team composition')
q('r20c09','task',C,'医保现场检查至少得来几个人，要求有什么证件',
  [['2名'],['执法证件']],'现场检查应当至少有2名持有执法证件的检查人员参加','minimum inspectors')
q('r20c10','task',C,'医保飞检能不能请外面的第三方机构帮忙，比如会计师事务所那种',
  [['信息技术服务机构'],['商业保险机构']],'可以聘请符合条件的信息技术服务机构','third parties')
q('r20c11','task',C,'被检地的医保部门收到飞检组移交的材料，多长时间内要上报处理进度和整改方案',
  [['30个工作日']],'应当在收到移交材料的30个工作日内','deadline')
q('r20c12','task',C,'飞检问题处理完结后，几天之内要交书面报告？',
  [['5个工作日']],'并在处理完结后5个工作日内报送书面报告','deadline')
q('r20c13','task',C,'Under the medical insurance fund flying inspection measures, within how many working days must an interviewed party propose rectification measures?',
  [['15']],'被约谈对象应当在15个工作日内提出整改措施','English')
q('r20c14','task',C,'省里想搞省际联合或者交叉飞检，需要先报备吗，报给谁',
  [['备案'],['国家医疗保障行政部门']],'应当在启动前向国家医疗保障行政部门备案','provincial cross inspections')
q('r20c15','policy',C,'我们是地级市医保局，能照着飞检办法自己组织检查吗',
  [['参照']],'地市级及以下医疗保障行政部门可以参照本办法组织开展检查','applicability to prefecture level')
q('r20c16','owner',C,'医保飞检这个办法由哪个部门负责解释？',
  [['国家医疗保障局']],'本办法由国家医疗保障局负责解释','interpreting body')
q('r20c17','task',C,'飞检发现定点机构违反医保服务协议的，交给谁处理',
  [['医保经办机构']],'交由医保经办机构按照协议约定','handling of agreement breaches')
q('r20c18','task',C,'飞检结束后组织方会不会再复查整改落实情况？',
  [['回头看'],['综合评价体系','督导']],'适时组织力量开展飞行检查“回头看”','follow-up')
q('r20c19','task',C,'医院要是不配合飞检、拒不认可检查结论，检查组会怎么办',
  [['如实记录'],['移交']],'飞行检查组对被检查对象不配合检查','non-cooperation')
q('r20c20','task',C,'检查人员把举报人信息泄露出去了，会怎么处理？',
  [['处分'],['司法机关']],'由相关部门依法依纪给予处分','discipline')
q('r20c21','task',C,'医院对飞检组反馈的情况有异议，可以怎么做',
  [['陈述和申辩','申辩'],['补充相关材料']],'被检查对象有异议的，可以陈述和申辩','objections')
q('r20c22','oos',C,'医保飞检查出骗保，罚款是骗取金额的几倍？',refuse=True,note='penalty multiples are in the regulation, not in this measure')
q('r20c23','oos',C,'飞行检查的检查费用要被检查的医院承担吗，收多少钱',refuse=True,note='costs not covered')
q('r20c24','oos',C,'国家医保局今年飞检重点查哪几类医院？',refuse=True,note='no yearly focus list in the text')
q('r20c25','task',C,'飞检的典型案例会公开出来吗',
  [['向社会公告','社会公告']],'应当及时将典型案例向社会公告','publicity of cases (bare)')

# renumber per document: answerable first, refusals last
from collections import OrderedDict
out = []
for letter in 'abc':
    cs = [c for c in Q if c['id'][3] == letter]
    cs = [c for c in cs if not c.get('refuse')] + [c for c in cs if c.get('refuse')]
    for n, c in enumerate(cs, 1):
        c['id'] = 'r20%s%02d' % (letter, n)
        out.append({k: c[k] for k in ['id','kind','doc','note','q','must','passage','refuse'] if k in c})
Q = out
open('/tmp/real20/questions.jsonl','w',encoding='utf-8').write(''.join(json.dumps(c,ensure_ascii=False)+'\n' for c in Q))

M = [
 {'id':'r20m01','kind':'multi','doc':A,'note':'','turns':['重庆那个智能网联新能源商用车的政策你知道吧','里面给融资租赁机构的激励是怎么算的？','那单个机构一年最多能拿多少'],
  'must':[['500万元']],'passage':'单个融资租赁机构年度激励金额不超过500万元'},
 {'id':'r20m02','kind':'multi','doc':A,'note':'ends in refusal: no deadline in the text','turns':['重庆新能源商用车那个政策措施是哪天印发的？','那今年的申报截止时间是几号？'],'refuse':True},
 {'id':'r20m03','kind':'multi','doc':B,'note':'Japan is in Asia','turns':['鹿城区促进开放型经济发展的政策你了解吗','企业去境外参展有啥补助','那要是展会在日本办的呢'],
  'must':[['0.8万元']],'passage':'境外展会举办地为亚洲地区的'},
 {'id':'r20m04','kind':'multi','doc':B,'note':'import tier 500万美元, growth over 5%','turns':['鹿城外贸政策里对出口企业有什么奖励','进口企业呢，我们进口额500万美元、增长了8%，能拿多少'],
  'must':[['5万元']],'passage':'分别奖励1万元、2万元、3万元、5万元、10万元、20万元'},
 {'id':'r20m05','kind':'multi','doc':C,'note':'art. 18 feedback before conclusion','turns':['医保基金飞行检查管理暂行办法你知道吗','检查组到了现场要先出示什么','检查结论出来之前，要不要先跟被查的医院通个气'],
  'must':[['反馈']],'passage':'现场检查作出检查结论前，飞行检查组应当向被检查'},
 {'id':'r20m06','kind':'multi','doc':C,'note':'ends in refusal: suspension of settlement not in the text','turns':['飞检办法里被约谈以后多久要提整改措施？','要是医院整改不到位，医保结算会被暂停多长时间？'],'refuse':True},
]
open('/tmp/real20/conversations.jsonl','w',encoding='utf-8').write(''.join(json.dumps(c,ensure_ascii=False)+'\n' for c in M))

owners = [
 {'doc':A,'no':'一、','title':'智能网联新能源商用车车型研发激励','units':['市经济信息委']},
 {'doc':A,'no':'二、','title':'智能网联新能源商用车核心零部件新建及技改项目激励','units':['市经济信息委']},
 {'doc':A,'no':'三、','title':'智能驾驶系统平台激励','units':['市经济信息委']},
 {'doc':A,'no':'四、','title':'智能网联新能源商用车融资租赁激励','units':['市经济信息委','市委金融办','重庆金融监管局']},
 {'doc':A,'no':'五、','title':'智能网联新能源商用车保险激励','units':['市经济信息委','市委金融办','重庆金融监管局']},
 {'doc':A,'no':'六、','title':'新能源商用车海外认证检测费用激励','units':['市经济信息委','市商务委']},
]
open('/tmp/real20/owners.json','w',encoding='utf-8').write(json.dumps(owners,ensure_ascii=False,indent=1)+'\n')
print(len(Q), len(M))
