// Division-of-labour tables: each row keeps its own units, continuation lines (merged cells) their
// task, and a question about a row is answered with that row's columns — tested on a real table
// (eval/real: a Guangzhou 实施方案's 任务分工表) and on a small one written here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { divisionRows } from '../../src/knowledge/tables.ts';
import { extractDocFacts } from '../../src/knowledge/facts/document.ts';
import { foldSpace } from '../../src/text/normalize.ts';
import { ROOT } from '../support/seed.ts';

const SMALL = [
  '附件 重点任务分工表',
  '序号\t工作事项\t主要内容\t牵头单位\t配合单位\t完成时限',
  '1\t扩大有效投资。\t推进重大项目建设。\t市发展改革委\t市财政局\t2025年底',
  '实施城市更新行动。\t市住房城乡建设局\t/\t2026年6月',
  '2\t促进消费。\t开展消费季活动。\t市商务局\t各区政府\t长期',
  '三、保障措施',
  '加强组织领导。',
].join('\n');

describe('division-of-labour tables', () => {
  it('reads each row with its own lead and support, continuation lines under their task', () => {
    const rows = divisionRows(SMALL);
    expect(rows.map((r) => [r.no, r.task, r.lead, r.support, r.deadline])).toEqual([
      [1, '扩大有效投资', '市发展改革委', '市财政局', '2025年底'],
      [1, '扩大有效投资', '市住房城乡建设局', null, '2026年6月'],
      [2, '促进消费', '市商务局', '各区政府', '长期'],
    ]);
    expect(rows[0]!.caption).toBe('附件 重点任务分工表');
    // Every unit in a row stands in that row's own line.
    for (const r of rows) for (const c of r.columns) expect(SMALL.slice(r.start, r.end)).toContain(c.value);
  });

  it('survives normalisation (tabs are kept as cell separators)', () => {
    expect(divisionRows(foldSpace(SMALL.replace(/\t/g, ' \t  ')))).toHaveLength(3);
  });

  const REAL = path.join(ROOT, 'eval/real/knowledge');
  const file = existsSync(REAL) ? readdirSync(REAL).find((f) => f.includes('家庭医生')) : undefined;
  it.skipIf(!file)('gives every row of a real 任务分工表 its owners, each found in its own row', () => {
    const text = foldSpace(readFileSync(path.join(REAL, file!), 'utf8'));
    const { facts } = extractDocFacts({ id: 'x', title: '分工表', text });
    const rows = facts.owners.filter((o) => o.kind === 'row');
    expect(new Set(rows.map((r) => r.no)).size).toBe(24);
    for (const r of rows) {
      const own = text.slice(r.start, r.end);
      for (const c of r.columns ?? []) expect(own).toContain(c.value);
    }
    expect(rows.find((r) => r.title === '拓宽家庭医生职业上升通道')?.lead).toBe('市人社局');
  });
});
