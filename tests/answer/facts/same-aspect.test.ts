// The other tasks of an aspect asked in a conversation: `同一块另一项` after a task, `那一块另一项` after the aspect a
// task was found in (another than that task), `同一块里压轴的` after an aspect's list — and after an answer from the
// text that quotes one task, that task is what `跟它同一块的…` points at, as if the facts had given it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../../src/answer/pipeline.ts';
import { plainText } from '../../../src/answer/plain-text.ts';
import { shippedAnswerer } from '../../support/kb.ts';

describe('the same aspect, asked after a task', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    answerer = (await shippedAnswerer()).answerer;
  });

  it('gives the other task of the aspect the task just given stands in', async () => {
    expect(plainText(await answerer.ask('“高精尖缺”人才那项任务在哪个方面？', { sessionId: 'a' }))).toMatch(/^第20项任务/u);
    expect(plainText(await answerer.ask('同一块另一项任务都讲了些啥？', { sessionId: 'a' }))).toMatch(/^第21项任务是“抓好金融服务体系建设”/u);
  });

  it('gives another task than the one the aspect was found from', async () => {
    await answerer.ask('“千人助千企”是个啥行动？', { sessionId: 'b' });
    expect(plainText(await answerer.ask('它在八个方面里算第几块？', { sessionId: 'b' }))).toContain('第18项任务');
    const other = plainText(await answerer.ask('那一块另一项任务是照啥要求来推的？', { sessionId: 'b' }));
    expect(other).toContain('第19项任务');
    expect(other).toContain('六个一体化');
  });

  it('counts in the aspect just listed when the question names it as 同一块', async () => {
    expect(plainText(await answerer.ask('梯度培育计划那套，在重点任务里归第几块？', { sessionId: 'c' }))).toContain('第四方面');
    expect(plainText(await answerer.ask('同一块里压轴的任务呢？', { sessionId: 'c' }))).toMatch(/^第11项任务/u);
  });

  it('reads the task an answer from the text quoted as the one pointed at next', async () => {
    const first = await answerer.ask('碳达峰这事方案是咋安排的？', { sessionId: 'd' });
    expect(first.mode).not.toBe('facts');
    const next = plainText(await answerer.ask('跟它同一块的打头那项任务，市里是跟谁合伙干的？', { sessionId: 'd' }));
    expect(next).toMatch(/^第15项任务/u);
    expect(next).toContain('辽河油田');
  });

  it('reads `出现在哪项任务里`, `出自哪项任务`, `在哪条任务里提的` as asking where a measure stands', async () => {
    expect(plainText(await answerer.ask('“兴辽英才计划”出现在方案哪项任务里？'))).toContain('第八方面');
    expect(plainText(await answerer.ask('“梯次达峰”这个说法出自哪项任务？'))).toContain('第16项任务');
    expect(plainText(await answerer.ask('“项目+团队”是在哪条任务里提的？'))).toContain('第八方面');
  });
});
