import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/pipeline.ts';
import { shippedAnswerer } from '../support/kb.ts';
import { plainText } from '../../src/answer/plain-text.ts';

let answerer: Answerer;
beforeAll(async () => {
  ({ answerer } = await shippedAnswerer());
});

describe('small talk', () => {
  it('greets with what it can answer and example questions the facts answer', async () => {
    const a = await answerer.ask('你好');
    expect(a.grounded).toBe(false);
    expect(a.body).toMatch(/^您好！我是政策问答助手/);
    expect(a.followUps!.length).toBeGreaterThan(0);
    for (const example of a.followUps!) expect((await answerer.ask(example)).grounded, example).toBe(true);
    // As text, the examples follow the greeting: `可以这样问：“…”、“…”`.
    expect(plainText(a)).toContain(`可以这样问：“${a.followUps![0]}”`);
  });

  it('thanks back, in the asker’s script', async () => {
    expect(plainText(await answerer.ask('謝謝！'))).toMatch(/^不客氣/);
  });

  it('does not take real questions for small talk', async () => {
    expect((await answerer.ask('你好，企业融资难怎么办')).grounded).toBe(true);
  });
});
