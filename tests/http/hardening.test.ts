// Clean errors over a real socket (issue 17): every error body is JSON {error:{code,message}} with
// Chinese and English, 405 and 501 included; a client that aborts is a 499 in the access log, not a
// 500 and not an error; an SSE client going away is no warning; a question of invisible characters
// only is empty; CSV cells cannot start a formula.
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { buildApp } from '../../src/main.ts';
import { neutralise } from '../../src/channels/http-api/admin/csv.ts';
import { postJson } from '../support/app.ts';
import { KNOWLEDGE } from '../support/seed.ts';

const TOKEN = 'hardening-admin-token-0123';
let base: string;
let port: number;
let close: () => Promise<void>;
const logs: { level: number; msg: string; status?: number; path?: string }[] = [];

beforeAll(async () => {
  const config = loadConfig({
    PORT: '0', HOST: '127.0.0.1', KNOWLEDGE_DIR: KNOWLEDGE, DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'hardening-')),
    LOG_LEVEL: 'debug', ADMIN_TOKEN: TOKEN, RATE_LIMIT_PER_MIN: '0',
  });
  const app = await buildApp(config, { logStream: { write: (line: string) => void logs.push(JSON.parse(line)) } });
  const server = await app.listen();
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
  close = () => new Promise((resolve) => server.close(() => resolve()));
});
afterAll(() => close());

/** A raw request (fetch refuses TRACE). */
function raw(method: string, route: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path: route }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const until = async (cond: () => boolean, ms = 3000) => {
  const end = Date.now() + ms;
  while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
};

describe('error bodies', () => {
  it('PUT /api/chat → 405 with Allow and the JSON error body', async () => {
    const res = await fetch(`${base}/api/chat`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toContain('POST');
    expect(res.headers.get('content-type')).toContain('application/json');
    const body = (await res.json()) as any;
    expect(body.error.code).toBe('method_not_allowed');
    expect(body.error.message).toMatch(/[\u4e00-\u9fff].* \/ .*method not allowed/);
  });

  it('TRACE → 501 with the JSON error body', async () => {
    const res = await raw('TRACE', '/api/chat');
    expect(res.status).toBe(501);
    expect(JSON.parse(res.body).error).toMatchObject({ code: 'not_implemented' });
  });

  it('an unknown route stays 404 JSON', async () => {
    const res = await raw('GET', '/nope');
    expect(res.status).toBe(404);
    expect(JSON.parse(res.body).error.code).toBe('not_found');
  });
});

describe('questions', () => {
  it('refuses a question of zero-width and invisible characters only with 400 empty_question', async () => {
    for (const question of ['\u200B\u200C\u200D\uFEFF', '\u00AD\u2060 \u3164\u200B', '\u200E\u200F']) {
      const res = await postJson(base, '/api/chat', { question, sessionId: 'inv' });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('empty_question');
    }
  });

  it('answers a question with invisible characters inside it as the visible question', async () => {
    const res = await postJson(base, '/api/chat', { question: '高新\u200B技术企业的数量目标是多少？' });
    expect(res.status).toBe(200);
    expect(res.body.answer).toContain('230');
  });
});

describe('client aborts', () => {
  it('counts a client that aborts its body as 499, without an error log', async () => {
    const before = logs.length;
    await new Promise<void>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write('POST /api/chat HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"question":"');
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 50);
      });
    });
    await until(() => logs.slice(before).some((l) => l.msg === 'request' && l.path === '/api/chat'));
    const mine = logs.slice(before);
    expect(mine.find((l) => l.msg === 'request' && l.path === '/api/chat')?.status).toBe(499);
    expect(mine.filter((l) => l.level >= 40)).toEqual([]);
  });

  it('logs no warning when SSE clients disconnect mid-stream', async () => {
    const before = logs.length;
    for (let i = 0; i < 5; i++) {
      const ac = new AbortController();
      const res = await fetch(`${base}/api/chat/stream`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: '有哪些重点任务', sessionId: `sse-${i}` }), signal: ac.signal,
      });
      expect(res.status).toBe(200);
      ac.abort();
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(logs.slice(before).filter((l) => l.level >= 40)).toEqual([]);
  });
});

describe('CSV export', () => {
  it('neutralises cells that would start a formula', () => {
    for (const s of ['=1+1', '+cmd', '-2+3', '@SUM(A1)', '\t=x', '\r=x']) expect(neutralise(s)).toBe(`'${s}`);
    expect(neutralise('高新技术企业')).toBe('高新技术企业');
  });

  it('exports feedback and unanswered questions with no cell starting with = + - @', async () => {
    const evil = ['=HYPERLINK("http://x","点我")', '+1+1', '-1+1', '@SUM(1)'];
    for (const q of evil) {
      expect((await postJson(base, '/api/feedback', { sessionId: 'csv', question: q, rating: 'down', comment: q })).status).toBe(201);
      await postJson(base, '/api/chat', { question: `${q} 天气怎么样`, sessionId: 'csv' });
    }
    for (const list of ['feedback', 'unanswered']) {
      const res = await fetch(`${base}/admin/${list}?format=csv`, { headers: { authorization: `Bearer ${TOKEN}` } });
      const text = (await res.text()).replace(/^\uFEFF/, '');
      const cells = text.split('\r\n').slice(1).filter(Boolean).flatMap((line) => line.match(/("([^"]|"")*"|[^,]*)/g)!.filter((c, i, a) => i === 0 || a[i - 1] !== ''));
      const values = cells.map((c) => (c.startsWith('"') ? c.slice(1, -1).replace(/""/g, '"') : c));
      expect(values.length).toBeGreaterThan(0);
      expect(values.filter((v) => /^[=+\-@\t\r]/.test(v))).toEqual([]);
      expect(text).toContain("'=HYPERLINK");
    }
  });
});
