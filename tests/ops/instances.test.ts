// Issue 21's acceptance over real sockets: two instances on one PostgreSQL, each with its own
// DATA_DIR and its own copy of the knowledge folder (skipped without a test PostgreSQL).
import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { postJson, startApp, type Running } from '../support/app.ts';
import { describePg, freshDatabase } from '../support/pg.ts';
import { KNOWLEDGE } from '../support/seed.ts';
import { mpPlain, post, textXml, field } from '../channels/official-account/wechat-sim.ts';

const ADMIN = 'admin-token-for-instances-test';
const MP_TOKEN = 'testtoken123';

function knowledgeCopy(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kb-copy-'));
  cpSync(KNOWLEDGE, dir, { recursive: true });
  return dir;
}

describePg('two instances on one DATABASE_URL', () => {
  let a: Running;
  let b: Running;
  const asked: string[] = [];

  beforeAll(async () => {
    const url = await freshDatabase();
    const env = { DATABASE_URL: url, ADMIN_TOKEN: ADMIN, RATE_LIMIT_PER_MIN: '30', MP_TOKEN };
    a = await startApp({ ...env, KNOWLEDGE_DIR: knowledgeCopy() });
    b = await startApp({ ...env, KNOWLEDGE_DIR: knowledgeCopy() });
    // Counts computations across both instances (the 公众号 retry must be answered once).
    for (const run of [a, b]) {
      const ask = run.app.answerer.ask.bind(run.app.answerer);
      run.app.answerer.ask = async (q, o, s) => {
        asked.push(q);
        return ask(q, o, s);
      };
    }
  });
  afterAll(async () => {
    await Promise.allSettled([a?.app.shutdown(a.server), b?.app.shutdown(b.server)]);
  });

  it('continues on B a conversation started on A', async () => {
    // 那2035年呢 means nothing alone; after a question about a target it asks for that target's 2035 figure.
    const first = await postJson(a.base, '/api/chat', { question: '高新技术企业的数量目标是多少？', sessionId: 'conv-ab' });
    expect(first.status).toBe(200);
    const onB = await postJson(b.base, '/api/chat', { question: '那2035年呢', sessionId: 'conv-ab' });
    // The control: the same two turns on one instance, and the follow-up without a past.
    await postJson(a.base, '/api/chat', { question: '高新技术企业的数量目标是多少？', sessionId: 'conv-aa' });
    const onA = await postJson(a.base, '/api/chat', { question: '那2035年呢', sessionId: 'conv-aa' });
    const fresh = await postJson(b.base, '/api/chat', { question: '那2035年呢', sessionId: 'conv-new' });
    expect(onB.status).toBe(200);
    expect(onB.body.answer).toBe(onA.body.answer);
    expect(onB.body.answer).toContain('高新技术企业');
    expect(onB.body.answer).not.toBe(fresh.body.answer);
  });

  it("lists on B's /admin/feedback the feedback posted on A", async () => {
    const res = await postJson(a.base, '/api/feedback', { sessionId: 'fb-ab', question: '在A上的反馈', rating: 'up' });
    expect(res.status).toBe(201);
    // Acknowledged on A means committed; B tails it (NOTIFY, else its poll).
    await expect
      .poll(async () => {
        const list = await fetch(`${b.base}/admin/feedback`, { headers: { authorization: `Bearer ${ADMIN}` } });
        return ((await list.json()) as { items: { question: string }[] }).items.map((r) => r.question);
      }, { timeout: 5000 })
      .toContain('在A上的反馈');
  });

  it('shows the database in /healthz', async () => {
    const health = (await (await fetch(`${b.base}/healthz`)).json()) as { db: string };
    expect(health.db).toBe('up');
  });

  it('answers the same 公众号 MsgId once when it reaches A and then B', async () => {
    const before = asked.length;
    const xml = textXml({ from: 'o-retry', content: '高新技术企业的数量目标是多少？', msgId: '9876543210' });
    const first = await post(a.base, '/wechat/mp', mpPlain(xml));
    const retry = await post(b.base, '/wechat/mp', mpPlain(xml));
    expect(first.status).toBe(200);
    expect(field(first.text, 'Content')).toBeTruthy();
    expect(retry.status).toBe(200);
    // B answers with A's reply (WeChat shows one), computing nothing.
    expect(field(retry.text, 'Content')).toBe(field(first.text, 'Content'));
    expect(asked.length - before).toBe(1);
  });

  it('answers on B within 5 s a document uploaded on A, with equal knowledge versions; a deletion follows too', async () => {
    const auth = { authorization: `Bearer ${ADMIN}` };
    const form = new FormData();
    const text = '营商环境优化措施\n一、办理时限\n企业开办全流程办理时间压缩至1个工作日以内，实行“一网通办”。\n二、审批改革\n工程建设项目审批时间压缩至60个工作日以内。\n';
    form.append('file', new Blob([Buffer.from(text)]), '营商环境优化措施.txt');
    const uploaded = await fetch(`${a.base}/admin/documents`, { method: 'POST', headers: auth, body: form });
    expect(uploaded.status).toBe(201);
    const at = Date.now();
    await expect
      .poll(async () => (await postJson(b.base, '/api/chat', { question: '企业开办要多长时间' })).body.answer as string, { timeout: 5000, interval: 200 })
      .toContain('1个工作日');
    expect(Date.now() - at).toBeLessThan(5000);
    const version = async (run: Running) => ((await (await fetch(`${run.base}/healthz`)).json()) as { knowledgeVersion: string }).knowledgeVersion;
    await expect.poll(async () => (await version(a)) === (await version(b)), { timeout: 5000 }).toBe(true);

    const removed = await fetch(`${a.base}/admin/documents/${encodeURIComponent('营商环境优化措施.txt')}`, { method: 'DELETE', headers: auth });
    expect(removed.status).toBe(200);
    await expect
      .poll(async () => (await postJson(b.base, '/api/chat', { question: '企业开办要多长时间' })).body.answer as string, { timeout: 5000, interval: 200 })
      .not.toContain('1个工作日');
    await expect.poll(async () => (await version(a)) === (await version(b)), { timeout: 5000 }).toBe(true);
  });

  it('spreads a reload on A to B within 2 s (LISTEN/NOTIFY)', async () => {
    const before = b.app.live.index.version;
    const res = await fetch(`${a.base}/admin/reload`, { method: 'POST', headers: { authorization: `Bearer ${ADMIN}` } });
    expect(res.status).toBe(200);
    await expect.poll(() => b.app.live.index.version, { timeout: 2000, interval: 50 }).toBeGreaterThan(before);
  });

  // Last: it spends the address's window on both instances.
  it('enforces one rate limit across A and B: 40 alternating requests at 30/min get ≥ 8 429s', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) {
      const res = await postJson(i % 2 ? b.base : a.base, '/api/chat', { question: '高新技术企业的数量目标是多少？', sessionId: `rl-${i}` });
      statuses.push(res.status);
    }
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(8);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(0);
  });
});
