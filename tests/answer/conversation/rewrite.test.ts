import { beforeAll, describe, expect, it } from 'vitest';
import { itemSwap, rewriteByRules, subjectOf } from '../../../src/answer/conversation/rewrite.ts';
import type { Answerer } from '../../../src/answer/pipeline.ts';
import type { KnowledgeIndex } from '../../../src/retrieval/knowledge-index.ts';
import { shippedAnswerer } from '../../support/kb.ts';
import { plainText } from '../../../src/answer/plain-text.ts';
import { answererOver } from '../../support/docs.ts';

let index: KnowledgeIndex;
let answerer: Answerer;
beforeAll(async () => {
  ({ index, answerer } = await shippedAnswerer());
});

describe('rule-based follow-up rewriting', () => {
  it('leaves standalone questions alone', () => {
    expect(rewriteByRules('高新技术企业目标是多少', { previous: '有哪些引才计划' }, index)).toBeNull();
    expect(rewriteByRules('那融资呢', {}, index)).toBeNull();
  });

  it('reads a clause that opens with a pointer at the part just spoken of as leaning on it (那这一块…)', () => {
    // (The previous question's topic before it, not a new topic swapped into it: `那这一块` names none.)
    const r = rewriteByRules('那这一块具体由哪个部门牵头？', { previous: '创业培训每年计划培训多少人？' }, index);
    expect(r).toContain('创业培训');
    expect(r).toContain('由哪个部门牵头');
    expect(r).not.toContain('多少人');
    // (…while `那粮油加工这块呢` names its own.)
    expect(rewriteByRules('那粮油加工这块呢？', { previous: '石化及精细化工营业收入在全省排第几？' }, index)).toContain('粮油加工');
  });

  it('swaps the topic for "那X呢"', () => {
    expect(rewriteByRules('那融资方面呢?', { previous: '人才方面有哪些政策?' }, index)).toBe('融资方面有哪些政策？');
  });

  it('reads "换成X呢", "那要是换成X呢" as "那X呢"', () => {
    expect(rewriteByRules('换成融资方面呢?', { previous: '人才方面有哪些政策?' }, index)).toBe('融资方面有哪些政策？');
    expect(rewriteByRules('那要是换成融资方面呢?', { previous: '人才方面有哪些政策?' }, index)).toBe('融资方面有哪些政策？');
  });

  it('swaps a grade for a grade of the same shape (那社区(村)级的呢, 那B类呢)', () => {
    expect(rewriteByRules('那社区（村）级的呢？', { previous: '街道（镇）级养老服务设施评估为优秀的，每年能拿多少服务奖励？' }, index)).toBe(
      '社区(村)级养老服务设施评估为优秀的，每年能拿多少服务奖励？',
    );
    expect(rewriteByRules('那B类呢？', { previous: 'A类护理每月上门几次？' }, index)).toBe('B类护理每月上门几次？');
  });

  it('swaps a thing for a thing of the same kind, at its last mention (检测检验机构呢)', () => {
    expect(rewriteByRules('检测检验机构呢？', { previous: '《评价检测检验机构管理办法》里，安全评价机构的准入条件是什么？' }, index)).toBe(
      '《评价检测检验机构管理办法》里，检测检验机构的准入条件是什么？',
    );
  });

  it('swaps the whole compound noun the topic stands in (那光伏电站呢 after 海上风电)', () => {
    expect(rewriteByRules('那光伏电站呢？', { previous: '可再生能源专项资金里，海上风电是怎么奖的？' }, index)).toBe('可再生能源专项资金里，光伏电站是怎么奖的？');
  });

  it('swaps a figure for a figure said of the same word (那罚款300万的呢)', () => {
    expect(rewriteByRules('那罚款300万的呢？', { previous: '粮食举报，罚款15万以下的奖多少？' }, index)).toBe('粮食举报，罚款300万的奖多少？');
    expect(rewriteByRules('那投资800万元以上的呢？', { previous: '旅游项目投资500万元以下的奖励多少？' }, index)).toBe('旅游项目投资800万元以上的奖励多少？');
  });

  it('puts the previous subject in place of a pronoun', () => {
    expect(rewriteByRules('它的目标呢?', { previous: '高新技术企业是什么' }, index)).toBe('高新技术企业的目标？');
  });

  it('resolves "其中第二项" against the list just given', () => {
    const green = index.facts[0]!.areas.find((a) => a.title.includes('绿色'))!;
    const second = index.facts[0]!.tasks.find((t) => t.no === green.taskNos[1])!;
    expect(rewriteByRules('其中第二项具体怎么做?', { previous: '绿色发展有哪些任务?', lastTasks: green.taskNos }, index)).toBe(`${second.name}具体怎么做？`);
  });

  it('does not take 其中, 其他 or 应该 for a pronoun', () => {
    // No list to resolve "其中第二项" against: left as it is, not glued to the previous question.
    expect(rewriteByRules('其中第二项具体怎么做?', { previous: '其中第二项具体怎么做?' }, index)).toBeNull();
    expect(rewriteByRules('其他方面呢?', { previous: '人才方面有哪些政策?' }, index)).not.toContain('人才方面有哪些政策他');
    expect(rewriteByRules('我应该找谁?', { previous: '高新技术企业是什么' }, index) ?? '').not.toContain('应高新技术企业');
  });

  it('takes question words off a subject', () => {
    expect(subjectOf('请问第10项任务是什么?')).toBe('第10项任务');
  });
});

describe('multi-turn answers in the default mode', () => {
  it('answers "那…呢" with the rewritten question and returns it', async () => {
    await answerer.ask('有哪些引才计划?', { sessionId: 'mt1' });
    const a = await answerer.ask('那融资呢?', { sessionId: 'mt1' });
    expect(a.grounded).toBe(true);
    // The facts may take the follow-up as it stands; otherwise it reaches retrieval rewritten.
    if (a.mode !== 'facts') expect(a.rewritten).toBeTruthy();
    expect(plainText(a)).toMatch(/融资|贷款/);
  });

  it('answers the aspect of the targets just listed (总体目标分成哪几个方面 → 第三个方面呢)', async () => {
    const list = await answerer.ask('总体目标分成哪几个方面？', { sessionId: 'mt3' });
    expect(plainText(list)).toContain('为全省作出突出贡献');
    const a = await answerer.ask('第三个方面呢？', { sessionId: 'mt3' });
    expect(plainText(a)).toContain('全省第三位');
  });

  it('does not answer a bare money or period follow-up with the count before it, nor glue refused turns', async () => {
    await answerer.ask('高新技术企业目标是多少？', { sessionId: 'mt4' });
    const money = await answerer.ask('能补多少钱？', { sessionId: 'mt4' });
    expect(money.grounded).toBe(false);
    expect(plainText(money)).not.toMatch(/^到2025年末/u);
    const period = await answerer.ask('要多久？', { sessionId: 'mt4' });
    expect(period.grounded).toBe(false);
    // The refused turn is context as asked, not the question glued before it.
    expect(period.rewritten ?? '').not.toContain('高新技术企业');
  });

  it('answers the second task of the area just listed', async () => {
    await answerer.ask('绿色发展有哪些任务?', { sessionId: 'mt2' });
    const a = await answerer.ask('其中第二项具体怎么做?', { sessionId: 'mt2' });
    expect(plainText(a)).toContain('梯次达峰');
  });
});

describe('an item for an item (那第13项呢)', () => {
  it('asks the previous question of the other item, or puts the item before a bare ask', async () => {
    expect(itemSwap('那第13项呢？', '行动计划第12项由哪些单位负责？')).toBe('行动计划第13项由哪些单位负责？');
    expect(itemSwap('那第13项呢？', '责任单位是谁？')).toBe('第13项责任单位是谁？');
    // Not a bare item, or nothing before it: no swap.
    expect(itemSwap('第13项讲的是什么？', '责任单位是谁？')).toBeNull();
    expect(itemSwap('那第13项呢？', undefined)).toBeNull();
  });

  it('answers who leads item 13 after who leads item 12, through the whole answerer', async () => {
    const { answerer } = await answererOver(
      { '河湾省数字化转型行动计划.txt': '河湾省数字化转型行动计划\n\n一、行动步骤\n1.推进网络建设。支持企业建设外网。(责任单位：省通信管理局)\n2.推进平台建设。培育行业平台。(责任单位：省经济和信息化厅)\n3.推进数据建设。建设数据中心。(责任单位：省数据资源局)\n' },
      true,
    );
    const sessionId = 'item-swap';
    await answerer.ask('数字化转型行动计划第2项讲的是什么？', { sessionId });
    expect(plainText(await answerer.ask('责任单位是谁？', { sessionId }))).toContain('省经济和信息化厅');
    const next = plainText(await answerer.ask('那第3项呢？', { sessionId }));
    expect(next).toContain('省数据资源局');
  });
});
