// PostgreSQL stopped for 10 s under load, then started again (issue 21): chat keeps answering 200
// (history waits in memory), feedback and login answer 503 with Retry-After and a clear message,
// /healthz says `db: "down"`, and after the restart writes resume without restarting the service.
// The test runs its own cluster (it stops it), so it needs the server binaries.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import postgres from 'postgres';
import { postJson, startApp, type Running } from '../support/app.ts';
import { startCluster, type Cluster } from '../support/pg-cluster.ts';
import { FakeWeChat, login, wechatEnv } from '../channels/mini-program/helpers.ts';

const bin = inject('testPgBin');

describe.skipIf(!bin)('PostgreSQL down and back', () => {
  let cluster: Cluster;
  let fake: FakeWeChat;
  let a: Running;
  let b: Running;

  beforeAll(async () => {
    cluster = await startCluster(bin);
    fake = await new FakeWeChat().start();
    const env = { ...wechatEnv(fake), DATABASE_URL: cluster.url, RATE_LIMIT_PER_MIN: '0' };
    a = await startApp(env);
    b = await startApp(env);
  });
  afterAll(async () => {
    await Promise.allSettled([a?.app.shutdown(a.server), b?.app.shutdown(b.server)]);
    await fake?.close();
    cluster?.destroy();
  });

  it('signs a user in on B with a token issued by A', async () => {
    const res = await login(a.base, 'code-alice');
    expect(res.status).toBe(200);
    const history = await fetch(`${b.base}/api/history`, { headers: { authorization: `Bearer ${res.body.token}` } });
    expect(history.status).toBe(200);
  });

  it('answers chat 200 and feedback/login 503 while PostgreSQL is stopped, and writes again once it is back', { timeout: 60_000 }, async () => {
    // The mini-program is on (login is under test): every API call carries a login.
    const tokens = await Promise.all(['code-u1', 'code-u2'].map(async (c) => (await login(a.base, c)).body.token as string));
    const auth = (i: number) => ({ authorization: `Bearer ${tokens[i % 2]}` });
    // Each instance has seen both logins before the outage (B learns a token issued on A from the
    // database on first use; a login it has never seen cannot be checked while the database is down).
    for (const base of [a.base, b.base]) for (const i of [0, 1]) expect((await postJson(base, '/api/chat', { question: '你好' }, auth(i))).status).toBe(200);
    let chats = 0;
    const failures: number[] = [];
    let stop = false;
    const load = (async () => {
      for (let i = 0; !stop; i++) {
        const res = await postJson(i % 2 ? b.base : a.base, '/api/chat', { question: '高新技术企业的数量目标是多少？' }, auth(i)).catch(() => ({ status: 0 }));
        if (res.status === 200) chats++;
        else failures.push(res.status);
      }
    })();
    await new Promise((r) => setTimeout(r, 300));
    cluster.stop();
    const stoppedAt = Date.now();

    const feedback = await postJson(a.base, '/api/feedback', { sessionId: 'fb-down', question: '问题', rating: 'up' }, auth(0));
    expect(feedback.status).toBe(503);
    expect(feedback.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(feedback.body.error.code).toBe('database_unavailable');
    expect(feedback.body.error.message).toMatch(/数据库.*database/s);
    const signIn = await login(b.base, 'code-bob');
    // B may first learn of the outage from this very request: either way it must not hand out a token.
    expect(signIn.status).toBe(503);
    expect(signIn.headers.get('retry-after')).toMatch(/^\d+$/);
    const health = (await (await fetch(`${a.base}/healthz`)).json()) as { status: string; db: string };
    expect(health).toMatchObject({ status: 'ok', db: 'down' });

    await new Promise((r) => setTimeout(r, Math.max(0, 10_000 - (Date.now() - stoppedAt))));
    const chatsWhileDown = chats;
    cluster.start();
    await expect.poll(async () => ((await (await fetch(`${a.base}/healthz`)).json()) as { db: string }).db, { timeout: 10_000 }).toBe('up');
    await expect.poll(async () => ((await (await fetch(`${b.base}/healthz`)).json()) as { db: string }).db, { timeout: 10_000 }).toBe('up');
    stop = true;
    await load;

    expect(failures).toEqual([]);
    expect(chatsWhileDown).toBeGreaterThan(10);
    const after = await postJson(a.base, '/api/feedback', { sessionId: 'fb-up', question: '问题', rating: 'up' }, auth(1));
    expect(after.status).toBe(201);
    expect((await login(b.base, 'code-bob')).status).toBe(200);
    // Every answered chat left a history line: the buffered ones are written after the restart.
    const sql = postgres(cluster.url, { max: 1, onnotice: () => undefined });
    try {
      await expect
        .poll(async () => Number((await sql`select count(*) as n from records where kind = 'history'`)[0]!.n), { timeout: 10_000 })
        .toBe(chats + 4);
    } finally {
      await sql.end();
    }
    expect(a.app.store.shared!.historyBuffer()).toEqual({ buffered: 0, dropped: 0 });
  });
});
