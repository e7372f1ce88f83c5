// Real processes on one PostgreSQL (issue 21): WORKERS=2 shares the port between two workers, and
// `kill -9` of instance A under load leaves B answering with no acknowledged record lost.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { postJson } from '../support/app.ts';
import { freePort } from '../support/processes.ts';
import { describePg, freshDatabase } from '../support/pg.ts';
import { KNOWLEDGE, ROOT } from '../support/seed.ts';

function serve(env: Record<string, string>): { child: ChildProcess; base: string; ready: Promise<void> } {
  const base = `http://127.0.0.1:${env.PORT}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'proc-')), KNOWLEDGE_DIR: KNOWLEDGE, RATE_LIMIT_PER_MIN: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const ready = (async () => {
    const end = Date.now() + 60_000;
    while (Date.now() < end) {
      if (child.exitCode !== null) throw new Error(`exited ${child.exitCode}: ${stderr}`);
      const ok = await fetch(`${base}/healthz`).then((r) => r.ok, () => false);
      if (ok) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`not ready: ${stderr}`);
  })();
  return { child, base, ready };
}

const gone = (child: ChildProcess) => new Promise<void>((r) => (child.exitCode !== null || child.signalCode !== null ? r() : child.once('exit', () => r())));

describe('WORKERS', () => {
  it('refuses more than one worker without DATABASE_URL, saying why', () => {
    expect(() => loadConfig({ WORKERS: '2' })).toThrow(/WORKERS.*DATABASE_URL/);
    expect(loadConfig({ WORKERS: '2', DATABASE_URL: 'postgres://u@127.0.0.1/db' }).workers).toBe(2);
  });
});

describePg('processes on one PostgreSQL', () => {
  it('serves one port from two workers (WORKERS=2)', { timeout: 120_000 }, async () => {
    const s = serve({ PORT: String(await freePort()), WORKERS: '2', DATABASE_URL: await freshDatabase() });
    try {
      await s.ready;
      const workers = new Set<number>();
      const end = Date.now() + 60_000;
      // The second worker may still be building its index when the first answers.
      while (workers.size < 2 && Date.now() < end) {
        const h = (await fetch(`${s.base}/healthz`, { headers: { connection: 'close' } }).then((r) => r.json(), () => ({}))) as { worker?: number };
        if (h.worker) workers.add(h.worker);
        await new Promise((r) => setTimeout(r, 50));
      }
      expect([...workers].sort()).toEqual([1, 2]);
      const res = await postJson(s.base, '/api/chat', { question: '高新技术企业的数量目标是多少？' });
      expect(res.status).toBe(200);
    } finally {
      s.child.kill('SIGTERM');
      await gone(s.child);
    }
  });

  it('kill -9 of A under load: B keeps answering, and every acknowledged feedback is in the database', { timeout: 120_000 }, async () => {
    const url = await freshDatabase();
    const a = serve({ PORT: String(await freePort()), DATABASE_URL: url });
    const b = serve({ PORT: String(await freePort()), DATABASE_URL: url });
    try {
      await Promise.all([a.ready, b.ready]);
      const acked: string[] = [];
      let bFailed = 0;
      let n = 0;
      let killed = false;
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          while (n < 400) {
            const i = n++;
            if (i === 150 && !killed) {
              killed = true;
              a.child.kill('SIGKILL');
            }
            const toA = i % 2 === 0;
            const question = `反馈${i}`;
            const res = await postJson(toA ? a.base : b.base, '/api/feedback', { sessionId: `k-${i % 13}`, question, rating: 'up' }).catch(() => null);
            if (res?.status === 201) acked.push(question);
            else if (!toA) bFailed++;
            if (i % 10 === 1) {
              const chat = await postJson(b.base, '/api/chat', { question: '高新技术企业的数量目标是多少？' }).catch(() => null);
              if (chat?.status !== 200) bFailed++;
            }
          }
        }),
      );
      await gone(a.child);
      expect(bFailed).toBe(0);
      expect(acked.length).toBeGreaterThan(200);
      const sql = postgres(url, { max: 1, onnotice: () => undefined });
      try {
        const stored = new Set((await sql<{ q: string }[]>`select body->>'question' as q from records where kind = 'feedback'`).map((r) => r.q));
        expect(acked.filter((q) => !stored.has(q))).toEqual([]);
      } finally {
        await sql.end();
      }
    } finally {
      for (const s of [a, b]) if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill('SIGTERM');
      await Promise.all([gone(a.child), gone(b.child)]);
    }
  });
});
