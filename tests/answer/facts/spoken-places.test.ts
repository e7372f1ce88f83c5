// Places and counts of a plan's lists in the words people use for them: `夹在中间的`, `排后面那个`, `头一个板块`,
// works counted (`三项工作`) for tasks, the plan `规定` them; a name asked of a person or of a thing described is
// no title; an amendment's number said bare (`刑法修正案九`).
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../../src/answer/pipeline.ts';
import { plainText } from '../../../src/answer/plain-text.ts';
import { answerFromFacts, type FactsContext } from '../../../src/answer/facts/intent.ts';
import { extractFacts, type PlanFacts } from '../../../src/knowledge/facts/plan.ts';
import { normalizeDocument } from '../../../src/text/normalize.ts';
import { answererOver } from '../../support/docs.ts';
import { namedDocuments } from '../../../src/answer/facts/documents.ts';
import type { KnowledgeIndex } from '../../../src/retrieval/knowledge-index.ts';
import { shippedAnswerer } from '../../support/kb.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const text = normalizeDocument(fs.readFileSync(path.join(ROOT, 'tests/fixtures/second-plan.txt'), 'utf8')).text;
const plan: PlanFacts = extractFacts({ id: 'second', title: '《second》解读', text, primary: true }).facts!;

const body = (q: string, ctx: FactsContext = {}) => answerFromFacts(q, [plan], ctx)?.answer.body ?? '';

/** The last answer of a conversation, the list each answer gives carried to the next turn as the caller does. */
function turns(qs: string[]): string {
  let ctx: FactsContext = {};
  let last = '';
  for (const q of qs) {
    const out = answerFromFacts(q, [plan], ctx);
    last = out?.answer.body ?? '';
    if (out?.list) ctx = { lastList: out.list };
  }
  return last;
}

describe('places in a list said without a number', () => {
  it('reads 夹在中间的 as the middle entry of the list just given', () => {
    const listed = turns(['第二个方面有几项任务？']);
    expect(listed).toContain('3项');
    const middle = turns(['第二个方面有几项任务？', '夹在中间的叫什么？']);
    expect(middle).toContain('第4项任务');
  });

  it('reads 排后面那个 and 排前面那个 as the last and the first', () => {
    expect(turns(['第二个方面有几项任务？', '排后面那个叫啥？'])).toContain('第5项任务');
    expect(turns(['第二个方面有几项任务？', '排前面那个叫啥？'])).toContain('第3项任务');
  });

});

describe('works counted are the tasks, and aspects said as 板块 (the shipped plan, through its answerer)', () => {
  let shipped: Answerer;
  beforeAll(async () => {
    ({ answerer: shipped } = await shippedAnswerer());
  });
  const ask = async (q: string) => plainText(await shipped.ask(q, { sessionId: `works-${q}` }));

  it('lists an aspect’s tasks asked as 三项工作', async () => {
    const a = await ask('第三方面那块设的三项工作分别叫啥？');
    expect(a).toContain('第6项');
    expect(a).toContain('第8项');
  });

  it('gives no title for a person asked after the asker’s story (…那位领导…，他叫啥名？)', async () => {
    expect(await ask('我们是搞研发的小企业，想找发布会上科技口那位领导的讲话听听，他叫啥名？')).not.toContain('方案全称是');
  });

  it('still sets aside a story that points at the paper itself (我想问问这个方案，…)', async () => {
    expect(await ask('我想问问这个方案，全称叫什么？')).toContain('方案全称是');
    expect(await ask('我们单位在学习这个方案，重点任务一共有多少项？')).toContain('21项');
  });

  it('reads 排在最后面的那项 as the last', async () => {
    expect(await ask('重点任务里排在最后面的那项是什么？')).toContain('第21项');
  });

  it('reads 头一个板块 and 最后一个板块 as the first and the last aspect', async () => {
    expect(await ask('头一个板块列的是哪两项任务？')).toContain('第一方面');
    expect(await ask('最后一个板块有几项任务？')).toContain('第八方面');
  });

  it('counts aspects and tasks the plan 规定 (几个板块、几项重点工作)', () => {
    expect(body('这份行动计划总共规定了几个板块、几项重点工作？')).toMatch(/14项重点任务，分为6个方面/u);
  });

  it('leaves a task’s own 工作 alone (a work with no count before it)', () => {
    expect(body('数字金融服务工作是哪项任务？')).not.toMatch(/重点任务，分为/u);
  });
});

describe('a name asked that is not the plan’s title', () => {
  it('answers the title when the plan’s name is asked', () => {
    expect(body('这个方案叫什么名字？')).toContain('方案全称是');
  });

  it('is no title when a thing is described and pointed at before the ask', () => {
    expect(body('想吸引大学生留下来的那个活动，方案里叫什么？')).not.toContain('方案全称是');
    // (The asker's own story before the ask is still set aside.)
    expect(body('我们公司想了解一下，这个方案叫什么名字？')).toContain('方案全称是');
  });
});

describe('an amendment named by its number said bare', () => {
  let answerer: Answerer;
  let index: KnowledgeIndex;
  beforeAll(async () => {
    const amendment = (n: string, day: string) => `中华人民共和国刑法修正案（${n}）\n\n一、将刑法第一条修改为：“……”\n\n二、本修正案自${day}起施行。\n`;
    ({ answerer, index } = await answererOver({
      '刑法修正案（九）.md': amendment('九', '2015年11月1日'),
      '刑法修正案（十二）.md': amendment('十二', '2024年3月1日'),
      '刑法修正案（十一）.md': amendment('十一', '2021年3月1日'),
      '刑法修正案（二）.md': amendment('二', '2001年8月31日'),
    }));
  });

  it('answers from the amendment with that number, asked 正式 or not', async () => {
    const twelve = plainText(await answerer.ask('刑法修正案十二是哪天开始正式实施的？'));
    expect(twelve).toContain('2024年3月1日');
    expect(twelve).not.toContain('2015年11月1日');
    expect(plainText(await answerer.ask('刑法修正案九是哪一天开始正式生效实施的？'))).toContain('2015年11月1日');
    expect(plainText(await answerer.ask('刑法修正案（十一）哪天开始施行？'))).toContain('2021年3月1日');
    // (`一般` is no number, nor is the 二 of `二十条`.)
    expect(plainText(await answerer.ask('刑法修正案一般什么时候开始施行？'))).not.toContain('2001年8月31日');
  });

  it('reads no amendment number out of a count after it (修正案二十条)', () => {
    // (Read as `(二)`, its siblings would be struck from the documents named.)
    expect(namedDocuments(index, '刑法修正案二十条讲的什么').some((n) => n.doc.title.includes('(九)'))).toBe(true);
  });
});
