// Follow-ups on the aspect a plan's answer stood in: `这块聚焦的是啥？` is asked of that aspect by its title, and
// `跟这项任务放在同一个方面的另一项是啥？` after an aspect found for a quote that none of its tasks' names holds gives its
// tasks, each named (which of them "this one" was is not known).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/answer/plain-text.ts';
import { answererOver } from '../../support/docs.ts';
import { ROOT } from '../../support/seed.ts';

const PLAN = readFileSync(path.join(ROOT, 'tests/fixtures/second-plan.txt'), 'utf8');
const NAME = '鞍山市数字经济发展三年行动方案解读.txt';

async function chat(text: string, ...turns: string[]) {
  const { answerer } = await answererOver({ [NAME]: text }, true);
  const sessionId = `aspect-${Math.random()}`;
  let last;
  for (const q of turns) last = await answerer.ask(q, { sessionId });
  return last!;
}

describe('a pointer at the aspect just given', () => {
  it('asks the question of that aspect, not of every aspect that says the same word', async () => {
    const a = await chat(PLAN, '讲数据要素的是六块里的第几块？', '这块聚焦的是啥？');
    expect(plainText(a)).toContain('数据价值释放');
  });

  it('keeps a question whose only noun is a word for "a thing" (`哪些东西`) on that aspect', async () => {
    const a = await chat(PLAN, '讲数据要素的是六块里的第几块？', '这块说要开放哪些东西？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('交通、气象');
  });

  it('is not a pointer when a topic of its own comes before it (`那粮油加工这块呢`)', async () => {
    const a = await chat(PLAN, '讲数据要素的是六块里的第几块？', '那数字服务这块呢？');
    expect(plainText(a)).not.toContain('数据价值释放');
  });
});

describe('the other task of an aspect found by a quote', () => {
  // The aspect's paragraph says the quote in one sentence for both tasks: no task's text holds it alone.
  const plan = PLAN.replace(
    /六是优化数字生态环境。[^\n]*/u,
    '六是优化数字生态环境。聚焦要素保障，设置了抓好数字人才引育、抓好数字金融服务2项任务。持续实施“千名数字工匠”培养计划和“数字英才”引进行动，营造良好的数字发展生态。',
  );

  it('names the aspect\'s tasks when the other one is all that is asked', async () => {
    const a = await chat(plan, '“千名数字工匠”出现在方案哪项任务里？', '跟这项任务放在同一个方面的另一项是啥？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('抓好数字金融服务');
  });

  it('leaves a further ask about it to the passages (`另一项，说到上市是怎么讲的`)', async () => {
    const a = await chat(PLAN, '方案里讲数字人才的是哪一项任务？', '跟它同一块的另一项，说到上市融资是怎么讲的？');
    expect(plainText(a)).toContain('债券和上市融资');
  });
});

describe('the tasks under the aspect just given', () => {
  it('are named when a pronoun asks what they are (`它底下那两条任务分别是啥`)', async () => {
    const a = await chat(PLAN, '第四个方面叫什么名字？', '它底下那两条任务分别是啥？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('智慧物流发展');
    expect(plainText(a)).toContain('数字文旅建设');
    expect(plainText(a)).not.toContain('软件产业培育');
  });
});

describe('the other tasks of the aspect a task stands in', () => {
  it('are given when two or more are asked for (`同一块里另外两项是啥`)', async () => {
    const a = await chat(PLAN, '抓好软件产业培育属于哪个方面？', '同一块里另外两项是啥？');
    expect(plainText(a)).toContain('抓好电子元器件发展');
    expect(plainText(a)).toContain('抓好数字企业招引');
  });
});
