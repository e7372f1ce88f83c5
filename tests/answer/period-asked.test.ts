// `方案的实施期限是多久`: a period asked (期限, 多久) is answered by the plan's span of years — a span is a
// period, though each of its ends is a year. Over the shipped plan, through the whole pipeline.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/pipeline.ts';
import { plainText } from '../../src/answer/plain-text.ts';
import { shippedAnswerer } from '../support/kb.ts';

let answerer: Answerer;
beforeAll(async () => {
  ({ answerer } = await shippedAnswerer());
});

describe('the plan’s period asked as a length of time', () => {
  it('answers with the span of years', async () => {
    for (const q of ['方案的实施期限', '方案的实施期限是多久？']) {
      const a = await answerer.ask(q);
      expect(a.grounded, q).toBe(true);
      expect(plainText(a)).toContain('2023-2025年');
    }
  });
});
