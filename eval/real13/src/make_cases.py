#!/usr/bin/env python3
"""Writes questions.jsonl, conversations.jsonl and owners.json for the real13 suite."""
import json, re
from pathlib import Path
ROOT = Path(__file__).resolve().parent.parent
W = '武汉市人民政府关于印发武汉市支持人工智能OPC创新发展若干措施的通知'
H = '海淀区全面打造OPC创业生态专项申报指南'
S = '望花区关于支持OPC相关业态创新发展的实施意见（征求意见稿）'

def c(id, kind, q, must, passage, sub, nb, doc):
    return {'id': id, 'kind': kind, 'q': q, 'must': must, 'passage': passage, 'note': f'{sub}; {nb}; {doc}'}
def r(id, q, sub, nb, doc):
    return {'id': id, 'kind': 'oos', 'q': q, 'refuse': True, 'note': f'{sub}; {nb}; {doc}'}

Q = [
 # ---- A: 武汉 若干措施 (numbered 一、–十、, units after each measure)
 c('r13a01','measure','在武汉做OPC，用算力的钱政府能补多少？', [['50%'],['20万元']], '使用算力服务费用的50%给予最高20万元补助','amount','bare',W),
 c('r13a02','measure','每家OPC一年能白嫖多少卡时的算力啊', [['2000卡时']], '每年为每家OPC提供不少于2000卡时的免费算力支持','amount','bare',W),
 c('r13a03','owner','武汉支持人工智能OPC若干措施里，算力服务券由哪个部门负责？', [['市数据局'],['市经信局']], '当年支持周期内使用算力服务费用的50%','owner-title','named',W),
 c('r13a04','owner','武汉OPC若干措施第二条是哪个部门牵头负责的', [['市数据局']], '对经认定符合要求的单位给予最高200万元补助','owner-number','named',W),
 c('r13a05','policy','“算力贷”是武汉OPC政策哪一条里的？', [['强化科技金融支撑','九、强化']], '联合银行推出"算力贷"','membership','named',W),
 c('r13a06','measure','我们团队做垂直领域模型的，研发成本能补多少？封顶多少', [['30%'],['500万元']], '按照研发成本的30%给予最高500万元补助','amount','bare',W),
 c('r13a07','measure','调第三方大模型API的费用有补贴吗', [['50%'],['100万元']], '不超过模型采购费用的50%给予最高100万元补助','amount','bare',W),
 c('r13a08','policy','入选武汉英才计划战略科技人才专项的OPC人才资助多少钱', [['100万元']], '分别给予100万元、50万元、20万元资助','amount','named',W),
 c('r13a09','policy','OPC创始人在武汉买新房有没有补贴？每平米补多少，最多多少', [['1000元'],['10万元']], '按照每平方米1000元给予最高10万元购房补贴','amount','named',W),
 c('r13a10','policy','租人才租赁房的OPC创业者，房租怎么优惠？第三年呢', [['2000元'],['70%']], '给予2年且每月不超过2000元的免租优惠','condition','bare',W),
 c('r13a11','owner','武汉OPC措施第六条提供创业启动支持，责任单位有哪些？', [['市人才工作局'],['各区人民政府']], '给予初创企业最高100万元的创业资助','owner-number','named',W),
 c('r13a12','measure','OPC生态社区认定之后最多能拿多少资金支持？', [['500万元']], '依规给予OPC生态社区最高500万元资金支持','amount','bare',W),
 c('r13a13','policy','在武汉新创办OPC，创业资助最高给多少', [['100万元']], '给予初创企业最高100万元的创业资助','amount','named',W),
 c('r13a14','owner','OPC人才住房保障、购房补贴这些事归哪个部门管？', [['市住房和城市更新局']], '构建"一张床、一间屋、一套房"政策性住房保障体系','owner-title','bare',W),
 c('r13a15','measure','免费公共服务包最长几年，包括哪些服务', [['2年'],['财务代账','税务申报','法律咨询','专利申报']], '最长2年的免费公共服务包','condition','bare',W),
 c('r13a16','measure','算力贷单笔最多贷多少？坏账了政府兜底几成', [['1000万元'],['80%']], '单笔贷款最高1000万元','amount','bare',W),
 c('r13a17','policy','我是OPC创业者个人，创业担保贷款能贷多少？多少以内不要反担保', [['30万元'],['10万元']], '为符合条件的OPC创业者提供最高30万元','amount','bare',W),
 c('r13a18','measure','武汉每年遴选的示范应用场景项目按啥比例支持', [['30%'],['100万元']], '按照项目总投入的30%给予最高100万元资金支持','amount','named',W),
 c('r13a19','overview','武汉支持人工智能OPC创新发展若干措施啥时候开始施行？有效期到哪天', [['2026年3月18日'],['2028年12月31日']], '本措施自2026年3月18日起施行','date','named',W),
 c('r13a20','overview','武汉市政府这个OPC若干措施文号是多少，一共几条', [['武政规〔2026〕4号'],['十']], '十、营造浓厚创新创业氛围','number-count','named',W),
 c('r13a21','task','武汉OPC若干措施第七条讲的啥', [['线上开放社区','武创通']], '搭建OPC线上开放社区','item','named',W),
 r('r13a22','武汉OPC算力服务券申请要准备哪些材料，多久能审批下来？','not-in-text','bare',W),
 r('r13a23','在武汉注册的OPC能不能减免企业所得税？减多少','not-in-text','named',W),
 r('r13a24','武汉OPC生态社区办公场地租金补贴每平方米多少钱？','not-in-text','bare',W),
 # ---- B: 海淀 专项申报指南 (conditions, measures 一–八, materials, dates)
 c('r13b01','policy','海淀OPC认定，公司成立多久以内才行？', [['3年'],['2023年5月20日']], '应在2023年5月20日之后注册成立','condition','named',H),
 c('r13b02','policy','公司员工超过10个人还能申请海淀的OPC认定吗', [['10人']], '企业员工总数原则上不超过10人','condition','named',H),
 c('r13b03','policy','创始人持股比例有要求吗', [['50%']], '单一创始人合计持股比例超过50%','condition','bare',H),
 c('r13b04','policy','每个月买token、算力要花多少钱才够格认定OPC', [['1000元']], '月均不低于1000元人民币或等额外币','condition','bare',H),
 c('r13b05','policy','申请安居支持对年龄和学历有啥要求', [['45周岁'],['本科']], '年龄45周岁及以下，具有全日制本科及以上学历','condition','bare',H),
 c('r13b06','measure','高校科研人员在海淀创办OPC，创业资金给多少，给几年？', [['5万元'],['2年']], '每年5万元创业资金支持','amount','named',H),
 c('r13b07','measure','HICOOL全球创业大赛总决赛一等奖的项目来海淀办OPC给多少', [['50万元']], 'HICOOL全球创业大赛','amount','named',H),
 c('r13b08','measure','中国国际大学生创新大赛主赛道金奖能拿多少支持', [['30万元']], '教育部主办主赛道金奖30万元','amount','bare',H),
 c('r13b09','measure','模型券补贴比例多少，每年封顶多少', [['50%'],['200万元']], '每家OPC每年补贴上限不超过200万元','amount','bare',H),
 c('r13b10','policy','没配租到人才房的话安居补贴每月多少？在海淀北部租房再加多少', [['2000元'],['1000元']], '可申领每月2000元、最长2年的安居补贴','amount','named',H),
 c('r13b11','measure','人才保障住房租金打几折，最长租几年', [['5折'],['3年']], '享受租金5折、最长3年租期优惠','amount','bare',H),
 c('r13b12','measure','海淀OPC通过财金协同平台贷款能补多少利息？单户最高支持贷多少', [['1.5%'],['1000万元']], '可享受总计约1.5%的利息补助','amount','named',H),
 c('r13b13','policy','拿到第一笔订单有没有奖励', [['2万元']], '对实现首订单的OPC，给予一次性2万元奖励','amount','bare',H),
 c('r13b14','policy','首轮融资超过100万的OPC奖励多少？', [['10万元']], '对完成首轮融资且融资额度超过100万元的OPC','amount','bare',H),
 c('r13b15','task','申请海淀创业青年人才安居支持要交哪些材料', [['身份','学历'],['海淀区创业青年人才安居支持申请表']], '海淀区创业青年人才安居支持申请表','materials','named',H),
 c('r13b16','overview','海淀这个OPC专项申报指南一共有几项措施？', [['措施八','八']], '措施八支持建设OPC友好社区','count','named',H),
 c('r13b17','overview','海淀OPC专项申报什么时候截止', [['2026年7月19日']], '2026年5月20日—2026年7月19日','date','named',H),
 c('r13b18','owner','这个申报是哪个单位受理的？电话多少', [['服务体系建设处'],['88499649','88499683']], '中关村科学城管委会服务体系建设处','owner','bare',H),
 c('r13b19','task','海淀OPC专项在哪个网站上申报？', [['zhengce.beijing.gov.cn','政策兑现']], '北京市人民政府门户网站','steps','named',H),
 c('r13b20','policy','普惠型综合科技保险统保属于海淀OPC指南里第几项措施？', [['措施五']], '面向经认定的OPC开展普惠型综合科技保险统保','membership','named',H),
 c('r13b21','measure','友好社区培育了十几家OPC，资金支持怎么算', [['30万元'],['2万元']], '培育OPC达到10家的，给予30万元资金支持','amount','bare',H),
 r('r13b22','海淀OPC认定有效期几年？到期要不要复审','not-in-text','named',H),
 r('r13b23','外地户口的OPC创始人能不能通过这个指南办北京落户？','not-in-text','bare',H),
 r('r13b24','措施六免申即享的10万块钱一般几月份打到企业账户上？','not-in-text','bare',H),
 # ---- C: 望花区 实施意见 (一、–八、, 1./（一）, 一是…二是…三是)
 c('r13c01','policy','望花区OPC项目和场景直接补贴面向哪些对象？', [['民营小微企业'],['大学生','研究生']], '面向望花区辖区内的民营小微企业','target','named',S),
 c('r13c02','measure','项目场景补贴每年选几个，单个最多奖多少钱', [['1-5'],['10万元']], '每个类别每年遴选1-5个优秀创业项目','amount','bare',S),
 c('r13c03','measure','望花区OPC创业主体能申请多少创业担保贷款？期限多长', [['400万元'],['2年']], '最高额度不超过400万元','amount','named',S),
 c('r13c04','measure','创业担保贷款利息政府贴多少', [['50%']], '按规定执行实际贷款利率50%的财政贴息','amount','bare',S),
 c('r13c05','policy','我毕业3年，在望花区创业贷到了创业担保贷款，还有一次性补贴吗？多少钱', [['3000元'],['30%']], '给予3000元一次性创业补贴','amount','named',S),
 c('r13c06','policy','算力成本一年要花到多少才能领普惠算力券', [['5万元']], '对年算力使用成本达到5万元及以上','condition','bare',S),
 c('r13c07','measure','小规模纳税人月销售额多少以下免增值税？季度呢', [['10万元'],['30万元']], '月销售额未超过10万元','amount','bare',S),
 c('r13c08','task','OPC专属一站式服务专窗设在哪里', [['区行政服务大厅']], '在区行政服务大厅增设','item','bare',S),
 c('r13c09','policy','望花区OPC企业和人才能适用哪些人才计划', [['兴辽英才计划'],['抚顺英才计划']], '支持OPC相关企业及人才全面适用','membership','named',S),
 c('r13c10','owner','望花区OPC业态发展工作专班组长是谁？办公室设在哪', [['分管副区长'],['区商务局']], '专班组长由分管副区长担任','owner','named',S),
 c('r13c11','owner','工作专班有哪些成员单位？', [['工信局'],['区委人才办']], '成员单位：区商务局、工信局','owner','bare',S),
 c('r13c12','overview','望花区这个OPC实施意见试行多长时间', [['一年']], '自正式发布之日起试行一年','date','named',S),
 c('r13c13','overview','征求意见截止到几号', [['4月5日']], '征求意见时间为2026年3月6日至4月5日','date','bare',S),
 c('r13c14','overview','望花区支持OPC的实施意见是哪个部门发布的，哪天发的', [['望花区商务局'],['2026年3月6日']], '抚顺市望花区商务局2026年3月6日发布','issuer','named',S),
 c('r13c15','overview','这个意见一共分几个部分', [['八']], '八、其他事项1、本《意见》中涉及的','count','bare',S),
 c('r13c16','policy','“六税两费”减免属于意见里哪一部分的内容？', [['支持方式','五、'],['税收政策']], '对于符合小微企业、小规模纳税人法定条件','membership','bare',S),
 c('r13c17','task','望花区OPC意见第四部分讲的啥', [['支持方向'],['跨境电商','轻资产','产学研']], '重点支持利用AI工具开展OPC创业','item','named',S),
 c('r13c18','target','工作目标有哪几条？', [['数字经济重点产业'],['高端人才','创新创业渠道']], '推动数字经济重点产业发展','target','bare',S),
 c('r13c19','owner','补贴的具体申请条件、评审标准由谁来定细则？', [['区商务局'],['区财政局','人社局']], '由区商务局会同区财政局、人社局等相关部门','owner','bare',S),
 c('r13c20','policy','国企或者事业单位能不能参照望花区这个OPC意见执行？', [['参照执行']], '可视具体情况参照执行','condition','named',S),
 c('r13c21','task','项目补贴是怎么评出来的？流程是啥', [['专家团队'],['评审打分','遴选']], '由专家团队对申报项目和应用场景进行评审打分','steps','bare',S),
 r('r13c22','望花区的OPC专属服务专窗周末开不开？几点下班','not-in-text','named',S),
 r('r13c23','入驻望花区数字经济产业园区的OPC能免几年房租？','not-in-text','bare',S),
 r('r13c24','望花区OPC项目补贴今年申报截止时间是哪天','not-in-text','named',S),
]

M = [
 {'id':'r13m01','kind':'multi','turns':['武汉支持人工智能OPC创新发展若干措施里，算力这块有什么支持？','那数据呢？'],
  'must':[['200万元']],'passage':'对经认定符合要求的单位给予最高200万元补助','note':f'bare-followup; named; {W}'},
 {'id':'r13m02','kind':'multi','turns':['武汉OPC若干措施第四条讲的是什么？','其中的购房补贴谁负责？'],
  'must':[['市住房和城市更新局']],'passage':'按照每平方米1000元给予最高10万元购房补贴','note':f'owner-followup; named; {W}'},
 {'id':'r13m03','kind':'multi','turns':['海淀区OPC专项申报指南里申请OPC认定要满足哪些条件？','那安居补贴呢，每月多少？'],
  'must':[['2000元']],'passage':'可申领每月2000元、最长2年的安居补贴','note':f'bare-followup; named; {H}'},
 {'id':'r13m04','kind':'multi','turns':['海淀OPC专项申报什么时候截止？','过了截止时间还能补报吗？'],
  'refuse':True,'note':f'refusal-followup; named; {H}'},
 {'id':'r13m05','kind':'multi','turns':['望花区支持OPC相关业态的实施意见有哪些支持方式？','它的第三条要多少钱能贷到？'],
  'must':[['400万元']],'passage':'最高额度不超过400万元','note':f'ordinal-followup; named; {S}'},
 {'id':'r13m06','kind':'multi','turns':['望花区OPC工作专班办公室设在哪？','那个办公室电话多少，怎么联系？'],
  'refuse':True,'note':f'refusal-followup; named; {S}'},
]

with open(ROOT/'questions.jsonl','w',encoding='utf-8') as f:
    for x in Q: f.write(json.dumps(x,ensure_ascii=False)+'\n')
with open(ROOT/'conversations.jsonl','w',encoding='utf-8') as f:
    for x in M: f.write(json.dumps(x,ensure_ascii=False)+'\n')

# owners.json: every item 一、–十、 of document A with its units as written
text = (ROOT/'knowledge'/f'{W}.txt').read_text(encoding='utf-8')
body = text.split('制定本措施。',1)[1]
parts = re.split(r'\n(?=[一二三四五六七八九十]、)', '\n'+body.strip())
items = []
for p in parts:
    p = p.strip()
    if not p: continue
    m = re.match(r'([一二三四五六七八九十])、([^。]+)。', p)
    units = []
    for u in re.findall(r'（责任单位：(.*?)）', p):
        u = re.sub(r'〈.*?〉', '', u)
        for x in re.split(r'[、,，]', u):
            x = x.strip()
            if x and x not in units: units.append(x)
    items.append({'no': m.group(1), 'title': m.group(2), 'units': units})
json.dump({'document': W, 'items': items}, open(ROOT/'owners.json','w',encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(Q), len(M), len(items))
