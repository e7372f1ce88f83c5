// Admin and operations over real sockets: auth, reload (under load, with warnings, with the
// regression gate), lists, metrics, PII, rate limits, shutdown.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, startApp, type Running } from '../support/app.ts';
import { KNOWLEDGE } from '../support/seed.ts';

const TOKEN = 'admin-secret-token';
const auth = { authorization: `Bearer ${TOKEN}` };
const tmp = (p: string) => mkdtempSync(path.join(os.tmpdir(), p));

function knowledgeCopy(): string {
  const dir = tmp('kb-');
  cpSync(KNOWLEDGE, dir, { recursive: true });
  return dir;
}

const get = async (run: Running, route: string, headers: Record<string, string> = auth) => {
  const res = await fetch(run.base + route, { headers });
  const type = res.headers.get('content-type') ?? '';
  return { status: res.status, headers: res.headers, body: type.includes('json') ? ((await res.json()) as any) : await res.text() };
};
const reload = async (run: Running) => {
  const res = await fetch(`${run.base}/admin/reload`, { method: 'POST', headers: auth });
  return { status: res.status, body: (await res.json()) as any };
};

describe('admin routes without ADMIN_TOKEN', () => {
  let run: Running;
  beforeAll(async () => {
    run = await startApp();
  });
  afterAll(() => run.close());

  it('are absent (404), whatever the token', async () => {
    expect((await get(run, '/admin/status')).status).toBe(404);
    expect((await fetch(`${run.base}/admin/reload`, { method: 'POST', headers: auth })).status).toBe(404);
  });
});

describe('admin and operations', () => {
  let run: Running;
  let kb: string;
  let data: string;
  beforeAll(async () => {
    kb = knowledgeCopy();
    data = tmp('data-');
    run = await startApp({ ADMIN_TOKEN: TOKEN, KNOWLEDGE_DIR: kb, DATA_DIR: data, RATE_LIMIT_PER_MIN: '0' });
  });
  afterAll(() => run.close());

  it('refuses a missing or wrong token and accepts the right one', async () => {
    const none = await get(run, '/admin/status', {});
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expect(none.body.error.message).toMatch(/令牌.*token/);
    expect((await get(run, '/admin/status', { authorization: 'Bearer nope' })).status).toBe(401);
    const ok = await get(run, '/admin/status');
    expect(ok.status).toBe(200);
    expect(ok.body.version).toBe(1);
    expect(ok.body.documents[0].glossesRemoved).toBe(619);
    expect(ok.body.documents[0].anomalies).toHaveLength(2);
    expect(ok.body).toHaveProperty('llm', null);
    expect(ok.body.uptimeSec).toBeGreaterThanOrEqual(0);
  });

  it('reloads under concurrent questions with no failed request', async () => {
    const statuses: number[] = [];
    let stop = false;
    const worker = async () => {
      while (!stop) {
        const res = await fetch(`${run.base}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: '卡脖子难题怎么解决' }) });
        statuses.push(res.status);
        const body = (await res.json()) as any;
        if (!body.grounded) statuses.push(-1);
      }
    };
    const workers = Array.from({ length: 8 }, worker);
    const versions: number[] = [];
    for (let i = 0; i < 4; i++) versions.push((await reload(run)).body.version);
    // Concurrent reload calls share one build.
    const [a, b] = await Promise.all([reload(run), reload(run)]);
    expect(a.body.version).toBe(b.body.version);
    stop = true;
    await Promise.all(workers);
    expect(statuses.length).toBeGreaterThan(100);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect(versions).toEqual([...versions].sort((x, y) => x - y));
  });

  it('skips unreadable files with a warning and answers a new document after reload', async () => {
    writeFileSync(path.join(kb, 'broken.docx'), 'this is not a zip archive');
    writeFileSync(path.join(kb, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    writeFileSync(path.join(kb, 'scan.pdf'), '%PDF-1.4');
    writeFileSync(path.join(kb, '营商环境通知.md'), '# 营商环境通知\n\n## 办理时限\n\n企业开办全流程办理时间压缩至1个工作日以内，实行“一网通办”。\n');
    const { status, body } = await reload(run);
    expect(status).toBe(200);
    const files = body.warnings.map((w: any) => w.file);
    expect(files).toEqual(expect.arrayContaining(['broken.docx', 'image.txt', 'scan.pdf']));
    expect(body.documents).toBe(2);
    const { body: answer } = await postJson(run.base, '/api/chat', { question: '企业开办要多长时间' });
    expect(answer.grounded).toBe(true);
    expect(answer.answer).toContain('1个工作日');
    expect(answer.citations[0].source).toBe('营商环境通知');
  });

  it('rejects a reload that makes the eval file score worse, keeping the old index', async () => {
    writeFileSync(path.join(kb, 'eval.jsonl'), JSON.stringify({ id: 'g1', kind: 'task', q: '卡脖子难题怎么解决', must: [['揭榜挂帅']] }) + '\n');
    const ok = await reload(run);
    expect(ok.status).toBe(200);
    const plan = path.join(kb, '盘锦市工业增长三年行动专项方案-新闻发布会解读.txt');
    const saved = readFileSync(plan);
    rmSync(plan);
    const rejected = await reload(run);
    expect(rejected.status).toBe(409);
    expect(rejected.body.error.code).toBe('reload_rejected');
    expect(rejected.body.score.pct).toBeLessThan(rejected.body.required);
    const status = await get(run, '/admin/status');
    expect(status.body.version).toBe(ok.body.version);
    expect((await postJson(run.base, '/api/chat', { question: '卡脖子难题怎么解决' })).body.answer).toContain('揭榜挂帅');
    writeFileSync(plan, saved);
    rmSync(path.join(kb, 'eval.jsonl'));
    const audit = await get(run, '/admin/audit');
    expect(audit.body.items[0]).toMatchObject({ action: 'reload', who: 'admin-http', result: 'rejected' });
    expect(audit.body.items[1]).toMatchObject({ action: 'reload', result: 'ok' });
  });

  it('lists unanswered questions with personal data masked, as JSON and CSV', async () => {
    await postJson(run.base, '/api/chat', { question: '我的手机13812345678能办社保卡吗', sessionId: 'u1' });
    const list = await get(run, '/admin/unanswered?limit=5');
    expect(list.body.items[0].question).toBe('我的手机138****5678能办社保卡吗');
    // The conversation as the service names it: the client's sessionId under its channel (channels/asker.ts).
    expect(list.body.items[0]).toMatchObject({ reason: 'refused', channel: 'http', sessionId: 'http:u1' });
    const csv = await get(run, '/admin/unanswered?format=csv');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.body).toContain('138****5678');
    expect(csv.body).not.toContain('13812345678');
    expect((await get(run, '/admin/unanswered?limit=abc')).status).toBe(400);
  });

  it('takes feedback, validates it, and lists it', async () => {
    const ok = await postJson(run.base, '/api/feedback', { sessionId: 's9', question: '卡脖子难题怎么解决', rating: 'down', comment: '太短了' });
    expect(ok.status).toBe(201);
    for (const bad of [{}, { sessionId: 's', question: 'q', rating: 'meh' }, { sessionId: 's', rating: 'up' }]) {
      const res = await postJson(run.base, '/api/feedback', bad);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('invalid_feedback');
    }
    const list = await get(run, '/admin/feedback');
    expect(list.body.items[0]).toMatchObject({ rating: 'down', comment: '太短了', sessionId: 's9' });
  });

  it('exposes Prometheus metrics', async () => {
    const res = await get(run, '/metrics', {});
    expect(res.status).toBe(200);
    expect(res.body).toMatch(/http_requests_total\{method="POST",route="\/api\/chat",status="200"\} \d+/);
    expect(res.body).toMatch(/answers_total\{mode="extractive",channel="http"\} \d+/);
    expect(res.body).toMatch(/refusals_total\{channel="http"\} \d+/);
    expect(res.body).toMatch(/reloads_total\{result="rejected"\} 1/);
    expect(res.body).toContain('reload_duration_seconds_bucket');
  });

  it('sets security headers', async () => {
    const res = await fetch(`${run.base}/healthz`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it('sets them on error responses too, with the request id, and labels unknown paths as one route', async () => {
    const res = await fetch(`${run.base}/no/such/path`);
    expect(res.status).toBe(404);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-request-id')).toBeTruthy();
    const bad = await fetch(`${run.base}/api/chat`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' });
    expect(bad.status).toBe(415);
    expect(bad.headers.get('x-frame-options')).toBe('DENY');
    const metrics = await get(run, '/metrics', {});
    expect(metrics.body).toMatch(/http_requests_total\{method="GET",route="unmatched",status="404"\} \d+/);
    expect(metrics.body).toMatch(/http_requests_total\{method="POST",route="\/api\/chat",status="415"\} \d+/);
  });

  it('has acknowledged feedback on disk, and shuts down gracefully', async () => {
    await postJson(run.base, '/api/feedback', { sessionId: 'last', question: '最后一条', rating: 'up' });
    const onDisk = () => readFileSync(path.join(data, 'feedback.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(onDisk().at(-1).question).toBe('最后一条');
    await run.app.shutdown(run.server);
    expect(onDisk().at(-1).question).toBe('最后一条');
  });
});

describe('protection', () => {
  let run: Running;
  beforeAll(async () => {
    // TRUST_PROXY=1: the test plays clients at different addresses through one proxy hop.
    run = await startApp({ RATE_LIMIT_PER_MIN: '3', CORS_ORIGINS: 'https://h5.example.gov.cn', TRUST_PROXY: '1' });
  });
  afterAll(() => run.close());

  it('limits questions per session with 429 and Retry-After, whatever address it comes from; other askers unaffected', async () => {
    const ask = (sessionId: string, from: string) => postJson(run.base, '/api/chat', { question: '有哪些引才计划', sessionId }, { 'x-forwarded-for': from });
    for (let i = 0; i < 3; i++) expect((await ask('busy', `10.0.0.${i + 1}`)).status).toBe(200);
    const limited = await ask('busy', '10.0.0.9');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.body.error.message).toMatch(/频繁.*too many/);
    expect((await ask('calm', '10.0.1.1')).status).toBe(200);
  });

  it('answers CORS preflights for configured origins only', async () => {
    const pre = await fetch(`${run.base}/api/chat`, { method: 'OPTIONS', headers: { origin: 'https://h5.example.gov.cn', 'access-control-request-method': 'POST' } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('https://h5.example.gov.cn');
    const other = await fetch(`${run.base}/healthz`, { headers: { origin: 'https://evil.example.com' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('store recovery at start', () => {
  it('starts with a corrupt store file moved aside', async () => {
    const data = tmp('data-');
    writeFileSync(path.join(data, 'sessions.json'), '{not json');
    const run = await startApp({ DATA_DIR: data });
    expect((await postJson(run.base, '/api/chat', { question: '有哪些引才计划', sessionId: 'x' })).status).toBe(200);
    await run.close();
  });
});
