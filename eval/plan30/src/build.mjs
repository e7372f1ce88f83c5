// Writes questions.jsonl and conversations.jsonl for eval/plan30 from the case list below.
// Run: node src/build.mjs   (then node src/dice.mjs and node check.mjs)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const HERE = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const DOC = '盘锦市工业增长三年行动专项方案(新闻发布会解读)';

// [kind, question, must (groups of alternatives) | null for refusal, passage, note]
const Q = [
  ['overview', '跟领导汇报用：这回讲工业增长方案的那场会，是市里哪个部门出面组织召开的？', [['新闻办']], '3月30日,市政府新闻办召开', 'organiser of the briefing'],
  ['overview', '做年度大事记要填日子，盘锦解读工业三年专项方案的那次发布会到底哪天开的', [['3月30日']], '3月30日,市政府新闻办召开', 'date of the briefing'],
  ['owner', '坐台上答记者问的那几位，分别代表了哪些局？列一下单位就行', [['工业和信息化局'], ['科技局'], ['商务局'], ['金融发展局'], ['营商局']], '市商务局党组成员、副局长王培夙', 'five speakers\' units'],
  ['owner', '商务系统派去参加发布的那位副局长，姓甚名谁？', [['王培夙']], '市商务局党组成员、副局长王培夙', 'speaker from commerce bureau'],
  ['owner', '王国君在那次发布会上是以哪个单位副局长的身份出席的？', [['营商局']], '市营商局党组成员、副局长王国君', 'Wang Guojun\'s unit'],
  ['target', '我们厂在统计口径上算规上企业，方案对全市规上工业增加值这几年涨速的要求，是拿什么做参照的？', [['全省平均水平', '不低于全省平均']], '规模以上工业增加值年均增速不低于全省平均水平', 'value-added growth benchmark'],
  ['target', '采油采气那个行业，方案是想往上翻产量，还是守住现有盘子？盘子多大', [['千万吨'], ['稳产']], '油气采掘业继续保持千万吨稳产', 'oil and gas output'],
  ['target', '电子信息这个产业在盘锦基础还弱吧？方案对它到25年的期望是个什么水平', [['初具规模']], '电子信息产业基地建设初具规模', 'electronics base'],
  ['target', '成长快的那几类科创企业，就是以鸟兽命名的那几种，合起来要达到几家？', [['130家']], '雏鹰、瞪羚、独角兽企业数量达到130家以上', 'eaglet/gazelle/unicorn count (described, not named)'],
  ['target', 'By plan end, how many hi-tech outfits must Panjin boast at minimum?', [['230']], '高新技术企业数量达到230家以上', 'English: high-tech enterprise target'],
  ['target', 'Our lab wonders whether those core-tech tackling jobs get counted yearly or summed up. Number?', [['60']], '三年累计实施核心技术攻关60项以上', 'English: core technology projects, cumulative'],
  ['target', 'Modernisation groundwork: what year is named?', [['2035']], '为2035年基本实现现代化打下坚实基础', 'English: long-term year'],
  ['target', '规模以上工业营收的比重，照方案到期末要在省里坐稳第几把交椅？', [['第三位', '第三']], '规模以上工业营业收入占全省的比重稳步提升,稳居全省第三位', 'rank of above-scale revenue'],
  ['target', '石化加精细化工这一行的收入，省内位次方案打算保在哪？', [['第二位', '第二']], '石化及精细化工营业收入占全省比重进一步提高,稳居全省第二位', 'petrochemical revenue rank'],
  ['target', '企业研发投入跟GDP的比值，在全省名次上给盘锦定了多少名的目标？', [['第三位']], '规模以上工业企业R&D内部经费支出占GDP比重居全省第三位', 'R&D ratio rank'],
  ['overview', '具体目标是拆成几块来写的？每块的小标题给我念一下', [['量的合理增长'], ['质的有效提升'], ['突出贡献']], '设置了3个方面的具体目标', 'three groups of targets'],
  ['overview', '整个方案一共摆了多少条要干的活儿，归成了几类？', [['21项'], ['8个方面']], '细化设置了8个方面共计21项任务', 'task count'],
  ['task', '排头第一块任务下面挂了几条？具体是哪几件事', [['有序发展'], ['产业配套']], '设置了抓好石化及精细化工产业有序发展、抓好石化及精细化工产业配套2项任务', 'first aspect tasks'],
  ['measure', '石化产品想留在本地深加工，方案说按啥来算、作为基准？', [['物料平衡']], '以物料平衡为基准,推动石化产品本地加工', 'material balance'],
  ['measure', '辽河那边的油有稀有稠，方案对两类油的开发口径分别咋说的', [['增量提效'], ['优化提质']], '全力支持辽河油田稀油增量提效、稠油优化提质', 'thin vs heavy oil'],
  ['task', '我在央企驻盘单位工作，方案里说的油田跟地方、央企跟地方搞合作，归到八大块的哪一块去了？', [['龙头带动', '企业集聚']], '积极推动油地融合、央地合作、大中小企业协同', 'oil-local cooperation aspect'],
  ['measure', '我们公司想建智能工厂，方案里有没有说要借鉴外面的啥东西？放在哪条任务下？', [['智能工厂建设指南', '建设指南'], ['工业化和信息化融合', '两化融合']], '推广应用先进地区、知名企业智能工厂建设指南', 'smart factory guide'],
  ['measure', '科技型企业储备库建起来以后，市里打算怎么个培育法，一刀切吗？', [['分级培育'], ['分类指导']], '建立储备库,分级培育、分类指导', 'tiered cultivation'],
  ['measure', '碰上关键技术被人家掐住的难题，市里准备用什么办法组织攻关？', [['揭榜挂帅']], '推行重大科技项目“揭榜挂帅”制度', 'open-competition mechanism described'],
  ['task', '我们是做检测认证的机构，方案里管质量、标准、认证这摊事的任务，落在第几个方面？那个方面叫啥', [['提档为先', '精准发力'], ['质量品牌建设']], '充分发挥质量、标准、认证、品牌培育等对工业各行业发展的促进作用', 'quality/certification aspect'],
  ['measure', '新兴产业不可能样样都上，方案靠什么标准圈定突破口？', [['最有基础和条件'], ['战略特质']], '选择最有基础和条件、最具战略特质的核心技术及关键领域进行重点突破', 'how emerging fields are chosen'],
  ['task', '把21项任务按顺序一条条往下数，数到第14条是哪一条？', [['现代服务业融合', '两业深度融合']], '抓好先进制造业与现代服务业融合3项任务', 'ordinal 14'],
  ['task', '任务清单从第一条往下数，第九条讲的是什么内容', [['科技型企业引育']], '设置了抓好科技型企业引育、抓好核心技术攻关、抓好创新平台建设3项任务', 'ordinal 9'],
  ['policy', '工业里各个行业碳达峰，是要求一齐到顶，还是排着队一个接一个？', [['梯次达峰']], '推进各行业落实碳达峰目标任务、实行梯次达峰', 'staggered peaking'],
  ['task', '“千人助千企”这个行动，方案是揣在哪一块、哪一条任务里讲的？', [['质效同抓', '合力攻坚'], ['高标准科学服务']], '高标准实施好“千人助千企”专项行动', 'aspect of thousand cadres campaign'],
  ['policy', '搞产业开发区建设，精细化水平要对照哪次市党代会、什么提法来提高？', [['第八次'], ['六个一体化']], '严格按照市第八次党代会提出的“六个一体化”要求', 'parks requirement'],
  ['measure', '方案里跟引才有关的那几个带“英才”“学子”的计划和行动，全称都报一下', [['兴辽英才计划'], ['盘锦英才计划'], ['百万学子留辽来辽']], '持续开展“兴辽英才计划”“盘锦英才计划”和“百万学子留辽来辽”专项行动', 'talent programmes'],
  ['measure', '有的专家不肯全职来，一年飞来几趟那种，方案拿什么机制去留住？另外整团队连项目一起搬来的叫啥工程', [['候鸟式'], ['带土移植', '项目+团队']], '创新“候鸟式”柔性引才机制', 'flexible talent mechanisms described'],
  ['measure', '开小厂的老说借不到钱，方案对银行那边提了什么要求？', [['贷款投放'], ['中小微企业']], '引导银行机构加大对中小微企业贷款投放力度', 'bank lending'],
  ['measure', '保障部分提了三条措施，它们各自要保证什么东西到位？', [['层层落实'], ['项目引进'], ['任务执行']], '严格督导确保任务执行到位', 'three guarantees'],
  ['overview', '21条任务后头都挂了具体指标，这么安排是想让工作达到啥样的要求？', [['可评估'], ['可量化'], ['可考核']], '确保各项工作做到可评估、可量化、可考核', 'measurability'],
  ['owner', '方案后续由谁来抓总？那个部门表态先要做哪些事', [['工业和信息化局'], ['细化分解目标']], '市工业和信息化局将认真落实市委、市政府部署,进一步细化分解目标', 'follow-up lead unit'],
  ['overview', '总目标里展望到2035年，是给啥打基础？', [['基本实现现代化']], '为2035年基本实现现代化打下坚实基础', '2035 goal'],
  ['overview', '辽宁要建的那几个上万亿体量的产业基地，一共几个？盘锦要在里头出更大的力吗', [['三个']], '为辽宁建设三个万亿级产业基地贡献更大力量', 'trillion-level bases'],
  ['overview', '重点任务设计的出发点，用的是二十大报告里的哪些提法？', [['韧性和安全水平'], ['新型工业化']], '提升产业链供应链韧性和安全水平”“推进新型工业化”的具体要求', 'basis of tasks'],
  ['overview', '发布会收尾时说下一步工业上要打一场啥样的仗？', [['翻身仗']], '全力推动工业振兴率先突破,打好工业“翻身仗”', 'closing slogan'],
  ['overview', '头部企业那块，方案想最后形成一个怎样的企业阵容？', [['优质头部企业群']], '推动形成优质头部企业群', 'head enterprise cluster'],
  // refusals (facts verified absent by src/absent.mjs)
  ['oos', '督查督办那条里，要是哪个部门完不成任务怎么追责？有扣分、通报的细则吗', null, '', 'accountability rules absent'],
  ['oos', '石化产业链上的链主企业，方案定的是哪一家？', null, '', 'chain-leader company absent'],
  ['oos', '三年里计划新建几个重点实验室、工程研究中心这类平台？', null, '', 'platform counts absent'],
  ['oos', '这三年打算推动多少家企业去交易所挂牌？给数了没', null, '', 'listing target count absent'],
  ['oos', '工信局说要谋划政策措施，那些配套政策大概啥时候能出台？', null, '', 'policy release date absent'],
  ['oos', '发布会那天台下一共来了多少家媒体？', null, '', 'media count absent'],
];

const C = [
  ['multi', ['方案里讲攻克核心技术的那条任务，放在八大块的第几块？', '这一块底下还有别的任务没？都是啥'], [['科技型企业引育'], ['创新平台建设']], '设置了抓好科技型企业引育、抓好核心技术攻关、抓好创新平台建设3项任务', 'sibling tasks of core technology'],
  ['multi', ['科技局来发布的那位叫什么？', '那管金融发展的局来的又是哪位'], [['杨光']], '市金融发展局党组成员、副局长杨光', 'speaker from finance bureau by ellipsis'],
  ['multi', ['石化那一行的营收，全省排名目标定的第几？', '粮油加工呢？它是保位还是往上冲'], [['跃居'], ['第三位']], '粮油加工营业收入占全省比重明显攀升,跃居全省第三位', 'grain-oil rank by ellipsis'],
  ['multi', ['第七个方面叫什么名字？', '它底下那两条任务分别是啥'], [['高标准科学服务'], ['产业开发区高质量发展']], '设置了抓好高标准科学服务、抓好产业开发区高质量发展2项任务', 'tasks of aspect seven'],
  ['multi', ['期末高企数量要求多少？', '那攻关核心技术的项目呢，每年要干多少个？'], [['三年累计'], ['60项']], '三年累计实施核心技术攻关60项以上', 'cumulative not yearly'],
  ['multi', ['搞重大科技项目张榜招贤的那个制度，归在哪项任务里？', '那揭下一个榜，最多能拿到多少资金支持？'], null, '', 'refusal: prize money absent'],
];

const out = (o) => JSON.stringify(o);
const qs = Q.map(([kind, q, must, passage, note], i) => {
  const o = { id: `p30-${String(i + 1).padStart(2, '0')}`, doc: DOC, kind, q };
  if (must) Object.assign(o, { must, passage }); else o.refuse = true;
  o.note = note; return o;
});
const cs = C.map(([kind, turns, must, passage, note], i) => {
  const o = { id: `p30-m${String(i + 1).padStart(2, '0')}`, doc: DOC, kind, turns };
  if (must) Object.assign(o, { must, passage }); else o.refuse = true;
  o.note = note; return o;
});
fs.writeFileSync(path.join(HERE, 'questions.jsonl'), qs.map(out).join('\n') + '\n');
fs.writeFileSync(path.join(HERE, 'conversations.jsonl'), cs.map(out).join('\n') + '\n');
console.log(`questions ${qs.length} (${qs.filter(o => !o.refuse).length} answerable), conversations ${cs.length}`);
