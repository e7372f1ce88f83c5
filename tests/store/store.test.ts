import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { maskPii } from '../../src/store/pii.ts';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'store-test-'));

describe('store', () => {
  it('keeps records in memory at once and on disk after flush', async () => {
    const dir = tmp();
    const store = await openStore(dir);
    store.feedback.add({ at: '2026-01-01T00:00:00Z', sessionId: 's', question: 'q1', rating: 'up', channel: 'http' });
    store.feedback.add({ at: '2026-01-01T00:00:01Z', sessionId: 's', question: 'q2', rating: 'down', channel: 'http' });
    expect(store.feedback.list().map((r) => r.question)).toEqual(['q2', 'q1']);
    await store.flush();
    const onDisk = JSON.parse(readFileSync(path.join(dir, 'feedback.json'), 'utf8'));
    expect(onDisk.items).toHaveLength(2);
    const again = await openStore(dir);
    expect(again.feedback.size).toBe(2);
  });

  it('moves a corrupt file aside and starts empty', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'unanswered.json'), '{"items": [ broken');
    const store = await openStore(dir);
    expect(store.unanswered.size).toBe(0);
    expect(readdirSync(dir).some((f) => f.startsWith('unanswered.json.corrupt-'))).toBe(true);
    store.unanswered.add({ at: 'now', question: 'x', reason: 'refused', channel: 'http' });
    await store.flush();
    expect(JSON.parse(readFileSync(path.join(dir, 'unanswered.json'), 'utf8')).items).toHaveLength(1);
  });

  it('persists sessions', async () => {
    const dir = tmp();
    const store = await openStore(dir);
    store.sessions.set('a', { lastQuestion: '有哪些任务', updatedAt: Date.now() });
    await store.flush();
    expect((await openStore(dir)).sessions.get('a')?.lastQuestion).toBe('有哪些任务');
  });

  it('lists with a limit and a filter, newest first', async () => {
    const store = await openStore(tmp());
    for (let i = 0; i < 5; i++) store.history.add({ at: String(i), owner: i % 2 ? 'b' : 'a', question: `q${i}`, answer: '', grounded: true, mode: 'facts', channel: 'http' });
    expect(store.history.list({ limit: 2, where: (r) => r.owner === 'a' }).map((r) => r.question)).toEqual(['q4', 'q2']);
  });
});

describe('PII masking', () => {
  it('masks mobile numbers and resident ID numbers', () => {
    expect(maskPii('电话13812345678请回电')).toBe('电话138****5678请回电');
    expect(maskPii('身份证21110219900101123X')).toBe('身份证211102********123X');
    expect(maskPii('2023-2025年，230家')).toBe('2023-2025年，230家');
  });
});
