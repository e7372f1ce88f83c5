// Quality cannot silently regress: the dev set's thresholds from the issue, graded in-process
// with the outside grader's rules.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { grade, parseCases, summary } from '../../src/answer/grade.ts';
import { shippedAnswerer } from '../support/kb.ts';
import { DEV_SET } from '../support/seed.ts';

describe.skipIf(!existsSync(DEV_SET))('dev set', () => {
  it('answers ≥ 90% and refuses 100%', async () => {
    const { answerer } = await shippedAnswerer();
    const report = await grade(parseCases(readFileSync(DEV_SET, 'utf8')), (q, sid) => answerer.ask(q, { sessionId: sid }));
    console.log(summary(report), report.misses);
    expect(report.answers / report.answerCases).toBeGreaterThanOrEqual(0.9);
    expect(report.refusals).toBe(report.refusalCases);
    expect(report.r3 / report.retrievalCases).toBeGreaterThanOrEqual(0.85);
  });
});
