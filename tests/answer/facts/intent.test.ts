import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../../src/answer/pipeline.ts';
import { plainText } from '../../../src/answer/plain-text.ts';
import { answererOver } from '../../support/docs.ts';
import { shippedAnswerer } from '../../support/kb.ts';
import { answerFromFacts, type FactsContext } from '../../../src/answer/facts/intent.ts';
import { parseNumber, toChineseNumber } from '../../../src/text/numerals.ts';
import { extractFacts, type PlanFacts } from '../../../src/knowledge/facts/plan.ts';
import { applyOverrides } from '../../../src/knowledge/facts/overrides.ts';
import { normalizeDocument, toSimplified } from '../../../src/text/normalize.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const DEV = path.join(ROOT, '../shared/eval/dev.jsonl');

function load(file: string, id: string, primary: boolean): PlanFacts {
  const text = normalizeDocument(fs.readFileSync(path.join(ROOT, file), 'utf8')).text;
  return extractFacts({ id, title: `《${id}》解读`, text, primary }).facts!;
}

const plan = load('knowledge/盘锦市工业增长三年行动专项方案-新闻发布会解读.txt', 'panjin', true);
const second = load('tests/fixtures/second-plan.txt', 'second', false);

function ask(q: string, facts: PlanFacts[] = [plan], ctx?: FactsContext) {
  return answerFromFacts(q, facts, ctx);
}

/** Asks a sequence of questions in one session, carrying the returned list like the caller does. */
function conversation(turns: string[], facts: PlanFacts[] = [plan]) {
  let ctx: FactsContext = {};
  let out = null;
  for (const q of turns) {
    out = answerFromFacts(q, facts, ctx);
    if (out?.list) ctx = { lastList: out.list };
  }
  return out;
}

interface DevCase {
  id: string;
  q?: string;
  turns?: string[];
  must?: string[][];
  passage?: string;
}

// Cases whose questions the facts answer exactly; every other case must fall through (null).
const CLAIMED = [
  'd01', 'd02', 'd03', 'd04', 'd05', 'd06', 'd07', 'd08', 'd10', 'd11', 'd12',
  'd14', 'd15', 'd16', 'd17', 'd18', 'd19', 'd20', 'd21', 'd22', 'd27',
];
const FALL_THROUGH = ['d09', 'd13', 'd23', 'd24', 'd25', 'd26', 'd28'];

describe.skipIf(!fs.existsSync(DEV))('dev.jsonl', () => {
  const cases = new Map<string, DevCase>(
    // The describe body runs at collection even when skipped: read only when the file is there.
    (fs.existsSync(DEV) ? fs.readFileSync(DEV, 'utf8').trim().split('\n') : []).map((l) => {
      const c = JSON.parse(l) as DevCase;
      return [c.id, c];
    }),
  );

  it.each(CLAIMED)('%s is answered from the facts', (id) => {
    const c = cases.get(id)!;
    const out = conversation(c.turns ?? [c.q!]);
    expect(out, c.q ?? c.turns?.join(' / ')).not.toBeNull();
    const answer = toSimplified(out!.answer.body).replace(/\s/g, '');
    for (const group of c.must ?? []) expect(group.some((s) => answer.includes(s)), `${group} in ${answer}`).toBe(true);
    expect(out!.answer.citations[0]!.text).toContain(c.passage!);
    expect(out!.answer).toMatchObject({ grounded: true, mode: 'facts' });
  });

  it.each(FALL_THROUGH)('%s falls through to retrieval', (id) => {
    const c = cases.get(id)!;
    expect(conversation(c.turns ?? [c.q!])).toBeNull();
  });

  it('claims or refuses every case of the file', () => {
    expect([...cases.keys()].sort()).toEqual([...CLAIMED, ...FALL_THROUGH].sort());
  });
});

describe('tasks', () => {
  it.each(['第10项任务是什么', '第十项', '任务10', '第十项任务讲的是什么'])('%s → task 10', (q) => {
    const out = ask(q)!;
    expect(out.answer.body).toMatch(/^第10项任务是“抓好核心技术攻关”/);
    expect(out.answer.citations[0]!.text).toContain('抓好核心技术攻关');
  });

  it('does not attribute area-level sentences to a task that has none of its own', () => {
    expect(ask('第10项任务是什么')!.answer.body).toContain('方案对该方面的整体表述');
    // Asked how, by name, retrieval quotes the right sentence better.
    expect(ask('核心技术攻关怎么做')).toBeNull();
  });

  it('lists the tasks of an area and returns the list for follow-ups', () => {
    const out = ask('绿色发展方面有哪些任务')!;
    expect(out.list).toEqual({ kind: 'tasks', taskNos: [15, 16, 17], planId: 'panjin' });
    expect(out.answer.body).toContain('抓好碳达峰工作落实');
    const next = ask('第二个呢', [plan], { lastList: out.list })!;
    expect(next.answer.body).toContain('梯次达峰');
    expect(ask('第3项呢', [plan], { lastList: out.list })!.answer.body).toContain('试点示范创建');
  });

  it('treats an ordinal past the end of the session list as a plan task number', () => {
    const lastList = { kind: 'tasks' as const, taskNos: [15, 16, 17] };
    expect(ask('第10项', [plan], { lastList })!.answer.body).toContain('抓好核心技术攻关');
    expect(ask('其中第五项具体怎么做', [plan], { lastList })).toBeNull();
  });

  it('counts an ordinal within the area the question names', () => {
    expect(ask('绿色发展的第二项任务是什么')!.answer.body).toMatch(/^第16项任务是“抓好碳达峰工作落实”/);
    expect(ask('绿色发展的第五项任务是什么')).toBeNull();
  });

  it('answers counts and the overview', () => {
    expect(ask('重点任务有几个方面')!.answer.body).toContain('8个方面');
    expect(ask('绿色发展有几项任务')!.answer.body).toContain('有3项任务');
    expect(ask('重点任务有哪些')!.answer.body).toMatch(/^方案设置了8个方面共21项任务/);
  });

  it('counts the target groups asked as 组, with their names, the plan named by a run of its title', () => {
    const r = ask('盘锦工业方案目标那部分一共分成几组？每组题目叫啥？');
    expect(r!.answer.body).toContain('3个方面');
    expect(r!.answer.body).toContain('质的有效提升');
  });
});

describe('people, owners and measures', () => {
  it.each([
    ['科技局来的是谁', '刘云'],
    ['金融发展局的发布人是谁', '杨光'],
    ['市商务局来的是谁', '王培夙'],
    ['杨光是哪个单位的', '市金融发展局'],
  ])('%s → %s', (q, expected) => {
    expect(ask(q)!.answer.body).toContain(expected);
  });

  it('names the lead unit and the partner sentence, and never a task owner the text lacks', () => {
    const lead = ask('谁负责落实')!;
    expect(lead.answer.body).toMatch(/^方案明确由市工业和信息化局负责落实/);
    expect(lead.answer.body).toContain('与辽河油田共同推进');
    const storage = ask('三大储库建设谁负责')!.answer.body;
    expect(storage).toContain('没有为第15项任务');
    expect(storage).toContain('辽河油田');
    expect(ask('第10项任务谁负责')!.answer.body).toContain('没有为第10项任务“抓好核心技术攻关”单独写明责任单位');
    expect(ask('科技局负责哪些任务')).toBeNull();
  });

  it('names a partner\'s task with its area (which 方面 and which task are both asked)', () => {
    const body = ask('和辽河油田合作搞什么？')!.answer.body;
    expect(body).toContain('第15项任务“抓好重点工程建设”');
    expect(body).toContain('第六方面“推动科学有效的绿色发展”');
  });

  it('says an owner from the overrides file comes from that file', () => {
    const withOwner = applyOverrides(plan, { tasks: [{ no: 10, owner: '市科技局' }] }).facts;
    const out = ask('第10项任务由谁负责', [withOwner])!;
    expect(out.answer.body).toContain('市科技局');
    expect(out.answer.body).toContain('方案原文未写明');
  });

  it('lists measures and their aspects', () => {
    expect(ask('有哪些保障措施')!.answer.body).toContain('强化组织保障、加强开放合作、做好督查督办');
    expect(ask('第2项措施是什么')!.answer.body).toContain('加强开放合作');
  });

  it('answers the period and the date of the press conference', () => {
    expect(ask('方案的实施期限是哪几年')!.answer.body).toContain('2023-2025年');
    // The plan named as the asker names it, and the period's ends asked in other words.
    expect(ask('盘锦工业三年行动的起止年份')?.answer.body).toContain('2023-2025年');
    expect(ask('工业三年行动从哪年开始')?.answer.body).toContain('2023-2025年');
    // The speakers asked by what they are: each one's unit and post.
    for (const q of ['发布人的职务是什么', '发布人都是什么头衔？']) expect(ask(q)?.answer.body).toContain('党组成员、副局长王健');
    // …and the years it covers, in everyday words.
    for (const q of ['方案覆盖哪几年？', '这个方案涵盖哪几个年头？', '方案管哪几个年份']) expect(ask(q)?.answer.body).toContain('2023-2025年');
    expect(ask('发布会是哪天开的')!.answer.body).toContain('3月30日');
    // The meeting in the asker's words (新闻会, 解读会), its day and who held it.
    expect(ask('那场解读会是几号开的？')?.answer.body).toContain('3月30日');
    for (const q of ['讲这个方案的新闻会是哪家单位主办的？', '这个解读会是哪个部门出面召集的', '发布会由谁召开？']) expect(ask(q)?.answer.body).toContain('市政府新闻办');
    expect(ask('这场解读会是几月几号开的？出面召集的是哪个单位？')?.answer.body).toBe('发布会于3月30日由市政府新闻办召开。');
    // (Who moderated, or who carries the plan out, is not who held the meeting.)
    expect(ask('发布会是谁主持的？')?.answer.body ?? '').not.toContain('市政府新闻办');
    expect(ask('发布会开的是哪个方案？')?.answer.body ?? '').not.toContain('市政府新闻办');
    expect(ask('方案由谁牵头落实？')?.answer.body).toContain('市工业和信息化局');
  });
});

describe('conservative fall-through', () => {
  it.each([
    '储气库项目建设进展怎么样',
    '第一支柱产业是什么',
    '第30项任务是什么',
    '在全省排第几',
    '王健负责什么',
    '其中第二项具体怎么做',
    '人才和金融有什么政策',
    '沈阳的天气怎么样',
    'How many tasks are there?',
    '',
  ])('%s → null', (q) => {
    expect(ask(q)).toBeNull();
  });

  it('returns null when there are no facts', () => {
    expect(answerFromFacts('第10项任务是什么', [])).toBeNull();
  });
});

describe('reply shape', () => {
  const questions = [
    '谁负责落实', '量的合理增长方面的目标有哪些', '目标有哪些', '重点任务有哪些', '发布人有哪些', '第21项任务', '有哪些引才计划',
  ];
  it.each(questions)('%s: plain text ≤ 400, citations ≤ 300 from the document', (q) => {
    const { answer } = ask(q)!;
    expect(answer.body.length).toBeLessThanOrEqual(400);
    expect(answer.body).not.toMatch(/[*#`]|^\s*[-+] /m);
    expect(answer.citations.length).toBeGreaterThan(0);
    for (const c of answer.citations) {
      expect(c.text.length).toBeLessThanOrEqual(300);
      expect(c.source).toBe('《panjin》解读');
    }
  });
});

describe('several plans', () => {
  const both = [plan, second];
  it('answers from the primary plan unless the question names another', () => {
    expect(ask('一共有几项重点任务', both)!.answer.body).toContain('21项');
    expect(ask('鞍山市的方案一共有几项重点任务', both)!.answer.body).toContain('14项');
    expect(ask('沈阳市的方案一共有几项重点任务', both)).toBeNull();
  });

  it('answers the second plan with its own facts', () => {
    expect(ask('发改委的发布人是谁', [second])!.answer.body).toContain('赵明远');
    expect(ask('人社局来的是谁', [second])!.answer.body).toContain('周海涛');
    expect(ask('第14项任务是什么', [second])!.answer.body).toContain('抓好数字金融服务');
    expect(ask('智能工厂的目标是多少', [second])!.answer.body).toContain('40个以上');
    expect(ask('上云企业数量在全省排第几', [second])!.answer.body).toContain('第四位');
    expect(ask('智能工厂建设由谁负责', [second])!.answer.body).toContain('鞍钢集团');
  });

  it('resolves a follow-up in the plan the list came from', () => {
    const out = ask('数据要素方面有哪些任务', [second])!;
    expect(out.list?.planId).toBe('second');
    expect(ask('其中第三项具体怎么做', both, { lastList: out.list })!.answer.body).toContain('数据分类分级保护');
  });
});

describe('numerals', () => {
  it.each([
    ['10', 10], ['十', 10], ['十一', 11], ['二十一', 21], ['两', 2], ['一百零五', 105], ['三', 3],
  ] as const)('parses %s', (s, n) => {
    expect(parseNumber(s)).toBe(n);
  });
  it('rejects what is not a number', () => {
    expect(parseNumber('几')).toBeNull();
    expect(parseNumber('二一')).toBeNull();
  });
  it('writes area ordinals', () => {
    expect([1, 6, 10, 21].map(toChineseNumber)).toEqual(['一', '六', '十', '二十一']);
  });
});

describe('ordinals in any phrasing, counted from either end', () => {
  // Through the whole answerer, as a question arrives (the tagger reads the asker's grammar).
  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver({ '第二份方案解读.txt': fs.readFileSync(path.join(ROOT, 'tests/fixtures/second-plan.txt'), 'utf8') }, true));
  });
  const body = async (q: string) => plainText(await answerer.ask(q));

  it('counts from the end (倒数第N, 最后那项/那块) in the list the question names', async () => {
    expect(await body('重点任务里倒数第一项是什么？')).toContain('抓好数字金融服务');
    expect(await body('倒数第二个方面有哪些任务？')).toContain('强化数据要素支撑');
    expect(await body('几大块任务中最后那块讲的是什么？')).toContain('优化数字生态环境');
    expect(await body('“强化数据要素支撑”方面最后一项任务是什么？')).toContain('第12项');
  });

  it('gives the first or last few in a row (最后三项, 前两项), and reads the list named before 打头那个', async () => {
    const last = await body('14项任务的最后三项分别是啥？');
    expect(last).toMatch(/第12项[\s\S]*第13项[\s\S]*第14项/u);
    expect(last).not.toContain('第11项');
    const first = await body('任务的前两项是什么？');
    expect(first).toContain('抓好5G网络建设');
    expect(first).toContain('抓好算力中心布局');
    expect(first).not.toContain('第3项');
    // `打头那个` of the aspects the question names before it: the first aspect, not task 1.
    expect(await body('重点任务六个方面里打头那个，聚焦的是什么？')).toMatch(/第一方面“夯实数字基础设施”/u);
    // `提前两个月` is no run of places.
    expect(await body('要提前两个月申报吗？')).not.toContain('第1项');
  });

  it('reads a place within the place said first (第二个方面里最后一项任务: the aspect\'s last task, not the plan\'s)', async () => {
    const a = await body('第二个方面里最后一项任务是什么？');
    expect(a).toContain('抓好数字企业招引');
    expect(a).not.toContain('抓好数字金融服务');
    expect(await body('第五大块里压轴那项任务叫啥？')).toContain('抓好数据安全保障');
  });

  it('reads the place next to one said (6号前头挨着的那项, 第6项的后一项, 倒数第二项的前一项) and counting from the tail', async () => {
    expect(await body('6号前头挨着的那项是啥？')).toContain('抓好数字企业招引');
    expect(await body('第6项的后一项是啥？')).toContain('抓好工业互联网平台应用');
    // From the end, the one before is one further from the end: 倒数第三, task 12.
    expect(await body('倒数第二项的前一项是啥？')).toContain('抓好数据安全保障');
    expect(await body('14项从尾巴往前倒第三个，讲的什么？')).toContain('抓好数据安全保障');
    // (…and from the last item itself: `从最后一项往前数第三个` is 倒数第三, not the last.)
    expect(await body('任务单从最后一项往前数第三个叫啥？')).toContain('抓好数据安全保障');
  });

  it('names the tasks set beside a named one under its aspect (跟哪几项编在同一组, 同一个方面的还有哪些)', async () => {
    const a = await body('跟软件产业培育在同一个方面的还有哪些任务？');
    expect(a).toContain('抓好电子元器件发展');
    expect(a).toContain('抓好数字企业招引');
    expect(a).not.toContain('第2项');
    // By a sentence only that task holds, and by its place.
    expect(await body('和鞍钢集团共建智能工厂那项，跟哪几项任务编在同一组？')).toContain('抓好工业互联网平台应用');
    expect(await body('第13项跟哪几项编在同一组？')).toContain('抓好数字金融服务');
  });

  it('reads places said as people count a list (往回数, 第九位的那条任务, 最先列出的那个方面, 编号) and the task with its group', async () => {
    expect(await body('从清单末尾往回数三个，落在哪项上？')).toContain('第12项任务是“抓好数据安全保障”');
    expect(await body('排在第九位的那条任务叫什么？')).toContain('第9项任务是“抓好数字文旅建设”');
    const first = await body('最先列出的那个方面下面有两项任务，名字分别是？');
    expect(first).toContain('抓好5G网络建设');
    expect(first).toContain('抓好算力中心布局');
    expect(await body('把任务从一往下编号，第四条叫什么？')).toContain('第4项任务是“抓好电子元器件发展”');
    const group = await body('任务清单的十三号是啥？跟它同组的另一项呢');
    expect(group).toContain('第13项任务是“抓好数字人才引育”');
    expect(group).toContain('第14项“抓好数字金融服务”');
  });

  it('reads the middle of a list (当中那项, 排中间那项): of an odd list its middle entry, of an even list none', async () => {
    const middle = await body('第二个方面里当中那项任务是什么？');
    expect(middle).toContain('第4项任务是“抓好电子元器件发展”');
    expect(middle).not.toContain('抓好软件产业培育');
    // Fourteen tasks have no middle one.
    expect(await body('重点任务里排中间那项是啥？')).not.toMatch(/第[78]项任务是/u);
    // …and the middle's neighbour is a step from it (`当中那项的前一项`), not the middle itself.
    const before = await body('第二个方面里当中那项的前一项任务是什么？');
    expect(before).toContain('第3项任务是“抓好软件产业培育”');
    expect(before).not.toContain('抓好电子元器件发展');
  });

  it('reads 排第N的那条 as item N, and 任务一共 as no ordinal', async () => {
    expect(await body('从头往下数，排第十四的那条任务讲什么？')).toContain('抓好数字金融服务');
    expect(await body('重点任务一共分成了几个方面？')).toContain('6个方面');
  });

  it('answers an aspect with its count of tasks (第N个方面是什么？下设几项任务？)', async () => {
    const a = await body('6个方面中第二个方面是什么？下设几项任务？');
    expect(a).toContain('壮大数字核心产业');
    expect(a).toContain('3项');
  });

  it('reads a place within an aspect (第五个方面的第二项, 第五块里排老二的) as that aspect\'s task', async () => {
    for (const q of ['第五个方面的第二项任务是什么？', '第五块里排老二的任务叫啥？']) {
      const a = await body(q);
      expect(a).toContain('抓好数据交易流通');
      expect(a).not.toContain('抓好公共数据开放');
    }
  });

  it('reads a task by its number on the list (12号任务, 清单上12号、13号) but no date\'s 18号', async () => {
    expect(await body('12号任务是啥？')).toContain('抓好数据安全保障');
    const two = await body('任务清单上12号、13号各是啥活儿？');
    expect(two).toContain('抓好数据安全保障');
    expect(two).toContain('抓好数字人才引育');
    expect(await body('5月18号开的发布会有几位发布人？')).not.toContain('第18项');
  });

  it('names what stands at a place when its name is asked (第六个方面全称叫啥, 第六大块的名头叫什么)', async () => {
    expect(await body('第六个方面全称叫啥')).toContain('优化数字生态环境');
    expect(await body('第六大块的名头叫什么')).toContain('优化数字生态环境');
  });

  it('reads `是干嘛的` / `是干什么的` as asking what the task does', async () => {
    for (const q of ['12号任务是干嘛的？', '第十二项是干什么的']) expect(await body(q)).toContain('抓好数据安全保障');
  });

  it('gives each speaker asked by place (排第二跟排第四的，各是谁)', async () => {
    const a = await body('发布人名单上排第二跟排第四的，各是谁？');
    expect(a).toContain('孙丽');
    expect(a).toContain('钱文');
    expect(a).not.toContain('周海涛');
  });
});

describe('a place in the list just given, with a further ask', () => {
  // Through the shipped plan's answerer, in one session: the list the first answer gave is the one counted.
  let shipped: Answerer;
  beforeAll(async () => {
    ({ answerer: shipped } = await shippedAnswerer());
  });
  const turns = async (qs: string[]) => {
    const sessionId = `middle-${qs.join('').length}-${qs.at(-1)!.length}`;
    let last = '';
    for (const q of qs) last = plainText(await shipped.ask(q, { sessionId }));
    return last;
  };

  it('is that task when its own text answers the ask (当中那项是要各行业同一年达峰吗)', async () => {
    const a = await turns(['盘锦工业方案讲绿色的那块有几项任务？', '当中那项是要各行业同一年达峰吗？']);
    expect(a).toContain('第16项任务');
    expect(a).toContain('梯次达峰');
  });

  it('is not a task whose text says nothing of what is asked (当中那项的预算是多少)', async () => {
    expect(await turns(['盘锦工业方案讲绿色的那块有几项任务？', '当中那项的预算是多少？'])).not.toContain('第16项任务');
  });

  it('is not a task when the question names a list of other things (那几个库…第三个)', async () => {
    expect(await turns(['跟辽河油田合着建的那几个库，除了存气存碳，第三个存的啥'])).not.toContain('第3项任务');
  });
});
