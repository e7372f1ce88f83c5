// Writes questions.jsonl and conversations.jsonl for suite plan20 (run: node src/cases.mjs).
// Must alternatives and passages are copied from the folded document (/tmp/plan20_folded.txt,
// made by src/fold.cjs).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const HERE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const DOC = '盘锦市工业增长三年行动专项方案(新闻发布会解读)';

// [kind, q, must, passage, note]; must === null -> refusal
const Q = [
  ['target', '从雏鹰到独角兽，这一溜成长型科创企业期末要凑够多少家？', [['130家', '130']], '雏鹰、瞪羚、独角兽企业数量达到130家以上', 'second target group, third indicator'],
  ['oos', '研发投入占GDP那个比例，2022年的时候盘锦到底是百分之几？', null, null, 'the text gives only the rise (0.8 points over 2022), never the 2022 base value'],
  ['task', '21项任务第9项是啥', [['科技型企业引育']], '设置了抓好科技型企业引育、抓好核心技术攻关、抓好创新平台建设3项任务', 'tasks 1-2 (aspect 1), 3-5, 6-8, then 9 opens aspect 4'],
  ['policy', '俺们是做化工下游的小厂，想就近吃上本地石化的料子，方案有这方面说法不？', [['本地加工', '物料平衡', '下游产业']], '以物料平衡为基准,推动石化产品本地加工', 'aspect 1, task 1'],
  ['target', '油气开采那头，到25年底产量得守住啥量级？', [['千万吨']], '油气采掘业继续保持千万吨稳产', 'first target group'],
  ['owner', '商务口那天是谁上台讲的？', [['王培夙']], '市商务局党组成员、副局长 王培夙', 'speaker list, third'],
  ['task', '21项里倒着数第二项干啥的', [['高精尖缺', '人才培引']], '设置了抓好“高精尖缺”人才培引、抓好金融服务体系建设2项任务', 'task 20 of 21'],
  ['target', 'How many high-tech enterprises is Panjin aiming for by the end of 2025?', [['230家', '230']], '高新技术企业数量达到230家以上', 'English'],
  ['policy', '我们公司琢磨着去资本市场敲钟，市里这个三年规划咋表态的？', [['加快推进企业上市', '企业上市', '做强做优']], '加快推进企业上市工作,帮助企业利用资本市场做强做优', 'aspect 8, finance task; listing described, not named'],
  ['task', '工厂智能化改造、两化融合那些事，划在八块里的哪块？', [['实体为本', '基础强化']], '三是推动实体为本的基础强化', 'aspect 3 (task 8)'],
  ['target', '卡脖子的关键技术，三年加起来要攻多少个？', [['60项']], '三年累计实施核心技术攻关60项以上', 'second target group'],
  ['measure', '引龙头企业那项，最终想攒出个啥样的企业阵容？', [['优质头部企业群', '头部企业群']], '持续培育和引进头部企业,推动形成优质头部企业群', 'aspect 2, task 4'],
  ['overview', '八块里只挂了两项任务的是哪几块？', [['石化及精细化工为主', '协同发展'], ['质效同抓', '合力攻坚'], ['市场导向', '精准对接']], '设置了抓好高标准科学服务、抓好产业开发区高质量发展2项任务', 'aspects 1, 7 and 8 have 2 tasks each; the other five have 3'],
  ['oos', '盘锦眼下手里到底有多少家高新技术企业？', null, null, 'only the 2025 target (230) is given, not the current count'],
  ['policy', '我们想请外地专家，不全职来，隔三岔五飞过来指导那种，方案里支持吗？', [['候鸟式', '柔性引才']], '创新“候鸟式”柔性引才机制', 'aspect 8, talent task; mechanism described, not named'],
  ['task', '第十五项说的啥', [['重点工程建设', '重点工程']], '设置了抓好重点工程建设、抓好碳达峰工作落实、抓好试点示范创建3项任务', 'task 15 opens aspect 6'],
  ['owner', '杨光是哪个局的？', [['金融发展局']], '市金融发展局党组成员、副局长 杨光', 'speaker list, fourth'],
  ['target', '规上工业增加值每年得涨多快才算完成？', [['全省平均水平', '不低于全省']], '规模以上工业增加值年均增速不低于全省平均水平', 'first target group, no number given'],
  ['policy', '俺家小微企业周转紧，方案里有没有叫银行多放点贷的？', [['贷款投放', '融资需求']], '引导银行机构加大对中小微企业贷款投放力度', 'aspect 8, task 21'],
  ['task', '第五块开头那条任务叫啥？', [['质量品牌建设']], '设置了抓好质量品牌建设、抓好新兴产业发展', 'aspect 5, task 12'],
  ['target', 'By how many percentage points should industrial R&D spending as a share of GDP rise, and against which base year?', [['0.8个百分点', '0.8'], ['2022年', '2022']], 'R&D内部经费支出占GDP比重较2022年提高0.8个百分点', 'English'],
  ['measure', '这二十来项活儿到时候咋检查干没干成？', [['可考核', '可量化', '可评估', '具体指标']], '均提出了具体指标安排,确保各项工作做到可评估、可量化、可考核', 'line after the 8 aspects'],
  ['owner', '谁负责把这方案拆成一条条清单往下落？', [['工业和信息化局']], '市工业和信息化局将认真落实市委、市政府部署,进一步细化分解目标', 'closing paragraph'],
  ['policy', '想把车间整成数字化的，方案里有啥能照着学的？', [['智能工厂建设指南', '智能工厂', '数字化应用场景']], '推广应用先进地区、知名企业智能工厂建设指南,开发数字化应用场景', 'aspect 3, task 8'],
  ['task', '培育、招引新兴产业这摊事归哪一块？', [['提档为先', '精准发力']], '五是推动提档为先的精准发力', 'aspect 5, task 13'],
  ['oos', '这方案的发文字号是多少？正式印发是哪天？', null, null, 'the press release gives neither a document number nor an issue date (only the 3月30日 briefing)'],
  ['policy', '我们有个技术难题自己啃不动，能不能张榜让外面有本事的团队来接？', [['揭榜挂帅']], '推行重大科技项目“揭榜挂帅”制度,组织开展联合技术攻关', 'aspect 4, task 10; mechanism described, not named'],
  ['target', '全市规上工业的营收，在辽宁能排老几？守还是冲？', [['第三位'], ['稳居']], '规模以上工业营业收入占全省的比重稳步提升,稳居全省第三位', 'third target group; 稳居 (hold) vs 跃居 (climb) matters'],
  ['task', '十九号任务讲的啥', [['产业开发区']], '设置了抓好高标准科学服务、抓好产业开发区高质量发展2项任务', 'task 19, aspect 7'],
  ['owner', '王国君在哪个单位、啥职务？', [['营商局'], ['副局长']], '市营商局党组成员、副局长 王国君', 'speaker list, fifth'],
  ['overview', '这三年工业计划拢共要干多少件事，分成几大块？', [['21项'], ['8个方面', '8个']], '细化设置了8个方面共计21项任务', 'counts'],
  ['policy', '我们想在认证、定标准、创牌子上下功夫，方案里有鼓励的话吗？', [['质量品牌建设', '竞争能力', '促进作用']], '充分发挥质量、标准、认证、品牌培育等对工业各行业发展的促进作用', 'aspect 5, task 12'],
  ['task', '引培龙头企业那项，跟它编一组的还有哪两项？', [['稳定生产'], ['大中小企业融通', '融通']], '设置了抓好辽河油田的稳定生产、抓好头部企业引育、抓好大中小企业融通3项任务', 'aspect 2, tasks 3-5'],
  ['oos', '我们车间做智能化改造，市里按设备投入给补贴几成？', null, null, 'no subsidy rate or amount anywhere in the text'],
  ['measure', '搞石化配套主要瞅准的是哪片市场的需求？', [['环渤海']], '立足环渤海石化产业的市场需求', 'aspect 1, task 2'],
  ['task', '从后往前数第二块，主攻啥？', [['质效同抓', '合力攻坚']], '七是推动质效同抓的合力攻坚', 'aspect 7 of 8'],
  ['policy', '刚注册的科技小公司，能指望方案给点啥扶持？', [['孵化', '梯度培育', '储备库']], '加大科技型企业的孵化、培育、引进、扶植力度', 'aspect 4, task 9'],
  ['owner', '那场发布会是哪个部门张罗召开的？', [['市政府新闻办', '新闻办']], '3月30日,市政府新闻办召开', 'opening line'],
  ['target', '方案说要给辽宁那几个万亿规模的产业基地出力，到底是几个？', [['三个', '3个']], '为辽宁建设三个万亿级产业基地贡献更大力量', 'overall goal paragraph'],
  ['task', '第十一条是啥任务', [['创新平台建设']], '抓好核心技术攻关、抓好创新平台建设3项任务', 'task 11 closes aspect 4'],
  ['policy', '听说市里要派干部成批下去帮企业，这活动叫啥名？', [['千人助千企']], '高标准实施好“千人助千企”专项行动', 'aspect 7, task 18; programme described, not named'],
  ['oos', '中小微企业贷款能拿到多少贴息？利率有优惠吗？', null, null, 'only "guide banks to lend more"; no subsidy or rate'],
  ['overview', '兜底保障一共几招？都叫啥？', [['3项措施', '3项'], ['强化组织保障', '加强开放合作', '做好督查督办']], '确定了强化组织保障、加强开放合作、做好督查督办3项措施', 'safeguards'],
  ['measure', '保障那段最后强调要把啥贯穿到底？', [['党的领导']], '全力把党的领导贯穿于促进工业增长各方面全过程', 'safeguards paragraph'],
  ['task', '最前头两项任务围着哪个行业转？', [['石化及精细化工']], '设置了抓好石化及精细化工产业有序发展、抓好石化及精细化工产业配套2项任务', 'tasks 1-2'],
  ['owner', "Who spoke for the city's science and technology bureau at the press conference?", [['刘云']], '市科技局党组成员、副局长 刘云', 'English'],
  ['oos', '盘锦工业领域碳排放定在哪一年达到峰值？', null, null, 'the text says 梯次达峰 following national/provincial goals, no peak year'],
  ['overview', '这场解读会主要讲了方案哪几块内容？', [['总体目标'], ['重点任务'], ['具体举措', '保障措施']], '促进工业经济增长上实现新突破的总体目标、重点任务和具体举措', 'opening line and section headings'],
];

const C = [
  [['盘锦工业方案里有一块说要往高端提档的，知道不？', '那块收尾那项任务，是让哪两类行业融一块？'], [['先进制造业'], ['现代服务业']], '抓好先进制造业与现代服务业融合3项任务', 'aspect 5, task 14'],
  [['盘锦这个工业方案里，给省里争光的那几个排名目标你看过没？', '吃的那块——粮食油料加工——营收要排到哪？'], [['跃居全省第三位', '跃居']], '粮油加工营业收入占全省比重明显攀升,跃居全省第三位', 'third target group'],
  [['盘锦方案里那个让百万大学生留在辽宁的行动，你有印象吗？', '这事归二十一项里哪条管？', '跟它搭伙同一板块的另一条呢？'], [['金融服务体系建设']], '抓好金融服务体系建设2项任务', 'aspect 8: talent task 20, finance task 21'],
  [['工业方案里两化融合那项怎么说的？', '同块打头那项呢？要把产品往哪调？'], [['高附加值', '高端']], '拓展高端和高附加值产品比例', 'aspect 3, task 6'],
  [['盘锦工业增长那个三年方案是在啥场合解读的？', '哪天？', '是那个系列的第几场？'], [['第二场']], '主题系列第二场新闻发布会', 'opening lines'],
  [['方案里对电子信息产业有啥目标？', '那这个基地准备放哪个园区？计划投多少钱？'], null, null, 'only 电子信息产业基地建设初具规模; no site or investment'],
];

const qs = Q.map(([kind, q, must, passage, note], i) => {
  const o = { id: `p20-${String(i + 1).padStart(2, '0')}`, doc: DOC, kind, q };
  if (must) Object.assign(o, { must, passage }); else o.refuse = true;
  o.note = note; return o;
});
const cs = C.map(([turns, must, passage, note], i) => {
  const o = { id: `p20-m${String(i + 1).padStart(2, '0')}`, doc: DOC, kind: 'multi', turns };
  if (must) Object.assign(o, { must, passage }); else o.refuse = true;
  o.note = note; return o;
});
fs.writeFileSync(path.join(HERE, 'questions.jsonl'), qs.map(o => JSON.stringify(o)).join('\n') + '\n');
fs.writeFileSync(path.join(HERE, 'conversations.jsonl'), cs.map(o => JSON.stringify(o)).join('\n') + '\n');
fs.writeFileSync(path.join(HERE, 'owners.json'), '[]\n');
console.log(qs.length, 'questions,', cs.length, 'conversations');
