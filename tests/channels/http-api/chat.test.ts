import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, startApp, type Running } from '../../support/app.ts';

let run: Running;
beforeAll(async () => {
  run = await startApp();
});
afterAll(async () => {
  await run.close();
});

const expectError = (body: any, code: string) => {
  expect(body.error.code).toBe(code);
  // Chinese and English, for the mini-program and for the developer.
  expect(body.error.message).toMatch(/\p{Script=Han}/u);
  expect(body.error.message).toMatch(/[a-z]{3}/);
};

describe('GET /healthz', () => {
  it('reports the loaded knowledge base', async () => {
    const res = await fetch(`${run.base}/healthz`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as any;
    expect(body).toMatchObject({ status: 'ok', documents: 1, version: 1 });
    expect(body.chunks).toBeGreaterThan(10);
    expect(res.headers.get('x-request-id')).toBeTruthy();
  });
});

describe('POST /api/chat', () => {
  it('answers with a grounded, cited answer', async () => {
    const { status, body, headers } = await postJson(run.base, '/api/chat', { question: '卡脖子难题怎么解决', sessionId: 's1' });
    expect(status).toBe(200);
    expect(headers.get('x-request-id')).toBeTruthy();
    expect(body.grounded).toBe(true);
    expect(body.mode).toBe('extractive');
    expect(body.answer).toContain('揭榜挂帅');
    expect(body.answer).toMatch(/来源：/);
    expect(body.citations.length).toBeGreaterThan(0);
    for (const c of body.citations) {
      expect(typeof c.text).toBe('string');
      expect(c.source).toContain('盘锦市工业增长三年行动专项方案');
      expect(typeof c.score).toBe('number');
    }
    expect(body.citations[0].section).toContain('重点任务');
  });

  it('refuses politely when the documents do not say', async () => {
    const { status, body } = await postJson(run.base, '/api/chat', { question: '盘锦有哪些好吃的餐馆?' });
    expect(status).toBe(200);
    expect(body.grounded).toBe(false);
    expect(body.citations).toEqual([]);
    expect(body.answer).toMatch(/抱歉/);
    expect(body.answer).toMatch(/主管部门|12345/);
  });

  it('answers a traditional question in traditional characters', async () => {
    const { body } = await postJson(run.base, '/api/chat', { question: '卡脖子難題怎麼解決?' });
    expect(body.grounded).toBe(true);
    expect(body.answer).toContain('揭榜掛帥');
  });

  it('answers exact plan questions from the extracted facts', async () => {
    const { body } = await postJson(run.base, '/api/chat', { question: '第10项任务是什么' });
    expect(body.mode).toBe('facts');
    expect(body.answer).toContain('抓好核心技术攻关');
    expect(body.citations[0].text).toContain('抓好核心技术攻关');
  });

  it('echoes a caller request id', async () => {
    const { headers } = await postJson(run.base, '/api/chat', { question: '有哪些引才计划' }, { 'x-request-id': 'abc-123' });
    expect(headers.get('x-request-id')).toBe('abc-123');
  });

  it.each([
    ['missing question', {}, 'invalid_question'],
    ['non-string question', { question: 42 }, 'invalid_question'],
    ['empty question', { question: '   ' }, 'empty_question'],
    ['question over 500 characters', { question: '企'.repeat(501) }, 'question_too_long'],
    ['non-string sessionId', { question: '目标', sessionId: 5 }, 'invalid_body'],
  ])('400 for %s', async (_name, payload, code) => {
    const { status, body } = await postJson(run.base, '/api/chat', payload);
    expect(status).toBe(400);
    expectError(body, code);
  });

  it('400 for a body that is not valid JSON', async () => {
    const { status, body } = await postJson(run.base, '/api/chat', '{"question": ');
    expect(status).toBe(400);
    expectError(body, 'invalid_json');
  });

  it('413 for a body over 64 KB', async () => {
    const { status, body } = await postJson(run.base, '/api/chat', { question: 'x', pad: 'y'.repeat(70 * 1024) });
    expect(status).toBe(413);
    expectError(body, 'payload_too_large');
  });

  it('413 for a chunked body that grows past the limit while it is read, and keeps serving', async () => {
    // No content-length: the limit can only be enforced while reading.
    const chunks = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode('{"question":"x","pad":"'));
        for (let i = 0; i < 80; i++) c.enqueue(new TextEncoder().encode('y'.repeat(1024)));
        c.enqueue(new TextEncoder().encode('"}'));
        c.close();
      },
    });
    const res = await fetch(`${run.base}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: chunks, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
    expectError(await res.json(), 'payload_too_large');
    const after = await postJson(run.base, '/api/chat', { question: '企业融资难怎么办' });
    expect(after.status).toBe(200);
  });

  it('415 for a body that is not JSON', async () => {
    const res = await fetch(`${run.base}/api/chat`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' });
    expect(res.status).toBe(415);
    expectError(await res.json(), 'unsupported_media_type');
  });

  it('404 with the same error shape for an unknown route', async () => {
    const res = await fetch(`${run.base}/api/nothing`);
    expect(res.status).toBe(404);
    expectError(await res.json(), 'not_found');
  });

  it('keeps serving after bad requests', async () => {
    await postJson(run.base, '/api/chat', '{{{');
    const { status } = await postJson(run.base, '/api/chat', { question: '有哪些引才计划' });
    expect(status).toBe(200);
  });
});
