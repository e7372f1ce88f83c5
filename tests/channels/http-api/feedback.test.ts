// Feedback cannot inflate storage (issue 17): the answer kept is the server's own (from the asker's
// history) or the client's capped at 3,000 characters; a comment over 500 characters is refused;
// each conversation has its own limit.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, startApp, type Running } from '../../support/app.ts';

let run: Running;
beforeAll(async () => {
  run = await startApp({ RATE_LIMIT_PER_MIN: '0' });
});
afterAll(() => run.close());

const onDisk = () =>
  readFileSync(path.join(run.app.config.dataDir, 'feedback.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, string>);

describe('POST /api/feedback', () => {
  it('keeps the answer the server gave, not the copy the client sends', async () => {
    const asked = await postJson(run.base, '/api/chat', { question: '高新技术企业的数量目标是多少？', sessionId: 'fb-own' });
    expect(asked.status).toBe(200);
    const res = await postJson(run.base, '/api/feedback', { sessionId: 'fb-own', question: '高新技术企业的数量目标是多少？', answer: '我编的答案'.repeat(1000), rating: 'down' });
    expect(res.status).toBe(201);
    const rec = onDisk().at(-1)!;
    expect(rec.answer).toBe(asked.body.answer);
    expect(rec.answerFrom).toBe('server');
  });

  it('stores a 5,000-character answer it did not give within 3,000 characters', async () => {
    const res = await postJson(run.base, '/api/feedback', { sessionId: 'fb-long', question: '一个没问过的问题', answer: 'x'.repeat(5000), rating: 'up' });
    expect(res.status).toBe(201);
    const rec = onDisk().at(-1)!;
    expect(rec.answerFrom).toBe('client');
    expect([...rec.answer!].length).toBeLessThanOrEqual(3000);
    expect(JSON.stringify(rec).length).toBeLessThan(3500);
  });

  it('refuses a comment over 500 characters, and a 5,000-character question', async () => {
    const comment = await postJson(run.base, '/api/feedback', { sessionId: 'fb-c', question: '问题', comment: '长'.repeat(5000), rating: 'down' });
    expect(comment.status).toBe(400);
    expect(comment.body.error.message).toMatch(/comment.*500/);
    const question = await postJson(run.base, '/api/feedback', { sessionId: 'fb-q', question: '问'.repeat(5000), rating: 'down' });
    expect(question.status).toBe(400);
    expect((await postJson(run.base, '/api/feedback', { sessionId: 'fb-c', question: '问题', comment: '短'.repeat(500), rating: 'down' })).status).toBe(201);
  });
});

describe('per-conversation feedback limit', () => {
  it('limits one sessionId on top of the address', async () => {
    const limited = await startApp({ RATE_LIMIT_PER_MIN: '3', TRUST_PROXY: '1' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        statuses.push((await postJson(limited.base, '/api/feedback', { sessionId: 'same', question: '问题', rating: 'up' }, { 'x-forwarded-for': `192.0.2.${i}` })).status);
      }
      expect(statuses).toEqual([201, 201, 201, 429, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('a store that cannot write', () => {
  it('answers 503, not 201 or 200, when the record cannot be made durable', async () => {
    const broken = await startApp({ RATE_LIMIT_PER_MIN: '0' });
    try {
      const logOf = (list: unknown) => (list as { log: { fh: { close(): Promise<void> } } }).log;
      await logOf(broken.app.store.feedback).fh.close();
      await logOf(broken.app.store.history).fh.close();
      const fb = await postJson(broken.base, '/api/feedback', { sessionId: 's', question: '问题', rating: 'up' });
      expect(fb.status).toBe(503);
      expect(fb.body.error.code).toBe('store_unavailable');
      const chat = await postJson(broken.base, '/api/chat', { question: '有哪些重点任务', sessionId: 's' });
      expect(chat.status).toBe(503);
      // Without a session nothing is written, and the answer is given.
      expect((await postJson(broken.base, '/api/chat', { question: '有哪些重点任务' })).status).toBe(200);
    } finally {
      await broken.close();
    }
  });
});
