// /admin/stats over a real socket: fifty questions (grounded and refused, two channels) and five
// feedbacks are counted on today's row, the refused questions lead the unanswered list, and the
// counters survive a restart on the same DATA_DIR.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayOf } from '../../../../src/store/daily-counts.ts';
import { postJson, startApp, type Running } from '../../../support/app.ts';

const TOKEN = 'stats-admin-token';
const auth = { authorization: `Bearer ${TOKEN}` };
const stats = async (run: Running, query = '') => {
  const res = await fetch(`${run.base}/admin/stats${query}`, { headers: auth });
  return { status: res.status, body: (await res.json()) as any };
};

describe('/admin/stats', () => {
  let run: Running;
  const data = mkdtempSync(path.join(os.tmpdir(), 'stats-data-'));
  beforeAll(async () => {
    run = await startApp({ ADMIN_TOKEN: TOKEN, DATA_DIR: data, RATE_LIMIT_PER_MIN: '0' });
  });
  afterAll(() => run?.close());

  it('reflects 50 questions and 5 feedbacks', async () => {
    const grounded = ['高新技术企业的数量目标是多少?', '卡脖子难题怎么解决', '企业融资难怎么办', '有哪些引才计划?', '一共有几项重点任务?'];
    const refused = ['盘锦有哪些好吃的餐馆?', '社保断缴了怎么补?'];
    let sent = { grounded: 0, refused: 0 };
    for (let i = 0; i < 50; i++) {
      // 36 answerable, 14 not; some with a session (the history log), some anonymous.
      const isRefused = i % 7 === 3 || i % 7 === 5;
      const question = isRefused ? refused[i % 2]! : grounded[i % grounded.length]!;
      const { status, body } = await postJson(run.base, '/api/chat', { question, ...(i % 2 ? { sessionId: `s${i}` } : {}) });
      expect(status).toBe(200);
      expect(body.grounded).toBe(!isRefused);
      sent = { grounded: sent.grounded + (isRefused ? 0 : 1), refused: sent.refused + (isRefused ? 1 : 0) };
    }
    // The bot and the 公众号 answer through the same service: counted by channel.
    await run.app.answerer.ask('高新技术企业的数量目标是多少?', { channel: 'wechat', sessionId: 'wx1' });
    for (let i = 0; i < 5; i++) {
      const res = await postJson(run.base, '/api/feedback', { sessionId: `s${i}`, question: grounded[i]!, rating: i < 3 ? 'up' : 'down' });
      expect(res.status).toBe(201);
    }
    const { status, body } = await stats(run, '?days=7');
    expect(status).toBe(200);
    expect(body.days).toBe(7);
    expect(body.perDay).toHaveLength(7);
    const today = body.perDay.at(-1);
    expect(today.day).toBe(dayOf(new Date()));
    expect(body.to).toBe(today.day);
    expect(today).toMatchObject({ questions: 51, grounded: sent.grounded + 1, refused: sent.refused, feedback: { up: 3, down: 2 } });
    expect(today.channels.http).toEqual({ questions: 50, grounded: sent.grounded, refused: sent.refused });
    expect(today.channels.wechat).toEqual({ questions: 1, grounded: 1, refused: 0 });
    expect(body.perDay.slice(0, 6).every((d: any) => d.questions === 0)).toBe(true);
    expect(body.totals).toEqual({ questions: 51, grounded: sent.grounded + 1, refused: sent.refused, feedback: { up: 3, down: 2 } });
    // Both refused questions, the more often asked first, with their counts.
    expect(body.topUnanswered.map((u: any) => u.question).sort()).toEqual([...refused].sort());
    expect(body.topUnanswered.reduce((n: number, u: any) => n + u.count, 0)).toBe(sent.refused);
    expect(body.topUnanswered[0].count).toBeGreaterThanOrEqual(body.topUnanswered[1].count);
  });

  it('defaults to 7 days, refuses a period it cannot cover, and needs the token', async () => {
    expect((await stats(run)).body.perDay).toHaveLength(7);
    expect((await stats(run, '?days=30')).body.perDay).toHaveLength(30);
    for (const bad of ['0', '-1', '1.5', 'abc', '9999']) {
      const res = await stats(run, `?days=${bad}`);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('invalid_days');
    }
    expect((await fetch(`${run.base}/admin/stats`)).status).toBe(401);
  });

  it('keeps the counts across a restart', async () => {
    await run.app.shutdown();
    await run.close();
    run = await startApp({ ADMIN_TOKEN: TOKEN, DATA_DIR: data, RATE_LIMIT_PER_MIN: '0' });
    expect((await stats(run, '?days=1')).body.totals.questions).toBe(51);
  });
});

describe('dayOf', () => {
  it('reads days in China Standard Time', () => {
    expect(dayOf('2026-03-01T15:59:59Z')).toBe('2026-03-01');
    expect(dayOf('2026-03-01T16:00:00Z')).toBe('2026-03-02');
  });
});
