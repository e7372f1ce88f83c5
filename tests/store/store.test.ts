import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.ts';
import { JsonFile } from '../../src/store/json-file.ts';
import { RecordList } from '../../src/store/records.ts';
import { maskPii } from '../../src/text/pii.ts';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'store-test-'));

describe('store', () => {
  it('has a feedback record on disk once add() resolves', async () => {
    const dir = tmp();
    const store = await openStore(dir);
    await store.feedback.add({ at: '2026-01-01T00:00:00Z', sessionId: 's', question: 'q1', rating: 'up', channel: 'http' });
    await store.feedback.add({ at: '2026-01-01T00:00:01Z', sessionId: 's', question: 'q2', rating: 'down', channel: 'http' });
    expect(store.feedback.list().map((r) => r.question)).toEqual(['q2', 'q1']);
    const onDisk = readFileSync(path.join(dir, 'feedback.jsonl'), 'utf8').split('\n').filter(Boolean);
    expect(onDisk).toHaveLength(2);
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

  it('folds a repeated unanswered question into one row with a count, newest first, across restarts', async () => {
    const dir = tmp();
    const store = await openStore(dir);
    const ask = (at: string, question: string, channel: 'http' | 'wechat' = 'http') => store.noteUnanswered({ at, question, reason: 'refused', channel });
    ask('2026-01-01T00:00:00Z', '能办护照吗');
    ask('2026-01-01T00:00:01Z', '天气怎么样');
    ask('2026-01-01T00:00:02Z', '能办护照吗', 'wechat');
    expect(store.unanswered.list()).toEqual([
      { at: '2026-01-01T00:00:02Z', question: '能办护照吗', reason: 'refused', channel: 'wechat', count: 2, firstAt: '2026-01-01T00:00:00Z' },
      { at: '2026-01-01T00:00:01Z', question: '天气怎么样', reason: 'refused', channel: 'http' },
    ]);
    await store.flush();
    const again = await openStore(dir);
    again.noteUnanswered({ at: '2026-01-02T00:00:00Z', question: '天气怎么样', reason: 'refused', channel: 'http' });
    expect(again.unanswered.size).toBe(2);
    expect(again.unanswered.list()[0]).toMatchObject({ question: '天气怎么样', count: 2, firstAt: '2026-01-01T00:00:01Z' });
  });

  it('forgets the key of a folded record once the cap drops it', async () => {
    type R = { at: string; q: string; n?: number };
    const file = await JsonFile.open<{ items: R[] }>(path.join(tmp(), 'list.json'), () => ({ items: [] }));
    const list = new RecordList<R>(file, 10, (r) => r.q);
    const bump = (prev: R): R => ({ ...prev, n: (prev.n ?? 1) + 1 });
    for (let i = 0; i < 12; i++) list.upsert({ at: String(i), q: `q${i}` }, bump);
    // 12 > 10 + 10% slack: trimmed to the newest 10.
    expect(list.size).toBe(10);
    expect(list.upsert({ at: 'x', q: 'q0' }, bump)).toEqual({ at: 'x', q: 'q0' });
    expect(list.upsert({ at: 'y', q: 'q11' }, bump)).toMatchObject({ q: 'q11', n: 2 });
    expect(list.list().map((r) => r.q).slice(0, 2)).toEqual(['q11', 'q0']);
  });

  it('writes a folded list without the rows its repeats replaced, in order', async () => {
    type R = { at: string; q: string; n?: number };
    const where = path.join(tmp(), 'list.json');
    const file = await JsonFile.open<{ items: R[] }>(where, () => ({ items: [] }));
    const list = new RecordList<R>(file, 100, (r) => r.q);
    const bump = (prev: R): R => ({ ...prev, at: prev.at + '+', n: (prev.n ?? 1) + 1 });
    for (const q of ['a', 'b', 'c', 'a', 'b', 'a']) list.upsert({ at: q, q }, bump);
    expect(list.size).toBe(3);
    await list.flush();
    const written = (JSON.parse(readFileSync(where, 'utf8')) as { items: R[] }).items;
    expect(written.map((r) => [r.q, r.n ?? 1])).toEqual([['c', 1], ['b', 2], ['a', 3]]);
    expect(list.list().map((r) => r.q)).toEqual(['a', 'b', 'c']);
  });

  it('persists sessions', async () => {
    const dir = tmp();
    const store = await openStore(dir);
    store.sessions.set('a', { lastQuestion: '有哪些任务', updatedAt: Date.now() });
    await store.flush();
    expect((await openStore(dir)).sessions.get('a')?.lastQuestion).toBe('有哪些任务');
  });

  it('moves a store file of the wrong shape aside and starts that part empty', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'sessions.json'), '{"sessions":null}');
    writeFileSync(path.join(dir, 'unanswered.json'), '{"items":{}}');
    const store = await openStore(dir);
    expect(store.sessions.size).toBe(0);
    expect(store.unanswered.size).toBe(0);
    const files = readdirSync(dir);
    expect(files.some((f) => f.startsWith('sessions.json.invalid-'))).toBe(true);
    expect(files.some((f) => f.startsWith('unanswered.json.invalid-'))).toBe(true);
    store.sessions.set('a', { lastQuestion: 'q', updatedAt: Date.now() });
    store.noteUnanswered({ at: 'now', question: 'x', reason: 'refused', channel: 'http' });
    await store.flush();
    const again = await openStore(dir);
    expect(again.sessions.get('a')?.lastQuestion).toBe('q');
    expect(again.unanswered.size).toBe(1);
  });

  it('keeps the records of a channel it has not heard of (a new front door names itself) across a restart', async () => {
    const dir = tmp();
    const store = await openStore(dir);
    await store.feedback.add({ at: '2026-01-01T00:00:00Z', sessionId: 'line:u1', question: 'q', rating: 'up', channel: 'line' });
    await store.history.add({ at: '2026-01-01T00:00:00Z', owner: 'line:u1', question: 'q', answer: 'a', grounded: true, mode: 'facts', channel: 'line' });
    store.noteUnanswered({ at: '2026-01-01T00:00:00Z', question: 'x', reason: 'refused', channel: 'line' });
    await store.close();
    const again = await openStore(dir);
    expect([again.feedback.list()[0]?.channel, again.history.list()[0]?.channel, again.unanswered.list()[0]?.channel]).toEqual(['line', 'line', 'line']);
    expect(readdirSync(dir).filter((f) => /invalid|corrupt/.test(f))).toEqual([]);
  });

  it('lists with a limit and a filter, newest first', async () => {
    const store = await openStore(tmp());
    for (let i = 0; i < 5; i++) await store.history.add({ at: String(i), owner: i % 2 ? 'b' : 'a', question: `q${i}`, answer: '', grounded: true, mode: 'facts', channel: 'http' });
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
