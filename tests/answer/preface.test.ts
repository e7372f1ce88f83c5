// The asker's way in — a preface that says a question is coming, a short name for the plan, a verb
// with its particle — is not what the question asks about.
import { beforeAll, describe, expect, it } from 'vitest';
import { withoutPreface } from '../../src/answer/preface.ts';
import type { Answerer } from '../../src/answer/pipeline.ts';
import { plainText } from '../../src/answer/plain-text.ts';
import type { KnowledgeIndex } from '../../src/retrieval/knowledge-index.ts';
import { shippedAnswerer } from '../support/kb.ts';

let index: KnowledgeIndex;
let answerer: Answerer;
beforeAll(async () => {
  ({ index, answerer } = await shippedAnswerer());
});

describe('preface', () => {
  it('drops a first clause that only announces the question', () => {
    expect(withoutPreface(index, '发稿前核对一下：出席发布会的副局长姓名是？')).toBe('出席发布会的副局长姓名是？');
    expect(withoutPreface(index, '老铁问一下，核心技术攻关的目标是多少？')).toBe('核心技术攻关的目标是多少？');
  });

  it('drops the asker\'s own stake asked after the question (跟我们企业有关系不？)', () => {
    expect(withoutPreface(index, '第三方面讲的是啥，跟我们企业有关系不？')).toBe('第三方面讲的是啥');
    expect(withoutPreface(index, '企业上市有什么支持，对我们公司有没有用？')).toBe('企业上市有什么支持');
    // Not when the rest asks nothing: then the stake is the question.
    expect(withoutPreface(index, '企业上市奖励，跟我们有关系吗？')).toBe('企业上市奖励，跟我们有关系吗？');
  });

  it('drops a telling act before the question and a wish to confirm opening the clause that asks', () => {
    expect(withoutPreface(index, '给孩子讲讲时政：这份工业增长计划覆盖的是哪几个年头？')).toBe('这份工业增长计划覆盖的是哪几个年头？');
    expect(withoutPreface(index, '我们科室要写会议纪要，想确认下这个新闻发布会是谁主办的？')).toBe('这个新闻发布会是谁主办的？');
    expect(withoutPreface(index, '核实一下出席发布会的副局长是谁？')).toBe('出席发布会的副局长是谁？');
    // (A telling act that is the question itself stays: `讲讲人才政策有哪些`; so does 了解 as what is asked about.)
    expect(withoutPreface(index, '讲讲人才政策有哪些？')).toBe('讲讲人才政策有哪些？');
    expect(withoutPreface(index, '企业怎样了解这些政策？')).toBe('企业怎样了解这些政策？');
  });

  it('drops what the answer is for — the asker\'s own paper — and a bare request to give it, before or after', () => {
    expect(withoutPreface(index, '给单位写情况通报要用：这次发布会上商务局出面的副局长叫什么？')).toBe('这次发布会上商务局出面的副局长叫什么？');
    expect(withoutPreface(index, '高新技术企业到期末要达到多少家？我整理工作笔记要用')).toBe('高新技术企业到期末要达到多少家？');
    expect(withoutPreface(index, '科技局发布人的名字我漏记了，麻烦查一下')).toBe('科技局发布人的名字我漏记了？');
    // (A paper asked about stays: `申报材料要准备哪些`; so does a clause that asks, and one the rest cannot stand without.)
    expect(withoutPreface(index, '申报材料要准备哪些？')).toBe('申报材料要准备哪些？');
    expect(withoutPreface(index, '写汇报要用，怎么说？')).toBe('写汇报要用，怎么说？');
    expect(withoutPreface(index, '企业每年要写年度报告，逾期不交怎么罚？')).toBe('企业每年要写年度报告，逾期不交怎么罚？');
    expect(withoutPreface(index, '我们公司要是用虚报的材料骗了补贴，除了追回还要罚多少？')).toBe('我们公司要是用虚报的材料骗了补贴，除了追回还要罚多少？');
    // (What was done with the paper is the case asked about, not what the answer is for.)
    expect(withoutPreface(index, '我写的申报材料里填了虚假数据，会受到什么处罚？')).toBe('我写的申报材料里填了虚假数据，会受到什么处罚？');
    expect(withoutPreface(index, '我整理的安全生产台账不全，检查时会被罚款吗？')).toBe('我整理的安全生产台账不全，检查时会被罚款吗？');
  });

  it('keeps it when it carries the topic or asks itself', () => {
    // Without its first clause `怎么补？` asks about nothing.
    expect(withoutPreface(index, '我想咨询一下企业融资的问题，怎么办？')).toBe('我想咨询一下企业融资的问题，怎么办？');
    expect(withoutPreface(index, '请问高新技术企业有多少家，核心技术攻关多少项？')).toBe('请问高新技术企业有多少家，核心技术攻关多少项？');
  });

  it('answers behind a preface, a short plan name and a colloquial verb', async () => {
    const a = await answerer.ask('俺们老板让我问问，这个工业三年方案的重点任务一共整了几项？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('21项');
    const who = await answerer.ask('发稿前核对一下：代表市工业和信息化局出席这场发布会的副局长姓名是？');
    expect(plainText(who)).toContain('王健');
    const paper = await answerer.ask('单位做宣传展板要用：金融发展局上台发言的那位叫什么名字？');
    expect(paper.grounded).toBe(true);
    expect(plainText(paper)).toContain('杨光');
  });

  it('reads the genre\'s words for its lists and for itself as scaffolding (任务清单, 按顺序, 所解读)', async () => {
    expect(plainText(await answerer.ask('任务清单一共21条，按顺序数第3条写的是啥？'))).toContain('辽河油田');
    expect(plainText(await answerer.ask('烦请告知本次发布会所解读文件的完整标题。'))).toContain('盘锦市工业增长三年行动专项方案');
    // A second ask the date does not answer still goes to the passage that holds both.
    const both = plainText(await answerer.ask('这场解读方案的发布会是几月几号开的，是系列里的第几场？'));
    expect(both).toContain('3月30日');
    expect(both).toContain('第二场');
  });

  it('still refuses what the plan does not cover', async () => {
    const a = await answerer.ask('麻烦问一下，盘锦有哪些好吃的餐馆？');
    expect(a.grounded).toBe(false);
  });
});
