// POST /api/login against a fake WeChat on 127.0.0.1, the bearer guard on the user routes, token
// expiry, and the promise that WeChat's session_key never leaves the server.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../../src/channels/mini-program/tokens.ts';
import { ask, expectBilingual, FakeWeChat, history, login, SECRET, SESSION_KEY_MARK, startLogged, wechatEnv, type LoggedRun } from './helpers.ts';

let fake: FakeWeChat;
let run: LoggedRun;
/** Every response body this file receives, searched for the session_key at the end. */
const seen: string[] = [];
const keep = <T extends { text: string }>(r: T): T => (seen.push(r.text), r);

beforeAll(async () => {
  fake = await new FakeWeChat().start();
  run = await startLogged(wechatEnv(fake));
});
afterAll(async () => {
  await run?.close();
  await fake?.close();
});

describe('POST /api/login', () => {
  it('exchanges a wx.login code for an opaque token', async () => {
    const res = keep(await login(run.base, 'code-alice'));
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(['expiresIn', 'token']);
    expect(res.body.expiresIn).toBe(7 * 24 * 3600);
    // 32 random bytes in base64url: 43 characters, nothing of the openid in it.
    expect(res.body.token).toMatch(/^[A-Za-z0-9_-]{43,}$/);
    expect(res.body.token).not.toContain('alice');
    expect(fake.calls.login).toBeGreaterThan(0);
    const again = keep(await login(run.base, 'code-alice'));
    expect(again.body.token).not.toBe(res.body.token);
  });

  it('answers 401 for a code WeChat rejects (40029)', async () => {
    const res = keep(await login(run.base, 'bad-code'));
    expect(res.status).toBe(401);
    expectBilingual(res.body, 'invalid_code');
  });

  it('answers 400 without a code', async () => {
    for (const body of [{}, { code: '' }, { code: 42 }]) {
      const r = await fetch(`${run.base}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      expect(r.status).toBe(400);
      expectBilingual(await r.json(), 'invalid_code');
    }
  });

  it('maps WeChat rate limiting (45011) to 429 with Retry-After', async () => {
    const res = keep(await login(run.base, 'limit-code'));
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expectBilingual(res.body, 'login_rate_limited');
  });

  it('maps WeChat busy (-1) and an unreachable WeChat to 503', async () => {
    const busy = keep(await login(run.base, 'busy-code'));
    expect(busy.status).toBe(503);
    expectBilingual(busy.body, 'wechat_unavailable');
    fake.down.add('login');
    try {
      const down = keep(await login(run.base, 'code-bob'));
      expect(down.status).toBe(503);
      expectBilingual(down.body, 'wechat_unavailable');
    } finally {
      fake.down.delete('login');
    }
    // The API itself keeps serving.
    expect((await fetch(`${run.base}/healthz`)).status).toBe(200);
  });
});

describe('bearer token on the user routes', () => {
  it('requires a token for /api/chat and /api/history', async () => {
    const chat = keep(await ask(run.base, '卡脖子难题怎么解决'));
    expect(chat.status).toBe(401);
    expect(chat.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expectBilingual(chat.body, 'login_required');
    const hist = keep(await history(run.base, '?sessionId=x'));
    expect(hist.status).toBe(401);
    expectBilingual(hist.body, 'login_required');
  });

  it('rejects unknown and malformed tokens', async () => {
    const { body } = await login(run.base, 'code-carol');
    const forged = body.token.slice(0, -2) + (body.token.endsWith('AA') ? 'BB' : 'AA');
    for (const header of [`Bearer ${forged}`, 'Bearer', `Basic ${body.token}`, body.token]) {
      const r = await fetch(`${run.base}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: header }, body: '{"question":"目标是什么"}' });
      expect(r.status).toBe(401);
      expect(((await r.json()) as any).error.code).toBe('invalid_token');
    }
  });

  it('answers a signed-in user, in their own session', async () => {
    const { body } = keep(await login(run.base, 'code-dave'));
    const res = keep(await ask(run.base, '卡脖子难题怎么解决', body.token, { sessionId: 'someone-else' }));
    expect(res.status).toBe(200);
    expect(res.body.grounded).toBe(true);
    // The record belongs to the openid, not to the sessionId the client sent.
    const rec = run.app.store.history.list({ limit: 1 })[0]!;
    expect(rec).toMatchObject({ owner: 'mp:openid-dave', channel: 'mp' });
  });

  it('stores only the hash of a token', async () => {
    const { body } = keep(await login(run.base, 'code-erin'));
    // On disk before the token was sent.
    const file = readFileSync(path.join(run.dataDir, 'logins.jsonl'), 'utf8');
    expect(file).not.toContain(body.token);
    expect(file).toContain(hashToken(body.token));
    expect(file).toContain('openid-erin');
  });
});

describe('session_key', () => {
  it('never appears in a response, a log line or a data file', async () => {
    await run.app.store.flush();
    await run.app.miniProgram.flush();
    // Every file below DATA_DIR, the index snapshot's folder included.
    const files = (readdirSync(run.dataDir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
      .filter((e) => e.isFile())
      .map((e) => readFileSync(path.join(e.parentPath ?? e.path, e.name), 'latin1'));
    const logs = run.logs.join('');
    // The checks below are only meaningful if the logins above happened and were logged.
    expect(seen.length).toBeGreaterThan(10);
    expect(logs).toContain('mini-program login');
    expect(logs).toContain('jscode2session');
    for (const text of [...seen, logs, ...files]) {
      expect(text).not.toContain(SESSION_KEY_MARK);
      expect(text).not.toContain('session_key');
      expect(text).not.toContain(SECRET);
    }
  });
});

describe('token expiry', () => {
  it('refuses a token once SESSION_TTL has passed', async () => {
    const short = await startLogged(wechatEnv(fake, { SESSION_TTL: '1s' }));
    try {
      const { body } = await login(short.base, 'code-frank');
      expect(body.expiresIn).toBe(1);
      expect((await ask(short.base, '目标是什么', body.token)).status).toBe(200);
      await new Promise((r) => setTimeout(r, 1100));
      const late = await ask(short.base, '目标是什么', body.token);
      expect(late.status).toBe(401);
      expectBilingual(late.body, 'invalid_token');
      // A new login works again.
      const fresh = await login(short.base, 'code-frank');
      expect((await ask(short.base, '目标是什么', fresh.body.token)).status).toBe(200);
    } finally {
      await short.close();
    }
  });
});

describe('a signed-in user’s own limit (TRUST_PROXY=1, RATE_LIMIT_PER_MIN=4)', () => {
  it('counts the user across addresses and sessionIds, and answers 429 with a bilingual message', async () => {
    const limited = await startLogged(wechatEnv(fake, { RATE_LIMIT_PER_MIN: '4', TRUST_PROXY: '1' }));
    try {
      const { token } = (await login(limited.base, 'code-erin')).body;
      const statuses: number[] = [];
      let last: { error: { code: string; message: string } } | null = null;
      for (let i = 0; i < 6; i++) {
        const res = await fetch(`${limited.base}/api/chat`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-forwarded-for': `198.51.100.${i + 1}` },
          body: JSON.stringify({ question: '有哪些重点任务', sessionId: `rotating-${i}` }),
        });
        statuses.push(res.status);
        last = (await res.json()) as typeof last;
      }
      expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
      expectBilingual(last, 'rate_limited');
    } finally {
      await limited.close();
    }
  });
});
