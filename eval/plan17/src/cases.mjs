// Source of truth for suite plan17. src/build.mjs writes questions.jsonl / conversations.jsonl from this.
// must alternatives and passages are strings of the FOLDED seed (opencc hk->cn, pinyin glosses dropped).
export const questions = [
// ---- overview (6)
{kind:'overview', q:'归档用：工业增长三年方案那场解读会，新闻办是哪天召集的？', must:[['3月30日']], passage:'3月30日,市政府新闻办召开', note:'date of the briefing'},
{kind:'overview', q:'听说那个振兴新突破的系列会开了好几场，讲工业方案的是打头那场不？', must:[['第二场']], passage:'主题系列第二场新闻发布会', note:'not the first: second session of the series'},
{kind:'overview', q:'红头文件要写方案全名，后面那个括号里起止年份帮我确认下', must:[['2023-2025']], passage:'工业增长三年行动专项方案(2023-2025年)', note:'period in the full title'},
{kind:'overview', q:'这方案说要给哪年基本实现现代化打底子？另外它要推动哪个五年规划的目标落地', must:[['2035'],['十四五']], passage:'为2035年基本实现现代化打下坚实基础', note:'two asks: 2035 + 14th FYP'},
{kind:'overview', q:'方案讲完以后，工信局说自己接下来打算咋抓？用了几个带“化”的词', must:[['清单化'],['工程化']], passage:'清单化、项目化、工程化抓好落实', note:'implementation style of the bureau'},
{kind:'overview', q:'开场导语里除了工业强市，还说要加快啥优化、啥升级？', must:[['产业结构'],['企业转型']], passage:'加快产业结构优化和企业转型升级', note:'lead paragraph'},
// ---- targets (12)
{kind:'target', q:'我们园区报数用，全市高企到25年末最少得有几家？', must:[['230']], passage:'高新技术企业数量达到230家以上', note:'high-tech enterprises >=230'},
{kind:'target', q:'我们公司刚进了瞪铃库，方案对这几档成长型科技企业定的总盘子是多少？', must:[['130']], passage:'雏鹰、瞪羚、独角兽企业数量达到130家以上', note:'eaglet/gazelle/unicorn >=130'},
{kind:'target', q:'核心技术攻关那60项，是每年各干60还是三年加起来？', must:[['累计']], passage:'三年累计实施核心技术攻关60项以上', note:'cumulative over three years'},
{kind:'target', q:'研发投入占比那个指标，拿哪年当基数、要往上拔多少？', must:[['2022'],['0.8']], passage:'较2022年提高0.8个百分点', note:'two asks: base year + rise'},
{kind:'target', q:'油田家属问：方案对油气一年出多少是咋要求的，有没有说要增产？', must:[['千万吨'],['稳产']], passage:'油气采掘业继续保持千万吨稳产', note:'keep 10 Mt stable'},
{kind:'target', q:'规上工业增加直涨多快算合格？有没有写死几个点', must:[['全省平均水平','不低于全省']], passage:'年均增速不低于全省平均水平', note:'no fixed percentage, benchmark = provincial average'},
{kind:'target', q:'石化精细化工营收想在全省排老几？规上工业营收呢？俩名次都说下', must:[['第二位','第二'],['第三位','第三']], passage:'石化及精细化工营业收入占全省比重进一步提高,稳居全省第二位', note:'two ranks'},
{kind:'target', q:'做大米加工的，方案让这行营收排名是保还是冲，目标第几', must:[['跃居'],['第三']], passage:'粮油加工营业收入占全省比重明显攀升,跃居全省第三位', note:'grain & oil: leap to 3rd'},
{kind:'target', q:'电子信息那个基地到期末是建成了还是刚成型？原文咋说', must:[['初具规模']], passage:'电子信息产业基地建设初具规模', note:'electronics base'},
{kind:'target', q:'东北那个粮食集散兼深加工的基地，方案说实力要变得咋样', must:[['稳步增强']], passage:'东北粮食集散和精深加工基地实力稳步增强', note:'grain base strength'},
{kind:'target', q:'Quick Q: R&D/GDP of Panjin\'s big industrial firms — which provincial spot is the 2025 goal? Pls answer in 中文', must:[['第三位','第三']], passage:'内部经费支出占GDP比重居全省第三位', note:'EN; R&D share rank 3rd'},
{kind:'target', q:'盘锦自己那个石化基地方案给的定位是啥级别？要撑起辽宁的哪种基地', must:[['全国重要'],['世界级']], passage:'全国重要的石化及精细化工产业基地建设突飞猛进', note:'national-important base supports world-class base'},
// ---- tasks (9)
{kind:'task', q:'二十号任务管的是哪摊事？', must:[['高精尖缺']], passage:'抓好“高精尖缺”人才培引', note:'task 20'},
{kind:'task', q:'倒着数第八项任务叫啥来着', must:[['现代服务业融合']], passage:'抓好先进制造业与现代服务业融合', note:'21-8+1 = task 14'},
{kind:'task', q:'清单上第4条任务是啥，挂在哪一大块下面？', must:[['头部企业引育'],['龙头带动']], passage:'二是推动龙头带动的企业集聚', note:'task 4 + its aspect'},
{kind:'task', q:'排行老六的那项任务，方案要求具体干点啥', must:[['项目建设'],['高附加值','重点项目']], passage:'拓展高端和高附加值产品比例', note:'task 6 = 抓好项目建设'},
{kind:'task', q:'第七大块叫个啥名？下面挂几项', must:[['质效同抓'],['2项']], passage:'七是推动质效同抓的合力攻坚', note:'aspect 7 + count'},
{kind:'task', q:'方案说要破解“卡脖子”，这是21项里哪项任务底下的事', must:[['核心技术攻关']], passage:'组织开展联合技术攻关,解决“卡脖子”难题', note:'membership: task 10'},
{kind:'task', q:'“雏鹰-瞪羚-独角兽”那套评价标准是在哪项任务里提的', must:[['科技型企业引育']], passage:'按照“雏鹰-瞪羚-独角兽”企业评价标准,建立储备库', note:'membership: task 9'},
{kind:'task', q:'任务名称里有“企业”二字的，统共几条？列出来', must:[['头部企业引育'],['大中小企业融通'],['科技型企业引育']], passage:'抓好头部企业引育、抓好大中小企业融通', note:'count by name: 3 tasks'},
{kind:'task', q:'机关干部一对一上门帮企业那个行动，对应21项里哪一条', must:[['高标准科学服务']], passage:'高标准实施好“千人助千企”专项行动', note:'described programme -> task 18'},
// ---- policy (10)
{kind:'policy', q:'我们是做二氧化碳封存技术的公司，方案里市里跟谁合伙推储碳？那几个库统称叫啥', must:[['辽河油田'],['三大储库']], passage:'与辽河油田共同推进好储气、储碳、储能“三大储库”建设', note:'two asks'},
{kind:'policy', q:'我是给油田修抽油机的民营小老板，方案对我们这号跟油田、央企配套的有啥提法', must:[['油地融合'],['央地合作','大中小企业协同']], passage:'积极推动油地融合、央地合作、大中小企业协同', note:'supplier of oilfield'},
{kind:'policy', q:'我们卖MES和智能工厂方案的，市里推广的是哪些人的建设指南？', must:[['先进地区'],['知名企业']], passage:'推广应用先进地区、知名企业智能工厂建设指南', note:'smart factory guides'},
{kind:'policy', q:'开了个模具厂，银行代款老批不下来，市里这方案能帮上啥', must:[['贷款投放','银行机构']], passage:'引导银行机构加大对中小微企业贷款投放力度', note:'SME lending'},
{kind:'policy', q:'公司董事会想两年内去申报IPO，方案里对这事咋表态的', must:[['企业上市'],['资本市场']], passage:'加快推进企业上市工作,帮助企业利用资本市场做强做优', note:'listing'},
{kind:'policy', q:'想把南方一个研究院连团队带课题整建制迁过来，市里有相应的工程吗', must:[['带土移植']], passage:'实施“项目+团队”“带土移植”工程', note:'transplant-with-soil'},
{kind:'policy', q:'有个教授不愿落户，只肯寒暑假过来待一阵，这种引材方式方案认吗', must:[['候鸟式']], passage:'创新“候鸟式”柔性引才机制', note:'migratory-bird talent'},
{kind:'policy', q:'我们厂准备搞产品认证、参与标准制定，方案说要借这些把各产业推向哪', must:[['高端'],['优质']], passage:'推动各产业向高端、优质发展', note:'quality-brand task'},
{kind:'policy', q:'搞氢燃料电池的初创问一句，新兴产业这块市里光自己培育还是也往里招？拿啥当纽带', must:[['招引'],['产业链']], passage:'全力开展新兴产业培育和招引', note:'two asks'},
{kind:'policy', q:'化工下游厂问：方案推石化产品就地加工，是按啥做基准的', must:[['物料平衡']], passage:'以物料平衡为基准,推动石化产品本地加工', note:'material balance'},
// ---- measure (1)
{kind:'measure', q:'Safeguards at the back of Panjin\'s plan: how many, what names? Answer in 中文 pls', must:[['强化组织保障'],['加强开放合作'],['做好督查督办']], passage:'确定了强化组织保障、加强开放合作、做好督查督办3项措施', note:'EN; three safeguards'},
// ---- owner / speakers (4)
{kind:'owner', q:'金融口上台的那位副局长怎么称呼', must:[['杨光']], passage:'市金融发展局党组成员、副局长', note:'speaker: finance bureau'},
{kind:'owner', q:'名字里带个“夙”字的那位，在哪个单位上班', must:[['商务局']], passage:'市商务局党组成员、副局长', note:'speaker: Wang Peisu'},
{kind:'owner', q:'Liu Yun at the Panjin briefing — which bureau & job title? Pls answer in 中文', must:[['科技局'],['副局长']], passage:'市科技局党组成员、副局长', note:'EN; speaker Liu Yun'},
{kind:'owner', q:'名单最上面那个姓王的，单位全称写一下', must:[['工业和信息化局']], passage:'市工业和信息化局党组成员、副局长', note:'first speaker Wang Jian'},
// ---- refusals (6)
{kind:'oos', q:'那场发布会是谁主持的？新闻办哪位领导？', refuse:true, note:'host not named'},
{kind:'oos', q:'方案给盘锦2025年地区生产总值定的是多少亿？', refuse:true, note:'no GDP total target'},
{kind:'oos', q:'中小企业上云用云，照这个方案一家能补多少钱？', refuse:true, note:'no cloud subsidy'},
{kind:'oos', q:'盘锦英才计划引来的博士，人才公寓能免租住几年？', refuse:true, note:'no housing terms'},
{kind:'oos', q:'发布会上说今年一季度全市规上工业增加值涨了多少？', refuse:true, note:'no Q1 figure'},
{kind:'oos', q:'雏鹰瞪羚独角兽那个储备库，入库资格管几年，要不要年年复核？', refuse:true, note:'no validity/review rules'},
];

export const conversations = [
{turns:['盘锦工业方案里碳达峰是放在21项里的哪项？','紧跟它后头那项说要引导企业干啥？'], must:[['省级以上'],['试点示范']], passage:'引导企业开展省级以上绿色发展各类试点示范创建工作', note:'task 16 -> next task 17'},
{turns:['那天台上都有谁？列一下','名单上倒数第二位是哪个局的、叫啥'], must:[['金融发展局'],['杨光']], passage:'市金融发展局党组成员、副局长', note:'4th of 5 speakers'},
{turns:['讲科技创新的那一块设了几项任务？','排头那项最后想打造出个啥“群”？'], must:[['科技型企业群']], passage:'加大科技型企业的孵化、培育、引进、扶植力度,打造科技型企业群', note:'aspect 4 first task'},
{turns:['对全省贡献那块儿一共列了几个排名？','这里头哪个行业的名次定在第二？'], must:[['石化']], passage:'石化及精细化工营业收入占全省比重进一步提高,稳居全省第二位', note:'rank 2 = petrochemicals'},
{turns:['方案里提产业开发区了吗？','照哪次会上提的要求搞，要求叫啥'], must:[['第八次党代会'],['六个一体化']], passage:'市第八次党代会提出的“六个一体化”要求', note:'two asks'},
{turns:['方案里提到推企业上市了吧？','那市里上市后备企业库现在入库多少家？'], refuse:true, note:'no reserve-list count'},
];
