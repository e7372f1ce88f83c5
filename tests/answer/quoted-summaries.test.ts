// A quote the asker makes of the text is held to the text (asked.ts usesQuoted), but a quote may sum the text up:
// `“三个到位”` for three clauses that each end in 到位, `“实施……三年行动”` with a stretch left out. Neither is a
// name the text lacks.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { usesQuoted } from '../../src/answer/asked.ts';
import type { Answerer } from '../../src/answer/pipeline.ts';
import { plainText } from '../../src/answer/plain-text.ts';
import { answererOver, PLAN_FILES } from '../support/docs.ts';

const MEASURES = '《专项方案》从明晰责任确保层层落实到位、扩大开放确保项目引进到位、严格督导确保任务执行到位三个方面，确定了3项措施。';
const SERIES = '市政府新闻办召开“贯彻党的二十大精神——实施全面振兴新突破三年行动”主题系列第二场新闻发布会';

describe('a quote that counts what the text says', () => {
  it('is used when the text says that many clauses ending in the word', () => {
    expect(usesQuoted(MEASURES, '三个到位')).toBe(true);
    expect(usesQuoted(MEASURES, '三到位')).toBe(true);
  });

  it('is not when the text says fewer, or says them far apart', () => {
    expect(usesQuoted(MEASURES, '四个到位')).toBe(false);
    const apart = `确保落实到位。${'其他工作稳步推进，'.repeat(8)}确保引进到位。${'其他工作稳步推进，'.repeat(8)}确保执行到位。`;
    expect(usesQuoted(apart, '三个到位')).toBe(false);
  });
});

describe('a quote with an ellipsis', () => {
  it('is used when the text holds its ends with a short stretch between them', () => {
    expect(usesQuoted(SERIES, '实施……三年行动')).toBe(true);
    expect(usesQuoted(SERIES, '实施…三年行动')).toBe(true);
  });

  it('is not when an end is missing or the stretch is long', () => {
    expect(usesQuoted(SERIES, '实施……五年行动')).toBe(false);
    expect(usesQuoted(SERIES, '贯彻……发布会')).toBe(false);
    // (…or it keeps one stretch only: `“实施……”` would be any text that says 实施.)
    expect(usesQuoted('要推进实施的工作', '实施……')).toBe(false);
    expect(usesQuoted(SERIES, '……三年行动')).toBe(false);
  });
});

// …and a facts answer is held to the quote: the reply or the passages it cites say it (`名次目标大多要“稳居”` is
// answered by the target that rises, from the passage of targets that says 稳居 of the others), not only the
// document somewhere (`“实施……三年行动”` of the conference series is not answered by a target that says 三年…实施).
describe('a facts answer to a quoting question', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver({ 'plan.txt': readFileSync(PLAN_FILES[0]!, 'utf8') }, true));
  });

  it('speaks of what the asker quotes', async () => {
    const r = await answerer.ask('给公众号写推文：这一系列发布会挂的大标题，后半截“实施……三年行动”中间那几个字是啥？');
    expect(plainText(r)).toContain('全面振兴新突破');
    expect(plainText(r)).not.toContain('没有写明');
    expect(r.grounded).toBe(true);
  });

  it('may cite the passage that says it', async () => {
    const a = plainText(await answerer.ask('全省那几个名次目标，大多是要“稳居”，有没有哪个是要往上蹿一蹿的？哪个行业、蹿到第几？'));
    expect(a).toContain('粮油加工');
  });
});
