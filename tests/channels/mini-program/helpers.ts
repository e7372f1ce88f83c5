// A fake WeChat server API on 127.0.0.1 (jscode2session, access token, msgSecCheck) and a starter
// for the real app that keeps its log lines, so tests can read what the service logged.
import { mkdtempSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { buildApp } from '../../../src/main.ts';
import type { Running } from '../../support/app.ts';
import { KNOWLEDGE } from '../../support/seed.ts';

export const APPID = 'wx-test-appid';
export const SECRET = 'test-app-secret-do-not-log';
/** Every session_key the fake hands out contains this, so one search finds any leak. */
export const SESSION_KEY_MARK = 'SESSKEY-must-stay-on-server';
/** Text the fake msgSecCheck calls risky (it is not on the local word list). */
export const RISKY_TEXT = '红色警报测试句';

type Route = 'login' | 'token' | 'check';

export class FakeWeChat {
  base = '';
  calls: Record<Route, number> = { login: 0, token: 0, check: 0 };
  /** Routes whose connections are cut (WeChat unreachable). */
  down = new Set<Route>();
  /** msgSecCheck answers 40001 whatever token it gets. */
  rejectAllTokens = false;
  checkBodies: any[] = [];
  private tokenSerial = 0;
  private validToken = '';
  private server: Server | null = null;

  /** The current access token stops working (as when another server fetched a new one). */
  expireToken(): void {
    this.validToken = '';
  }

  reset(): void {
    this.calls = { login: 0, token: 0, check: 0 };
    this.down.clear();
    this.rejectAllTokens = false;
    this.checkBodies = [];
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  close(): Promise<void> {
    this.server?.closeAllConnections();
    return new Promise((r) => (this.server ? this.server.close(() => r()) : r()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const q = url.searchParams;
    const route: Route | null =
      url.pathname === '/sns/jscode2session' ? 'login' : url.pathname === '/cgi-bin/token' ? 'token' : url.pathname === '/wxa/msg_sec_check' ? 'check' : null;
    if (!route) return send(res, 404, { errcode: 404, errmsg: 'no such api' });
    this.calls[route]++;
    if (this.down.has(route)) return void req.socket.destroy();
    if (route === 'login') {
      if (q.get('appid') !== APPID || q.get('secret') !== SECRET || q.get('grant_type') !== 'authorization_code') return send(res, 200, { errcode: 40013, errmsg: 'invalid appid' });
      const code = q.get('js_code') ?? '';
      const fixed: Record<string, number> = { 'bad-code': 40029, 'limit-code': 45011, 'busy-code': -1 };
      if (fixed[code] !== undefined) return send(res, 200, { errcode: fixed[code], errmsg: `error for ${code}` });
      if (!code.startsWith('code-')) return send(res, 200, { errcode: 40029, errmsg: 'invalid code' });
      const who = code.slice(5);
      return send(res, 200, { openid: `openid-${who}`, session_key: `${SESSION_KEY_MARK}-${who}`, unionid: `union-${who}` });
    }
    if (route === 'token') {
      if (q.get('appid') !== APPID || q.get('secret') !== SECRET || q.get('grant_type') !== 'client_credential') return send(res, 200, { errcode: 40125, errmsg: 'invalid appsecret' });
      this.validToken = `AT-${++this.tokenSerial}`;
      return send(res, 200, { access_token: this.validToken, expires_in: 7200 });
    }
    const body = JSON.parse(await readBody(req));
    this.checkBodies.push(body);
    if (this.rejectAllTokens || !this.validToken || q.get('access_token') !== this.validToken) return send(res, 200, { errcode: 40001, errmsg: 'invalid credential' });
    if (body.version !== 2 || typeof body.openid !== 'string' || typeof body.content !== 'string') return send(res, 200, { errcode: 47001, errmsg: 'data format error' });
    const risky = body.content.includes(RISKY_TEXT);
    return send(res, 200, { errcode: 0, errmsg: 'ok', result: { suggest: risky ? 'risky' : 'pass', label: risky ? 20001 : 100 }, trace_id: 't' });
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export interface LoggedRun extends Running {
  /** Every log line the app wrote (pino JSON, level trace and up). */
  logs: string[];
  dataDir: string;
}

/** Like tests/support startApp, with the app's log kept in memory instead of silenced. */
export async function startLogged(env: Record<string, string>): Promise<LoggedRun> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'mp-test-'));
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', KNOWLEDGE_DIR: KNOWLEDGE, DATA_DIR: dataDir, LOG_LEVEL: 'trace', ...env });
  const logs: string[] = [];
  const app = await buildApp(config, { logStream: { write: (line: string) => void logs.push(line) } });
  const server = await app.listen();
  const { port } = server.address() as AddressInfo;
  return {
    app,
    server,
    logs,
    dataDir,
    base: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export const wechatEnv = (fake: FakeWeChat, extra: Record<string, string> = {}) => ({
  WECHAT_APPID: APPID,
  WECHAT_SECRET: SECRET,
  WECHAT_API_BASE: fake.base,
  ...extra,
});

export async function login(base: string, code: string): Promise<{ status: number; headers: Headers; body: any; text: string }> {
  const res = await fetch(`${base}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: JSON.parse(text), text };
}

export async function ask(base: string, question: string, token?: string, extra: Record<string, unknown> = {}) {
  const res = await fetch(`${base}/api/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ question, ...extra }),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: JSON.parse(text), text };
}

export async function history(base: string, query: string, token?: string) {
  const res = await fetch(`${base}/api/history${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text), text };
}

export const expectBilingual = (body: any, code: string) => {
  expect(body.error.code).toBe(code);
  expect(body.error.message).toMatch(/\p{Script=Han}/u);
  expect(body.error.message).toMatch(/[a-z]{3}/);
};
