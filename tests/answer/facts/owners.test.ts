// "Who leads X?" for every numbered item of a real task-division plan, loaded beside the other
// documents: the answer names X's own lead unit, never a neighbour's.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unitNames } from '../../../src/knowledge/annotations.ts';
import { answererWith } from '../../support/kb.ts';
import { ROOT } from '../../support/seed.ts';
import { plainText } from '../../../src/answer/plain-text.ts';

const REAL_DEV = path.resolve(ROOT, '../shared/eval/real-dev/knowledge');

describe.skipIf(!existsSync(REAL_DEV))('owners of every item, by chat', () => {
  it('names each item its own lead unit (right ≥ 90%, wrong 0)', async () => {
    const { index, answerer } = await answererWith(REAL_DEV);
    const doc = index.documents.find((d) => d.facts && d.facts.owners.length > 50)!;
    const owners = doc.facts!.owners.filter((o) => o.lead || o.responsible);
    let right = 0;
    const wrong: string[] = [];
    for (const o of owners) {
      const own = unitNames(o.lead ?? o.responsible);
      const a = await answerer.ask(`${o.title}由哪个部门牵头？`);
      if (own.some((u) => plainText(a).includes(u))) right++;
      else if (process.env.SHOW_MISSES) console.log("MISS", o.label, o.title, own, "→", a.mode, plainText(a).slice(0, 90));
      if (!own.some((u) => plainText(a).includes(u)) && a.grounded && a.mode === "facts") wrong.push(`${o.label} ${o.title} → ${plainText(a).slice(0, 80)}`);
    }
    console.log(`owners right ${right}/${owners.length}`, wrong);
    expect(wrong).toEqual([]);
    expect(right / owners.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe('owners of every item of a 实施意见 (the project eval document, 45 items)', () => {
  it('names each item its own lead unit, all 45', async () => {
    const { index, answerer } = await answererWith(path.join(ROOT, 'eval/knowledge'));
    const doc = index.documents.find((d) => d.facts?.levels.some((l) => l.count === 45))!;
    const owners = doc.facts!.owners.filter((o) => o.lead || o.responsible);
    expect(owners).toHaveLength(45);
    const missed: string[] = [];
    for (const o of owners) {
      const a = await answerer.ask(`${o.title}由哪个部门牵头？`);
      if (!unitNames(o.lead ?? o.responsible).some((u) => plainText(a).includes(u))) missed.push(`${o.label} ${o.title}`);
    }
    expect(missed).toEqual([]);
  });
});

const REAL_TABLE = path.resolve(ROOT, 'eval/real/knowledge');

describe.skipIf(!existsSync(REAL_TABLE))('owners of every row of a real 任务分工表, by chat', () => {
  it('names each task the lead unit of its own row (right ≥ 90%, wrong 0)', async () => {
    const { index, answerer } = await answererWith(REAL_TABLE);
    const doc = index.documents.find((d) => d.facts?.owners.some((o) => o.kind === 'row'))!;
    const rows = doc.facts!.owners.filter((o) => o.kind === 'row' && o.title);
    const tasks = [...new Set(rows.map((r) => r.title))];
    let right = 0;
    const wrong: string[] = [];
    for (const task of tasks) {
      const leads = rows.filter((r) => r.title === task).flatMap((r) => unitNames(r.lead));
      const a = await answerer.ask(`${task}由哪个单位牵头？`);
      const text = plainText(a);
      if (leads.some((u) => text.includes(u))) right++;
      else if (a.mode === 'facts') wrong.push(`${task} → ${text.slice(0, 80)}`);
    }
    expect(wrong).toEqual([]);
    expect(right / tasks.length).toBeGreaterThanOrEqual(0.9);
  });
});

// A real provincial 行动计划 (eval/owners, written blind): 24 items numbered straight through under
// 二、, then (一)–(五) and (一)–(四) afresh under 三、 and 四、, each with its own （责任单位：…）, and
// 专栏 boxes between items. Its owners.json was taken from the text by hand.
const OWNERS_DIR = path.join(ROOT, 'eval/owners/knowledge');

describe.skipIf(!existsSync(OWNERS_DIR))('owners of every item of a real 行动计划, asked by number', () => {
  it('names every unit of item N, and of item N of part M where the numbering starts afresh', async () => {
    const { answerer, index } = await answererWith(OWNERS_DIR);
    const expected = JSON.parse(readFileSync(path.join(ROOT, 'eval/owners/owners.json'), 'utf8')) as { no: string; lead: string[]; section: string }[];
    const missed: string[] = [];
    for (const o of expected) {
      const part = /^([一二三四五六七八九十]+)、/u.exec(o.section)![1]!;
      const q = /^\d+$/u.test(o.no) ? `安徽工业互联网行动计划第${o.no}项由哪些单位负责？` : `安徽工业互联网行动计划第${part}部分的第${o.no}项由哪些单位负责？`;
      const text = plainText(await answerer.ask(q));
      if (!o.lead.every((u) => text.includes(u))) missed.push(`${q} → ${text.slice(0, 60)}`);
    }
    expect(missed).toEqual([]);
    // And the same units by the tasks the facts list (GET /api/plan/tasks reads these).
    const doc = index.documents.find((d) => d.title.startsWith('安徽省工业互联网创新发展行动计划'))!;
    expect(doc.facts!.owners.length).toBe(expected.length);
  });
});

// A real city 考评办法 (eval/real4, written blind): 90 indicators `1．`–`90．` under 一、/（一）, each
// closed by `（6月底完成，牵头考核单位：X、Y）` — a label the genre words its own way.
const REAL4_DIR = path.join(ROOT, 'eval/real4/knowledge');

describe.skipIf(!existsSync(REAL4_DIR))('owners of every indicator of a real 考评办法, asked by number', () => {
  it('names every lead unit of indicator N, all 90', async () => {
    const { answerer } = await answererWith(REAL4_DIR);
    const expected = JSON.parse(readFileSync(path.join(ROOT, 'eval/real4/owners.json'), 'utf8')) as { no: string; lead: string[] }[];
    expect(expected).toHaveLength(90);
    const missed: string[] = [];
    for (const o of expected) {
      const q = `包头数字政府建设考评指标第${o.no}项由哪个单位牵头考核？`;
      const text = plainText(await answerer.ask(q));
      if (!o.lead.every((u) => text.includes(u))) missed.push(`${q} → ${text.slice(0, 60)}`);
    }
    expect(missed).toEqual([]);
  });
});
