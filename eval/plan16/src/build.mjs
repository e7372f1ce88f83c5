// Writes questions.jsonl and conversations.jsonl for suite plan16.
import fs from 'fs';
import path from 'path';
const root = path.join(path.dirname(new URL(import.meta.url).pathname), '..');
const Q = [
// ---- overview ----
['overview', '老家群里转了个盘锦工业方案发布会的链接，我没点开，那会是几号开的？', [['3月30日']], '3月30日,市政府新闻办召开', 'date of the briefing'],
['overview', '通稿开头说要全面做好结构调整的几篇什么来着？后面紧跟着还说要扎实推进个啥建设', [['三篇大文章', '三篇'], ['工业强市']], '全面做好结构调整“三篇大文章”,扎实推进工业强市建设', 'lead paragraph: three big articles + strong industrial city'],
['overview', 'Which fields see new progress? Chinese terms from the overall goal, pls.', [['产业布局'], ['结构调整'], ['数字化升级']], '产业布局、结构调整、数字化升级等方面均取得新进展', 'EN; overall goal fields'],
['overview', '工业增长专项方案后头落实，除了清单化，另两个“化”是啥？哪个局负责', [['项目化'], ['工程化'], ['工业和信息化局']], '清单化、项目化、工程化抓好落实', 'closing: implementation style + bureau'],
['overview', '那个“主力军”说的是盘锦要在啥区的建设里打主力？全称给一下', [['先行区']], '辽宁全面振兴全方位振兴先行区“主力军”', 'overall goal: pioneer zone name'],
// ---- target ----
['target', '化工助剂厂老板问：方案里盘锦这块石化基地前头挂的定语是啥？跟辽宁那个世界级的是一回事不', [['全国重要']], '全国重要的石化及精细化工产业基地建设突飞猛进', 'Panjin base = national-important, not world-class'],
['target', '研发经费占GDP那个比列，期末既要往上提零点几，又要在省里排第几？俩都给我', [['0.8'], ['第三']], '较2022年提高0.8个百分点', 'R&D ratio rise + rank'],
['target', '我们今年刚进了雏鹰库，听说市里想把这类成长型科企连瞪羚带独角兽养到一定数，底线几家？', [['130']], '雏鹰、瞪羚、独角兽企业数量达到130家以上', 'eaglet/gazelle/unicorn count, colloquial'],
['target', '我爸在采油厂干了半辈子，问盘锦新出的工业方案里对一年出多少油气有没有说法', [['千万吨']], '油气采掘业继续保持千万吨稳产', 'oil & gas output level'],
['target', '全市规上营收搁全省排第三，按方案这名次是保住就行还是要往前挤？', [['稳居']], '规模以上工业营业收入占全省的比重稳步提升,稳居全省第三位', 'industrial revenue rank: hold'],
['target', '石化那个全省第二、粮油那个第三，俩名次哪个是得往上冲的？', [['跃居']], '粮油加工营业收入占全省比重明显攀升,跃居全省第三位', 'which rank is a climb'],
['target', '园区报表里有个高企230家的数，方案里它是写在“量的合理增长”那组里吗？', [['质的有效提升']], '二是在“质的有效提升”方面', 'membership of the 230 target'],
['target', '做玉米收储的大户想问：盘锦要当东北的粮食集散地，方案对这个基地的实力长进是咋描述的', [['稳步增强']], '东北粮食集散和精深加工基地实力稳步增强', 'grain base wording'],
['target', '统计局同事问：增加值增速那条拿谁当参照？规上营收份额那条又定了第几？', [['全省平均'], ['第三']], '年均增速不低于全省平均水平', 'two asks: growth benchmark + revenue rank'],
['target', 'Slide check: high-tech firm floor by end-2025, plus core tech breakthrough tally (cumulative). Just numbers.', [['230'], ['60']], '高新技术企业数量达到230家以上', 'EN; two figures'],
['target', '芯片封测企业来考察，问盘锦的电子信息基地到二五年是啥状态，基本建成了没', [['初具规模']], '电子信息产业基地建设初具规模', 'electronics base'],
// ---- task ----
['task', '21条任务挨个往下点，点到第九条是个啥任务', [['科技型企业引育']], '设置了抓好科技型企业引育、抓好核心技术攻关', 'ordinal 9'],
['task', '21项从尾巴往前倒第六个，讲的什么', [['碳达峰']], '抓好重点工程建设、抓好碳达峰工作落实', 'ordinal 16 from the end (6th last)'],
['task', '第五大块里压轴那项任务叫啥？大概怎么个搞法', [['现代服务业融合', '两业深度融合'], ['服务化', '制造化']], '全面推动制造业向后端延伸的服务化', 'last task of aspect 5'],
['task', '两化熔合那项跟哪两项任务编在同一组？', [['项目建设'], ['产业集群建设']], '抓好项目建设、抓好产业集群建设、抓好工业化和信息化融合3项任务', 'siblings of 2-ization task'],
['task', '搞新兴产业，方案拿啥串起来找突破点？挑的领域要具备啥特点', [['产业链'], ['战略特质', '最有基础和条件']], '以产业链为纽带,选择最有基础和条件、最具战略特质', 'emerging industries selection'],
['task', '任务名里带“引育”的两条，各是引育啥的？', [['头部企业'], ['科技型企业']], '抓好辽河油田的稳定生产、抓好头部企业引育', 'two "引育" tasks'],
['task', '“油地融合”这说法出自八块里的哪块？那块底下挂了几个任务', [['龙头带动'], ['3项']], '积极推动油地融合、央地合作、大中小企业协同', 'aspect of oil-local integration + count'],
['task', '盘锦工业方案绿色那块，眼睛盯在哪、靠啥来带？', [['重点环节'], ['试点示范', '重点工程']], '聚焦绿色发展重点环节,突出重点工程和试点示范的带动', 'aspect 6 focus'],
['task', '方案第一块讲石化协同的，它把石化叫全市第几根支柱？下面两项任务都叫啥', [['第一支柱'], ['有序发展'], ['产业配套']], '聚焦石化及精细化工这个第一支柱产业', 'aspect 1 pillar + tasks'],
['task', '开会记录把21项编了号，6号前头挨着的那项是啥？', [['大中小企业融通', '融通']], '抓好大中小企业融通3项任务', 'ordinal 5 via neighbour of 6'],
// ---- policy ----
['policy', '有的专家人不调过来，只是隔一阵来盘锦干一段，方案对这号引才路子有个名头没', [['候鸟式']], '创新“候鸟式”柔性引才机制', 'flexible talent mechanism described'],
['policy', '连根带泥整个挪过来那种引团队的工程叫啥？同一句里还提了哪个工程', [['带土移植'], ['项目+团队']], '实施“项目+团队”“带土移植”工程', 'two talent projects'],
['policy', '动员大学毕业生留在辽宁、外省学生过来的那个专项行动，名字里带个数的，叫啥', [['百万学子']], '“百万学子留辽来辽”专项行动', 'student retention action described'],
['policy', '市里打算把重大科研项目公开张榜、能者来揭，这套做法在工业方案里叫啥？', [['揭榜挂帅']], '推行重大科技项目“揭榜挂帅”制度', 'open-competition R&D'],
['policy', '跟辽河油田合着建的那几个库，除了存气存碳，第三个存的啥', [['储能']], '储气、储碳、储能“三大储库”建设', 'third reservoir'],
['policy', '我们正想建数字化工厂，工业增长方案让企业照着谁家的智能工厂建设指南来学？', [['先进地区', '知名企业']], '推广应用先进地区、知名企业智能工厂建设指南', 'smart factory guide source'],
['policy', '千字打头、一千人帮扶一千家企业的那个行动，图的是全面提高啥本事？', [['服务和引领经济发展']], '全面提高服务和引领经济发展的能力', 'thousand cadres aim'],
['policy', '管委会写年度计划想引原话：开发区建设发展照“几个一体化”办，要提到啥水平', [['六个一体化'], ['精细化']], '提高产业开发区建设和发展精细化水平', 'dev zone requirement'],
// ---- owner ----
['owner', '商务局来发布的那位副局长名字咋写，王培什么？我稿子里不敢瞎打', [['王培夙']], '市商务局党组成员、副局长 王培夙', 'name spelling'],
['owner', '名单里第二位发言的是哪位领导，哪个单位', [['刘云'], ['科技局']], '市科技局党组成员、副局长 刘云', 'second speaker'],
['owner', '五个发布人里头不姓王的是哪两位？各管哪个口', [['刘云'], ['杨光']], '市金融发展局党组成员、副局长 杨光', 'non-Wang speakers'],
['owner', 'Quick fact-check for my notes: which agency was Wang Guojun from? Chinese please.', [['营商局']], '市营商局党组成员、副局长 王国君', 'Wang Guojun bureau'],
['owner', '工信局出来讲的那个姓王的，全名叫王啥？', [['王健']], '市工业和信息化局党组成员、副局长 王健', 'MIIT speaker'],
// ---- measure ----
['measure', '工业三年方案收尾那段讲保障，措施统共几条？各叫啥名', [['强化组织保障'], ['加强开放合作'], ['做好督查督办']], '确定了强化组织保障、加强开放合作、做好督查督办3项措施', 'three safeguards'],
['measure', '我在招商局，保障措施里哪条跟我们引项目对口？它为的是保证啥', [['加强开放合作'], ['项目引进到位']], '扩大开放确保项目引进到位', 'open cooperation'],
['measure', '方案讲保障时说要把啥贯穿到促进工业增长的全过程里？最后想形成个啥', [['党的领导'], ['工作合力']], '全力把党的领导贯穿于促进工业增长各方面全过程', 'party leadership'],
// ---- refusals ----
['oos', '工业方案里有没有氢能的目标？比如到25年加氢站建几座', null, null, 'hydrogen not in text'],
['oos', '方案对一般工业固体废物的综合利用率定了多少？', null, null, 'solid waste not in text'],
['oos', '“带土移植”那些引才工程，三年打算引进多少个高层次人才团队？有具体数没', null, null, 'team count not in text'],
['oos', '小微企业头一回升规上，市里按这个方案奖多少钱？', null, null, 'upgrade reward not in text'],
['oos', '工业技改投资这三年每年要涨百分之几？方案写了没', null, null, 'technical upgrade investment not in text'],
['oos', '我们厂用电量大，工业三年方案里对企业电价有啥优惠？', null, null, 'power price not in text'],
];
const C = [
['multi', ['盘锦工业方案讲绿色的那块有几项任务？', '当中那项是要各行业同一年达峰吗'], [['梯次达峰']], '推进各行业落实碳达峰目标任务、实行梯次达峰', 'staggered peaking'],
['multi', ['台上第一个被介绍的是哪位？', '方案往后抓落实的就是他们单位吧？单位全称是啥'], [['工业和信息化局']], '下一步,市工业和信息化局将认真落实', 'first speaker -> implementing bureau'],
['multi', ['八大块里讲人才跟金融的是第几块？', '那块说要让谁给中小微企业多放贷'], [['银行机构', '银行']], '引导银行机构加大对中小微企业贷款投放力度', 'banks'],
['multi', ['“质的有效提升”那部分，除了硬指标还写了啥定性的', '研发那个比重要拿哪一年当比较的底子？提多少'], [['2022'], ['0.8']], '较2022年提高0.8个百分点', 'base year'],
['multi', ['小鹰瞪羚独角兽这一串，方案给了多少家的盘子', '对它们是先建个啥，再怎么培养'], [['储备库'], ['分级培育', '分类指导']], '建立储备库,分级培育、分类指导', 'reserve pool'],
['multi', ['搭创新平台那件事，在八块里算哪一块？', '那盘锦眼下有几家国家级企业技术中心？'], null, null, 'refusal: count of national tech centers not in text'],
];
const mk = (arr, pre, conv) => arr.map(([kind, q, must, passage, note], i) => {
  const o = { id: `${pre}${String(i + 1).padStart(2, '0')}`, kind };
  if (conv) o.turns = q; else o.q = q;
  if (must) { o.must = must; o.passage = passage; } else o.refuse = true;
  o.note = note; return o;
});
const qs = mk(Q, 'p16-', false), cs = mk(C, 'p16-m', true);
fs.writeFileSync(path.join(root, 'questions.jsonl'), qs.map(o => JSON.stringify(o)).join('\n') + '\n');
fs.writeFileSync(path.join(root, 'conversations.jsonl'), cs.map(o => JSON.stringify(o)).join('\n') + '\n');
console.log(`questions ${qs.length} (refusals ${qs.filter(o => o.refuse).length}), conversations ${cs.length}`);
