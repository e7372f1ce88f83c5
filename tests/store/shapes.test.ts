// Store files of the wrong shape (issue 17): valid JSON that is not what the store wrote — `null`
// where an object was, an object where a list was, `null` lines in a log — is moved aside on start
// and the service answers 2xx over a real socket after the restart.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { postJson, startApp } from '../support/app.ts';

const TOKEN = 'shapes-admin-token-0123456789';
const auth = { authorization: `Bearer ${TOKEN}` };

async function exercise(dataDir: string): Promise<void> {
  const run = await startApp({ DATA_DIR: dataDir, ADMIN_TOKEN: TOKEN, RATE_LIMIT_PER_MIN: '0' });
  try {
    // A follow-up reads the session back: it must be readable after the move.
    const first = await postJson(run.base, '/api/chat', { question: '有哪些重点任务', sessionId: 'shape' });
    expect(first.status).toBe(200);
    expect((await postJson(run.base, '/api/chat', { question: '其中第二项呢', sessionId: 'shape' })).status).toBe(200);
    // A refused question lands in the unanswered list.
    expect((await postJson(run.base, '/api/chat', { question: '明天天气怎么样', sessionId: 'shape' })).status).toBe(200);
    expect((await postJson(run.base, '/api/feedback', { sessionId: 'shape', question: '有哪些重点任务', rating: 'up' })).status).toBe(201);
    const status = await fetch(`${run.base}/admin/status`, { headers: auth });
    expect(status.status).toBe(200);
    expect(((await status.json()) as any).feedback).toBeGreaterThanOrEqual(1);
    const unanswered = await fetch(`${run.base}/admin/unanswered`, { headers: auth });
    expect(unanswered.status).toBe(200);
    expect(((await unanswered.json()) as any).items.map((r: any) => r.question)).toContain('明天天气怎么样');
    expect((await fetch(`${run.base}/admin/feedback?format=csv`, { headers: auth })).status).toBe(200);
    const history = await fetch(`${run.base}/api/history?sessionId=shape`);
    expect(history.status).toBe(200);
    expect(((await history.json()) as any).items.length).toBeGreaterThanOrEqual(3);
  } finally {
    await run.app.shutdown(run.server);
  }
}

describe('store files of the wrong shape', () => {
  it('are moved aside on restart, and chat, feedback, /admin/status and /admin/unanswered answer 2xx', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'shapes-'));
    await exercise(dataDir);
    const files = readdirSync(dataDir);
    expect(files).toEqual(expect.arrayContaining(['sessions.json', 'unanswered.json', 'feedback.jsonl', 'history.jsonl']));
    writeFileSync(path.join(dataDir, 'sessions.json'), '{"sessions":null}');
    writeFileSync(path.join(dataDir, 'unanswered.json'), '{"items":{}}');
    writeFileSync(path.join(dataDir, 'feedback.jsonl'), '{"items":null}\nnull\n');
    writeFileSync(path.join(dataDir, 'history.jsonl'), 'null\nnull\n{"at":"x","owner":"shape"}\n');
    writeFileSync(path.join(dataDir, 'audit.jsonl'), '{"items":null}\n');
    await exercise(dataDir);
    const aside = readdirSync(dataDir).filter((f) => /\.invalid-/.test(f)).map((f) => f.replace(/\.invalid-.*/, ''));
    expect(aside.sort()).toEqual(['audit.jsonl', 'feedback.jsonl', 'history.jsonl', 'sessions.json', 'unanswered.json']);
  });

  it("the same for an earlier version's lowdb files", async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'shapes-legacy-'));
    writeFileSync(path.join(dataDir, 'sessions.json'), 'null');
    writeFileSync(path.join(dataDir, 'unanswered.json'), '{"items":null}');
    writeFileSync(path.join(dataDir, 'feedback.json'), '{"items":null}');
    writeFileSync(path.join(dataDir, 'history.json'), '{"items":{}}');
    writeFileSync(path.join(dataDir, 'audit.json'), '[]');
    await exercise(dataDir);
    const aside = readdirSync(dataDir).filter((f) => /\.invalid-/.test(f)).map((f) => f.replace(/\.invalid-.*/, ''));
    expect(aside.sort()).toEqual(['audit.json', 'feedback.json', 'history.json', 'sessions.json', 'unanswered.json']);
  });
});
