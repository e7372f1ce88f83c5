import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFacts, planCounts } from '../../../src/knowledge/facts/plan.ts';
import {
  applyOverrides, findFactsOverrides, loadFactsOverrides, withOverrides,
} from '../../../src/knowledge/facts/overrides.ts';
import { splitEnumeration, splitSentences } from '../../../src/knowledge/facts/text.ts';
import { normalizeDocument, toTraditional } from '../../../src/text/normalize.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const PLAN_FILE = path.join(ROOT, 'knowledge/盘锦市工业增长三年行动专项方案-新闻发布会解读.txt');
const SECOND_FILE = path.join(ROOT, 'tests/fixtures/second-plan.txt');

const planText = normalizeDocument(fs.readFileSync(PLAN_FILE, 'utf8')).text;
const secondText = normalizeDocument(fs.readFileSync(SECOND_FILE, 'utf8')).text;

function extract(text: string, id = 'plan') {
  return extractFacts({ id, title: `${id} title`, text });
}

/** Every string a fact presents as coming from the text: sources, title sources and description sentences. */
function quotedStrings(node: unknown, key = ''): string[] {
  if (typeof node === 'string') return ['source', 'sentences', 'titleSource'].includes(key) ? [node] : [];
  if (Array.isArray(node)) return node.flatMap((x) => quotedStrings(x, key));
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([k, v]) => quotedStrings(v, k));
  }
  return [];
}

describe('extractFacts on the shipped plan', () => {
  const { facts, warnings } = extract(planText);
  const f = facts!;

  it('finds the plan structure the text states, with no cross-check warnings', () => {
    expect(warnings).toEqual([]);
    const counts = planCounts(f);
    expect(counts).toMatchObject({ targetGroups: 3, areas: 8, tasks: 21, speakers: 5, measures: 3 });
    expect(counts.policies.talent).toBeGreaterThanOrEqual(1);
    expect(counts.policies.finance).toBeGreaterThanOrEqual(2);
    expect(f.tasks[9]).toMatchObject({ no: 10, name: '抓好核心技术攻关', areaNo: 4 });
    expect(f.areas.map((a) => a.taskNos.length)).toEqual([2, 3, 3, 3, 3, 3, 2, 2]);
  });

  it('reads the metadata: title, period, date, lead unit, speakers', () => {
    expect(f.title).toBe('盘锦市工业增长三年行动专项方案');
    expect(f.fullTitle).toBe('盘锦市工业增长三年行动专项方案(2023-2025年)');
    expect(f.period).toEqual({ text: '2023-2025年', start: 2023, end: 2025 });
    expect(f.releaseDate?.text).toBe('3月30日');
    // Who held the release: the body named after its date (`3月30日，市政府新闻办召开…`), not the plan's lead unit.
    expect(f.organizer?.name).toBe('市政府新闻办');
    expect(f.leadUnit?.name).toBe('市工业和信息化局');
    expect(f.speakers.map((s) => s.name)).toEqual(['王健', '刘云', '王培夙', '杨光', '王国君']);
    expect(f.speakers[1]).toMatchObject({ unit: '市科技局', post: '党组成员、副局长' });
  });

  it('types target items with metric, value, unit and deadline', () => {
    expect(f.targetGroups.map((g) => g.name)).toEqual(['量的合理增长', '质的有效提升', '为全省作出突出贡献']);
    const items = f.targetGroups.flatMap((g) => g.items);
    expect(items.find((i) => i.value === '230')).toMatchObject({
      metric: '高新技术企业数量', unit: '家', qualifier: '以上', deadline: '2025年末',
    });
    expect(items.find((i) => i.value === '60')?.metric).toBe('核心技术攻关');
    expect(items.find((i) => i.value === '0.8')?.unit).toBe('个百分点');
    expect(items.find((i) => i.rank === 2)?.metric).toBe('石化及精细化工营业收入占全省比重');
  });

  it('gives each task its own sentence only where the one-sentence-per-task habit holds', () => {
    expect(f.tasks.find((t) => t.no === 16)?.sentences.join('')).toContain('梯次达峰');
    // Area 4's sentences do not follow its task order (the 揭榜挂帅 sentence is about 攻关, not 平台),
    // and area 8 has more sentences than tasks: both keep their sentences at area level.
    for (const no of [4, 8]) {
      const area = f.areas.find((a) => a.no === no)!;
      expect(area.sentences.length).toBe(3);
      for (const t of area.taskNos) expect(f.tasks[t - 1]!.sentences).toEqual([]);
    }
  });

  it('records partners the text names and no task owners', () => {
    expect(f.tasks.find((t) => t.no === 15)?.partners.map((p) => p.name)).toEqual(['辽河油田']);
    expect(f.tasks.filter((t) => t.partners.length > 0).map((t) => t.no)).toEqual([15]);
    expect(f.tasks.some((t) => t.owner)).toBe(false);
  });

  it('lists measures, their aspects, and policies by topic', () => {
    expect(f.measures?.items).toEqual(['强化组织保障', '加强开放合作', '做好督查督办']);
    expect(f.measures?.aspects.map((a) => a.slice(0, 4))).toEqual(['明晰责任', '扩大开放', '严格督导']);
    expect(f.policies.talent.map((p) => p.text).join('')).toContain('兴辽英才计划');
    expect(f.policies.finance.map((p) => p.text).join('')).toContain('融资需求');
    // A speaker's unit (`市金融发展局`) is not a finance policy.
    expect(f.policies.finance.some((p) => p.text.includes('杨光'))).toBe(false);
  });

  it('keeps every source sentence verbatim in the normalised text', () => {
    const quoted = quotedStrings(f);
    expect(quoted.length).toBeGreaterThan(60);
    for (const s of quoted) expect(planText, s).toContain(s);
  });
});

describe('cross-check against the counts the text states', () => {
  const cases: [string, string, string][] = [
    ['8个方面共计21项任务', '8个方面共计22项任务', 'tasks'],
    ['8个方面共计21项任务', '9个方面共计21项任务', 'areas'],
    ['抓好工业化和信息化融合3项任务', '抓好工业化和信息化融合4项任务', 'area 3'],
    ['设置了3个方面的具体目标', '设置了4个方面的具体目标', 'targets'],
    ['做好督查督办3项措施', '做好督查督办4项措施', 'measures'],
    ['严格督导确保任务执行到位三个方面', '严格督导确保任务执行到位四个方面', 'measures.aspects'],
  ];
  it.each(cases)('%s → %s warns about %s', (from, to, section) => {
    expect(planText).toContain(from);
    const { warnings } = extract(planText.replace(from, to));
    expect(warnings.map((w) => w.section)).toContain(section);
    expect(warnings.find((w) => w.section === section)?.reason).toMatch(/states \d+/);
  });
});

describe('a second plan in the same style', () => {
  it('gets its own facts with no code change', () => {
    const { facts, warnings } = extract(secondText, 'second');
    const f = facts!;
    expect(warnings).toEqual([]);
    expect(planCounts(f)).toMatchObject({ targetGroups: 2, areas: 6, tasks: 14, speakers: 4, measures: 2 });
    expect(f.fullTitle).toBe('鞍山市数字经济发展三年行动方案(2024-2026年)');
    expect(f.releaseDate?.text).toBe('5月18日');
    expect(f.organizer?.name).toBe('市政府新闻办');
    expect(f.leadUnit?.name).toBe('市发展和改革委员会');
    expect(f.speakers[1]).toMatchObject({ name: '孙丽', unit: '市数据局', post: '局长' });
    expect(f.tasks[13]?.name).toBe('抓好数字金融服务');
    expect(f.tasks.find((t) => t.partners.length > 0)).toMatchObject({ no: 6, partners: [{ name: '鞍钢集团' }] });
    expect(f.measures?.aspects).toEqual(['统筹协调', '要素投入']);
    for (const s of quotedStrings(f)) expect(secondText).toContain(s);
  });

  it('reads the same facts from a traditional-script copy', () => {
    const trad = normalizeDocument(toTraditional(fs.readFileSync(SECOND_FILE, 'utf8'))).text;
    const { facts, warnings } = extract(trad);
    expect(warnings).toEqual([]);
    expect(planCounts(facts!)).toEqual(planCounts(extract(secondText).facts!));
  });
});

describe('documents that are not plans', () => {
  it('returns null facts for a law', () => {
    const law = '中华人民共和国促进法\n第一章 总则\n第一条 为了规范管理，制定本法。\n第二条 本法适用于全国。';
    expect(extract(law)).toEqual({ facts: null, warnings: [] });
  });
});

describe('text helpers', () => {
  it('does not split sentences inside quotes', () => {
    expect(splitSentences('甲说“好。”乙也说。丙')).toEqual(['甲说“好。”乙也说。', '丙']);
  });
  it('glues a task name that contains 、 back together', () => {
    expect(splitEnumeration('抓好质量、标准建设、抓好品牌培育、抓好认证')).toEqual(['抓好质量、标准建设', '抓好品牌培育', '抓好认证']);
    expect(splitEnumeration('甲、乙')).toEqual(['甲', '乙']);
  });
});

describe('overrides file', () => {
  const base = extract(planText).facts!;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'facts-'));

  it('loads YAML beside the document and applies owner and primary', () => {
    const doc = path.join(dir, 'plan.txt');
    fs.writeFileSync(doc, planText);
    fs.writeFileSync(path.join(dir, 'plan.facts.yaml'), 'primary: true\ntasks:\n  - no: 15\n    owner: 市发展和改革委员会\n');
    expect(findFactsOverrides(doc)).toBe(path.join(dir, 'plan.facts.yaml'));
    const { facts, warnings } = withOverrides({ facts: base, warnings: [] }, doc);
    expect(warnings).toEqual([]);
    expect(facts!.primary).toBe(true);
    expect(facts!.tasks[14]!.owner).toBe('市发展和改革委员会');
    expect(facts!.overridden).toEqual(['primary', 'tasks.15.owner']);
    // The extracted facts are not mutated.
    expect(base.tasks[14]!.owner).toBeUndefined();
  });

  it('loads JSON and warns about a task that does not exist', () => {
    const file = path.join(dir, 'other.facts.json');
    fs.writeFileSync(file, JSON.stringify({ tasks: [{ no: 99, owner: '某单位' }] }));
    const { warnings } = applyOverrides(base, loadFactsOverrides(file));
    expect(warnings).toEqual([{ section: 'overrides', reason: expect.stringContaining('task 99') }]);
  });

  it('rejects an invalid file with the offending field named', () => {
    const file = path.join(dir, 'bad.facts.yaml');
    fs.writeFileSync(file, 'tasks:\n  - no: zero\n    owner: x\ncolour: red\n');
    expect(() => loadFactsOverrides(file)).toThrow(/tasks\.0\.no|colour/);
    const doc = path.join(dir, 'bad.txt');
    const out = withOverrides({ facts: base, warnings: [] }, doc);
    expect(out.warnings[0]?.section).toBe('overrides');
    expect(out.facts).toBe(base);
  });

  it('finds nothing when there is no file', () => {
    expect(findFactsOverrides(path.join(dir, 'none.txt'))).toBeNull();
  });
});
