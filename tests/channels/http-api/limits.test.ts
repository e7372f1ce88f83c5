// Limits keyed by the client (issue 17): the socket address, whatever sessionId or X-Forwarded-For a
// client sends, unless TRUST_PROXY names the proxies; sessions have their own limit on top; wrong
// admin tokens are audited and throttled; a short ADMIN_TOKEN refuses to start.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { clientAddress } from '../../../src/http/client-address.ts';
import { postJson, startApp, type Running } from '../../support/app.ts';

const TOKEN = 'limits-admin-token-0123456789';

describe('rate limits keyed by the socket address (TRUST_PROXY unset)', () => {
  let run: Running;
  beforeAll(async () => {
    run = await startApp({ RATE_LIMIT_PER_MIN: '30', ADMIN_TOKEN: TOKEN });
  });
  afterAll(() => run.close());

  /** 40 requests, each with a new sessionId and a new X-Forwarded-For, as the red team sent them. */
  async function rotating(send: (i: number, headers: Record<string, string>) => Promise<{ status: number }>): Promise<number[]> {
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) statuses.push((await send(i, { 'x-forwarded-for': `203.0.113.${i + 1}` })).status);
    return statuses;
  }

  it('/api/chat: rotating sessionId and X-Forwarded-For still get 429 after 30', async () => {
    const statuses = await rotating((i, h) => postJson(run.base, '/api/chat', { question: '有哪些重点任务', sessionId: `rot-${i}` }, h));
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(8);
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
  });

  it('/api/feedback and /api/login are limited per address the same way', async () => {
    // A second app: the first one's chat requests already spent this address's minute.
    const other = await startApp({ RATE_LIMIT_PER_MIN: '30' });
    try {
      const feedback = await rotating((i, h) => postJson(other.base, '/api/feedback', { sessionId: `fb-${i}`, question: '有哪些重点任务', rating: 'up' }, h));
      expect(feedback.filter((s) => s === 429).length).toBeGreaterThanOrEqual(8);
    } finally {
      await other.close();
    }
    const third = await startApp({ RATE_LIMIT_PER_MIN: '30' });
    try {
      // Login is off without WECHAT_APPID (404), but is counted before any work is done.
      const login = await rotating((_i, h) => postJson(third.base, '/api/login', { code: 'x' }, h));
      expect(login.filter((s) => s === 429).length).toBeGreaterThanOrEqual(8);
    } finally {
      await third.close();
    }
  });

  it('read-only /api/* routes get 4× the allowance per address, forwarded headers or not', async () => {
    const other = await startApp({ RATE_LIMIT_PER_MIN: '10' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 50; i++) statuses.push((await fetch(`${other.base}/api/plans`, { headers: { 'x-forwarded-for': `198.51.100.${i}` } })).status);
      expect(statuses.slice(0, 40).every((s) => s === 200)).toBe(true);
      expect(statuses.slice(40).every((s) => s === 429)).toBe(true);
    } finally {
      await other.close();
    }
  });

  it('30 wrong admin tokens in a row: 429s appear, each attempt is audited, and the address stays refused', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      statuses.push((await fetch(`${run.base}/admin/status`, { headers: { authorization: `Bearer guess-${i}` } })).status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(15);
    // Right token or not, this address waits now.
    const right = await fetch(`${run.base}/admin/status`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(right.status).toBe(429);
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0);
    await run.app.store.audit.flush();
    const audit = run.app.store.audit.list({ where: (r) => r.action === 'admin_auth' });
    expect(audit.length).toBeGreaterThanOrEqual(10);
    expect(audit[0]).toMatchObject({ who: 'ip:127.0.0.1', result: 'rejected' });
  });
});

describe('sessions have their own limit on top (TRUST_PROXY=1)', () => {
  it('one conversation is limited across addresses; the proxy-named client address is limited', async () => {
    const run = await startApp({ RATE_LIMIT_PER_MIN: '5', TRUST_PROXY: '1' });
    try {
      const ask = (sessionId: string, from: string) => postJson(run.base, '/api/chat', { question: '有哪些重点任务', sessionId }, { 'x-forwarded-for': from });
      const conv: number[] = [];
      for (let i = 0; i < 7; i++) conv.push((await ask('one', `192.0.2.${i + 1}`)).status);
      expect(conv).toEqual([200, 200, 200, 200, 200, 429, 429]);
      const addr: number[] = [];
      for (let i = 0; i < 7; i++) addr.push((await ask(`s-${i}`, '192.0.2.100')).status);
      expect(addr).toEqual([200, 200, 200, 200, 200, 429, 429]);
    } finally {
      await run.close();
    }
  });
});

describe('client address', () => {
  it('is the socket address unless proxies are named', () => {
    expect(clientAddress({ kind: 'none' }, '::ffff:10.0.0.1', '1.2.3.4')).toBe('10.0.0.1');
    expect(clientAddress({ kind: 'hops', hops: 1 }, '10.0.0.1', 'evil, 1.2.3.4')).toBe('1.2.3.4');
    expect(clientAddress({ kind: 'hops', hops: 2 }, '10.0.0.1', 'evil, 1.2.3.4, 10.0.0.2')).toBe('1.2.3.4');
    expect(clientAddress({ kind: 'hops', hops: 3 }, '10.0.0.1', '1.2.3.4')).toBe('1.2.3.4');
    expect(clientAddress({ kind: 'addresses', addresses: ['10.0.0.1', '10.0.0.2'] }, '10.0.0.1', 'evil, 1.2.3.4, 10.0.0.2')).toBe('1.2.3.4');
    expect(clientAddress({ kind: 'addresses', addresses: ['10.0.0.1'] }, '10.0.0.9', '1.2.3.4')).toBe('10.0.0.9');
  });
});

describe('configuration', () => {
  it('refuses to start with an ADMIN_TOKEN shorter than 16 characters, saying why', () => {
    expect(() => loadConfig({ ADMIN_TOKEN: 'a' })).toThrow(/ADMIN_TOKEN.*16/);
    expect(() => loadConfig({ ADMIN_TOKEN: '0123456789abcde' })).toThrow(/at least 16 characters/);
    expect(loadConfig({ ADMIN_TOKEN: '0123456789abcdef' }).adminToken).toBe('0123456789abcdef');
  });

  it('reads TRUST_PROXY as off, a hop count, or an address list', () => {
    expect(loadConfig({}).trustProxy).toEqual({ kind: 'none' });
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toEqual({ kind: 'hops', hops: 2 });
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1, ::1' }).trustProxy).toEqual({ kind: 'addresses', addresses: ['10.0.0.1', '::1'] });
    expect(() => loadConfig({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY/);
  });
});
