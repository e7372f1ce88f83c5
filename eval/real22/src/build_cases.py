import json, re, pathlib
R = pathlib.Path(__file__).resolve().parent.parent
TA = '国务院关于促进综合保税区高水平开放高质量发展的若干意见'
TB = '市工业和信息化局关于印发2021年春节期间电力需求响应实施细则的通知'
TC = '新余市人民政府办公室关于印发《新余市新余市绿色建筑管理办法》的通知'

def Q(i, kind, doc, q, must=None, passage=None, note='', refuse=False):
    c = {'id': i, 'kind': kind, 'note': note, 'doc': doc, 'q': q}
    if refuse:
        c['refuse'] = True
    else:
        c['must'] = must; c['passage'] = passage
    return c

A = [
 Q('r22a01','owner',TA,'综保区那个国发〔2019〕3号文，推广增值税一般纳税人资格试点是哪个部门牵头？',[['税务总局']],'积极稳妥地在综合保税区推广增值税一般纳税人资格试点','item 1; first-listed unit leads'),
 Q('r22a02','owner',TA,'进口汽车在综保区里保税存储、展示这件事归哪几个部门管',[['发展改革委'],['海关总署']],'允许在汽车整车进口口岸的综合保税区内开展进口汽车保税存储','item 12'),
 Q('r22a03','task',TA,'综合保税区意见第9条讲的啥？医疗器械研发那个',[['不办理相关注册','可不办理'],['药监局']],'综合保税区内企业进口的医疗器械用于研发、展示的','item 9 content + owner'),
 Q('r22a04','measure',TA,'综保区里面新设的研发设计企业信用等级咋定',[['最高信用等级']],'直接赋予最高信用等级','item 8'),
 Q('r22a05','owner',TA,'文物和艺术品从境外回流进综保区那条，谁负责落实？',[['文物局'],['文化和旅游部']],'优化文物及文化艺术品从境外入区监管模式','item 13, three units'),
 Q('r22a06','overview',TA,'国务院促进综保区高水平开放那个若干意见，主要任务一共列了多少条？',[['21']],'21.推广创新制度。经政策评估后','count of numbered tasks'),
 Q('r22a07','target',TA,'综合保税区要打造成哪几大中心',[['加工制造中心'],['研发设计中心'],['物流分拨中心'],['检测维修中心'],['销售服务中心']],'加工制造中心、研发设计中心、物流分拨中心','development target, five centres'),
 Q('r22a08','policy',TA,'国发〔2019〕3号是哪天成文的？',[['2019年1月12日']],'2019年1月12日','date at the end'),
 Q('r22a09','measure',TA,'我们在综保区做加工的，产能有富余，能接区外企业的单子吗',[['剩余产能'],['委托加工']],'允许综合保税区内加工制造企业利用剩余产能承接境内区外委托加工','item 3, colloquial'),
 Q('r22a10','owner',TA,'综保区全面适用跨境电商零售进口政策这事，哪些部门负责？',[['商务部'],['海关总署']],'逐步实现综合保税区全面适用跨境电商零售进口政策','item 18'),
 Q('r22a11','measure',TA,'我们是注册在综保区的融资租赁公司，进出口飞机要跨关区，海关怎么监管',[['异地委托监管']],'实行海关异地委托监管','item 17'),
 Q('r22a12','owner',TA,'期货保税交割支持哪些商品？这条谁负责',[['铁矿石','天然橡胶'],['证监会']],'支持具备条件的综合保税区开展铁矿石、天然橡胶等商品期货保税交割业务','item 20, two asks'),
 Q('r22a13','measure',TA,'境外进综保区的食品要检测的话，得等检测结果出来才放行吗？',[['抽样后即放行']],'境外入区的食品，如需检测的，在抽样后即放行','item 16'),
 Q('r22a14','policy',TA,'综保区对境外入区的动植物产品检验是什么模式',[['先入区、后检测','先入区']],'对境外入区动植物产品的检验项目','item 16'),
 Q('r22a15','task',TA,'“支持再制造业”这条属于打造哪个中心的任务？',[['检测维修中心']],'延伸产业链条，打造检测维修中心','which part an item belongs to'),
 Q('r22a16','measure',TA,'区内企业想搞软件测试、文化创意这类外包，进口专业设备行不行',[['服务外包'],['跨境服务贸易']],'允许综合保税区内企业进口专业设备开展软件测试','item 19'),
 Q('r22a17','owner',TA,'综保区意见第14条开展检测维修，牵头部门是哪个',[['商务部']],'支持第三方检验检测认证机构在综合保税区开展进出口检验认证服务','item 14; lead = first listed'),
 Q('r22a18','owner',TA,'According to the State Council opinion on comprehensive bonded zones, which agency keeps the overall lead role?',[['海关总署']],'海关总署要继续做好牵头工作','English, overall lead'),
 Q('r22a19','measure',TA,'提前适用政策是啥意思，企业进口自用设备从什么时候起能享受综保区税收政策',[['自国务院批准设立','批准设立']],'自国务院批准设立综合保税区之日起，对入区企业进口自用的机器设备等','item 2'),
 Q('r22a20','overview',TA,'综合保税区的申请设立、规划建设和运行管理，主体是谁？',[['直辖市人民政府']],'作为综合保税区的申请设立、规划建设和运行管理主体','section 五 有关要求'),
 Q('r22a21','measure',TA,'区内造的手机、汽车零部件想内销，这个文件给了啥便利',[['自动进口许可证']],'从自动进口许可证管理货物目录中剔除','item 4'),
 Q('r22a22','oos',TA,'综保区里的企业所得税是按15%交吗？优惠税率具体多少',note='no income-tax rate in the text',refuse=True),
 Q('r22a23','oos',TA,'全国现在一共有多少个综合保税区，有名单吗',note='no count or list of zones',refuse=True),
 Q('r22a24','oos',TA,'申请设立综保区要向海关总署报哪些材料？审批要几个工作日',note='only says procedures will be simplified',refuse=True),
]

B = [
 Q('r22b01','policy',TB,'天津春节电力需求响应，固定补贴模式一度电补多少钱？',[['1.2元']],'年春节期间需求响应固定补贴价格模式的补贴价格为','amount'),
 Q('r22b02','policy',TB,'走竞价的话补贴最高能报到多少',[['2.0元','2.0']],'千瓦时，竞价模式的补贴价格上限为','cap'),
 Q('r22b03','policy',TB,'2021年春节这次需求响应是哪几天？每天几点到几点',[['2月13日','正月初二'],['6:00','06:00']],'本次需求响应实施时间为','dates and hours'),
 Q('r22b04','target',TB,'这次填谷总共要多大规模，竞价和固定补贴各占多少',[['50万千瓦'],['20万千瓦'],['30万千瓦']],'万千瓦，其中采用需求侧竞价模式填谷的规模为','scale split'),
 Q('r22b05','measure',TB,'我们厂想按固定补贴参加，日申报量最低得多少？',[['3000千瓦时'],['500千瓦']],'的用户以固定补贴价格进行补贴，参与用户需符合以下条件：','condition'),
 Q('r22b06','measure',TB,'从来没参加过天津春节需求响应的新用户，想参与竞价门槛多高',[['7200千瓦时'],['1200千瓦']],'对于此前未参与天津市春节期间需求响应的用户','condition (3)'),
 Q('r22b07','measure',TB,'往年每年春节都参加的老用户，竞价要满足什么条件',[['70%'],['4800千瓦时']],'对于连续参与过天津市历年春节期间需求响应的用户','condition (1)'),
 Q('r22b08','measure',TB,'正月初二实际响应量连申报量一半都没到，补贴咋算',[['按0计算']],'则此次需求响应补贴按','penalty rule'),
 Q('r22b09','measure',TB,'实际响应量只完成申报量的七成，补贴打几折？',[['20%','0.2']],'对于不同完成情况的用户将在补贴价格基础上乘以补贴价格系数','coefficient k<80%'),
 Q('r22b10','measure',TB,'响应量超过申报量120%以上那部分还给补吗，按多少补',[['10%','0.1']],'的部分按照补贴价格的','coefficient k>120%'),
 Q('r22b11','measure',TB,'私家电动车车主能参加这个需求响应吗？要不要满足容量要求',[['负荷集成商'],['无需满足']],'电动汽车用户参与需求响应无需满足响应容量要求，由负荷集成商代理','EV users'),
 Q('r22b12','policy',TB,'用户补贴金额到底是怎么算出来的',[['补贴价格系数'],['乘积']],'用户补贴金额为实际响应量与补贴价格以及补贴价格系数的乘积','formula'),
 Q('r22b13','policy',TB,'2020年春节没参加过的用户，基线负荷按啥算',[['对应时段用电量']],'年春节期间对应时段用电量作为该用户基线负荷','baseline'),
 Q('r22b14','policy',TB,'需求响应补贴啥时候发？按月发还是怎么发',[['以年度发放','年度']],'按市级电力需求侧管理专项资金使用计划以年度发放补贴','payout'),
 Q('r22b15','policy',TB,'竞价是怎么排序的？报价一样的话谁优先',[['先价格，后容量','先价格'],['申报响应量高']],'竞价原则为“先价格，后容量”','bidding rule'),
 Q('r22b16','overview',TB,'天津春节需求响应细则的发文字号是多少？哪个部门发的',[['〔2021〕3号'],['天津市工业和信息化局','工业和信息化局']],'津工信电力〔2021〕3号','doc number + issuer'),
 Q('r22b17','overview',TB,'需求响应有问题找谁，市工信局电力处联系电话是多少',[['83608057']],'市工业和信息化局电力处 章建新','contact phone'),
 Q('r22b18','target',TB,'Is the Tianjin 2021 Spring Festival demand response about cutting peaks or filling the valley?',[['填谷']],'年，我市连续在春节期间实施了填谷电力需求响应试点','English'),
 Q('r22b19','measure',TB,'参加的用户用电数据需要接到哪个平台',[['市级需求响应系统平台']],'用电数据接入市级需求响应系统平台，保证数据可监测、可核查','condition (5)'),
 Q('r22b20','measure',TB,'竞价时申报的补贴价格能不能高过上限啊',[['不得高于上限']],'申报的补贴价格应以价格上限为基准向下浮动，不得高于上限','bidding guide'),
 Q('r22b21','overview',TB,'天津前几年春节搞需求响应，保障了多少居民采暖',[['1000万平米','1000']],'台供热机组连续稳定运行，满足了超过','background'),
 Q('r22b22','oos',TB,'参加春节需求响应的企业低谷时段电价是多少钱一度？',note='no tariff in the text',refuse=True),
 Q('r22b23','oos',TB,'天津夏天迎峰度夏削峰响应的补贴标准是多少',note='summer peak-shaving programme not covered',refuse=True),
 Q('r22b24','oos',TB,'2021年春节这次需求响应最后一共发了多少补贴，哪些企业拿到了',note='no results or firm list',refuse=True),
]

C = [
 Q('r22c01','task',TC,'新余哪些新建建筑必须按绿色建筑标准规划设计？',[['国家机关办公建筑'],['学校','医院']],'学校、医院、建筑面积15万平方米以上的住宅小区','第三条'),
 Q('r22c02','policy',TC,'新余绿建办法里，大型公共建筑是按单体多大面积算的',[['2万平方米']],'单体建筑面积2万平方米以上','第三条'),
 Q('r22c03','policy',TC,'住宅小区建筑面积多大以上就得按绿色建筑标准建',[['15万平方米']],'学校、医院、建筑面积15万平方米以上的住宅小区','第三条'),
 Q('r22c04','owner',TC,'新余全市绿色建筑发展规划和年度实施计划谁来制订',[['建设行政主管部门']],'市建设行政主管部门负责全市绿色建筑发展规划和年度实施计划的制订','第四条'),
 Q('r22c05','task',TC,'除了公建和学校医院，新余还有哪两个片区的新建民用建筑也要按绿建标准',[['袁河低碳生态试点城'],['孔目江生态经济区']],'孔目江生态经济区管委会辖区新建民用建筑应当按照绿色建筑标准进行规划','第三条'),
 Q('r22c06','task',TC,'需要按绿色建筑建设的项目，立项报告里要单独写什么专篇？',[['绿色建筑专篇']],'确定项目拟达到的绿色建筑星级标准','第七条'),
 Q('r22c07','policy',TC,'新余申报三星级绿色建筑设计评价证书，最后由哪一级评审',[['国家建设行政主管部门']],'报经省建设行政主管部门转呈国家建设行政主管部门评审','第十三条'),
 Q('r22c08','policy',TC,'一星级二星级的设计评价证书是报给谁评',[['省建设行政主管部门']],'由市建设行政主管部门报省建设行政主管部门评审','第十三条'),
 Q('r22c09','policy',TC,'绿色建筑项目投入使用多久才能申报评价标识证书？',[['1年以上','1年']],'绿色建筑项目投入运行1年以上','第二十三条'),
 Q('r22c10','measure',TC,'拿到绿色建筑设计评价证书，建设单位有啥好处',[['行政事业性收费'],['示范项目']],'建设单位可以申请减免市本级收取的有关行政事业性收费','第二十五条'),
 Q('r22c11','owner',TC,'取得星级评价标识证书以后想申请奖励，找哪个部门',[['建设行政主管部门']],'绿色建筑项目取得绿色建筑评价标识星级证书的','第二十六条'),
 Q('r22c12','measure',TC,'要是用假材料骗了绿建证书和奖励，会怎么处理',[['撤销'],['收回']],'通过虚假材料等方式取得绿色建筑设计评价证书','第二十七条'),
 Q('r22c13','policy',TC,'新余绿色建筑管理办法从哪天施行？到哪天为止',[['2012年2月1日'],['2017年1月31日']],'本办法自2012年2月1日至2017年1月31日施行','第二十九条, two dates'),
 Q('r22c14','policy',TC,'这个办法是市政府哪次会议审议通过的？',[['第7次常务会议','第7次'],['2011年12月20日']],'已经2011年12月20日市八届人民政府第7次常务会议审议通过','meeting'),
 Q('r22c15','overview',TC,'新余印发绿色建筑管理办法那个通知，文号多少',[['余府发〔2012〕3号']],'余府发〔2012〕3号','doc number'),
 Q('r22c16','overview',TC,'新余绿建管理办法一共几章、多少条？',[['六章','第六章'],['二十九条']],'第二十九条　本办法自2012年2月1日至2017年1月31日施行','count'),
 Q('r22c17','task',TC,'新余推广目录里提到哪些可再生能源',[['太阳能'],['地热能']],'太阳能、地热能、风能和沼气等可再生能源','第五条 list'),
 Q('r22c18','measure',TC,'管绿色建筑的物业公司要设什么岗位',[['能源管理岗位']],'应当设置能源管理岗位，实行能源管理岗位责任制','第二十条'),
 Q('r22c19','measure',TC,'开发商卖绿色建筑的商品房，合同里必须写明哪些东西',[['能源消耗指标'],['保温工程保修期']],'载明所销售房屋的能源消耗指标、节能措施和保护要求','第十八条'),
 Q('r22c20','owner',TC,'Under the Xinyu green building measures, who checks the green-building part of the construction drawings, and can a failing design still get an approval document?',[['施工图审查机构'],['不得出具']],'施工图审查机构应当严格按照相应标准和规范进行绿色建筑专项施工图设计文件审查','English, 第十一条'),
 Q('r22c21','task',TC,'绿色建筑项目施工招标，招标文件里要求投标人做啥',[['绿色建筑施工方案']],'应当在招标文件中明确要求投标人根据绿色建筑设计文件编制绿色建筑施工方案','第十四条'),
 Q('r22c22','oos',TC,'新余绿色建筑拿到二星级评价标识，能奖励多少钱？',note='text says a reward may be applied for but gives no amount',refuse=True),
 Q('r22c23','oos',TC,'新余市每年安排多少绿色建筑专项资金',note='no budget figure',refuse=True),
 Q('r22c24','oos',TC,'开发商新建住宅没按绿色建筑标准建，罚款多少？',note='no fines for developers in the text',refuse=True),
]

M = [
 {'id':'r22m01','kind':'multi','note':'follow-up on item 9 owner','doc':TA,'turns':['国务院促进综合保税区发展的那个若干意见你知道吧','里面讲医疗器械研发展示的是第几条？','那条归哪个部门负责'],'must':[['药监局']],'passage':'可不办理相关注册或备案手续'},
 {'id':'r22m02','kind':'multi','note':'ends in refusal: no single-transaction limit','doc':TA,'turns':['综保区若干意见里跨境电商那条说了什么','那跨境电商零售进口单次交易限值是多少钱？'],'refuse':True},
 {'id':'r22m03','kind':'multi','note':'cap after fixed price','doc':TB,'turns':['天津2021年春节电力需求响应实施细则','固定补贴多少钱一度电','那竞价模式最多能报多少'],'must':[['2.0']],'passage':'千瓦时，竞价模式的补贴价格上限为'},
 {'id':'r22m04','kind':'multi','note':'ends in refusal: no list of winning bidders','doc':TB,'turns':['天津春节需求响应走竞价要什么条件','竞价成功的企业名单在哪公示？都有谁'],'refuse':True},
 {'id':'r22m05','kind':'multi','note':'contrast one/two-star with three-star','doc':TC,'turns':['新余绿色建筑管理办法','三星级的设计评价证书怎么报','那一星二星的呢'],'must':[['省建设行政主管部门']],'passage':'由市建设行政主管部门报省建设行政主管部门评审'},
 {'id':'r22m06','kind':'multi','note':'topic switch to property management','doc':TC,'turns':['新余那个绿建办法什么时候到期的','物业公司那块有什么要求？'],'must':[['能源管理岗位']],'passage':'应当设置能源管理岗位，实行能源管理岗位责任制'},
]

with open(R/'questions.jsonl','w',encoding='utf-8') as f:
    for c in A+B+C: f.write(json.dumps(c,ensure_ascii=False)+'\n')
with open(R/'conversations.jsonl','w',encoding='utf-8') as f:
    for c in M: f.write(json.dumps(c,ensure_ascii=False)+'\n')

# owners.json for doc A: parse numbered items and the units in the trailing parentheses
t = (R/'knowledge'/f'{TA}.txt').read_text(encoding='utf-8')
owners = []
for m in re.finditer(r'^(\d+)\.([^。]+)。.*（([^（）]*?)负责[^（）]*）$', t, re.M):
    units = [u for u in re.split('、', m.group(3).replace('等有关部门','')) if u]
    owners.append({'doc': TA, 'no': m.group(1)+'.', 'title': m.group(2), 'units': units})
assert len(owners) == 21, len(owners)
json.dump(owners, open(R/'owners.json','w',encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(A+B+C), len(M), len(owners))
