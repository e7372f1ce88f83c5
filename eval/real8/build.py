"""Source of questions.jsonl, conversations.jsonl and owners.json for real8. Run: python3 build.py"""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
A = '国务院办公厅关于对真抓实干成效明显地方进一步加大激励支持力度的通知'
B = '广州市民政局广州市财政局广州市市场监督管理局关于印发广州市老年人助餐配餐服务管理办法的通知'
C = '创业担保贷款常见问题'
DOC = {'a': A, 'b': B, 'c': C}

def Q(id, kind, q, must, passage, typ, named):
    d = DOC[id[2]]
    return {'id': id, 'kind': kind, 'q': q, 'must': must, 'passage': passage,
            'note': f"{typ}; {'named' if named else 'bare'}; {d}"}

def R(id, q, why, named):
    d = DOC[id[2]]
    return {'id': id, 'kind': 'oos', 'q': q, 'refuse': True,
            'note': f"oos: {why}; {'named' if named else 'bare'}; {d}"}

questions = [
# ---------------- A: 国办发〔2018〕117号, 30 measures, owner annotation closes each line ----------------
Q('r8a01','owner','高标准农田建设任务完成得好的省，这个激励是哪个部门负责的？',[['农业农村部']],'根据高标准农田建设考核结果','owner by topic (item 10)',False),
Q('r8a02','owner','国办那个真抓实干督查激励的通知，第八条是哪几个部门负责的',[['人民银行'],['银保监会'],['证监会']],'加大再贷款、再贴现的支持力度','owner, item N (八, three units)',True),
Q('r8a03','owner','河长制湖长制干得好的地方有啥激励？归哪个部门管',[['倾斜'],['水利部'],['财政部']],'对河长制湖长制工作推进力度大、河湖管理保护成效明显的省','owner by topic (item 28) + measure',False),
Q('r8a04','owner','棚改和农村危房改照搞得好的县，督查激励是哪几个部门负责？',[['住房城乡建设部'],['国家发展改革委'],['财政部']],'对棚户区改造、农村危房改造工作积极主动、成效明显的市','owner by topic (item 24, three units, typo 改照, everyday word 棚改)',False),
Q('r8a05','owner','真抓实干激励措施里说的“免督查”，是给什么样的地方？由谁负责？',[['督查表扬','典型经验'],['国务院办公厅']],'在下一年度国务院组织的有关实地督查中实行','owner + condition (item 30)',True),
Q('r8a06','task','真抓实干激励通知第十二项讲的是啥',[['国家自主创新示范区','国家高新技术产业开发区']],'优先支持其行政区域内1家符合条件的国家自主创新示范区','item N (十二)',True),
Q('r8a07','task','国办发〔2018〕117号第二十七条是什么内容，谁负责？',[['环境治理','大气','水环境'],['生态环境部']],'重点区域大气、重点流域水环境质量明显改善的市','item N (二十七) + owner',True),
Q('r8a08','target','国办这个真抓实干督查激励通知，激励措施一共有多少项？比原来多了几项？',[['30项'],['24项']],'将2016年实施的24项督查激励措施调整增加为30项督查激励措施','count (30, was 24)',True),
Q('r8a09','overview','国办发〔2018〕117号是哪天印发的？',[['2018年12月6日']],'2018年12月6日','issuer/date',True),
Q('r8a10','policy','督查激励那个通知要求各部门的激励措施实施办法最晚啥时候报国办？',[['2018年12月31日']],'于2018年12月31日前报送国务院办公厅','deadline',True),
Q('r8a11','policy','按国办发〔2018〕117号，拟予督查激励的地方名单各部门每年什么时候报？',[['2月底']],'各有关部门于每年2月底前','deadline (yearly)',True),
Q('r8a12','overview','2016年那个对真抓实干地方加大激励支持力度的老通知现在还执行吗？',[['停止执行'],['国办发〔2016〕82号','82号']],'真抓实干成效明显地方加大激励支持力度的通知','repealed document',True),
Q('r8a13','owner','真抓实干激励措施里企业发债走“直通车”那条，能享受多长时间？谁负责？',[['两年'],['国家发展改革委']],'在两年之内对其行政区域内企业申请企业债券实行','period + owner (item 3)',True),
Q('r8a14','policy','易地扶贫搬迁做得好的省，国家给什么支持？',[['以工代赈']],'并在以工代赈资金安排上予以倾斜','measure by topic (item 23)',False),
Q('r8a15','policy','我们省就业创业任务完成得不错，按真抓实干激励政策中央能给点啥？',[['适当补助']],'中央财政给予适当补助','measure by topic (item 21)',True),
Q('r8a16','policy','节约集约用地搞得好的县，有什么奖励',[['新增建设用地计划','一定指标']],'在全国新增建设用地计划中安排一定指标予以奖励','measure by topic (item 9)',False),
Q('r8a17','owner','国务院办公厅那个督查激励通知里，双创示范基地那条是哪个部门负责的？',[['国家发展改革委']],'打造“双创”升级版等方面大胆探索、勇于尝试','owner by topic (item 14)',True),
Q('r8a18','owner','国务院督查激励里，职业教育改革成效明显的省能得到啥？哪个部负责',[['职业教育改革试验区'],['教育部']],'优先纳入国家职业教育改革试验区建设','owner + measure (item 20, 会同有关部门)',True),
Q('r8a19','owner','公立医院总合改革搞得好的市县，激励归谁负责？',[['国家卫生健康委'],['财政部']],'对公立医院综合改革成效较为明显的市','owner by topic (item 25, typo 总合)',False),
Q('r8a20','owner','真抓实干激励措施中养老服务体系建设那一项是几个部门负责？都是谁',[['民政部'],['国家发展改革委'],['财政部']],'养老服务体系建设成效明显的省','owner by topic (item 26, three units)',True),
Q('r8a21','measure','真抓实干督查激励这个通知要求各省政府建立什么样的工作机制？',[['省级政府办公厅牵头']],'建立省级政府办公厅牵头、省级有关部门参与的工作机制','mechanism',True),
R('r8a22','真抓实干激励的奖励资金具体多少钱？比如高标准农田建设好的省能奖多少万？','the notice gives no amounts (only 适当倾斜, 一定奖励)',True),
R('r8a23','2019年哪些省市被列入国务院督查激励名单了？','no list of localities in the notice',False),
R('r8a24','国务院办公厅督查室的咨询电话是多少','no phone number',False),
# ---------------- B: 穗民规字〔2024〕3号, 38 条 ----------------
Q('r8b01','policy','我妈72岁广州户口，在长者饭堂吃饭政府能补多少钱？',[['四分之一'],['3元']],'补贴标准为每人每次就餐费用的四分之一','amount (第二十六条)',False),
Q('r8b02','policy','广州老年人助餐配餐管理办法里，多大年纪的老人能享受就餐补贴？',[['60周岁']],'60周岁及以上的户籍居家老年人接受助餐配餐服务','condition (age, 户籍)',True),
Q('r8b03','policy','照护需求3级的老人送餐上门，运营机构每次能拿多少送餐补贴',[['4元']],'3-5级补贴标准为每人每次4元','amount (第二十七条)',False),
Q('r8b04','target','按广州助餐配餐办法，中心城区长者饭堂的布局是按多少分钟的范围来算的？外围城区呢',[['10-15分钟'],['20-25分钟']],'中心城区10-15分钟、外围城区20-25分钟','target (layout radius)',True),
Q('r8b05','policy','长者饭堂的运营补贴咋算？自己建厨房的跟别的模式一样吗',[['3元'],['1.5元']],'其他服务模式运营的每人每次1.5元','amount by mode (第二十八条)',False),
Q('r8b06','policy','广州助餐配餐管理办法里，邻里互助那种模式有运营补贴拿吗？',[['不享受']],'邻里互助服务模式不享受运营补贴','condition',True),
Q('r8b07','policy','民政局那个老年人助餐配餐办法规定，老人申请了就餐补贴多久能确认资格？',[['3个工作日']],'应当在3个工作日内对本市户籍老年人享受就餐补贴','deadline',True),
Q('r8b08','policy','广州老人助餐服务怎么申请？我爸不会用手机咋整',[['为老服务综合平台'],['线下','街道办事处']],'线上申请存在困难的老年人也可以向镇人民政府','application steps (第二十一条)',True),
Q('r8b09','policy','按广州老年人助餐配餐服务管理办法，街道要把长者饭堂关掉的话得提前几天公示？',[['5个工作日']],'需提前5个工作日向服务对象进行公示','deadline',True),
Q('r8b10','policy','想开个长者饭堂，助餐配餐管理办法对厨房和就餐区面积有啥要求',[['30㎡','不小于30'],['25㎡','不小于25']],'集中就餐区使用面积不小于25㎡','condition (第十一条)',True),
Q('r8b11','target','穗民规字〔2024〕3号对长者饭堂规模有要求吗？最少要能坐下多少个老人一起吃饭？',[['10名']],'能够容纳10名以上老年人同时就餐','count',True),
Q('r8b12','overview','广州老年人助餐配餐服务管理办法啥时候开始实施？有效期几年',[['2024年4月1日'],['5年']],'本办法自2024年4月1日起实施','period',True),
Q('r8b13','overview','穗民规字〔2024〕3号是哪几个部门联合印发的？',[['民政局'],['财政局'],['市场监督管理局']],'广州市民政局  广州市财政局  广州市市场监督管理局','issuer',True),
Q('r8b14','policy','区里想自己扩大助餐补贴范围、提高标准，按广州的助餐配餐办法要走什么程序？',[['备案']],'需报上级财政、民政部门备案后执行','condition (第三十条)',True),
Q('r8b15','task','助餐配餐服务管理办法第十三条规定长者饭堂啥时候要供餐？',[['工作日'],['午餐']],'长者饭堂应当按照协议约定在工作日提供午餐服务','article N (第十三条)',True),
Q('r8b16','owner','老年食堂的食品安全归哪个部门监管？',[['市场监督管理']],'各级市场监督管理部门负责老年人助餐配餐服务的食品安全业务指导','owner (everyday word 老年食堂)',False),
Q('r8b17','policy','广州市级助餐补贴资金每年几月份编进下一年预算？',[['8月']],'市民政部门每年8月按规定和程序','deadline (budget)',True),
Q('r8b18','policy','广州助餐配餐服务补贴资金全市清算最晚几月底前完成？各区几月底前报使用情况',[['5月底'],['4月底']],'于5月底前完成全市市级助餐配餐服务补贴资金的清算','deadline (清算)',True),
Q('r8b19','policy','广州的助餐配餐办法里说，长者饭堂要是连续几个月没老人来吃饭会被终止合作？',[['3个月']],'正常运营期间内连续3个月没有老年人就餐','condition (第三十五条)',True),
Q('r8b20','policy','我爸70多岁，有二代残疾人证，一级重度残疾，申请送餐补贴的照护等级怎么认定',[['3-5级']],'可直接认定为老年人照护需求3-5级','condition (第二十三条)',False),
Q('r8b21','policy','去长者饭堂吃饭要带什么卡刷？',[['社会保障卡'],['老年优待卡']],'老年人可使用社会保障卡或老年优待卡刷卡就餐','condition (第二十四条)',False),
R('r8b22','广州长者饭堂的投诉电话是多少？','no phone number (第三十一条 only says channels are published)',False),
R('r8b23','广州全市现在一共有多少家长者饭堂？','no count of canteens',True),
R('r8b24','广州80岁以上老人的高龄津贴每月多少钱？','高龄津贴 is not covered (hard negative: 60周岁 就餐补贴 is)',False),
# ---------------- C: 创业担保贷款常见问题 (广州市人社局, 7 numbered questions) ----------------
Q('r8c01','policy','我想自己创业，创业担保贷款个人最多能贷多少？',[['30万元']],'符合申请条件的个人创业担保贷款额度最高30万元','amount',False),
Q('r8c02','policy','我开了个小店带了6个人就业，创业贷能贷到多少',[['50万元']],'带动就业5人及以上就业的，贷款额度最高50万元','amount (condition 5人及以上, everyday word 创业贷)',False),
Q('r8c03','policy','人社局创业担保贷款常见问题里说小微企业最高能贷多少？',[['500万元']],'小微企业创业担保贷款最高500万元','amount',True),
Q('r8c04','policy','人社局发的创业担保贷款常见问题里，个人贷款一次最长能贷几年？',[['3年']],'个人创业担保贷款每次期限最长不超过3年','period',True),
Q('r8c05','policy','广州创业担保贷款常见问题里，小微企业贷款期限最长多久',[['2年']],'小微企业创业担保贷款每次期限最长不超过2年','period',True),
Q('r8c06','policy','广州创业担保贷款问答里说利率最高多少？政府贴息贴多少',[['LPR+50BP'],['50%']],'按贷款实际利率的50%给予财政贴息','amount (rate, 贴息)',True),
Q('r8c07','policy','广州创业担保贷款常见问题里提到的LPR是指几年期的利率？',[['1年期']],'LPR为1年期贷款市场报价利率','definition',True),
Q('r8c08','policy','我今年57岁，女的，还能申请创业担保贷款不',[['55周岁']],'提交贷款申请时女性不超过55周岁','condition (age, answer: no)',False),
Q('r8c09','policy','广州创业担保贷款，男的超过多少岁就不能申请了？',[['60周岁']],'女性不超过55周岁、男性不超过60周岁','condition (age)',True),
Q('r8c10','policy','我和老公还在还房贷，还能申请创业担报贷款吗？',[['住房贷款']],'除助学贷款、扶贫贷款、住房贷款、购车贷款','condition (other loans, typo 担报)',False),
Q('r8c11','policy','看了人社局的创业担保贷款常见问题，想问下我信用卡欠着几万块，影响申请吗？多少以内的消费贷不算',[['10万元']],'10万元以下小额消费贷款','condition (consumer loans)',True),
Q('r8c12','policy','人社局的创业担保贷款问答里，不属于重点扶持对象的其他人员申请，对公司注册时间有什么要求？',[['3年内']],'所创办的创业主体注册登记时间在3年内','condition (其他人员)',True),
Q('r8c13','policy','创业担保贷款常见问题里说的重点扶持对象都包括哪些人？',[['登记失业人员'],['高校毕业生'],['退役军人']],'以下简称重点扶持对象','list',True),
Q('r8c14','policy','广州创业担保贷款对女性创业者有什么特别照顾吗？',[['重点支持']],'对其中的妇女，应给予重点支持','condition (women)',True),
Q('r8c15','policy','我们公司现在80个员工，想申请小微企业创业担保贷款，一年内要新招多少比例的重点扶持对象？',[['10%']],'达到企业现有在职职工人数10%','condition (hiring share)',False),
Q('r8c16','policy','广州创业担保贷款常见问题：职工超过100人的小微企业，新招重点扶持对象的比例要求是多少？',[['5%']],'超过100人的企业达到5%','condition (hiring share, large firms)',True),
Q('r8c17','policy','按广州人社局的创业担保贷款问答，小微企业新招的人劳动合同至少签多久',[['1年以上']],'并与其签订1年以上期限劳动合同','condition (contract)',True),
Q('r8c18','policy','广州的创业担保贷款在哪里申请？网上能办吗',[['广东省政务服务网','就业一体化云平台']],'广东省就业一体化云平台','application channel',True),
Q('r8c19','target','广州办理创业担保贷款的经办银行一共有几家？',[['9家']],'广发银行广州分行9家银行成为合作机构','count',True),
Q('r8c20','policy','广州农商银行能办创业担保贷款吗？',[['合作机构','经办银行','9家']],'广州银行、广州农商银行、广发银行广州分行','membership in list',False),
Q('r8c21','overview','广州人社局这份创业担保贷款常见问题是什么时候发的？哪个单位发的',[['2025-11-18'],['市劳动就业服务管理中心','市人力资源社会保障局']],'发表时间：2025-11-18 17:37','issuer/date',True),
R('r8c22','广州创业担保贷款需要抵押或者反担保吗？','security/collateral is not covered',True),
R('r8c23','创业担保贷款提交申请以后多久能放款？','no processing time given',False),
R('r8c24','顺便问下，广州的一次性创业资助能领多少钱？','一次性创业资助 is a different policy, not in the FAQ',False),
]

conversations = [
{'id':'r8m01','kind':'multi','turns':['国办那个对真抓实干成效明显地方加大激励支持力度的通知，第十三项说的是什么？','谁负责？'],
 'must':[['科技部'],['财政部']],'passage':'在中央引导地方科技发展专项资金中根据绩效评价结果给予一定倾斜',
 'note':'item N then bare 谁负责？ (item 十三: 科技部、财政部); '+A},
{'id':'r8m02','kind':'multi','turns':['国务院督查激励措施里，老工业基地调整改造力度大的市能得到什么支持？','那资源枯竭城市呢？是哪些部门负责？'],
 'must':[['年度补助资金'],['国家发展改革委'],['财政部']],'passage':'转型成效突出的资源枯竭城市',
 'note':'contrast 那X呢 (item 十七 → 十八, 国家发展改革委、财政部会同有关部门); '+A},
{'id':'r8m03','kind':'multi','turns':['广州老年人助餐配餐服务管理办法里，助餐服务有哪几种提供方式？','第五种呢？具体是怎么做的'],
 'must':[['养老服务机构辐射服务模式','养老机构内部餐饮服务']],'passage':'养老服务机构辐射服务模式',
 'note':'ordinal ellipsis 第五种呢？ (第五条（五）); '+B},
{'id':'r8m04','kind':'multi','turns':['广州长者饭堂的运营机构要具备什么条件？','那想当运营机构要交多少保证金？'],
 'refuse':True,
 'note':'refusal: the 办法 names no deposit (保证金) for operators; '+B},
{'id':'r8m05','kind':'multi','turns':['广州创业担保贷款个人最多能贷多少？','那小微企业呢？一次能贷几年？'],
 'must':[['500万元'],['2年']],'passage':'小微企业创业担保贷款每次期限最长不超过2年',
 'note':'contrast 那小微企业呢 + period; '+C},
{'id':'r8m06','kind':'multi','turns':['创业担保贷款有哪些经办银行？','工商银行广州分行那边办这个贷款的电话是多少？'],
 'refuse':True,
 'note':'refusal: no bank phone numbers in the FAQ; '+C},
]

# owners.json for document A: one record per numbered measure
text = open(os.path.join(HERE, 'knowledge', A + '.txt'), encoding='utf-8').read().split('\n')
NUM = ['一','二','三','四','五','六','七','八','九','十','十一','十二','十三','十四','十五','十六','十七','十八','十九','二十',
       '二十一','二十二','二十三','二十四','二十五','二十六','二十七','二十八','二十九','三十']
owners = []
for n, num in enumerate(NUM, 1):
    line = next(l for l in text if l.startswith(num + '、'))
    m = re.search(r'（([^（）]*)负责）$', line)
    ann = m.group(0)
    inner = m.group(1)
    together = '会同有关部门' in inner
    units = inner.replace('会同有关部门', '').split('、')
    rec = {'no': str(n), 'numeral': num, 'start': line[len(num) + 1: len(num) + 1 + 20],
           'units': units, 'with_other_departments': together, 'annotation': ann}
    owners.append(rec)

with open(os.path.join(HERE, 'questions.jsonl'), 'w', encoding='utf-8') as f:
    for c in questions: f.write(json.dumps(c, ensure_ascii=False) + '\n')
with open(os.path.join(HERE, 'conversations.jsonl'), 'w', encoding='utf-8') as f:
    for c in conversations: f.write(json.dumps(c, ensure_ascii=False) + '\n')
json.dump(owners, open(os.path.join(HERE, 'owners.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(questions), 'questions,', len(conversations), 'conversations,', len(owners), 'owners')
