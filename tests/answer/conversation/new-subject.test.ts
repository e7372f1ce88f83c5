// A question on another document's subject, asked in a conversation about one document, is answered
// as if asked alone: the focus keeps follow-ups, not new subjects the focus cannot cover.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../../src/answer/pipeline.ts';
import { plainText } from '../../../src/answer/plain-text.ts';
import { answererWith } from '../../support/kb.ts';
import { ROOT } from '../../support/seed.ts';

let answerer: Answerer;
beforeAll(async () => {
  ({ answerer } = await answererWith(path.join(ROOT, 'eval/real2/knowledge')));
});

describe('a new subject in a conversation', () => {
  it('is answered from its own document, as it would be alone', async () => {
    const question = '长护险的失能评估收费标准是多少？';
    const alone = await answerer.ask(question);
    await answerer.ask('广东那份高校毕业生就业创业扶持政策清单里，个人创业担保贷款最多能贷多少？', { sessionId: 'new-subject' });
    const inChat = await answerer.ask(question, { sessionId: 'new-subject' });
    expect(inChat.citations[0]?.source).toContain('长期护理保险');
    expect(plainText(inChat)).toBe(plainText(alone));
  });
});
