import json
PLAN="盘锦市工业增长三年行动专项方案-新闻发布会解读"
TH="广州市天河区深化支持港澳青年创新创业高质量发展实施办法"
FGF="全国深化“放管服”改革优化营商环境电视电话会议重点任务分工方案"
NY="生态环境部、农业农村部有关司局负责同志就《农业面源污染治理与监督指导实施方案（试行）》答记者问"
VOC="国务院关于印发国家职业教育改革实施方案的通知"
ELD="广州市人民政府办公厅关于印发广州市居家社区养老服务管理办法的通知"
FD="广州市卫生健康委等4部门关于印发推进广州市家庭医生签约服务高质量发展实施方案的通知"
LG="上海市人民政府关于深化完善“双特”政策支持临港地区新一轮发展的若干意见"
LH="中共柳河县委柳河县人民政府关于支持重点产业加快发展的实施意见"
UI="广州市失业保险常见问题解答（2025年11月版）"
Q=[]
def q(kind,text,must,passage,note,comment):
    Q.append({"id":"e%02d"%(len(Q)+1),"kind":kind,"q":text,"must":must,"passage":passage,"note":note,"comment":comment})
def oos(text,note,absent,absentAll,comment):
    Q.append({"id":"e%02d"%(len(Q)+1),"kind":"oos","q":text,"refuse":True,"note":note,"absent":absent,"absentAll":absentAll,"comment":comment})
# ---- plan (8) ----
q("target","Under Panjin's three-year industrial growth plan (2023-2025), by how many percentage points should the R&D spending of industrial firms above designated size rise as a share of GDP compared with 2022?",[["0.8"]],"支出占GDP比重较2022年提高0.8个",PLAN,"formal; abbreviation R&D")
q("target","How many of those fast-growing tech companies - the ones graded from 'young eagle' start-ups through 'gazelles' up to 'unicorns' - does Panjin want to have by the end of 2025?",[["130"]],"独角兽企业数量达到130家以上",PLAN,"concept described; must not be confused with 230 high-tech enterprises")
q("owner","At the press conference on the Panjin industrial growth plan, who spoke on behalf of the municipal financial development bureau?",[["杨光"]],"市金融发展局党组成员、副局长杨光",PLAN,"formal; speaker list")
q("task","The Panjin plan groups its 21 tasks into eight areas. What does the seventh area cover?",[["高标准科学服务","千人助千企"],["产业开发区"]],"抓好产业开发区高质量发展2项任务",PLAN,"ordinal, number as word")
q("policy","We're an SME in Panjin and the banks keep turning down our loan applications. Is there anything in the plan about helping small firms get financing?",[["中小微企业"],["贷款"]],"引导银行机构加大对中小微企业贷款投放力度",PLAN,"plain; abbreviation SME")
q("policy","Does Panjin's industrial plan offer anything for companies preparing an IPO?",[["资本市场"]],"加快推进企业上市工作",PLAN,"plain; abbreviation IPO")
q("measure","What safeguard measures does the Panjin industrial growth plan set out to make sure it is actually implemented?",[["组织保障"],["开放合作"],["督查督办"]],"加强开放合作、做好督查督办3项措施",PLAN,"formal")
oos("What total industrial output value, in RMB, is Panjin targeting for 2025 under this plan?",PLAN,["总产值","工业产值","亿元","万元"],["工业总产值"],"the plan gives growth rates and rankings, no absolute output value")
# ---- real-dev (10) ----
q("policy","I'm from Macau and have worked for over a year at a company in the Tianhe base for Hong Kong and Macau young entrepreneurs. I rent my own flat instead of living in a talent apartment - can I get a housing allowance, and how much?",[["1500元"],["2年"]],"在职期间可领取每人每月1500元住房补贴",TH,"plain, first person; British 'flat'")
q("target","What does Article 3 of the Tianhe District measures give to an incubator recognised at national level for Hong Kong and Macao youth innovation and entrepreneurship?",[["80万元"]],"分别给予每家80万元、30万元、20万元一次性配套建设支持",TH,"article reference; British spelling")
q("policy","My co-founder and I are young entrepreneurs from Taiwan. Can we also apply for the Tianhe support that's meant for Hong Kong and Macau youth?",[["台湾青年"],["参照"]],"在天河区创新创业的台湾青年参照本办法执行",TH,"plain; Article 11 without naming it")
q("owner","In the State Council's 2020 division-of-labour plan on streamlining administration and optimising the business environment, which agency is responsible for cutting the average processing time of export tax refunds to eight working days?",[["税务总局"]],"将正常出口退税业务平均办理时间压减至8个工作日以内",FGF,"formal; number as word; British 'optimising'")
q("owner","Which ministry takes the lead on making work permits easier for foreigners coming to work in China, including letting foreign talent with a talent visa skip the work permit in pilot areas?",[["科技部"]],"指导地方试点持人才签证的外国人才免办工作许可",FGF,"expatriate; concept described")
q("owner","Task 20 of the 2020 State Council task allocation plan for the business environment deals with the Foreign Investment Law. Which departments lead it?",[["商务部"],["国家发展改革委"],["司法部"]],"严格执行外商投资法及配套法规",FGF,"item reference; foreign investor")
q("target","According to the two ministries' Q&A, what should be achieved by 2035 on pollution from diffuse farm run-off - fertiliser, pesticide and manure washing into soil and water rather than coming out of a single pipe?",[["显著降低"],["全面建立"]],"重点区域土壤和水环境农业面源污染负荷显著降低",NY,"concept described instead of named (non-point source pollution)")
q("target","What utilisation rates have chemical fertilisers and pesticides reached for China's three main grain crops, according to the officials?",[["40.2%"],["40.6%"]],"三大粮食作物化肥农药利用率分别达到40.2%和40.6%",NY,"British spelling")
q("owner","Which departments of the Ministry of Ecology and Environment and the Ministry of Agriculture and Rural Affairs answered reporters' questions about the agricultural non-point source pollution plan?",[["土壤生态环境司"],["科技教育司"]],"生态环境部土壤生态环境司与农业农村部科技教育司",NY,"formal")
oos("How large are the fines for farmers who over-apply chemical fertilizer under the agricultural non-point source pollution plan?",NY,["罚","处分"],["化肥罚款","施肥罚款"],"the Q&A names no penalties; American spelling")
# ---- real / real3 (22) ----
q("target","By 2022, how many high-level higher vocational colleges and how many key specialty groups does the State Council plan to build?",[["50所"],["150个"]],"建设50所高水平高等职业学校和150个骨干专业",VOC,"formal")
q("task","What's the sixth measure in the national vocational education reform plan?",[["1+X"]],"启动1+X证书制度试点工作",VOC,"ordinal")
q("target","Teachers who can both teach theory in the classroom and guide hands-on practical training - what share of specialized-course teachers should they make up?",[["超过一半"]],"占专业课教师总数超过一半",VOC,"concept described (dual-qualified teachers); American spelling")
q("policy","My grandmother lives alone in Guangzhou and counts as a first-category recipient of home-care service support. How much does she get per month, and is there anything extra if she's assessed as severely disabled?",[["400元"],["200元"]],"第一类资助对象每人每月400元",ELD,"plain, family member")
q("measure","Under Article 36 of Guangzhou's measures on home and community elderly care, how much is the subsidy for a care organisation rated five stars?",[["10万元"]],"被评为五星级的给予10万元",ELD,"article reference")
q("owner","Which government department is responsible for home- and community-based elderly care services in Guangzhou?",[["市民政部门"]],"市民政部门是本市居家社区养老服务工作的主管部门",ELD,"formal")
q("target","By 2035, what share of Guangzhou residents is expected to be covered by family doctor contracts?",[["75%"]],"签约服务覆盖率达到75%以上",FD,"not the 95% for key groups")
q("policy","I'm an expat in Guangzhou with diabetes and I've signed up with a family doctor. Can I get several months of medication on one prescription instead of going back every month?",[["3个月"]],"经家庭医生评估可将处方用药量最长放宽至3个月",FD,"expatriate, plain")
q("owner","In Annex 2, the task allocation table, which unit leads item 20 - widening career-advancement channels for family doctors?",[["市人社局"]],"拓宽家庭医生职业上升通道",FD,"item reference in a tab-separated table")
oos("How much does the basic family doctor service package cost per year in Guangzhou, in yuan?",FD,["万元","元/","每人每年"],["基本服务包年费"],"the plan says fees are shared by insurance, public-health funds and residents but states no amount")
q("overview","What period do the Shanghai government's 'special mechanisms and special policies' for the Lingang area cover?",[["2016年至2018年"]],"政策期限为2016年至2018年",LG,"concept described ('double special')")
q("policy","My colleague from another province holds a Shanghai residence permit and works and lives in Lingang. How many bonus points a year can he earn toward his residence-permit score, and what's the cap?",[["2分"],["20分"]],"满5年后开始计入总积分，最高分值为20分",LG,"plain")
q("owner","Measure twelve of the Lingang opinions deals with public-private partnerships. Who bears the fiscal payment obligations of PPP projects?",[["临港地区管委会"]],"PPP项目涉及的财政支付责任，由临港地区管委会承担",LG,"item reference as word; abbreviation PPP")
oos("What reduced corporate income tax rate do qualifying enterprises in Lingang enjoy under these opinions?",LG,["所得税","税率"],["企业所得税"],"foreign investor; the opinions give no tax rate")
q("policy","We're a foreign-invested manufacturer planning a new factory in Liuhe County, Jilin, with fixed-asset investment of fifteen million yuan. What investment reward could we expect?",[["5%—20%"]],"按固定资产投资的5%—20%给予企业奖励",LH,"foreign investor; number as words")
q("target","How big is the reward in Liuhe for a company that lists on the STAR Market or ChiNext?",[["200万元"]],"对在中小板、创业板、科创板上市企业",LH,"plain; not the 300万元 main board")
q("measure","What does Article 14 of Liuhe County's opinions on key industries offer when a firm is newly counted as an above-scale industrial enterprise?",[["20万元"]],"对新增并纳入统计口径的规模以上工业企业，给予企业20万元奖励",LH,"article reference; the source writes 第 1 4 条 with spaces")
q("owner","Who heads the office of Liuhe County's leading group for key industries, and who serve as deputy heads?",[["分管副县长"],["县商务局局长"],["县工信局局长"]],"办公室主任由分管副县长兼任",LH,"formal")
q("target","I've just been laid off in Guangzhou. How much unemployment benefit would I get each month?",[["2250元"]],"目前发放标准为每月2250元",UI,"plain")
q("target","What's the longest period someone can receive unemployment benefits in Guangzhou?",[["二十四个月"]],"失业保险金领取期限最长为二十四个月",UI,"the text writes the number in characters")
q("policy","My HR department told me my employment contract simply expired and won't be renewed. Does that still count as losing my job involuntarily, so I can claim unemployment benefit?",[["劳动合同期满"]],"非因本人意愿中断就业的，包括以下情形",UI,"plain; abbreviation HR")
oos("Is there an extra allowance for a spouse or children on top of the unemployment benefit in Guangzhou?",UI,["配偶","子女","家属"],["家属补贴"],"expatriate; no dependants' allowance in the FAQ")
C=[
 {"id":"ec1","kind":"multi","turns":["I'm considering an investment in Liuhe County in Jilin province. Which industries does the county's support policy focus on?","And what would a company there get the first time it is recognized as a national high-tech enterprise?"],"must":[["20万元"]],"passage":"对初次认定为国家高新技术企业的，给予企业20万元奖励","note":LH,"comment":"bare follow-up ('there'); American spelling"},
 {"id":"ec2","kind":"multi","turns":["How do I apply for unemployment benefits in Guangzhou?","Once I've applied, how long does the review take, and when does the money actually arrive?"],"must":[["7个工作日"],["15日"]],"passage":"自受理申请之日起7个工作日内审核办结","note":UI,"comment":"follow-up without naming the document"},
 {"id":"ec3","kind":"multi","turns":["What is Guangzhou doing to improve family doctor services?","What share of appointment slots do the bigger hospitals in a medical alliance have to keep aside for family doctors?","And by when is that share supposed to be reached?"],"must":[["2023年底"]],"passage":"到2023年底达到30%，以后逐年增加","note":FD,"comment":"three turns; last leans on 'that share' (30%), answered in Annex 1 indicator 7"},
 {"id":"ec4","kind":"multi","turns":["What support does Tianhe District in Guangzhou offer young entrepreneurs from Hong Kong and Macao?","Do they also get a personal income tax subsidy? At what rate?"],"refuse":True,"note":TH,"absent":["所得税","个税"],"absentAll":["个税补贴","个人所得税补贴"],"comment":"refusal: the measures say nothing about individual income tax subsidies"},
]
with open('questions.jsonl','w') as f:
    for c in Q: f.write(json.dumps(c,ensure_ascii=False)+'\n')
with open('conversations.jsonl','w') as f:
    for c in C: f.write(json.dumps(c,ensure_ascii=False)+'\n')
print(len(Q),len(C))
