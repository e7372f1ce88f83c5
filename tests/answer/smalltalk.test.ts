import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/pipeline.ts';
import { shippedAnswerer } from '../support/kb.ts';

let answerer: Answerer;
beforeAll(async () => {
  ({ answerer } = await shippedAnswerer());
});

describe('small talk', () => {
  it('greets with what it can answer and example questions the facts answer', async () => {
    const a = await answerer.ask('你好');
    expect(a.grounded).toBe(false);
    expect(a.answer).toMatch(/^您好！我是政策问答助手/);
    const example = /可以这样问：“([^”]+)”/.exec(a.answer)![1]!;
    expect((await answerer.ask(example)).grounded).toBe(true);
  });

  it('thanks back, in the asker’s script', async () => {
    expect((await answerer.ask('謝謝！')).answer).toMatch(/^不客氣/);
  });

  it('does not take real questions for small talk', async () => {
    expect((await answerer.ask('你好，企业融资难怎么办')).grounded).toBe(true);
  });
});
