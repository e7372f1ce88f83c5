// A place on the plan's task list asked together with something about that task (`13号任务讲的是啥，选突破口
// 按什么思路来？`, `倒着数第二项叫啥？里面点了哪几个人才计划的名`): the task is given whole, its own text the answer to
// the rest. Not when the rest asks a fact its text would have to state (a budget, an assessment rule), nor
// when the place is no task's (`系列的第二场`, `第三方机构`).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../../src/answer/pipeline.ts';
import { plainText } from '../../../src/answer/plain-text.ts';
import { ASKS_AMOUNT, askedAmountKinds } from '../../../src/text/numerals.ts';
import { shippedAnswerer } from '../../support/kb.ts';

describe('a task by its place, with a further ask about it', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    answerer = (await shippedAnswerer()).answerer;
  });

  it('gives the task, whose text answers the rest', async () => {
    const a = await answerer.ask('13号任务讲的是啥，选突破口按什么思路来？');
    expect(a.mode).toBe('facts');
    expect(plainText(a)).toContain('新兴产业');
    expect(plainText(a)).toContain('以产业链为纽带');
    const b = plainText(await answerer.ask('工业增长方案的任务单倒着数第二项叫啥？里面点了哪几个人才计划的名'));
    expect(b).toContain('人才培引');
    expect(b).toContain('兴辽英才计划');
  });

  it('counts in a list the question names by its count alone (`那21项里头排第七的`)', async () => {
    const a = plainText(await answerer.ask('盘锦工业增长专项方案那21项里头排第七的是哪项？属于八块里的哪一块'));
    expect(a).toContain('产业集群建设');
    expect(a).toContain('实体为本');
  });

  it('does not give the task for a fact its text does not state', async () => {
    const a = await answerer.ask('第五项任务的考核办法是什么？');
    expect(plainText(a)).not.toMatch(/^第5项任务是/u);
  });

  it('reads `哪几个` as which ones, not how many', () => {
    expect(ASKS_AMOUNT.test('里面点了哪几个人才计划的名')).toBe(false);
    expect(askedAmountKinds('里面点了哪几个人才计划的名')).toEqual([]);
    expect(ASKS_AMOUNT.test('里面点了几个人才计划')).toBe(true);
  });
});
