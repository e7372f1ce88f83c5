// Facts answers on two plans another writer produced in the same genre, the whole-question check,
// several plans loaded at once, colloquial questions and follow-ups on every kind of list.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerFromFacts, type FactsContext } from '../../../src/answer/facts/intent.ts';
import { planSuggestions } from '../../../src/answer/suggestions.ts';
import { extractFacts, type PlanFacts } from '../../../src/knowledge/facts/plan.ts';
import { normalizeDocument } from '../../../src/text/normalize.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

function load(file: string, id: string, primary = false): PlanFacts {
  const text = normalizeDocument(fs.readFileSync(path.join(ROOT, file), 'utf8')).text;
  return extractFacts({ id, title: `《${id}》解读`, text, primary }).facts!;
}

const panjin = load('knowledge/盘锦市工业增长三年行动专项方案-新闻发布会解读.txt', 'panjin', true);
const planA = load('tests/fixtures/probe-plan-a.txt', 'a');
const planB = load('tests/fixtures/probe-plan-b.txt', 'b');

/** Asks turns in one session, carrying the returned list like the caller does; the last answer's text. */
function chat(facts: PlanFacts[], ...turns: string[]): string | null {
  let ctx: FactsContext = {};
  let out = null;
  for (const q of turns) {
    out = answerFromFacts(q, facts, ctx);
    if (out?.list) ctx = { lastList: out.list };
  }
  return out ? out.answer.body : null;
}

describe('plan A', () => {
  it.each([
    ['到2026年5G基站要建多少个？', '8000'],
    ['数字经济核心产业增加值占GDP比重的目标是多少', '7%'],
    ['软件和信息技术服务业收入要突破多少亿？', '80亿'],
    ['上雲企業要達到多少家？', '3000'],
    ['数据交易额目标是多少', '5亿'],
    ['方案一共部署了多少项重点任务？', '18'],
    ['第二个方面有哪些任务', '电子信息制造业'],
    ['数据要素方面有哪些任务', '数据安全'],
    ['数据局来参加发布会的是谁', '李振华'],
    ['陈晓燕是哪个单位的', '科学技术局'],
    ['保障措施有哪几项', '工作专班'],
    ['这个方案全称叫什么', '锦州市数字经济高质量发展三年行动方案'],
    ['和信通院合作搞什么项目', '标识解析'],
  ])('%s → %s', (q, expected) => {
    expect(chat([planA], q)).toContain(expected);
  });

  it('follows up on an area list, a policy topic and a target group', () => {
    expect(chat([planA], '制造业数字化转型有哪些任务？', '其中第一项具体怎么做？')).toContain('100个以上智能化改造项目');
    expect(chat([planA], '人才方面有什么政策？', '那资金方面呢？')).toContain('数字贷');
    expect(chat([planA], '数字基础设施方面的目标是什么？', '那数据要素方面呢？')).toMatch(/90%.*5亿/);
  });
});

describe('plan B', () => {
  it.each([
    ['到2025年全市进出口总额要达到多少？', '1000亿'],
    ['实际使用外资三年累计目标是多少', '10亿美元'],
    ['利用外资规模在全省排第几', '第三'],
    ['新設外商投資企業目標是多少家', '150'],
    ['营口港外贸吞吐量目标', '9000万吨'],
    ['行动计划总共有多少项任务', '19'],
    ['通关便利化有什么举措', '两步申报'],
    ['第6项任务是什么？', '资源性产品进口'],
    ['外贸企业贷款难怎么办', '外贸贷'],
    ['海关来的发布人是谁', '周建国'],
    ['郑涛是哪个单位的', '人民银行'],
    ['保障措施从哪几个方面提出的', '组织领导'],
    ['这个行动计划的实施期限是哪几年', '2023-2025'],
  ])('%s → %s', (q, expected) => {
    expect(chat([planB], q)).toContain(expected);
  });

  it('leads with the value of the metric asked about when a clause holds two', () => {
    expect(chat([planB], '进出口总额年均增长多少')).toMatch(/^全市货物贸易进出口总额年均增长：8%以上。/);
    expect(chat([planB], '结构持续优化方面有哪些目标', '第四项呢')).toContain('20亿美元');
    // `总额…，年均增长…` is one entry of the list, though it holds two targets.
    expect(chat([planB], '规模稳中有进方面有哪些目标', '第三项呢')).toContain('9000万吨');
    expect(chat([planB], '口岸物流有哪些任务？', '第二项呢')).toContain('海铁联运');
  });
});

describe('a fact must explain the whole question', () => {
  it.each([
    '高新技术企业的企业所得税税率是多少',
    '大连港今年的吞吐量是多少',
    '大连市数字经济行动方案的目标是什么',
    '科技成果转化给科研人员的奖励比例不低于多少',
    '盘锦市2024年GDP是多少',
    '算力中心建在哪，规模多大？',
    '中小外贸企业去国外参展能补贴多少',
  ])('%s → null', (q) => {
    expect(answerFromFacts(q, [panjin, planA, planB])).toBeNull();
  });

  it('keeps answering what the facts do explain', () => {
    expect(chat([panjin, planB], '高新技术企业的数量目标是多少?')).toContain('230');
    expect(chat([planB, panjin], '机电产品和高新技术产品出口比重要提高多少')).toContain('5个百分点');
  });
});

describe('several plans', () => {
  const all = [panjin, planA, planB];
  it('answers an unnamed question from the plan retrieval ranked first', () => {
    expect(answerFromFacts('第6项任务是什么', all)!.answer.body).toContain('抓好项目建设');
    const fromB = answerFromFacts('第6项任务是什么', all, {}, { preferDocId: 'b' })!;
    expect(fromB.answer.body).toContain('资源性产品进口');
    expect(fromB.answer.citations[0]!.source).toBe('《b》解读');
    expect(answerFromFacts('保障措施有哪些', all, {}, { preferDocId: 'a' })!.answer.body).toContain('工作专班');
  });

  it('falls back past a plan whose facts do not explain the question', () => {
    expect(chat(all, '郑涛是哪个单位的')).toContain('人民银行');
    expect(chat(all, '数字经济核心产业增加值占GDP比重的目标是多少')).toContain('7%');
  });

  it('follows the plan a question names over the preferred one', () => {
    expect(answerFromFacts('营口市的行动计划一共有多少项任务', all, {}, { preferDocId: 'a' })!.answer.body).toContain('19');
    expect(answerFromFacts('沈阳市的方案有哪些任务', all, {}, { preferDocId: 'a' })).toBeNull();
    // The place without its 市 still names the plan.
    expect(answerFromFacts('营口的保障措施有哪些', all)!.answer.body).toContain('外贸外资工作专班');
    expect(answerFromFacts('这个行动计划的保障措施有哪些', all)!.answer.body).toContain('外贸外资工作专班');
  });
});

describe('colloquial questions', () => {
  it.each([
    ['第21项任务是啥', '金融服务体系'],
    ['第三项任务是啥', '辽河油田'],
    ['方案管哪几年', '2023-2025'],
    ['这个方案执行到哪一年', '2025'],
    ['工信局派谁来发布的', '王健'],
    ['发布会上一共几个人发言', '5位'],
  ])('%s → %s', (q, expected) => {
    expect(chat([panjin], q)).toContain(expected);
  });
});

describe('lists a follow-up resolves against', () => {
  it('resolves `第二项` against the measures just listed, not the tasks', () => {
    const first = answerFromFacts('保障措施有哪些', [panjin])!;
    expect(first.list).toEqual({ kind: 'measures', items: ['强化组织保障', '加强开放合作', '做好督查督办'], planId: 'panjin' });
    expect(chat([panjin], '保障措施有哪些', '第二项具体是什么')).toContain('加强开放合作');
    // Naming tasks leaves the measures list for the plan's own task numbering.
    expect(chat([panjin], '保障措施有哪些', '第二项任务是什么')).toContain('抓好石化及精细化工产业配套');
  });

  it('keeps taskNos on a task list', () => {
    expect(answerFromFacts('绿色发展方面有哪些任务', [panjin])!.list).toEqual({ kind: 'tasks', taskNos: [15, 16, 17], planId: 'panjin' });
  });
});

describe('starter questions', () => {
  it.each([['a', planA], ['b', planB]] as const)('plan %s gets suggestions its facts answer', (_, f) => {
    const list = planSuggestions(f);
    expect(list.length).toBeGreaterThanOrEqual(6);
    for (const q of list) expect(answerFromFacts(q, [f])).not.toBeNull();
  });
});
