// Writes questions.jsonl, conversations.jsonl and owners.json for suite plan23.
// Cases are written by hand below; must alternatives and passages are copied from src/doc_folded.txt
// (the seed folded to simplified by src/fold.cjs, pinyin glosses removed).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const HERE = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const DOC = '盘锦市工业增长三年行动专项方案(新闻发布会解读)';

// [kind, q, must | null (refusal), passage, note]
const Q = [
  ['task', '清单上排第五的那件活儿叫啥？', [['大中小企业融通']], '抓好头部企业引育、抓好大中小企业融通3项任务', 'task 5 of 21 (second aspect, third task)'],
  ['task', '倒数第四项任务是哪条', [['高标准科学服务']], '设置了抓好高标准科学服务、抓好产业开发区高质量发展2项任务', 'task 18 of 21'],
  ['task', '第十七项是干嘛的，属于哪一大块？', [['试点示范创建', '试点示范'], ['科学有效的绿色发展', '绿色发展']], '抓好重点工程建设、抓好碳达峰工作落实、抓好试点示范创建3项任务', 'task 17 = last task of aspect 6'],
  ['task', '“梯次达峰”这个说法出自哪项任务？', [['碳达峰工作落实']], '推进各行业落实碳达峰目标任务、实行梯次达峰', 'membership: phrase belongs to task 16'],
  ['oos', '方案给全市规上工业企业的户数定了多少家的目标？', null, null, 'no count of above-scale industrial enterprises in the text'],
  ['task', '二十一条里倒数第三条是什么', [['产业开发区高质量发展', '产业开发区']], '抓好产业开发区高质量发展2项任务', 'task 19 of 21'],
  ['owner', '这套工业增长计划往后主要靠哪个部门往下推？', [['工业和信息化局']], '市工业和信息化局将认真落实市委、市政府部署', 'only implementing unit the text names'],
  ['overview', '21条任务里名字带“石化”俩字的有几条，都叫啥？', [['有序发展'], ['产业配套']], '设置了抓好石化及精细化工产业有序发展、抓好石化及精细化工产业配套2项任务', 'count + list: tasks 1 and 2'],
  ['target', '几个省内排位目标里，落在第三名的都是哪几项？', [['规模以上工业营业收入', '规模以上工业'], ['粮油加工'], ['内部经费支出', 'R&D']], '粮油加工营业收入占全省比重明显攀升,跃居全省第三位', 'three of the four rank targets are third place'],
  ['target', '研发投入那个比重，统计口径是企业的哪种经费？', [['内部经费支出']], '规模以上工业企业R&D内部经费支出占GDP比重较2022年提高0.8个百分点', 'definition detail of the R&D target'],
  ['oos', '这三年市里拿出多少专项资金支持工业增长？', null, null, 'no money amount anywhere in the text'],
  ['target', '方案里那些量化指标，兑现期限定在啥时候？', [['2025年末']], '到2025年末,规模以上工业增加值年均增速不低于全省平均水平', 'deadline of the specific targets'],
  ['target', '具体目标是照着啥要求来设的？', [['高质量发展']], '按照高质量发展要求,围绕“量的合理增长”“质的有效提升”', 'basis of the three target groups'],
  ['overview', '发布会通稿里说盘锦要奔着啥样的城市去建？', [['工业强市']], '扎实推进工业强市建设,加快产业结构优化和企业转型升级', 'city positioning in the press release'],
  ['task', '第五大块的名头叫什么', [['提档为先的精准发力', '提档为先']], '五是推动提档为先的精准发力', 'title of aspect 5'],
  ['task', '第四块说要着重培育啥？', [['科技型市场主体']], '聚焦科技型市场主体培育,突出打造协同创新联合体', 'focus of aspect 4'],
  ['measure', '讲环保低碳那一块，聚焦点放在哪？', [['重点环节']], '聚焦绿色发展重点环节,突出重点工程和试点示范的带动', 'focus of aspect 6, described not named'],
  ['measure', '抓大企业那块，着眼的是大企业起个啥作用？', [['带动作用', '带动']], '聚焦头部企业的带动作用,突出打造稳定配套联合体', 'focus of aspect 2, described not named'],
  ['measure', '油田稳产那条，在技术上提了啥要求？', [['科技攻关']], '加快科技攻关步伐,不断提高开发水平', 'task 3 technology clause'],
  ['measure', '两化融合那件事，方案说要先下功夫琢磨啥？', [['发展路径']], '深入研究重点行业两化融合发展路径', 'task 8 first clause'],
  ['policy', '企业挂牌上市这事，方案指望企业借它达到啥效果？', [['做强做优', '提质增效']], '帮助企业利用资本市场做强做优、提质增效', 'task 21 listing clause'],
  ['policy', '我们小厂老是借不着钱，方案里让银行多放贷那句，说是要满足啥？', [['融资需求']], '更好地满足中小微企业融资需求', 'task 21 lending clause'],
  ['oos', '到2025年全市要建成多少个智能工厂、数字化车间？', null, null, 'smart-factory guides are mentioned, no number of factories/workshops'],
  ['task', '“项目+团队”是在哪条任务里提的？', [['高精尖缺', '人才培引']], '实施“项目+团队”“带土移植”工程', 'membership: task 20'],
  ['measure', '产业开发区建设，方案要求提到啥水平？', [['精细化']], '提高产业开发区建设和发展精细化水平', 'task 19 goal'],
  ['measure', '制造业往服务那头延伸、服务业往制造那头延伸，方案管这叫啥？', [['两业深度融合', '两业']], '和服务业反向延伸的制造化,推动两业深度融合', 'task 14, described not named'],
  ['overview', '五位发布人里姓王的有几位？都叫啥？', [['王健'], ['王培夙'], ['王国君']], '市商务局党组成员、副局长 王培夙', 'count of speakers surnamed Wang: three'],
  ['owner', '王培夙代表哪个单位来的？', [['商务局']], '市商务局党组成员、副局长 王培夙', 'speaker 3'],
  ['owner', '发布人里排最后那位是谁？', [['王国君'], ['营商局']], '市营商局党组成员、副局长 王国君', 'speaker 5'],
  ['owner', '王健是干啥的，什么职务？', [['工业和信息化局'], ['副局长']], '市工业和信息化局党组成员、副局长 王健', 'speaker 1'],
  ['oos', '三年里计划引进多少个高层次科技人才团队？', null, null, 'talent teams are mentioned without any number'],
  ['overview', '通稿说要在工业经济增长上实现个啥？', [['新突破']], '促进工业经济增长上实现新突破的总体目标', 'aim in the press release lead'],
  ['target', '油气那块是要往上冲产量，还是保持住就行？', [['千万吨稳产', '稳产']], '油气采掘业继续保持千万吨稳产', 'oil and gas target'],
  ['target', '在粮食上盘锦想当东北的啥样基地？', [['集散'], ['精深加工']], '东北粮食集散和精深加工基地实力稳步增强', 'grain base target'],
  ['target', 'What head count of fast-growing firms (the chick-eagle, gazelle and unicorn tiers) is set as the goal?', [['130']], '雏鹰、瞪羚、独角兽企业数量达到130家以上', 'English; growth-firm target'],
  ['target', 'Cumulatively, what number of key-technology breakthrough projects is targeted?', [['60']], '三年累计实施核心技术攻关60项以上', 'English; cumulative target'],
  ['target', 'Which year does the plan point to for basically achieving modernization?', [['2035']], '为2035年基本实现现代化打下坚实基础', 'English; long-range year'],
  ['measure', '“揭榜挂帅”针对的是哪类项目？', [['重大科技项目']], '推行重大科技项目“揭榜挂帅”制度', 'task 10 clause'],
  ['oos', '质量品牌那项活儿，由哪家单位领头干？', null, null, 'the text names no lead unit per task'],
  ['task', '打造协同创新联合体是哪一块的重点？', [['创新为要的优化升级', '创新为要']], '四是推动创新为要的优化升级', 'membership: aspect 4'],
  ['task', '“带土移植”放在八块里哪一块讲？', [['市场导向的精准对接', '市场导向']], '八是推动市场导向的精准对接', 'membership: aspect 8'],
  ['measure', '培育壮大产业链的那个专门行动，想让链条变得怎么样？', [['韧性和安全水平', '韧性']], '提升产业链供应链韧性和安全水平', 'task 7 clause'],
  ['overview', '保障那三招里打头的叫啥', [['强化组织保障']], '确定了强化组织保障、加强开放合作、做好督查督办3项措施', 'first safeguard'],
  ['oos', '工业固定资产投资每年要增长多少？', null, null, 'no investment growth target in the text'],
  ['target', '规上工业的增长快慢，方案要求不能比谁慢？', [['全省平均水平', '全省平均']], '规模以上工业增加值年均增速不低于全省平均水平', 'growth-rate benchmark'],
  ['target', '总目标里关于质和量分别用了啥形容？', [['有效提升'], ['合理增长']], '努力实现质的有效提升和量的合理增长', 'wording of the overall goal'],
  ['target', '化工营收在全省所占份额，是要保持还是再往上抬？', [['进一步提高']], '石化及精细化工营业收入占全省比重进一步提高', 'petrochemical revenue share'],
  ['overview', '工信局说要用哪几个“化”来抓落实？', [['清单化'], ['项目化'], ['工程化']], '清单化、项目化、工程化抓好落实', 'closing paragraph'],
];

const C = [
  ['task', ['重点任务第三块是啥内容', '这块排头一项是哪个', '这项里说谋划项目要特别盯住哪个产业'], [['石化及精细化工']], '谋划好重点产业特别是石化及精细化工产业重点项目', 'aspect 3 -> task 6 -> industry named'],
  ['owner', ['那天发布会上科技口和金融口都来人了吧', '金融那位叫啥', '再往下那位呢？在哪个部门'], [['营商局']], '市营商局党组成员、副局长 王国君', 'speaker 4 -> speaker 5'],
  ['target', ['质的那组目标里，高企定了多少家？', '瞪羚这类成长快的企业呢', '攻关项目呢，是按年算还是三年加总'], [['60'], ['累计']], '三年累计实施核心技术攻关60项以上', 'last numeric target of group 2'],
  ['measure', ['头部企业那项任务说了啥', '同一块里排最后那项，提了哪几种融合、合作？'], [['油地融合'], ['央地合作']], '积极推动油地融合、央地合作、大中小企业协同', 'task 4 -> task 5'],
  ['measure', ['石化配套那条任务排第几项', '跟它一组的另一条呢？要把石化产品怎么处理'], [['本地加工']], '以物料平衡为基准,推动石化产品本地加工', 'task 2 -> task 1'],
  ['oos', ['开发区那项任务你知道吧', '盘锦现在一共有几个省级以上产业开发区？'], null, null, 'number of development zones not stated'],
];

const out = (kind, id, o) => {
  const [k, q, must, passage, note] = o;
  const base = { id, doc: DOC, kind: must ? k : 'oos' };
  if (kind === 'q') base.q = q; else { base.kind = must ? 'multi' : 'multi'; base.turns = q; }
  if (must) { base.must = must; base.passage = passage; } else base.refuse = true;
  base.note = note;
  return JSON.stringify(base);
};
if (Q.length !== 48) throw new Error(`Q ${Q.length}`);
fs.writeFileSync(path.join(HERE, 'questions.jsonl'), Q.map((o, i) => out('q', `p23-${String(i + 1).padStart(2, '0')}`, o)).join('\n') + '\n');
fs.writeFileSync(path.join(HERE, 'conversations.jsonl'), C.map((o, i) => out('c', `p23-m${String(i + 1).padStart(2, '0')}`, o)).join('\n') + '\n');
fs.writeFileSync(path.join(HERE, 'owners.json'), '[]\n');
console.log('written', Q.length, C.length);
