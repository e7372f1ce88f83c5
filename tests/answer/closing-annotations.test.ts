// An action plan whose actions each hold a goal and tasks, closed by a line of units
// (`（一）数字创业创新 / 1.行动目标 / 2.主要任务 / （1）… / （2）… / 牵头单位：区科技局，配合单位：…`): the line
// names who leads the action, not only its last task; where each task has a line of its own, each task is
// owned by its own, and the action by none — asked about it, each task is named with its units.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/pipeline.ts';
import { plainText } from '../../src/answer/plain-text.ts';
import { answererOver } from '../support/docs.ts';
import { ROOT } from '../support/seed.ts';

const PLAN = readFileSync(path.join(ROOT, 'tests/fixtures/closing-annotations.txt'), 'utf8');

describe('units on a line after an action’s tasks', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver({ '某区推进数字经济行动实施方案.txt': PLAN }));
  });

  it('lead the action, asked by its title, and its tasks that name none of their own', async () => {
    for (const [q, lead] of [
      ['数字创业创新由哪个部门负责？', '区科技局'],
      ['智慧农业示范由哪个部门负责？', '区农业局'],
      ['数字政务服务这项行动谁牵头？', '区行政审批局'],
      ['建设众创空间由哪个单位牵头？', '区科技局'],
    ] as const) {
      const a = await answerer.ask(q);
      const text = plainText(a);
      expect(text, q).toContain(`由${lead}牵头`);
      // …as written in the cited item, and no other action's lead beside it.
      expect(a.citations[0]!.text).toContain(`牵头单位：${lead}`);
      const others = ['区科技局', '区工信局', '区发改局', '区农业局', '区行政审批局'].filter((u) => u !== lead && text.includes(`${u}牵头`));
      expect(others, q).toEqual([]);
    }
  });

  it('name each task with its own units where the tasks have lines of their own', async () => {
    const a = await answerer.ask('智能制造升级由哪个部门牵头？');
    const text = plainText(a);
    expect(text).toContain('“推进设备联网”由区工信局牵头');
    expect(text).toContain('“建设工业互联网平台”由区发改局牵头');
    expect(a.citations.map((c) => c.text)).toEqual([expect.stringContaining('牵头单位：区工信局'), expect.stringContaining('牵头单位：区发改局')]);
    expect(plainText(await answerer.ask('建设工业互联网平台由哪个部门牵头？'))).toContain('由区发改局牵头');
  });
});
