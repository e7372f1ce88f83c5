// A table copied from a web page one cell per line (序号 / 措施名称 / 主要内容 / 指导部门 / 推广范围, then each
// row's cells): every row is read back as a numbered item with its own units under the column's name,
// and the questions of the genre — item N, who guides it, what a group of rows holds, the second of
// them — are answered from that row, never a neighbour's. The document is written here.
import { describe, expect, it } from 'vitest';
import { rejoinCellLines } from '../../src/knowledge/cell-lines.ts';
import { buildDocument } from '../../src/knowledge/load.ts';
import { plainText } from '../../src/answer/plain-text.ts';
import { answererOver } from '../support/docs.ts';

const NOTICE = [
  '某省人民政府办公厅关于推广第三批营商环境改革举措的通知',
  '各市人民政府，省政府各部门：',
  '现将第三批营商环境改革举措推广清单印发给你们，请认真组织实施。',
  '一、推广的改革举措',
  '（一）政务服务方面2项。',
  '（二）融资服务方面3项。',
  '（三）市场监管方面2项。',
  '二、认真抓好组织实施',
  '各市人民政府要研究制定推广工作方案。',
  '某省人民政府办公厅',
  '2024年3月8日',
  '附件',
  '第三批营商环境改革举措推广清单',
  '序号',
  '措施名称',
  '主 要 内 容',
  '指导部门',
  '推广范围',
  '一、政务服务方面（共2项）',
  '1',
  '企业开办一日办结',
  '整合登记、刻章、申领发票环节，一个窗口受理，一日内办结。',
  '省市场监管局、省税务局',
  '全省',
  '2',
  '工程建设项目联合验收',
  '规划、消防、人防等专项验收合并为一次联合验收。',
  '省住房城乡建设厅',
  '试点城市',
  '二、融资服务方面（共3项）',
  '3',
  '知识产权质押融资风险补偿',
  '设立风险补偿资金池，对合作银行的质押贷款损失给予补偿。',
  '省知识产权局、省财政厅',
  '全省',
  '4',
  '政府采购合同融资',
  '中标企业凭政府采购合同向银行申请无抵押贷款。',
  '省财政厅、人民银行某省分行',
  '全省',
  '5',
  '应收账款融资服务平台',
  '推动核心企业在平台确认应收账款，帮助上下游企业融资。',
  '人民银行某省分行',
  '试点城市',
  '三、市场监管方面（共2项）',
  '8',
  '包容审慎监管清单',
  '对轻微违法行为依法不予处罚。',
  '省司法厅、省市场监管局',
  '全省',
].join('\n');

describe('tables laid out one cell per line', () => {
  it('writes each row back as a numbered item, its cells under their columns', () => {
    const text = rejoinCellLines(NOTICE);
    expect(text).toContain('1.企业开办一日办结。主要内容：整合登记、刻章、申领发票环节，一个窗口受理，一日内办结。指导部门：省市场监管局、省税务局。推广范围：全省。');
    // The group headings stay where they were; a gap in the numbering (rows 6–7 left out) does not end the table.
    expect(text).toContain('二、融资服务方面（共3项）\n3.知识产权质押融资风险补偿。');
    expect(text).toContain('8.包容审慎监管清单。主要内容：对轻微违法行为依法不予处罚。指导部门：省司法厅、省市场监管局。推广范围：全省。');
    // Nothing before the table changes.
    expect(text.slice(0, text.indexOf('附件'))).toBe(NOTICE.slice(0, NOTICE.indexOf('附件')));
    expect(text).not.toContain('序号');
  });

  it('leaves a blank form (a header with no rows) and running text alone', () => {
    const form = ['申请表', '序号', '姓名', '身份证号码', '毕业院校', '联系电话', '', '申请单位（盖章）：'].join('\n');
    expect(rejoinCellLines(form)).toBe(form);
    const prose = '序号为1的事项由市发展改革委负责。\n第二条 本办法自发布之日起施行。';
    expect(rejoinCellLines(prose)).toBe(prose);
  });

  it('joins a cell that ran over two lines, and keeps the columns after it in place', () => {
    const broken = NOTICE.replace('设立风险补偿资金池，对合作银行的质押贷款损失给予补偿。', '设立风险补偿资金池，\n对合作银行的质押贷款损失给予补偿。');
    const text = rejoinCellLines(broken);
    expect(text).toContain('3.知识产权质押融资风险补偿。主要内容：设立风险补偿资金池，对合作银行的质押贷款损失给予补偿。指导部门：省知识产权局、省财政厅。推广范围：全省。');
    expect(text).not.toMatch(/指导部门：对合作银行/u);
    expect(text).toContain('4.政府采购合同融资。主要内容：中标企业凭政府采购合同向银行申请无抵押贷款。指导部门：省财政厅、人民银行某省分行。推广范围：全省。');
  });

  // A printed task list (附件 工作任务清单): the task's name is one merged cell over the rows of its group,
  // a list of units may run over two lines, a content cell may end without a full stop.
  const TASKS = [
    '某区垃圾分类工作实施方案',
    '一、工作目标',
    '到年底，全区居住区垃圾分类达标率达到95%以上。',
    '附件1',
    '工作任务清单',
    '序号',
    '任务名称',
    '任务内容',
    '牵头部门',
    '配合部门',
    '时间节点',
    '1',
    '加强组织领导',
    '召开全区垃圾分类工作动员大会，建立联席会议制度。',
    '区政府办公室',
    '各成员单位',
    '2019年3月',
    '2',
    '将垃圾分类纳入专项督查和绩效评价指标体系。',
    '区委组织部',
    '区绿化市容局',
    '2019年',
    '3',
    '提高处理能力',
    '加快推进本区湿垃圾处理项目；加快推进本区干垃圾焚烧项目。',
    '区政府办公室、区绿化市容局、',
    '区规划资源局、区重大办',
    '2019年',
    '4',
    '排摸本区农贸市场现状，落实新建和已建农贸市场的湿垃圾就地处理设施配套工作',
    '区市场监管局',
    '区商务委',
    '区绿化市容局',
    '2019年6月',
    '附件2',
    '各街镇目标任务分解表',
  ].join('\n');

  it('gives a name merged over rows to each of them, and a cell over two lines to its own column', () => {
    const text = rejoinCellLines(TASKS);
    expect(text).toContain('1.加强组织领导。任务内容：召开全区垃圾分类工作动员大会，建立联席会议制度。牵头部门：区政府办公室。配合部门：各成员单位。时间节点：2019年3月。');
    // Row 2 has no name of its own: the merged cell above is its name too.
    expect(text).toContain('2.加强组织领导。任务内容：将垃圾分类纳入专项督查和绩效评价指标体系。牵头部门：区委组织部。配合部门：区绿化市容局。时间节点：2019年。');
    // A list broken off after `、` goes on in the next line: one cell, the lead's; no supporting units.
    expect(text).toContain('3.提高处理能力。任务内容：加快推进本区湿垃圾处理项目；加快推进本区干垃圾焚烧项目。牵头部门：区政府办公室、区绿化市容局、区规划资源局、区重大办。时间节点：2019年。');
    // A sentence without a full stop and a unit are two cells; two unit lines after the lead are the supporting units.
    expect(text).toContain('4.提高处理能力。任务内容：排摸本区农贸市场现状，落实新建和已建农贸市场的湿垃圾就地处理设施配套工作。牵头部门：区市场监管局。配合部门：区商务委、区绿化市容局。时间节点：2019年6月。');
    // The text after the last row is not taken into it.
    expect(text).toContain('时间节点：2019年6月。\n附件2\n各街镇目标任务分解表');
  });

  it('does not carry a merged name over a group heading into the next group', () => {
    const text = rejoinCellLines(TASKS.replace('\n1\n加强组织领导', '\n一、组织保障\n1\n加强组织领导').replace('\n3\n提高处理能力', '\n二、设施建设\n3\n提高处理能力').replace('\n4\n排摸', '\n三、市场配套\n4\n排摸'));
    // Row 4 opens a group of its own with no name cell: it takes no name from group 二's row 3.
    expect(text).toContain('三、市场配套\n4.任务内容：排摸本区农贸市场现状');
    expect(text).not.toContain('4.提高处理能力');
    expect(text).toContain('2.加强组织领导。任务内容：将垃圾分类纳入专项督查');
  });

  it('reads each merged-name row\'s own lead unit as its owner', () => {
    const doc = buildDocument('tasks.txt', TASKS);
    const owners = doc.facts!.owners.map((o) => [o.no, o.lead]);
    expect(owners).toEqual([
      [1, '区政府办公室'],
      [2, '区委组织部'],
      [3, '区政府办公室、区绿化市容局、区规划资源局、区重大办'],
      [4, '区市场监管局'],
    ]);
    for (const o of doc.facts!.owners) expect(doc.text.slice(o.start, o.end)).toContain(o.lead!);
  });

  it('gives every row its own guiding units as owners, named by the column', () => {
    const doc = buildDocument('notice.txt', NOTICE);
    const owners = doc.facts!.owners.map((o) => [o.no, o.lead, o.columns?.[0]?.name]);
    expect(owners).toEqual([
      [1, '省市场监管局、省税务局', '指导部门'],
      [2, '省住房城乡建设厅', '指导部门'],
      [3, '省知识产权局、省财政厅', '指导部门'],
      [4, '省财政厅、人民银行某省分行', '指导部门'],
      [5, '人民银行某省分行', '指导部门'],
      [8, '省司法厅、省市场监管局', '指导部门'],
    ]);
    // Each owner stands in its own item's text.
    for (const o of doc.facts!.owners) expect(doc.text.slice(o.start, o.end)).toContain(o.lead!);
  });

  it('answers item N, its guiding units and the Nth of a group just listed from that row', async () => {
    const { answerer } = await answererOver({ 'notice.txt': NOTICE }, true);
    const a = plainText(await answerer.ask('推广清单第4项的指导部门有哪些？'));
    expect(a).toContain('指导部门：省财政厅、人民银行某省分行');
    expect(a).not.toContain('省知识产权局');
    const who = plainText(await answerer.ask('应收账款融资服务平台这条谁来指导？'));
    expect(who).toContain('人民银行某省分行');
    expect(who).not.toMatch(/省财政厅|省知识产权局/u);
    const listed = plainText(await answerer.ask('融资服务方面有哪几项？', { sessionId: 'g' }));
    expect(listed).toMatch(/3\.知识产权质押融资风险补偿；4\.政府采购合同融资；5\.应收账款融资服务平台/u);
    const second = plainText(await answerer.ask('第二个是哪个部门指导的？', { sessionId: 'g' }));
    expect(second).toContain('政府采购合同融资');
    expect(second).toContain('省财政厅、人民银行某省分行');
    expect(second).not.toContain('省住房城乡建设厅');
  });

  it('counts item N through a numbering with a gap, and in the one document whose heading the question names', async () => {
    const other = ['某市稳就业若干措施', ...Array.from({ length: 9 }, (_, i) => `${i + 1}.稳就业措施${i + 1}。对吸纳就业的企业给予补贴。`)].join('\n');
    const { answerer } = await answererOver({ 'notice.txt': NOTICE, 'jobs.txt': other }, true);
    // Rows 6–7 were left out of the table: item 8 is the row numbered 8.
    expect(plainText(await answerer.ask('推广清单第8项讲的什么？'))).toContain('包容审慎监管清单');
    // Both documents have a fifth item; `清单里` names where the question counts.
    expect(plainText(await answerer.ask('清单里第5项讲的啥？'))).toContain('应收账款融资服务平台');
    expect(plainText(await answerer.ask('第5项讲的啥？'))).toMatch(/请问您指的是哪一份/u);
  });

  it('names the units of a quoted row by their column, never as its lead', async () => {
    const long = '推动核心企业在平台确认应收账款，帮助上下游企业融资。' + '平台对接银行、保理公司等机构，提供线上确权、融资撮合和风险监测服务，'.repeat(5) + '对平台上完成确权的账款，合作银行在三个工作日内完成审批放款。';
    const { answerer } = await answererOver({ 'notice.txt': NOTICE.replace('推动核心企业在平台确认应收账款，帮助上下游企业融资。', long) }, true);
    const a = plainText(await answerer.ask('应收账款确权以后银行几个工作日内放款？'));
    expect(a).toContain('三个工作日');
    expect(a).toContain('指导部门：人民银行某省分行');
    expect(a).not.toContain('牵头');
  });

  it('counts the items of the part a question names, or takes the count its heading states', async () => {
    const { answerer } = await answererOver({ 'notice.txt': NOTICE }, true);
    const a = plainText(await answerer.ask('融资服务方面一共几项？'));
    expect(a).toContain('共3项');
    expect(a).toContain('应收账款融资服务平台');
    // Only one of the part's rows was published: the heading's own count answers.
    expect(plainText(await answerer.ask('市场监管方面一共几项？'))).toMatch(/市场监管方面(?:（共)?2项/u);
  });

  it('answers `这条谁指导？在哪推广？` of the row just quoted', async () => {
    const { answerer } = await answererOver({ 'notice.txt': NOTICE }, true);
    await answerer.ask('政府采购合同融资是怎么回事？', { sessionId: 'p' });
    const a = plainText(await answerer.ask('这条谁指导？在哪推广？', { sessionId: 'p' }));
    expect(a).toContain('指导部门：省财政厅、人民银行某省分行');
    expect(a).toContain('推广范围：全省');
    expect(a).not.toContain('省知识产权局');
  });
});

// A division-of-labour table as a PDF or a web page prints it and a copy keeps it: a blank line between every two
// cells, each group numbered on a line of its own (the first group's `一` set as a dash), rows numbered `（一）` anew in
// each group, the header printed again at a page break, a unit's name broken over two lines, `——` for an empty cell —
// and a task of several work items, each with its own units, under one number and name.
const DIVISION = [
  '某区关于加强城市道路管理的实施意见',
  '一、总体要求',
  '各部门要按照分工表落实任务。',
  '二、重点任务',
  '（一）完善道路规划体系。优化路网布局，提高规划的科学性。',
  '（二）推进道路建设。加快道路建设，打通断头路，改造老旧道路，严格道路建设管理。',
  '（三）强化道路运行管理。规范占道施工，加强道路巡查，严格道路运行管理。',
  '附件',
  '实施意见任务分工表',
  '序号', '工作任务', '主要工作内容', '牵头单位', '配合单位',
  '—', '完善道路规划体系',
  '（一）', '优化路网布局', '编制区级道路专项规划，明确支路网建设时序。', '区规划资源局', '区建设管理委、区交通委',
  '（二）', '推进道路建设',
  '开展断头路打通工程。', '区建设管理委', '区规划资源局、属地街镇',
  '实施老旧道路改造提升。', '区道路养护工作', '专班', '——',
  '二', '强化道路运行管理',
  '（一）', '规范占道施工', '建立占道施工审批和公示制度。', '区交通委', '公安某区分局',
  '序号', '工作任务', '主要工作内容', '牵头单位', '配合单位',
  '（二）', '加强道路巡查', '建立道路日常巡查制度，推进道路建设工程质量巡查，及时发现并处置道路病害。', '区建设管理委', '——',
  '附件2', '各街镇任务清单',
].join('\n\n');

describe('a division-of-labour table printed with blank lines, group rows and rows of several parts', () => {
  it('writes each row back as an item under its group, each part of a task as a numbered item with its own units', () => {
    const text = rejoinCellLines(DIVISION);
    expect(text).toContain('完善道路规划体系\n（一）优化路网布局。主要工作内容：编制区级道路专项规划，明确支路网建设时序。牵头单位：区规划资源局。配合单位：区建设管理委、区交通委。');
    // A task of two work items: its name, then each item with its own units; a name over two lines is one; `——` is empty.
    expect(text).toContain('（二）推进道路建设\n1.开展断头路打通工程。牵头单位：区建设管理委。配合单位：区规划资源局、属地街镇。\n2.实施老旧道路改造提升。牵头单位：区道路养护工作专班。\n');
    // The next group, numbered on its own line, numbers its rows anew; the header printed again is dropped.
    expect(text).toContain('二、强化道路运行管理\n（一）规范占道施工。主要工作内容：建立占道施工审批和公示制度。牵头单位：区交通委。配合单位：公安某区分局。\n（二）加强道路巡查。');
    expect(text).toContain('牵头单位：区建设管理委。\n');
    expect(text).not.toMatch(/序号/u);
    expect(text).not.toContain('——');
    // The text after the table stays as it was.
    expect(text).toContain('附件2\n\n各街镇任务清单');
    expect(text).toContain('（二）推进道路建设。加快道路建设');
  });

  it('reads every row and every part of a task with its own lead unit, found in its own text', () => {
    const doc = buildDocument('division.txt', DIVISION);
    const owners = doc.facts!.owners.map((o) => [o.title, o.lead]);
    expect(owners).toEqual([
      ['优化路网布局', '区规划资源局'],
      ['开展断头路打通工程', '区建设管理委'],
      ['实施老旧道路改造提升', '区道路养护工作专班'],
      ['规范占道施工', '区交通委'],
      ['加强道路巡查', '区建设管理委'],
    ]);
    for (const o of doc.facts!.owners) expect(doc.text.slice(o.start, o.end)).toContain(o.lead!);
  });

  it('answers who leads a task of several parts with each part and its units, never one part for the whole', async () => {
    const { answerer } = await answererOver({ 'division.txt': DIVISION }, true);
    // (Row 二（二）'s work says 推进道路建设 too: the task whose title names it is meant.)
    const a = plainText(await answerer.ask('推进道路建设由哪个部门负责？'));
    expect(a).toMatch(/开展断头路打通工程[^；]*区建设管理委/u);
    expect(a).toMatch(/实施老旧道路改造提升[^；]*区道路养护工作专班/u);
    const one = plainText(await answerer.ask('老旧道路改造提升由哪个部门牵头？'));
    expect(one).toContain('区道路养护工作专班');
    expect(one).not.toContain('区建设管理委');
  });

  it('answers `还有谁配合？` and `那配合它的还有哪些单位？` of the row just given, not of another row', async () => {
    const { answerer } = await answererOver({ 'division.txt': DIVISION }, true);
    for (const [i, next] of ['还有谁配合？', '那配合它的还有哪些单位？'].entries()) {
      await answerer.ask('占道施工审批这事谁牵头？', { sessionId: `s${i}` });
      const a = plainText(await answerer.ask(next, { sessionId: `s${i}` }));
      expect(a).toContain('公安某区分局');
      expect(a).not.toMatch(/区规划资源局|属地街镇/u);
    }
  });
});
