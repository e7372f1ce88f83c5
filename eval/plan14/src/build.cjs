// Builds questions.jsonl and conversations.jsonl for suite plan14.
const fs = require('fs');
const path = require('path');
const Q = [
 ['overview','想翻翻盘锦工业增长方案那场解读会的新闻，记得是三月下旬开的，具体哪天？',[['3月30日']],'3月30日,市政府新闻办召开','date of the briefing; lead paragraph'],
 ['overview','工业三年方案解读那次会，是那个系列发布会的开篇场吗？不是的话是第几回？',[['第二场']],'主题系列第二场新闻发布会','ordinal in the series, with a wrong guess; lead paragraph'],
 ['overview','专项方案管几年？从23年起，到哪一年收尾',[['2025']],'专项方案(2023-2025年)','period of the plan, start given colloquially; title in lead'],
 ['overview','通稿头一段说，这方案奔着在啥上实现新突破？另外产业结构那块说要加快咋样',[['工业经济增长'],['结构优化']],'促进工业经济增长上实现新突破的总体目标','two asks in one; lead paragraph'],
 ['target','我开了家化工配件厂。方案给盘锦这个石化精细化工基地的定位是全国性的，还是省内的？',[['全国重要']],'全国重要的石化及精细化工产业基地建设突飞猛进','either-or on the base level; quantity targets'],
 ['target','工业三年方案里，规上增加值每年涨幅是瞄着全省平均线，还是给了个硬百分比？',[['不低于全省平均']],'规模以上工业增加值年均增速不低于全省平均水平','growth target has no percentage; quantity targets'],
 ['target','园区要报对标数：高新技术企业那项，到二五年末市里的盘子是多大？',[['230']],'高新技术企业数量达到230家以上','high-tech enterprise count; quality targets'],
 ['target','独角受、瞪羚、雏鹰这三类加起来，目标是不是一百五十家？',[['130']],'雏鹰、瞪羚、独角兽企业数量达到130家以上','typo 独角受 + wrong figure to correct; quality targets'],
 ['target','核心技术攻关那个数要是一年一考，咱压力就大了，方案到底是咋算的？',[['累计'],['60']],'三年累计实施核心技术攻关60项以上','cumulative vs yearly; quality targets'],
 ['target','规上工业企业研发投入占GDP的比例，方案要拉高零点几个百分点？跟哪年比',[['0.8'],['2022']],'较2022年提高0.8个百分点','R&D increase and base year; two asks'],
 ['target','规上工业营收在全省占比，方案想让咱守住第几名？',[['第三']],'规模以上工业营业收入占全省的比重稳步提升,稳居全省第三位','revenue rank; contribution targets'],
 ['target','搞粮油加工的问一句：这行营收全省排名是守位置还是要往上挤？定的第几',[['跃居'],['第三']],'粮油加工营业收入占全省比重明显攀升,跃居全省第三位','grain-oil rank, hold vs climb; contribution targets'],
 ['target','电子信息产业这摊，方案给的期末目标原话咋说？',[['初具规模']],'电子信息产业基地建设初具规模','electronics base target wording'],
 ['target','东北粮食集散加工基地，方案原话是实力“显著增强”吧？',[['稳步增强']],'东北粮食集散和精深加工基地实力稳步增强','misquote to correct; quantity targets'],
 ['target','Does the plan set an oil & gas output figure for Panjin? I need the original Chinese phrase for a slide.',[['千万吨']],'油气采掘业继续保持千万吨稳产','English; oil and gas output target'],
 ['overview','辽宁要建三个万亿级产业基地，方案说盘锦在这里头干啥？',[['贡献更大力量','更大力量']],'为辽宁建设三个万亿级产业基地贡献更大力量','overall goal wording'],
 ['task','任务单上十一号是哪项？',[['创新平台建设']],'抓好创新平台建设3项任务','task by ordinal (11)'],
 ['task','排第十七的重点任务叫什么名儿？',[['试点示范创建']],'抓好试点示范创建3项任务','task by ordinal (17)'],
 ['task','重点任务从后往前倒着数，第七个是啥',[['重点工程建设']],'设置了抓好重点工程建设','task by reverse ordinal (7th from last = 15)'],
 ['task','第十九条任务具体说要干啥？',[['产业开发区'],['六个一体化','精细化水平']],'严格按照市第八次党代会提出的“六个一体化”要求','task 19 name and content'],
 ['task','What\'s item no. 10 on Panjin\'s task list, and what heading covers it? Chinese terms pls.',[['核心技术攻关'],['创新为要']],'抓好核心技术攻关、抓好创新平台建设','English; task 10 and its aspect (4)'],
 ['task','我们做工业APP的，开发数字化应用场景归哪条任务管？',[['工业化和信息化融合','两化融合']],'抓好工业化和信息化融合3项任务','which task covers application scenarios; aspect 3'],
 ['task','方案里让企业多上高端、高附加值的产品，这是哪项任务的内容？',[['项目建设']],'拓展高端和高附加值产品比例','which task; aspect 3 first task'],
 ['task','21项任务名称里带“石化”俩字的有几项？分别叫啥',[['有序发展'],['产业配套']],'抓好石化及精细化工产业有序发展','count by name; aspect 1'],
 ['task','“以产业链为纽带”挑突破口那句，是讲的哪项任务？',[['新兴产业']],'全力开展新兴产业培育和招引','which task; aspect 5 second task'],
 ['task','重点任务那八块，哪块聚焦的是群策群力？底下几项任务',[['质效同抓','合力攻坚'],['2项','高标准科学服务']],'七是推动质效同抓的合力攻坚','aspect by focus, and its task count'],
 ['policy','有个引才工程名字挺形象，好比栽树连根带土一块儿挪，叫啥？',[['带土移植']],'实施“项目+团队”“带土移植”工程','programme described, not named; aspect 8'],
 ['policy','补链强链那种专项行动，方案里正式名称叫啥？冲着提升啥去的',[['产业链培育提升'],['韧性']],'深入开展产业链培育提升专项行动','programme described; aspect 3'],
 ['policy','对辽河油田，方案就是一句“全力支持”？具体支持啥',[['稀油增量提效','稠油优化提质','外围上产','油区本部']],'全力支持辽河油田稀油增量提效、稠油优化提质','oilfield task content; aspect 2'],
 ['policy','我们厂做化工新材料的配套，方案说提高配套能力主要是看哪片市场？还有跟着啥需要',[['环渤海'],['新技术新工艺','新工艺']],'立足环渤海石化产业的市场需求','two asks; aspect 1 supporting task'],
 ['policy','产业开发去要照着几个“一体化”来建？谁提的',[['六个一体化','六个'],['第八次党代会','第八次']],'严格按照市第八次党代会提出的“六个一体化”要求','typo 开发去; requirement and source'],
 ['measure','专家不愿全职过来，人才方面方案有啥灵活的招？',[['候鸟式','柔性引才']],'创新“候鸟式”柔性引才机制','flexible talent mechanism described'],
 ['measure','中小微企业融资须求这块，方案是让谁来加把劲？',[['银行机构','银行'],['贷款投放']],'引导银行机构加大对中小微企业贷款投放力度','typo 须求; financing measure'],
 ['policy','我们企业想申报绿色示范，市里引导的是哪一级别以上的？帮企业明确啥',[['省级以上'],['绿色发展目标']],'引导企业开展省级以上绿色发展各类试点示范创建工作','two asks; aspect 6 pilots'],
 ['policy','给大企业做配套的小厂，方案说大中小企业协同围绕啥来推？还提了哪几种融合合作',[['资源综合利用','头部企业配套'],['油地融合','央地合作']],'围绕资源综合利用、头部企业配套等方面','two asks; aspect 2 third task'],
 ['policy','揭榜挂师是针对啥项目的，主要解决啥',[['重大科技项目'],['卡脖子']],'推行重大科技项目“揭榜挂帅”制度','homophone typo 挂师; aspect 4'],
 ['policy','科技型企业梯度培育计划主要干些啥？是只管培育本地的吗',[['孵化','引进','扶植']],'加大科技型企业的孵化、培育、引进、扶植力度','named programme content; aspect 4'],
 ['measure','保障那块三条，各管确保啥到位？',[['层层落实'],['项目引进'],['任务执行']],'明晰责任确保层层落实到位、扩大开放确保项目引进到位','safeguards, three ensures'],
 ['owner','台上姓杨那位副局长，是哪个局派来的？',[['金融发展局']],'市金融发展局党组成员、副局长杨光','speaker by surname'],
 ['owner','Who was the Commerce Bureau\'s man (or woman) at the podium? Chinese name only.',[['王培夙']],'市商务局党组成员、副局长王培夙','English; speaker of the commerce bureau'],
 ['owner','刘云跟王国君各自是哪个局的？',[['科技局'],['营商局']],'市科技局党组成员、副局长刘云','two speakers at once'],
 ['owner','王健是代表哪个单位上台的？',[['工业和信息化局']],'市工业和信息化局党组成员、副局长王健','speaker to bureau'],
 // refusals
 ['oos','方案说跟辽河油田搞储能，那储能电站装机规模定的多少万千瓦？',null,null,'no capacity figure for the storage projects'],
 ['oos','新闻办那个系列，第三场发布会讲的是哪个方案？',null,null,'only the second session is described'],
 ['oos','船舶和海工装备制造这块，方案里咋安排的？有具体目标没',null,null,'shipbuilding / offshore equipment never mentioned'],
 ['oos','那场发布会是上午开还是下午开？几点开始的',null,null,'only the date is given, no time of day'],
 ['oos','中小微企业找银行贷款，政府性融资担保费率能降到多少？',null,null,'no guarantee fee rate in the text'],
 ['oos','化工园区安全整治、封闭化管理这些，方案有啥具体要求？',null,null,'chemical-park safety not covered'],
];
const C = [
 [['方案里讲人才引进的是哪一项任务？','跟它同一块的另一项，说到企业上市是怎么讲的？'],[['资本市场']],'加快推进企业上市工作,帮助企业利用资本市场','follow-up sibling task (finance) in aspect 8'],
 [['夯实工业基础那一块，设的任务都有啥？','排中间那项里搞了个啥专项行动？'],[['产业链培育提升']],'深入开展产业链培育提升专项行动','follow-up middle task of aspect 3'],
 [['科技局那天谁来发布的？','名单上紧挨着他往下那位，叫啥，哪个局？'],[['王培夙'],['商务局']],'市商务局党组成员、副局长王培夙','follow-up next speaker in the list'],
 [['“量的合理增长”里电子信息那条咋说的？','那东北粮食那个基地呢，说要咋样？'],[['稳步增强']],'东北粮食集散和精深加工基地实力稳步增强','follow-up sibling target'],
 [['方案后头讲保障的部分，分了几条？','里头讲开放合作的那条，图的是啥能到位？'],[['项目引进']],'扩大开放确保项目引进到位','follow-up safeguard purpose'],
 [['科技企业分级培育那个库，咋进？','入了库的企业一年能拿多少培育资金？'],null,null,'refusal follow-up: no funding amount'],
];
const out = [];
Q.forEach((c, i) => {
  const id = `p14-${String(i + 1).padStart(2, '0')}`;
  const [kind, q, must, passage, note] = c;
  out.push(JSON.stringify(must ? { id, kind, q, must, passage, note } : { id, kind, q, refuse: true, note }));
});
fs.writeFileSync(path.join(__dirname, '..', 'questions.jsonl'), out.join('\n') + '\n');
const co = C.map((c, i) => {
  const id = `p14-m${String(i + 1).padStart(2, '0')}`;
  const [turns, must, passage, note] = c;
  return JSON.stringify(must ? { id, kind: 'multi', turns, must, passage, note } : { id, kind: 'multi', turns, refuse: true, note });
});
fs.writeFileSync(path.join(__dirname, '..', 'conversations.jsonl'), co.join('\n') + '\n');
console.log(`questions ${out.length}, conversations ${co.length}`);
