// A plan's text taken from a PDF: the page's line breaks stay, a spaced-out line arrives in pieces, an
// item's number stands on a line of its own, and a `（责任单位：…）` runs over two lines. Each item must still
// be read with its own units — never a neighbour's, never none — and titled by its own words. The
// document is written here, in the shape of a provincial 三年行动方案 printed to PDF.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rejoinWrappedLines } from '../../src/knowledge/wrapped-lines.ts';
import { readAnnotation } from '../../src/knowledge/annotations.ts';
import { buildDocument } from '../../src/knowledge/load.ts';
import { extractDocFacts } from '../../src/knowledge/facts/document.ts';
import { plainText } from '../../src/answer/plain-text.ts';
import { answererOver } from '../support/docs.ts';

const LAWS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus/laws');

const PLAN = [
  '某省人民政府办公厅关于印发某省推进社区服务提质三年行动方案的通知',
  '各市、县（区）人民政府，省政府各部门：',
  '现将《某省推进社区服务提质三年行动方案》印发给你们，请认真贯彻执行。',
  '一、提升社区服务品质',
  '（一）增加社区服务设施供给。严格落实新建居住区按标准配建社区服务设施工作规则，结合城市更新',
  '补齐既有居住区服务设施短板，',
  '各级人民政府应当',
  '将具备条件的闲置办公用房改造建设为社区服务设施。（责任单位：省民政厅、省发展改革委、省自',
  '然资源厅）',
  '（二）完善社区服务网络。构建城市15分钟服务圈，到2025年底，所有街道至少建有1个综合服务中心。',
  '加强独居老年人社',
  '区探访、上门照料等工作。（责任单位：省卫生健康委、省医保局）',
  '二、强化要素保障',
  '（三）',
  '加强资金保障。各级财政要按照尽力而为、量力而行原则安排资金。完善社区服务统计考',
  '核机制，将考核结果作为资金安排的重要依据。',
  '（责任',
  '单位：省财政厅、省统计局）',
  '（四）强化人才支撑。支持院校增设社区服务类专业，对入职满3年的社区工作者给予一次性补贴5000元。（责任单位：省人力资源社会保障厅、省教育厅）',
].join('\n');

/** Paragraphs as a PDF's text keeps them: broken every `width` characters, wherever that falls. */
function pageLines(paragraphs: string[], width: number): string {
  return paragraphs.map((p) => p.match(new RegExp(`.{1,${width}}`, 'gu'))!.join('\n')).join('\n');
}

const MEASURES = [
  '某市民政局关于印发某市养老服务扶持办法的通知',
  '各区民政局：',
  '一、建设补助',
  '（一）对符合条件的民办养老机构按核定护理型床位给予一次性建设补助，其中新建、扩建和利用自有房产建设的床位每张补助不少于10000元，租赁房屋改建的床位每张补助不少于4000元。',
  '（二）对民办养老机构以实际收住中度、重度失能老年人每人每月100元、200元为基准，按照养老机构等级评定结果实行1至1.25倍的差异化运营补助。',
  '（三）对新获评四级、五级的民办养老机构，分别给予一次性奖补20万元、30万元，所需资金由市级福彩公益金列支。',
  '（四）对连锁运营三家以上社区养老服务机构的企业，按每家机构每年5万元给予运营奖励，同一企业每年奖励总额不超过30万元，奖励资金按年度拨付。',
  '二、人才补助',
  '（五）对在养老机构从事护理工作满3年的本科毕业生给予一次性入职补贴3万元，专科毕业生2万元，中职毕业生1万元，补贴分三年发放到个人账户。',
  '（六）养老护理员取得技师、高级技师职业技能等级证书并在岗位上连续从业满2年的，分别给予3000元、5000元的一次性岗位补贴。',
  '三、附则',
  '（七）本办法自2024年1月1日起施行，有效期三年，由市民政局负责解释，各区可结合实际制定实施细则并报市民政局备案。',
];

describe('a PDF plan whose lines broke where the page broke them', () => {
  it('reads a text broken at the page width as its paragraphs: a figure stays with its unit', async () => {
    const text = pageLines(MEASURES, 37);
    const doc = buildDocument('measures.txt', text);
    expect(doc.text).toContain('每人每月100元、200元为基准');
    expect(doc.text).toContain('\n(二)对民办养老机构');
    // The title and the items' headings keep lines of their own.
    expect(doc.text.split('\n').slice(0, 3)).toEqual(['某市民政局关于印发某市养老服务扶持办法的通知', '各区民政局：', '一、建设补助']);
    const { answerer } = await answererOver({ 'measures.txt': text });
    const a = plainText(await answerer.ask('收住重度失能老人的运营补助每人每月多少钱？'));
    expect(a).toContain('200元');
    const b = plainText(await answerer.ask('护理员拿了高级技师证，一次性岗位补贴多少？'));
    expect(b).toContain('5000元');
    // A web page's paragraphs are left as they are.
    expect(rejoinWrappedLines(MEASURES.join('\n'))).toBe(MEASURES.join('\n'));
  });

  it('joins a number standing alone to its words, and a piece of a sentence to the sentence', () => {
    const folded = PLAN.replace(/（/gu, '(').replace(/）/gu, ')');
    const text = rejoinWrappedLines(folded);
    expect(text).toContain('(三)加强资金保障。');
    expect(text).toContain('补齐既有居住区服务设施短板，各级人民政府应当');
    expect(text).toContain('加强独居老年人社区探访、上门照料等工作。');
    expect(text).toContain('(责任单位：省财政厅、省统计局)');
    // A real heading and the lines of the notice stay as they were.
    expect(text).toContain('\n一、提升社区服务品质\n');
    expect(text.startsWith(folded.split('\n').slice(0, 4).join('\n'))).toBe(true);
    expect(text).toContain('省发展改革委、省自然资源厅)');
  });

  it('reads units across a line break inside their parenthesis', () => {
    const a = readAnnotation('改造建设为社区服务设施。(责任单位：省民政厅、省发展改革委、省自\n然资源厅)');
    expect(a?.lead).toBe('省民政厅、省发展改革委、省自然资源厅');
    // A unit's own parenthesis inside the units' one.
    const b = readAnnotation('开展网络文明建设行动。(责任单位：市委宣传部(市网信办)、市文\n化和旅游局)');
    expect(b?.lead).toBe('市委宣传部(市网信办)、市文化和旅游局');
  });

  it('gives every item its own units and its own title', () => {
    const doc = buildDocument('plan.txt', PLAN);
    const owners = doc.facts!.owners.map((o) => [o.label, o.title, o.lead]);
    expect(owners).toEqual([
      ['(一)', '增加社区服务设施供给', '省民政厅、省发展改革委、省自然资源厅'],
      ['(二)', '完善社区服务网络', '省卫生健康委、省医保局'],
      ['(三)', '加强资金保障', '省财政厅、省统计局'],
      ['(四)', '强化人才支撑', '省人力资源社会保障厅、省教育厅'],
    ]);
  });

  it('answers who leads an item from that item', async () => {
    const { answerer } = await answererOver({ 'plan.txt': PLAN }, true);
    const second = plainText(await answerer.ask('完善社区服务网络由哪个单位负责？'));
    expect(second).toContain('省卫生健康委、省医保局');
    expect(second).not.toContain('省自然资源厅');
    expect(second).not.toContain('省财政厅');
    const money = plainText(await answerer.ask('加强资金保障由哪个部门负责？'));
    expect(money).toContain('省财政厅');
    expect(money).toContain('省统计局');
  });
});

describe('what a reflow leaves as it is', () => {
  it('keeps a notice’s title, number, date and page numbers on their own lines beside long broken lines', () => {
    const body = pageLines(MEASURES.slice(2), 37).split('\n');
    // A long first line that ends no sentence, then the title's second line, the number, the date (spaced
    // out, as a PDF's text has it); a page number between two halves of a sentence.
    const text = [
      '某市民政局某市财政局某市卫生健康委员会关于印发某市养老服务扶持办法',
      '的通知',
      '某民发〔2024〕12号',
      '2024 年3 月1 日',
      '各区民政局、财政局、卫生健康局，市直有关单位，各养老服务机构及相关',
      '企业：',
      ...body.slice(0, 6),
      '— 3 —',
      ...body.slice(6),
    ].join('\n');
    const lines = buildDocument('measures.txt', text).text.split('\n');
    // (The title's two lines are one title.)
    expect(lines[0]).toBe('某市民政局某市财政局某市卫生健康委员会关于印发某市养老服务扶持办法的通知');
    expect(lines).toContain('某民发〔2024〕12号');
    expect(lines.map((l) => l.replace(/\s/gu, ''))).toContain('2024年3月1日');
    expect(lines).toContain('— 3 —');
    expect(lines).toContain('各区民政局、财政局、卫生健康局，市直有关单位，各养老服务机构及相关企业：');
  });

  it('leaves a law’s markdown table and its datelines as they are', () => {
    const text = readFileSync(path.join(LAWS, '司法解释/最高人民法院、最高人民检察院关于执行《刑法》确定罪名的补充规定（四）(2009-10-14).md'), 'utf8');
    const doc = buildDocument('补充规定（四）.md', text);
    const lines = doc.text.split('\n');
    expect(lines).toContain('2009年10月16日 施行');
    // (Each row on a line of its own, its cells between tabs as pipe-tables.ts writes them; the rule under the
    // header gone.)
    const rows = text.split('\n').filter((l) => l.startsWith('|') && !/^\|[-|\s:]+$/u.test(l));
    expect(lines.filter((l) => l.includes('\t')).length).toBe(rows.length);
    expect(lines.some((l) => l.startsWith('第201条') && l.includes('\t逃税罪'))).toBe(true);
  });

  it('does not join a table’s header row to the sentence that leads into it', () => {
    const text = ['对下列养老服务项目，', '项目\t标准', '建设补助\t每张床位10000元'].join('\n');
    expect(rejoinWrappedLines(text)).toBe(text);
  });

  it('reads a long hard-wrapped text in time linear in its length, and leaves English lines alone', () => {
    // 1 MB of lines that never end a sentence: an unpunctuated list, and an English text wrapped at 60 columns.
    const list = Array.from({ length: 25_000 }, (_, i) => `第${i}批次申报企业名单及项目名称和所属区县单位名称`).join('\n');
    const paragraphs = rejoinWrappedLines(list).split('\n');
    expect(Math.max(...paragraphs.map((p) => p.length))).toBeLessThanOrEqual(2000);
    expect(paragraphs.join('')).toBe(list.split('\n').join(''));
    const english = Array.from({ length: 16_000 }, (_, i) => `line ${i} of a policy text wrapped at sixty columns and`).join('\n');
    expect(rejoinWrappedLines(english)).toBe(english);
  });
});

describe('a piece of a spaced-out line closed by a quote or a parenthesis', () => {
  // Measures broken at the page width, their units on labelled lines of their own; one measure's opening
  // words and one unit list's end are pieces the extraction set apart, each closed by `”` or `)`.
  const paragraphs = [
    '某市人民政府办公室关于印发某市降低企业办事成本实施方案的通知',
    '各县（区）人民政府，市直各单位：',
    '现将《某市降低企业办事成本实施方案》印发给你们，请认真贯彻执行。',
    '一、优化政务服务',
    '（一）提升线下办事便利度。全面推行首问负责、一次告知、限时办结等制度，推动更多事项就近可办，优化窗口设置，减少企业跑动次数，推行帮办代办服务，为企业提供全流程跟踪服务，推动高频事项集成办理。',
    '牵头单位：市政务服务中心管委会',
    '责任单位：各县（区）人民政府、开发区（投资区）管委会',
    '（二）提升跨境贸易服务水平。',
    '积极推广运用国际贸易“单一窗口”',
    '拓展的服务功能，提升跨境电商综合服务能力，推广原产地证书申领一体化平台，完善跨境电商退货监管，优化进出口通关业务网上办理。',
    '牵头单位：市商务局',
    '责任单位：市贸促会，各县（区）人民政府、开发区（投资区）',
    '管委会',
    '（三）强化惠企政策落实。加快推行惠企政策智能匹配，拓展政策宣传渠道，扩大免申即享惠企范围，推动惠企政策快速兑现，鼓励设立集中办理窗口，县级以上政府要在门户网站醒目位置设置惠企政策专区，汇集本地区市场主体适用的惠企政策。',
    '牵头单位：市工信局',
    '责任单位：市人社局，各县（区）人民政府',
    '二、加强公正监管',
    '（四）强化精准协同监管。全面实施跨部门联合双随机一公开监管，推动联合监管制度化常态化，加快建立健全信用分级分类监管制度，运用现代信息技术实施非现场监管。',
    '牵头单位：市市场监管局',
    '责任单位：市发改委，各县（区）人民政府',
    '（五）维护公平竞争的市场秩序。持续开展妨碍统一市场和公平竞争的政策措施清理，加强公平竞争审查，依法查处垄断和不正当竞争行为，强化反垄断执法，维护各类市场主体公平参与市场竞争。',
    '牵头单位：市市场监管局',
    '责任单位：市司法局，各县（区）人民政府',
    // (Its first 38 characters end with the closing parenthesis, where the page broke the sentence.)
    '（六）支持会展经济。举办展会活动3天以上，规模达到50个标准展位（9平方米）以上的，给予活动举办方5万元/场的一次性补助；规模达到100个标准展位以上的，给予8万元/场的一次性补助。',
    '牵头单位：市商务局',
    '责任单位：各县（区）人民政府',
  ];
  // (Every long paragraph broken at 38 characters, as the page did; the pieces and the labelled lines as they are.)
  const text = paragraphs.map((p) => (p.length > 40 ? p.match(/.{1,38}/gu)!.join('\n') : p)).join('\n');

  it('joins the piece to its line, so the measure keeps its units and no piece heads a section', () => {
    const doc = buildDocument('p.txt', text);
    const { items } = extractDocFacts(doc);
    const lead = Object.fromEntries(items.filter((i) => i.kind === 'pcn').map((i) => [i.label, i.annotation?.lead]));
    expect(lead).toEqual({ '(一)': '市政务服务中心管委会', '(二)': '市商务局', '(三)': '市工信局', '(四)': '市市场监管局', '(五)': '市市场监管局', '(六)': '市商务局' });
    const second = items.find((i) => i.label === '(二)')!;
    expect(second.annotation?.responsible).toMatch(/开发区\(投资区\)管委会$/u);
    expect(doc.text.split('\n')).not.toContain('管委会');
  });

  it('runs a line that fills the page on past its closing parenthesis', () => {
    const doc = buildDocument('p.txt', text);
    expect(doc.text).toContain('规模达到50个标准展位(9平方米)以上的，给予活动举办方5万元/场');
  });
});
