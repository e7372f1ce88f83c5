// Writes questions.jsonl and conversations.jsonl for suite plan22 from the case list below.
// Every must alternative and passage was copied from src/doc_folded.txt (seed folded hk->cn, glosses dropped).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const OUT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const DOC = '盘锦市工业增长三年行动专项方案(新闻发布会解读)';

const Q = [
  // overview / press-release framing
  ['overview', '市里那场新闻发布会是一整个系列的，系列主题里说要实施的是啥样的三年行动？', [['全面振兴新突破']], '实施全面振兴新突破三年行动', 'series title, line 1/2'],
  ['overview', '新闻通稿开头讲，这回要加快产业那头的啥优化、企业那头的啥升级？', [['产业结构优化', '产业结构'], ['转型升级']], '加快产业结构优化和企业转型升级', 'opening paragraph'],
  ['owner', '发布人里代表工业和信息化局的是哪位？', [['王健']], '市工业和信息化局党组成员、副局长 王健', 'speaker list'],
  ['owner', '发布人名单里那位刘云，供职哪个部门？', [['科技局']], '市科技局党组成员、副局长 刘云', 'speaker list'],
  ['overview', '台上那五位领导都是啥级别？有没有哪个局的一把手亲自来？', [['副局长']], '市营商局党组成员、副局长 王国君', 'all five are deputy directors; no director'],
  ['owner', '营商局来的王国君，除了副局长还挂着啥身份？', [['党组成员']], '市营商局党组成员、副局长 王国君', 'speaker list'],
  // overall goal
  ['target', '总目标里对走新型工业化这条路是怎么形容的？', [['渐行渐稳']], '新型工业化道路渐行渐稳', 'overall goal'],
  ['target', '三年干完，产业链和供应链要变得怎么样？总目标里咋写的', [['韧性'], ['安全水平']], '产业链供应链韧性和安全水平明显提升', 'overall goal'],
  ['target', '总目标里说盘锦要给全省哪两件大事撑腰？', [['产业结构调整'], ['现代化产业体系']], '为全省加快产业结构调整、建设现代化产业体系提供有力支撑', 'overall goal'],
  ['target', '咱盘锦那个全国有名的石化和精细化工基地，到25年底建设上想达到个啥劲头？', [['突飞猛进']], '全国重要的石化及精细化工产业基地建设突飞猛进', 'quantity targets'],
  ['target', '规上工业营收在全省盘子里的份额，方案期望这几年怎么走？', [['稳步提升']], '规模以上工业营业收入占全省的比重稳步提升', 'contribution targets: share, not rank'],
  ['target', '粮油加工营收占全省的份量，方案用了个啥词形容它的涨势？', [['明显攀升']], '粮油加工营业收入占全省比重明显攀升', 'contribution targets: share, not rank'],
  // task design
  ['overview', 'What principle did the plan follow when it set out its key tasks?', [['高度聚焦'], ['重点突出']], '本著高度聚焦、重点突出的原则', 'English; the text keeps 本著 after folding'],
  ['measure', '设计那21项任务时，说要更好地兼顾哪两头？', [['经济发展'], ['产业安全']], '更好统筹经济发展和产业安全', 'task design paragraph'],
  ['task', '排在清单最前面的那条任务，全称是？', [['有序发展']], '抓好石化及精细化工产业有序发展', 'task 1 of 21'],
  ['task', '二号任务是什么', [['产业配套']], '抓好石化及精细化工产业配套2项任务', 'task 2 of 21'],
  ['policy', '老师好，我们是给石化大厂做配套的，方案头一块说要突出产业之间搞啥？', [['协同合作']], '突出产业间的协同合作', 'area 1 emphasis'],
  ['measure', '给石化搞配套那件事，除了看周边市场要啥，还得顺着啥的发展需要？', [['新技术新工艺']], '化工新技术新工艺发展需要', 'task 2 content'],
  ['policy', '我们公司做油田技术服务的，方案支持辽河油田那条，最后落脚在把啥水平往上提？', [['开发水平']], '加快科技攻关步伐,不断提高开发水平', 'task 3 content'],
  ['task', '四号任务叫什么名', [['头部企业引育']], '抓好头部企业引育、抓好大中小企业融通', 'task 4 of 21'],
  ['policy', '我们是地方民企，想跟驻盘锦的中央企业搭伙，方案里有鼓励这种合作的说法吗？', [['央地合作']], '积极推动油地融合、央地合作、大中小企业协同', 'task 5 content'],
  ['overview', '实体为本那块说要突出搞出哪两种“群”来？', [['项目群'], ['产业集群']], '突出打造项目群和产业集群', 'area 3 emphasis'],
  ['policy', '我们准备在盘锦上个新项目，市里谋划重点项目时讲究立足啥、盯住啥？', [['发展实际'], ['产业发展大势']], '立足盘锦发展实际,紧盯产业发展大势', 'task 6 content'],
  ['task', '21项里的7号任务', [['产业集群建设']], '抓好项目建设、抓好产业集群建设', 'task 7 of 21'],
  ['task', '任务清单从头数第八条是哪条？', [['信息化融合']], '抓好工业化和信息化融合3项任务', 'task 8 of 21'],
  ['overview', '提档为先那块，强调了哪几个“新”？', [['新品牌'], ['新业态']], '突出新品牌、新产业、新业态', 'area 5 emphasis'],
  ['measure', '方案说用好质量、标准、认证这些手段，最后要把行业的啥能力拉上来？', [['竞争能力']], '全面提高行业竞争能力', 'task 12 content'],
  ['policy', '我们是外地做新材料的，方案里对新兴产业是光在本地培育，还是也往外招？', [['招引']], '全力开展新兴产业培育和招引', 'task 13 content'],
  ['task', '第十四项任务内容', [['现代服务业']], '抓好先进制造业与现代服务业融合3项任务', 'task 14 of 21'],
  ['policy', '我们本来是做服务业的，想反过来往生产制造那头延伸，方案认不认这个方向？', [['制造化']], '服务业反向延伸的制造化', 'task 14 content'],
  ['task', '十六号任务是啥', [['碳达峰']], '抓好碳达峰工作落实、抓好试点示范创建', 'task 16 of 21'],
  ['overview', '第七块聚焦的是啥？', [['群策群力']], '聚焦群策群力,突出增强服务提升软实力', 'area 7 focus'],
  ['task', 'Which task is number 18 among the plan\'s 21 key tasks?', [['高标准科学服务']], '设置了抓好高标准科学服务', 'English; task 18 of 21'],
  ['overview', '第八个方面突出打造的是什么平台', [['精准对接平台', '对接平台']], '突出打造精准对接平台', 'area 8 emphasis'],
  ['measure', '人才那项说要大力引进哪种科技人才团队？', [['高层次']], '大力引进高层次科技人才团队', 'task 20 content'],
  ['task', '二十一项任务里排在最后一个的是？', [['金融服务体系']], '抓好金融服务体系建设2项任务', 'task 21 of 21'],
  ['measure', '保障里讲明确责任的那条，是要让工作怎么落下去？', [['层层落实']], '明晰责任确保层层落实到位', 'safeguards'],
  ['measure', '保障措施那段还说要调动大家啥热情、最终形成啥？', [['干事创业'], ['工作合力']], '激发干事创业的激情,推动形成工作合力', 'safeguards'],
  ['overview', '这份方案对盘锦往后几年工业发展来说是个啥定位？', [['重要遵循']], '是今后三年全市工业振兴发展的重要遵循', 'closing paragraph'],
  ['overview', '稿子最后喊的口号，工业要打一场啥仗？', [['翻身仗']], '全力推动工业振兴率先突破,打好工业“翻身仗”', 'closing paragraph'],
  ['owner', '后面工信局细化目标、出台政策，是按谁的部署来？', [['市委'], ['市政府']], '市工业和信息化局将认真落实市委、市政府部署', 'closing paragraph'],
  ['owner', 'Among the five people on the stage, which one came from Panjin\'s commerce bureau?', [['王培夙']], '市商务局党组成员、副局长 王培夙', 'English; speaker list'],
  // refusals: facts the text does not give
  ['oos', '那场解读会是在哪个会议室开的？几点开始？', null, null, 'no venue or time given, only the date'],
  ['oos', '企业评上国家级绿色工厂的话，市里一次给奖多少钱？', null, null, 'green pilots are encouraged, no reward amount'],
  ['oos', '盘锦去年规上工业增加值实际增长了百分之几？', null, null, 'only the target relative to the provincial average'],
  ['oos', '企业入驻产业开发区，拿地价格上有没有优惠？能便宜多少？', null, null, 'no land price terms'],
  ['oos', '引进来的高层次人才团队，市里给安家费或者住房补贴不？标准多少？', null, null, 'no talent subsidy amounts'],
  ['oos', '想请“千人助千企”的干部上门帮忙，在哪个平台线上提申请？', null, null, 'no application channel given'],
];

const C = [
  [['讲科技创新的那块，科技企业分梯队培养那套你知道吧', '照那套培养，最后是要育出啥样的主体？'], [['新型创新主体']], '梯度培育新型创新主体', 'area 4 content'],
  [['讲绿色发展的是八块里的第几块？', '这块说要突出哪两样东西的带动作用？'], [['重点工程'], ['试点示范']], '突出重点工程和试点示范的带动', 'area 6 emphasis'],
  [['收尾那一大块是讲人才和金融的吧？', '它聚焦的是要服务好哪一头？'], [['实体经济']], '聚焦服务实体经济,突出打造精准对接平台', 'area 8 focus'],
  [['方案里讲新兴产业的那项，在八块里归哪块？', '同块里讲质量品牌那项，还说要推动各产业往啥方向发展？'], [['高端'], ['优质']], '推动各产业向高端、优质发展', 'area 5, task 12'],
  [['两化融合那项里，说要推广智能工厂的建设指南对吧', '这些指南是取自哪些地方、哪些企业的？'], [['先进地区'], ['知名企业']], '推广应用先进地区、知名企业智能工厂建设指南', 'task 8 content'],
  [['我们公司在准备IPO，盘锦这份工业规划里对企业去资本市场挂牌有表态吧？', '要是真挂牌成功了，市里能奖励多少钱？'], null, null, 'no listing reward given'],
];

const qs = Q.map(([kind, q, must, passage, note], i) => {
  const o = { id: `p22-${String(i + 1).padStart(2, '0')}`, doc: DOC, kind, q };
  if (kind === 'oos') o.refuse = true; else { o.must = must; o.passage = passage.replace(/\s+/g, ''); }
  o.note = note; return o;
});
const cs = C.map(([turns, must, passage, note], i) => {
  const o = { id: `p22-m${String(i + 1).padStart(2, '0')}`, doc: DOC, kind: 'multi', turns };
  if (!must) o.refuse = true; else { o.must = must; o.passage = passage.replace(/\s+/g, ''); }
  o.note = note; return o;
});
fs.writeFileSync(path.join(OUT, 'questions.jsonl'), qs.map(o => JSON.stringify(o)).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'conversations.jsonl'), cs.map(o => JSON.stringify(o)).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'owners.json'), '[]\n');
console.log(`wrote ${qs.length} questions, ${cs.length} conversations`);
