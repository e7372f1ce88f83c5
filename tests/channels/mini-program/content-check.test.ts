// Content security before retrieval: WeChat's msgSecCheck v2 (against the fake, with its access
// token cached and refreshed once on 40001), the local word list in every mode, and both
// CONTENT_CHECK_FAIL modes when WeChat cannot be reached.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startApp, type Running } from '../../support/app.ts';
import { KNOWLEDGE } from '../../support/seed.ts';
import { ask, expectBilingual, FakeWeChat, login, RISKY_TEXT, startLogged, wechatEnv, type LoggedRun } from './helpers.ts';

const BLOCKED: string[] = JSON.parse(readFileSync(path.join(KNOWLEDGE, 'blocked-words.json'), 'utf8')).words;
const QUESTION = '卡脖子难题怎么解决';

let fake: FakeWeChat;
let run: LoggedRun;
let token: string;

beforeAll(async () => {
  fake = await new FakeWeChat().start();
  run = await startLogged(wechatEnv(fake));
  token = (await login(run.base, 'code-alice')).body.token;
});
afterAll(async () => {
  await run?.close();
  await fake?.close();
});
afterEach(() => {
  fake.reset();
  vi.restoreAllMocks();
});

const logLines = (r: LoggedRun) => r.logs.map((l) => JSON.parse(l) as Record<string, any>);

describe('msgSecCheck', () => {
  it('checks each question with the user openid, v2, before answering', async () => {
    const res = await ask(run.base, QUESTION, token);
    expect(res.body.grounded).toBe(true);
    expect(fake.checkBodies.at(-1)).toMatchObject({ content: QUESTION, version: 2, openid: 'openid-alice' });
  });

  it('caches the access token across questions', async () => {
    await ask(run.base, QUESTION, token); // warm (the token may already be cached)
    fake.reset();
    for (let i = 0; i < 3; i++) expect((await ask(run.base, `${QUESTION}${i}`, token)).status).toBe(200);
    expect(fake.calls.check).toBe(3);
    expect(fake.calls.token).toBe(0);
  });

  it('refreshes the token once when WeChat answers 40001, then succeeds', async () => {
    await ask(run.base, QUESTION, token);
    fake.reset();
    fake.expireToken();
    const res = await ask(run.base, QUESTION, token);
    expect(res.body.grounded).toBe(true);
    expect(fake.calls.token).toBe(1);
    expect(fake.calls.check).toBe(2);
    fake.reset();
    await ask(run.base, QUESTION, token);
    expect(fake.calls).toMatchObject({ token: 0, check: 1 });
  });

  it('refreshes only once when WeChat keeps answering 40001 (then fails open)', async () => {
    fake.rejectAllTokens = true;
    const res = await ask(run.base, QUESTION, token);
    expect(res.status).toBe(200);
    expect(fake.calls.token).toBe(1);
    expect(fake.calls.check).toBe(2);
  });

  it('refuses risky text without any retrieval', async () => {
    const asked = vi.spyOn(run.app.answerer, 'ask');
    const searched = vi.spyOn(run.app.live.index, 'search');
    const before = run.app.store.history.size;
    const res = await ask(run.base, `${RISKY_TEXT}，${QUESTION}`, token);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ answer: expect.stringContaining('内容不符合规范'), grounded: false, citations: [], mode: 'refusal' });
    expect(fake.calls.check).toBe(1);
    expect(asked).not.toHaveBeenCalled();
    expect(searched).not.toHaveBeenCalled();
    expect(run.app.store.history.size).toBe(before);
    // The refused text is not repeated in the log.
    expect(run.logs.join('')).not.toContain(RISKY_TEXT);
  });

  it('refuses a word from the local list before asking WeChat', async () => {
    const asked = vi.spyOn(run.app.answerer, 'ask');
    // Spaces, symbols and traditional characters do not slip a word through.
    const disguised = [...BLOCKED[0]!].join(' * ');
    const res = await ask(run.base, `请问${disguised}怎么办理`, token);
    expect(res.body).toMatchObject({ grounded: false, citations: [], mode: 'refusal' });
    expect(res.body.answer).toContain('内容不符合规范');
    expect(fake.calls.check).toBe(0);
    expect(asked).not.toHaveBeenCalled();
  });
});

describe('/api/chat/stream', () => {
  const stream = (question: string, auth?: string) =>
    fetch(`${run.base}/api/chat/stream`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${auth}` } : {}) },
      body: JSON.stringify({ question }),
    });

  it('uses the same guard and pre-check as /api/chat', async () => {
    const anonymous = await stream(QUESTION);
    expect(anonymous.status).toBe(401);
    expectBilingual(await anonymous.json(), 'login_required');
    const asked = vi.spyOn(run.app.answerer, 'ask');
    const refused = await stream(RISKY_TEXT, token);
    expect(refused.status).toBe(200);
    const text = await refused.text();
    const done = /event: done\ndata: (.*)\n/.exec(text);
    expect(JSON.parse(done![1]!)).toMatchObject({ grounded: false, citations: [], mode: 'refusal', answer: expect.stringContaining('内容不符合规范') });
    expect(asked).not.toHaveBeenCalled();
  });
});

describe('WeChat unreachable', () => {
  it('CONTENT_CHECK_FAIL=open (default) answers and logs a warning', async () => {
    fake.down.add('check').add('token');
    const res = await ask(run.base, QUESTION, token);
    expect(res.status).toBe(200);
    expect(res.body.grounded).toBe(true);
    expect(fake.calls.check + fake.calls.token).toBeGreaterThan(0);
    const warn = logLines(run).find((l) => /CONTENT_CHECK_FAIL=open/.test(l.msg));
    expect(warn?.level).toBe(40);
    // The local list still applies while WeChat is down.
    expect((await ask(run.base, `${BLOCKED[0]}怎么办理`, token)).body.mode).toBe('refusal');
  });

  it('CONTENT_CHECK_FAIL=closed answers 503 and does no retrieval', async () => {
    const closed = await startLogged(wechatEnv(fake, { CONTENT_CHECK_FAIL: 'closed' }));
    try {
      const t = (await login(closed.base, 'code-bob')).body.token;
      expect((await ask(closed.base, QUESTION, t)).status).toBe(200);
      fake.expireToken();
      fake.down.add('check').add('token');
      const asked = vi.spyOn(closed.app.answerer, 'ask');
      const res = await ask(closed.base, QUESTION, t);
      expect(res.status).toBe(503);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      expectBilingual(res.body, 'content_check_unavailable');
      expect(asked).not.toHaveBeenCalled();
      expect(logLines(closed).some((l) => l.level === 50 && /CONTENT_CHECK_FAIL=closed/.test(l.msg))).toBe(true);
      fake.down.clear();
      expect((await ask(closed.base, QUESTION, t)).status).toBe(200);
    } finally {
      await closed.close();
    }
  });
});

describe('open mode (no WECHAT_APPID)', () => {
  let open: Running;
  beforeAll(async () => {
    open = await startApp({ WECHAT_API_BASE: 'http://127.0.0.1:9' });
  });
  afterAll(async () => {
    await open?.close();
  });

  it('needs no token and never calls WeChat', async () => {
    const res = await ask(open.base, QUESTION, undefined, { sessionId: 'anon-1' });
    expect(res.status).toBe(200);
    expect(res.body.grounded).toBe(true);
    expect(res.body.answer).not.toContain('内容不符合规范');
  });

  it('still applies the local word list', async () => {
    const asked = vi.spyOn(open.app.answerer, 'ask');
    const res = await ask(open.base, `${BLOCKED[BLOCKED.length - 1]}！`, undefined, { sessionId: 'anon-1' });
    expect(res.body).toMatchObject({ grounded: false, citations: [], mode: 'refusal' });
    expect(asked).not.toHaveBeenCalled();
  });

  it('has no login route', async () => {
    const res = await login(open.base, 'code-x');
    expect(res.status).toBe(404);
    expectBilingual(res.body, 'login_disabled');
  });
});
