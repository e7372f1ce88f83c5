// Two plans written by someone else in the same genre, and synthetic variants of its phrasing: the
// extractor must read all of them with no code change between plans.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFacts, planCounts, type PlanFacts } from '../../../src/knowledge/facts/plan.ts';
import { enumMark, isHeading, isHeadline } from '../../../src/knowledge/facts/text.ts';
import { normalizeDocument } from '../../../src/text/normalize.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const textOf = (file: string) => normalizeDocument(fs.readFileSync(path.join(ROOT, file), 'utf8')).text;
const extract = (text: string, id = 'plan') => extractFacts({ id, title: `${id} title`, text });

/** Every string a fact presents as coming from the text. */
function quotedStrings(node: unknown, key = ''): string[] {
  if (typeof node === 'string') return ['source', 'sentences', 'titleSource'].includes(key) ? [node] : [];
  if (Array.isArray(node)) return node.flatMap((x) => quotedStrings(x, key));
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => quotedStrings(v, k));
  return [];
}

const targetsOf = (f: PlanFacts) => f.targetGroups.flatMap((g) => g.items);

describe('plan A: `(一)` areas, 主要目标, 明确了…3项保障措施', () => {
  const text = textOf('tests/fixtures/probe-plan-a.txt');
  const { facts, warnings } = extract(text, 'a');
  const f = facts!;

  it('reads the structure the text states, with no warnings', () => {
    expect(warnings).toEqual([]);
    expect(planCounts(f)).toMatchObject({ targetGroups: 4, areas: 6, tasks: 18, speakers: 5, measures: 3 });
    expect(f.areas.map((a) => a.title)).toEqual([
      '夯实数字基础设施底座', '壮大数字经济核心产业', '推进制造业数字化转型', '加快服务业和农业数字化', '激活数据要素价值', '优化数字经济发展生态',
    ]);
    expect(f.areas.map((a) => a.taskNos.length)).toEqual([3, 3, 3, 2, 3, 4]);
    expect(f.tasks[5]).toMatchObject({ no: 6, areaNo: 2, name: '培育人工智能等新兴产业' });
    expect(f.tasks[6]!.sentences.join('')).toContain('100个以上智能化改造项目');
  });

  it('types targets with values and units beyond 家/项', () => {
    const items = targetsOf(f);
    expect(items.find((i) => i.value === '8000')).toMatchObject({ metric: '5G基站', unit: '个', qualifier: '以上', deadline: '2026年底' });
    expect(items.find((i) => i.value === '7')).toMatchObject({ metric: '数字经济核心产业增加值占地区生产总值比重', unit: '%' });
    expect(items.find((i) => i.value === '80')).toMatchObject({ metric: '软件和信息技术服务业营业收入', unit: '亿元' });
    expect(items.find((i) => i.value === '5000')).toMatchObject({ unit: '架' });
    expect(items.find((i) => i.value === '5')).toMatchObject({ metric: '数据交易额累计', unit: '亿元' });
  });

  it('reads measures, speakers, title, period and lead unit', () => {
    expect(f.measures?.items).toEqual(['建立数字经济发展工作专班', '加大财政资金支持', '强化督查考核']);
    expect(f.measures?.aspects).toEqual(['组织领导', '要素投入', '考核评估']);
    expect(f.speakers[0]).toMatchObject({ name: '李振华', unit: '市数据局', post: '党组书记、局长' });
    expect(f.fullTitle).toBe('锦州市数字经济高质量发展三年行动方案(2024-2026年)');
    expect(f.period).toMatchObject({ start: 2024, end: 2026 });
    expect(f.leadUnit?.name).toBe('市数据局');
  });

  it('takes no policy from the background section, and quotes every source verbatim', () => {
    expect(f.policies.talent.map((p) => p.text).join('')).toContain('安家补贴');
    expect(f.policies.talent.some((p) => p.text.includes('数字人才短缺'))).toBe(false);
    for (const s of quotedStrings(f)) expect(text, s).toContain(s);
  });
});

describe('plan B: `一是` areas, 行动计划, `等2项任务`, 亿美元, glossed traditional group name', () => {
  const text = textOf('tests/fixtures/probe-plan-b.txt');
  const { facts, warnings } = extract(text, 'b');
  const f = facts!;

  it('reads the structure the text states, with no warnings', () => {
    expect(warnings).toEqual([]);
    expect(planCounts(f)).toMatchObject({ targetGroups: 3, areas: 7, tasks: 19, speakers: 6, measures: 3 });
    expect(f.targetGroups.map((g) => g.name)).toEqual(['规模稳中有进', '结构持续优化', '利用外资提质']);
    // `…、拓展海铁联运通道等2项任务`: the closing 等 is not part of the name.
    expect(f.tasks.find((t) => t.no === 11)?.name).toBe('拓展海铁联运通道');
    expect(f.tasks[9]!.sentences.join('')).toContain('两步申报');
  });

  it('gives each value of a clause its own metric', () => {
    const items = targetsOf(f);
    const clause = items.filter((i) => i.source.includes('1000亿元'));
    expect(clause.map((i) => [i.metric, i.value, i.unit])).toEqual([
      ['全市货物贸易进出口总额', '1000', '亿元'],
      ['全市货物贸易进出口总额年均增长', '8', '%'],
    ]);
    expect(items.find((i) => i.value === '10')).toMatchObject({ metric: '三年累计实际使用外资', unit: '亿美元', qualifier: '以上' });
    expect(items.find((i) => i.value === '20')).toMatchObject({ metric: '服务贸易进出口额', unit: '亿美元' });
    expect(items.find((i) => i.value === '9000')).toMatchObject({ metric: '营口港外贸货物吞吐量', unit: '万吨' });
    expect(items.find((i) => i.rank === 3)?.metric).toBe('实际使用外资规模');
  });

  it('reads speakers from units that are not a 局, and the plan noun 行动计划', () => {
    expect(f.speakers.find((s) => s.name === '周建国')).toMatchObject({ unit: '营口海关', post: '党委委员、副关长' });
    expect(f.speakers.find((s) => s.name === '郑涛')).toMatchObject({ unit: '中国人民银行营口市分行', post: '副行长' });
    expect(f.fullTitle).toBe('营口市外贸外资提质增效三年行动计划(2023-2025年)');
    expect(f.leadUnit?.name).toBe('市商务局');
    expect(f.measures?.aspects).toEqual(['强化组织领导', '加大政策支持', '优化营商环境']);
    for (const s of quotedStrings(f)) expect(text, s).toContain(s);
  });
});

/** A small plan in the genre whose area lines are built by `area(no, title, list, count)`. */
function synthetic(area: (no: number, title: string, list: string, n: number) => string, extra = ''): string {
  const areas = [
    area(1, '推动甲产业发展', '抓好甲项目建设、抓好甲企业培育', 2),
    area(2, '推动乙领域提升', '推进乙平台建设、完善乙服务体系、扩大乙开放合作', 3),
  ];
  return [
    '“某主题”新闻发布会召开',
    '5月1日，市政府新闻办召开新闻发布会，解读《某市示范实施方案(2024-2026年)》。',
    '发布人',
    '某市海关关长 张三',
    '重点任务',
    '《方案》部署了2个方面共5项任务。',
    ...areas,
    '保障措施',
    `《方案》从组织、资金两个方面，明确了健全工作机制、加大资金投入等2项保障措施。${extra}`,
  ].join('\n');
}

describe('variants of the genre', () => {
  const styles: [string, (no: number, title: string, list: string, n: number) => string][] = [
    ['一、', (no, title, list, n) => `${'一二'[no - 1]}、${title}。设置了${list}${n}项任务。`],
    ['1.', (no, title, list, n) => `${no}.${title}。部署了${list}等${n}项重点任务。`],
    ['(一) on its own line', (no, title, list, n) => `(${'一二'[no - 1]})${title}\n聚焦重点，提出了${list}${n}项任务。`],
  ];
  it.each(styles)('reads areas numbered %s', (_, area) => {
    const { facts, warnings } = extract(synthetic(area));
    expect(warnings).toEqual([]);
    const f = facts!;
    expect(f.areas.map((a) => a.title)).toEqual(['推动甲产业发展', '推动乙领域提升']);
    expect(f.tasks.map((t) => t.name)).toEqual(['抓好甲项目建设', '抓好甲企业培育', '推进乙平台建设', '完善乙服务体系', '扩大乙开放合作']);
    expect(f.measures?.items).toEqual(['健全工作机制', '加大资金投入']);
    expect(f.speakers[0]).toMatchObject({ unit: '某市海关', post: '关长', name: '张三' });
    expect(f.title).toBe('某市示范实施方案');
  });

  it('keeps the reading of a list that agrees with the stated count', () => {
    const area = (no: number, title: string) =>
      no === 1 ? `一是${title}。设置了抓好甲、抓好乙、丙建设3项任务。` : `二是${title}。设置了抓好丁、标准建设2项任务。`;
    const { facts, warnings } = extract(synthetic(area));
    expect(facts!.areas[0]!.taskNos.map((n) => facts!.tasks[n - 1]!.name)).toEqual(['抓好甲', '抓好乙', '丙建设']);
    expect(warnings).toEqual([]);
  });

  it('prefers the numbering style whose count matches the stated number of areas', () => {
    // Three `1.` lines that also list tasks, but the text states 2 areas: the `(一)` ones are meant.
    const steps = ['1.先行。设置了抓好试点1项任务。', '2.推广。设置了抓好推广1项任务。', '3.总结。设置了抓好总结1项任务。'];
    const text = synthetic((no, title, list, n) => `(${'一二'[no - 1]})${title}。设置了${list}${n}项任务。`)
      .replace('保障措施', [...steps, '保障措施'].join('\n'));
    const f = extract(text).facts!;
    expect(f.areas.map((a) => a.title)).toEqual(['推动甲产业发展', '推动乙领域提升']);
    expect(f.tasks.length).toBe(5);
  });

  it('still warns when no reading agrees with the text', () => {
    const text = synthetic((no, title, list, n) => `${no}.${title}。设置了${list}${n + 1}项任务。`);
    expect(extract(text).warnings.map((w) => w.section)).toEqual(['area 1', 'area 2']);
  });
});

describe('headings', () => {
  it('does not take a news headline for a section', () => {
    expect(isHeadline('“稳外贸稳外资 建设开放营口”主题新闻发布会召开')).toBe(true);
    expect(isHeading('“推动高质量发展 建设数字锦州”系列新闻发布会(第四场)召开')).toBe(false);
    expect(isHeading('《行动计划》发展目标')).toBe(true);
    const f = extract(textOf('tests/fixtures/probe-plan-b.txt')).facts!;
    expect(f.releaseDate?.section).toBeUndefined();
  });

  it('recognises every enumeration style', () => {
    expect(enumMark('一是推动…')).toMatchObject({ style: 'shi', no: '一' });
    expect(enumMark('(六)优化生态')).toMatchObject({ style: 'paren', no: '六', rest: '优化生态' });
    expect(enumMark('三、重点任务')).toMatchObject({ style: 'dun', no: '三' });
    expect(enumMark('2.推进建设')).toMatchObject({ style: 'arabic', no: '2' });
    expect(enumMark('2.5亿元')).toBeNull();
  });
});
