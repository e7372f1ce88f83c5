// Acknowledged means durable (issue 17): the real server in a child process takes 900 feedbacks
// from 16 concurrent clients and a turn of 160 conversations, is killed with SIGKILL right after
// the last acknowledgement (no shutdown, no flush), and every acknowledged record is there when a
// new server starts on the same DATA_DIR. A turn's history line is written to the OS before the
// reply and fsync'd up to 50 ms later (issue 19's policy): the kill comes before that fsync, and
// the turn must survive it all the same.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { postJson, startApp } from '../support/app.ts';
import { freePort } from '../support/processes.ts';
import { KNOWLEDGE, ROOT } from '../support/seed.ts';

const TOKEN = 'kill9-admin-token-0123456789';
const CLIENTS = 16;
const FEEDBACKS = 900;
const CONVERSATIONS = 160;

async function waitReady(base: string, exited: () => string | null): Promise<void> {
  const end = Date.now() + 45_000;
  while (Date.now() < end) {
    const gone = exited();
    if (gone !== null) throw new Error(`server exited: ${gone}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('server not ready');
}

describe('kill -9 right after the last acknowledgement', () => {
  it('loses no acknowledged feedback or history record', { timeout: 120_000 }, async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kill9-'));
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    // One node process (tsx as a loader, not its CLI, which would run the server in a grandchild).
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, KNOWLEDGE_DIR: KNOWLEDGE, RATE_LIMIT_PER_MIN: '0', LOG_LEVEL: 'warn', ADMIN_TOKEN: TOKEN },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    const exit = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      await waitReady(base, () => (child.exitCode !== null ? `${child.exitCode} ${stderr}` : null));
      const acked: string[] = [];
      const turns: string[] = [];
      let next = 0;
      let nextTurn = 0;
      // 16 clients, each sending its next request as soon as the previous one is answered.
      await Promise.all(
        Array.from({ length: CLIENTS }, async () => {
          while (next < FEEDBACKS || nextTurn < CONVERSATIONS) {
            if (next < FEEDBACKS) {
              const n = next++;
              const question = `第${n}条反馈的问题`;
              const res = await postJson(base, '/api/feedback', { sessionId: `k-${n % 37}`, question, rating: n % 2 ? 'up' : 'down', comment: `c${n}` });
              if (res.status === 201) acked.push(question);
            }
            if (nextTurn < CONVERSATIONS) {
              const t = nextTurn++;
              const res = await postJson(base, '/api/chat', { question: '有哪些重点任务', sessionId: `turn-${t}` });
              if (res.status === 200) turns.push(`turn-${t}`);
            }
          }
        }),
      );
      child.kill('SIGKILL');
      await exit;
      expect(child.signalCode).toBe('SIGKILL');
      expect(acked).toHaveLength(FEEDBACKS);
      expect(turns).toHaveLength(CONVERSATIONS);

      const again = await startApp({ DATA_DIR: dataDir, ADMIN_TOKEN: TOKEN, RATE_LIMIT_PER_MIN: '0' });
      try {
        const res = await fetch(`${again.base}/admin/feedback?limit=1000`, { headers: { authorization: `Bearer ${TOKEN}` } });
        const stored = new Set(((await res.json()) as { items: { question: string }[] }).items.map((r) => r.question));
        expect(acked.filter((q) => !stored.has(q))).toEqual([]);
        // An anonymous client's turns are kept under `http:<sessionId>` (channels/asker.ts).
        const missingTurns = turns.filter((sid) => again.app.store.history.list({ limit: 1, where: (r) => r.owner === `http:${sid}` }).length === 0);
        expect(missingTurns).toEqual([]);
      } finally {
        await again.close();
      }
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });
});
