// The genre's numbering read by shape, and the facts it yields: every owner, number and date stands in
// the item's own text (a fact is never assembled from two items).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAnnotation, unitNames } from '../../src/knowledge/annotations.ts';
import { headingTest } from '../../src/knowledge/chunk.ts';
import { extractDocFacts, ownedText } from '../../src/knowledge/facts/document.ts';
import { buildDocument } from '../../src/knowledge/load.ts';
import { outline, segment } from '../../src/knowledge/structure.ts';
import { KNOWLEDGE, ROOT } from '../support/seed.ts';

const REAL_DEV = path.resolve(ROOT, '../shared/eval/real-dev/knowledge');
const LAWS = path.resolve(ROOT, '../shared/corpus/laws');

function documentsUnder(dir: string, ext = /\.(txt|md)$/): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? documentsUnder(path.join(dir, e.name), ext) : ext.test(e.name) && !e.name.startsWith('_') ? [path.join(dir, e.name)] : [],
  );
}

const corpus = [
  ...documentsUnder(KNOWLEDGE),
  ...documentsUnder(path.join(ROOT, 'tests/fixtures')),
  ...documentsUnder(path.join(ROOT, 'eval/knowledge')),
  // The blind suites' real documents (a 行动计划 with 责任单位 after each of 33 items, 若干措施, 办法, Q&As).
  ...['real', 'real2', 'real3', 'owners', 'plan4', 'unseen'].flatMap((s) => documentsUnder(path.join(ROOT, 'eval', s, 'knowledge'))),
  ...documentsUnder(REAL_DEV),
  // A sample of the laws: article numbering with chapters, items inside articles.
  ...documentsUnder(LAWS).filter((_, i) => i % 40 === 0),
];

describe('segment', () => {
  it('puts item markers that continue the numbering at the start of lines, and leaves references alone', () => {
    const text = segment(
      '一、总体要求把握方向(一)研究制定办法。(财政部牵头，各地区按职责分工负责)具体措施：1.完善机制。(财政部负责)2.2021年底前开展检查，依照第三条第(一)项办理。(市场监管总局牵头)3.2020年底前落实。(税务总局负责)(二)优化服务。',
    );
    expect(text.split('\n')).toEqual([
      '一、总体要求把握方向',
      '(一)研究制定办法。(财政部牵头，各地区按职责分工负责)具体措施：',
      '1.完善机制。(财政部负责)',
      '2.2021年底前开展检查，依照第三条第(一)项办理。(市场监管总局牵头)',
      '3.2020年底前落实。(税务总局负责)',
      '(二)优化服务。',
    ]);
  });

  it('does not take a decimal or a number out of sequence for an item', () => {
    expect(segment('增长率提高到3.5%。投资达到12.8亿元，比上年增长5.2个百分点，完成全年计划的七成以上。')).not.toContain('\n');
    expect(segment('按照本办法规定执行。第九条所称企业，是指在本区依法登记注册并实际运营满一年的企业单位。')).not.toContain('\n');
  });

  it('breaks a 办法 published with no line breaks at its chapter headings and spaced article labels', () => {
    const text = segment(
      '某市储备粮管理办法第一章  总    则第一条  为加强储备粮管理，制定本办法。第二条  本办法适用于市级储备粮。' +
        '第二章  计    划第三条  储备计划由市发展改革委会同市财政局制定，依照本办法第二章规定执行。',
    );
    expect(text.split('\n')).toEqual([
      '某市储备粮管理办法',
      '第一章  总    则',
      '第一条  为加强储备粮管理，制定本办法。',
      '第二条  本办法适用于市级储备粮。',
      '第二章  计    划',
      '第三条  储备计划由市发展改革委会同市财政局制定，依照本办法第二章规定执行。',
    ]);
  });
});

/** The title of the parent of the item with this label whose title starts so (null at the top). */
const parentTitleIn = (items: ReturnType<typeof outline>) => (label: string, title: string) => {
  const it = items.find((i) => i.label === label && i.title.startsWith(title))!;
  return it.parent >= 0 ? items[it.parent]!.title : null;
};

describe('outline', () => {
  it('nests numbering in the order the kinds first appear, and reads each item its own annotation', () => {
    const text = segment('一、放要放出活力\n(一)精简审批。(国务院办公厅牵头，各地区、各部门按职责分工负责)具体措施：1.编制清单。(国务院办公厅牵头，国务院相关部门按职责分工负责)2.2021年6月底前建立审查机制。(司法部负责)\n(二)改革审批方式。');
    const items = outline(text, headingTest({ id: 'x.txt', text }));
    expect(items.map((i) => [i.label, i.depth])).toEqual([['一、', 0], ['(一)', 1], ['1.', 2], ['2.', 2], ['(二)', 1]]);
    expect(items[1]!.annotation).toMatchObject({ lead: '国务院办公厅', support: '各地区、各部门' });
    expect(items[2]!.annotation).toMatchObject({ lead: '国务院办公厅', support: '国务院相关部门' });
    expect(items[3]!.annotation).toMatchObject({ responsible: '司法部', deadline: '2021年6月底前' });
    expect(items[4]!.annotation).toBeNull();
  });

  it('nests (一) above 1. where 1. was first seen in another part, directly under its 一、', () => {
    const text = [
      '二、工作目标',
      '1.推动重点产业发展。',
      '2.吸引高端人才。',
      '五、支持方式',
      '(一)项目和场景直接补贴',
      '1.补贴对象：小微企业。',
      '2.奖励机制：每年遴选优秀项目。',
      '(二)税收政策',
      '落实小微企业税收优惠。',
      '(三)创业担保贷款',
      '最高额度不超过400万元。',
    ].join('\n');
    const items = outline(text, headingTest({ id: 'x.txt', text }));
    const parentOf = parentTitleIn(items);
    expect(parentOf('1.', '推动重点')).toBe('工作目标');
    expect(parentOf('1.', '补贴对象')).toBe('项目和场景直接补贴');
    expect(parentOf('(二)', '税收政策')).toBe('支持方式');
    expect(parentOf('(三)', '创业担保贷款')).toBe('支持方式');
  });

  it('never nests an outer kind in an inner one, and a box between items (专栏) ends only the item before it', () => {
    const text = [
      '一、行动步骤',
      '(一)网络强基行动。',
      '1.推进外网建设。支持企业建设网络。(责任单位：省通信管理局)',
      '2.推进内网改造。支持企业改造内网。(责任单位：省经济和信息化厅)',
      '专栏1 网络互联互通工程',
      '优化网络基础设施，建设一批示范工厂。',
      '(二)基础支撑行动。',
      '3.加快标识解析。建设二级节点。(责任单位：省数据资源局)',
      '二、保障措施',
      '(一)加强组织协调。(责任单位：各市人民政府)',
    ].join('\n');
    const items = outline(text, headingTest({ id: 'x.txt', text }));
    const parentOf = parentTitleIn(items);
    expect(parentOf('(二)', '基础支撑')).toBe('行动步骤');
    expect(parentOf('3.', '加快标识')).toBe('基础支撑行动');
    // `二、` after item 3. is a part of its own, not a sub-item of 3.
    expect(parentOf('二、', '保障措施')).toBeNull();
    expect(items.find((i) => i.label === '2.')!.annotation).toMatchObject({ lead: '省经济和信息化厅' });
  });

  it('a heading after which the numbering starts afresh (an annex) closes every item', () => {
    const text = ['一、主要任务', '(一)扩大供给。', '1.扩大来源。(责任单位：市卫生健康委)', '附件考核指标表', '1.签约覆盖率', '2.续约率'].join('\n');
    const items = outline(text, headingTest({ id: 'x.txt', text }));
    expect(items.filter((i) => i.label === '1.').map((i) => i.parent >= 0)).toEqual([true, false]);
  });

  it('reads the labelled forms: 牵头单位/配合单位 in parentheses or on their own lines, 责任单位, 完成时限', () => {
    expect(readAnnotation('6.金融人才开发项目。围绕金融业发展需求，开展培训。(牵头单位：市金融局，配合单位：市人社局、市财政局)')).toMatchObject({
      lead: '市金融局',
      support: '市人社局、市财政局',
    });
    expect(readAnnotation('（三）推进数据共享。\n责任单位：市数据局、市发展改革委\n完成时限：2025年12月底前')).toMatchObject({
      lead: '市数据局、市发展改革委',
      deadline: '2025年12月底前',
    });
    // A label worded with what the unit does (`牵头考核单位`, `责任落实部门`), and a month's end `…完成`.
    expect(readAnnotation('11．推进各级大厅智能化设备应用。(6月底完成，牵头考核单位：市审批服务局、市公安局)')).toMatchObject({
      lead: '市审批服务局、市公安局',
      deadline: '6月底完成',
    });
    expect(readAnnotation('（二）加强监管。(责任落实部门：区市场监管局；配合部门：区商务局)')).toMatchObject({
      lead: '区市场监管局',
      support: '区商务局',
    });
    // A State Council 通知's measures each close with the departments in charge (`负责部门：`), none named as leading.
    expect(readAnnotation('（四十）鼓励银行业金融机构向境外项目发放人民币贷款。(负责部门：人民银行、外交部、商务部)')).toMatchObject({
      lead: '人民银行、外交部、商务部',
      support: null,
    });
    expect(readAnnotation('（七）开展试点。\n承办单位：市商务局')).toMatchObject({ lead: '市商务局' });
    // A `…前` date that describes what the item covers (`2000年前建成的早期商品房`) is no deadline; one it is due by is.
    expect(readAnnotation('（十二）加大支持力度。支持对老旧小区（包括售后公房及2000年前建成的早期商品房等）给予支持。（责任单位：市房屋管理局、市财政局）')).toMatchObject({ deadline: null });
    expect(readAnnotation('（十二）加大支持力度。对2000年前建成的老旧小区，2027年底前完成改造。（责任单位：市房屋管理局、市财政局）')).toMatchObject({ deadline: '2027年底前' });
    // (…and one due by the date keeps it though a `的` follows further on: `出台具体的实施细则`.)
    expect(readAnnotation('（三）完善配套政策。2025年底前出台具体的实施细则。（责任单位：市财政局）')).toMatchObject({ deadline: '2025年底前' });
    expect(readAnnotation('（四）健全考核。2025年6月底前建立完善的考核机制。（责任单位：市人社局）')).toMatchObject({ deadline: '2025年6月底前' });
    expect(unitNames('财政部、国家发展改革委、税务总局等国务院相关部门及各地区')).toEqual(['财政部', '国家发展改革委', '税务总局']);
  });

  it('gives units on a line after an item’s last part to the item, unless a part names units of its own', () => {
    const { text } = buildDocument('x.txt', readFileSync(path.join(ROOT, 'tests/fixtures/closing-annotations.txt'), 'utf8'));
    const items = outline(text, headingTest({ id: 'x.txt', text }));
    const lead = (title: string) => items.find((i) => i.title === title)?.annotation?.lead ?? null;
    // (一): its goal, then its tasks (1)(2), then the line — the action's.
    expect([lead('数字创业创新'), lead('主要任务'), lead('培育创业团队')]).toEqual(['区科技局', null, null]);
    // (二): a line after each task — each task's own; the action names none.
    expect([lead('智能制造升级'), lead('推进设备联网'), lead('建设工业互联网平台')]).toEqual([null, '区工信局', '区发改局']);
    expect([lead('智慧农业示范'), lead('数字政务服务')]).toEqual(['区农业局', '区行政审批局']);
    // The line is the action's text, and no longer its last part's.
    const action = items.find((i) => i.title === '数字创业创新')!;
    expect(text.slice(action.tail!.start, action.tail!.end)).toBe('牵头单位：区科技局，配合单位：区财政局、区人社局');
    expect(text.slice(items.find((i) => i.title === '培育创业团队')!.start, items.find((i) => i.title === '培育创业团队')!.end)).not.toContain('牵头单位');
  });

  it('reads the convention stated once (列第一位者为牵头单位，下同): in each list after it the first unit leads', () => {
    const text = [
      '二、主要任务',
      '(一)摸清底数。开展普查。(农业农村部、统计局负责)',
      '(二)完善创新体系。加快推进装备创新。(工业和信息化部、发展改革委、科技部等负责。列第一位者为牵头单位，下同)',
      '(三)优化产业布局。引导集聚发展。(市场监管总局、工业和信息化部等负责)',
      '(四)加强人才培养。(教育部负责)',
    ].join('\n');
    const owners = outline(text, headingTest({ id: 'x.txt', text })).filter((i) => i.label.startsWith('(')).map((i) => [i.annotation!.lead, i.annotation!.support, i.annotation!.responsible]);
    expect(owners).toEqual([
      // Before the convention is stated, units responsible name no lead.
      [null, null, '农业农村部、统计局'],
      ['工业和信息化部', '发展改革委、科技部等', null],
      ['市场监管总局', '工业和信息化部等', null],
      // One unit alone is responsible: there is no one it leads.
      [null, null, '教育部'],
    ]);
    // (Said with the kind of unit before 为: `排在第一位的部门为牵头部门，下同`.)
    const worded = ['四、主要任务', '1.拓展两个市场。推广试点。(税务总局、财政部、海关总署负责，排在第一位的部门为牵头部门，下同)', '2.提前适用政策。享受税收政策。(海关总署、财政部负责)'].join('\n');
    expect(outline(worded, headingTest({ id: 'x.txt', text: worded })).filter((i) => i.kind === 'num').map((i) => i.annotation!.lead)).toEqual(['税务总局', '海关总署']);
    // `列逗号之前的为牵头单位`: the units before the list's comma lead; after the note, lists stand bare in
    // parentheses or, holding a qualifier of their own, in square brackets.
    const comma = [
      '二、重点任务',
      '1.推进机场建设。完成搬迁。(市交通运输局、南山区政府，市规划和自然资源局、中国中海直公司。列逗号之前的为牵头单位，其他有关单位按职责分工配合，下同)',
      '2.建设起降场。开展评估。[市交通运输局、各区政府(含大鹏新区管委会、前海管理局，下同)，市规划和自然资源局、市卫生健康委]',
      '3.构建通信网络。实现覆盖。(市工业和信息化局，市通信管理局、中国电信、中国移动)',
    ].join('\n');
    expect(outline(comma, headingTest({ id: 'y.txt', text: comma })).filter((i) => i.label.endsWith('.')).map((i) => [i.annotation!.lead, i.annotation!.support])).toEqual([
      ['市交通运输局、南山区政府', '市规划和自然资源局、中国中海直公司'],
      ['市交通运输局、各区政府(含大鹏新区管委会、前海管理局，下同)', '市规划和自然资源局、市卫生健康委'],
      ['市工业和信息化局', '市通信管理局、中国电信、中国移动'],
    ]);
    // …and of units labelled 责任单位 (`（责任单位：A、B，C。列首位的为牵头单位，下同）`): the first leads there too, while
    // a 责任单位 under no convention leads alone, as written.
    const labelled = [
      '二、工作举措',
      '(一)拓宽政策覆盖面。落实扶持政策。(责任单位：市农业农村局、市财政局，各区县政府。列首位的为牵头单位，下同)',
      '(二)加强创业培训。开展创业培训。(责任单位：市人力资源和社会保障局、市财政局，各区县政府)',
      '(三)提供电价优惠。执行优惠电价。(责任单位：市发展和改革委)',
    ].join('\n');
    expect(outline(labelled, headingTest({ id: 'z.txt', text: labelled })).filter((i) => i.label.startsWith('(')).map((i) => [i.annotation!.lead, i.annotation!.support])).toEqual([
      ['市农业农村局', '市财政局，各区县政府'],
      ['市人力资源和社会保障局', '市财政局，各区县政府'],
      ['市发展和改革委', null],
    ]);
    expect(readAnnotation('(二)加强创业培训。开展创业培训。(责任单位：市人力资源和社会保障局、市财政局)')).toMatchObject({ lead: '市人力资源和社会保障局、市财政局', support: null });
    // (…nor where a 配合单位 stands beside them, which says who supports.)
    expect(readAnnotation('(一)某项。(责任单位：市农业农村局、市财政局，配合单位：市税务局)', 'first')).toMatchObject({ lead: '市农业农村局、市财政局', support: '市税务局' });
    // Units that say they lead together lead together (`（农业农村部、工业和信息化部牵头负责）`).
    expect(readAnnotation('(十八)健全组织实施机制。建立协调推进机制。(农业农村部、工业和信息化部牵头负责)')).toMatchObject({ lead: '农业农村部、工业和信息化部', support: null });
  });
});

describe.each(corpus.map((f) => [path.relative(ROOT, f), f]))('facts of %s', (_name, file) => {
  const raw = readFileSync(file, 'utf8');
  const doc = buildDocument(path.basename(file), raw);
  const { facts, items } = extractDocFacts(doc);

  it('every owner, support unit and deadline stands in its own item', () => {
    for (const o of facts.owners) {
      const own = ownedText(doc.text, o);
      for (const v of [o.lead, o.support, o.responsible, o.deadline]) if (v) expect(own, `${o.label} ${o.title}`).toContain(v);
      // The item's own text is its own: no other item starts inside it, nor inside the lines that close it.
      for (const [from, to] of [[o.start, o.end], ...(o.tail ? [[o.tail.start, o.tail.end]] : [])] as const) {
        expect(items.filter((i) => i.index !== o.index && i.start > from && i.start < to)).toEqual([]);
      }
    }
  });

  it('every target and amount is a clause of the text, inside the item it is filed under', () => {
    for (const t of facts.targets) {
      expect(doc.text).toContain(t.source);
      // The year is the clause's own, or its paragraph's (`到2025年，…。…达到30%`), stated before it in the same line.
      if (t.anchor) {
        expect(t.anchor).toContain(t.year);
        const line = doc.text.split('\n').find((l) => l.includes(t.source))!;
        expect(line.slice(0, line.indexOf(t.source))).toContain(t.anchor);
      } else expect(t.source).toContain(t.year);
      if (t.item !== undefined) expect(doc.text.slice(items[t.item]!.start, items[t.item]!.end)).toContain(t.source);
    }
    for (const a of facts.amounts) {
      for (const v of a.values) expect(a.source.replace(/\s+/g, '')).toContain(v);
      if (a.item !== undefined) expect(doc.text.slice(items[a.item]!.start, items[a.item]!.end)).toContain(a.source);
    }
    if (facts.date) expect(facts.date.source).toContain(facts.date.text);
    if (facts.number) expect(doc.text).toContain(facts.number);
    for (const who of facts.issuers) expect(doc.text).toContain(who);
  });
});

describe.skipIf(!existsSync(REAL_DEV))('real documents of three issuers', () => {
  const read = (prefix: string) => {
    const file = readdirSync(REAL_DEV).find((f) => f.startsWith(prefix))!;
    return buildDocument(file, readFileSync(path.join(REAL_DEV, file), 'utf8'));
  };

  it('a task-division plan on one line: 5 parts, 25 tasks, each measure with its own lead unit', () => {
    const doc = read('全国深化');
    const { facts } = extractDocFacts(doc);
    expect(facts.levels.slice(0, 2).map((l) => [l.first, l.last, l.count])).toEqual([['一、', '五、', 5], ['(一)', '(二十五)', 25]]);
    expect(facts.number).toBe('国办发〔2020〕43号');
    expect(facts.date?.text).toBe('2020年11月1日');
    const fees = facts.owners.find((o) => o.title.includes('涉企收费专项治理'))!;
    expect(fees).toMatchObject({ lead: '市场监管总局', deadline: '2020年底前' });
    // Its neighbour leads differently: the annotation that closes one measure never reaches the next.
    const next = facts.owners.find((o) => o.index === fees.index + 1)!;
    expect(next.lead ?? next.responsible).not.toContain('市场监管总局');
  });

  it('a district 实施办法: 13 articles, its issuers, number, date and term', () => {
    const { facts } = extractDocFacts(read('广州市天河区'));
    expect(facts.levels[0]).toMatchObject({ kind: 'article', count: 13, first: '第一条', last: '第十三条' });
    expect(facts.issuers).toHaveLength(3);
    expect(facts.number).toBe('穗天科工信规字〔2023〕1号');
    expect(facts.effective).toContain('2023年9月8日');
    expect(facts.amounts.length).toBeGreaterThan(10);
  });

  it('a term said in the sentence after the start (`…起施行。有效期五年。`) is part of when the document holds', () => {
    const doc = buildDocument('某市住房公积金提取管理办法.txt', ['某市住房公积金提取管理办法', '第一条 为了规范住房公积金提取，制定本办法。', '第二条 本办法自2023年4月1日起施行。有效期五年。原有关规定同时废止。', ''].join('\n'));
    expect(extractDocFacts(doc).facts.effective).toMatch(/本办法自2023年4月1日起施行。有效期五年。$/u);
    // (A sentence that says more than the term is not taken with it.)
    const other = buildDocument('某市办法.txt', ['某市办法', '第一条 本办法自2023年4月1日起施行。有效期届满前由市住建局组织评估并视情延续，各区另行通知。', ''].join('\n'));
    expect(extractDocFacts(other).facts.effective).toMatch(/本办法自2023年4月1日起施行。$/u);
  });

  it('a press Q&A on one line: 5 questions, their enumerations, the 2035 target', () => {
    const { facts } = extractDocFacts(read('生态环境部'));
    expect(facts.genre).toBe('答记者问');
    expect(facts.levels[0]).toMatchObject({ count: 5, first: '1.', last: '5.' });
    expect(facts.targets.map((t) => t.year)).toContain('2035');
  });
});

describe('the last item of a list of one-line items', () => {
  it('ends with its line: the closing paragraphs and the signature after it are not its text', () => {
    const text = [
      '某省人民政府办公厅关于加大激励支持力度的通知',
      '一、对农田水利建设成效明显的县，安排奖励资金。(省水利厅负责)',
      '二、对消费促进成效明显的市，给予资金支持。(省商务厅负责)',
      '三、对营商环境改善明显的市，优先支持试点。(省办公厅负责)',
      '各有关部门要制定实施办法，于2018年12月31日前报送省政府办公厅。',
      '某省人民政府办公厅',
      '2018年12月6日',
    ].join('\n');
    const items = outline(text, headingTest({ id: 'x.txt', text }));
    const last = items.at(-1)!;
    expect(text.slice(last.start, last.end)).toBe('三、对营商环境改善明显的市，优先支持试点。(省办公厅负责)');
    // No deadline of the closing paragraph is the item's.
    expect(last.annotation).toMatchObject({ responsible: '省办公厅', deadline: null });
  });
});
