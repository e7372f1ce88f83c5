// The durable log: appends on disk before they resolve, concurrent appends share fsyncs (a
// conversation turn's log: written before it resolves, fsync'd in a batch shortly after and at
// close), a torn last line is cut off, invalid lines move the file aside, compaction keeps what is wanted while appends
// go on, and an earlier version's lowdb file is imported once.
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DurableList } from '../../src/store/durable-list.ts';
import { DurableLog } from '../../src/store/durable-log.ts';
import { openStore } from '../../src/store/open.ts';

const R = z.object({ at: z.string(), owner: z.string(), q: z.string() });
type R = z.infer<typeof R>;
const dir = () => mkdtempSync(path.join(os.tmpdir(), 'durable-log-'));
const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean);

/** A logger whose lines the test can read. */
function capture() {
  const out: { msg: string }[] = [];
  const log = pino({ level: 'debug' }, { write: (s: string) => void out.push(JSON.parse(s)) });
  return { log, out };
}

describe('DurableLog', () => {
  it('has a record in the file by the time append resolves', async () => {
    const file = path.join(dir(), 'h.jsonl');
    const { log } = await DurableLog.open<R>(file, R);
    await log.append({ at: '1', owner: 'a', q: 'q1' });
    expect(lines(file).map((l) => JSON.parse(l).q)).toEqual(['q1']);
  });

  it('writes concurrent appends in fewer batches than records (group commit)', async () => {
    const file = path.join(dir(), 'h.jsonl');
    const batches: number[] = [];
    const { log } = await DurableLog.open<R>(file, R, { onCommit: (b) => void batches.push(b.length) });
    await Promise.all(Array.from({ length: 200 }, (_, i) => log.append({ at: String(i), owner: 'a', q: `q${i}` })));
    expect(lines(file)).toHaveLength(200);
    expect(batches.reduce((a, b) => a + b, 0)).toBe(200);
    // The first append is written alone; the rest gather behind its fsync.
    expect(batches.length).toBeLessThan(20);
  });

  it('drops a torn last line with a log line, and appends after it cleanly', async () => {
    const file = path.join(dir(), 'h.jsonl');
    writeFileSync(file, '{"at":"1","owner":"a","q":"q1"}\n');
    appendFileSync(file, '{"at":"2","owner":"a","q":');
    const { log: logger, out } = capture();
    const { log, records } = await DurableLog.open<R>(file, R, { log: logger });
    expect(records.map((r) => r.q)).toEqual(['q1']);
    expect(out.some((l) => /torn last line dropped/.test(l.msg))).toBe(true);
    await log.append({ at: '3', owner: 'a', q: 'q3' });
    expect(lines(file).map((l) => JSON.parse(l).q)).toEqual(['q1', 'q3']);
  });

  it('moves a file with invalid lines aside and keeps its valid records', async () => {
    const d = dir();
    const file = path.join(d, 'h.jsonl');
    writeFileSync(file, '{"at":"1","owner":"a","q":"q1"}\nnull\n{"items":null}\n[1,2]\n{"at":"2","owner":"a","q":"q2"}\n');
    const { records } = await DurableLog.open<R>(file, R);
    expect(records.map((r) => r.q)).toEqual(['q1', 'q2']);
    const aside = readdirSync(d).find((f) => f.startsWith('h.jsonl.invalid-'));
    expect(aside).toBeDefined();
    expect(readFileSync(path.join(d, aside!), 'utf8')).toContain('null');
    expect(lines(file)).toHaveLength(2);
  });

  it('compacts while appends go on, losing none of them', async () => {
    const file = path.join(dir(), 'h.jsonl');
    const kept: R[] = [];
    const { log } = await DurableLog.open<R>(file, R, { onCommit: (b) => void kept.push(...b) });
    for (let i = 0; i < 50; i++) await log.append({ at: String(i), owner: 'a', q: `old${i}` });
    // Keep only the newest 10 of what is on disk when the snapshot is taken.
    const compaction = log.compact(() => kept.slice(-10));
    const during = Array.from({ length: 30 }, (_, i) => log.append({ at: String(100 + i), owner: 'a', q: `new${i}` }));
    await Promise.all([compaction, ...during]);
    const qs = lines(file).map((l) => JSON.parse(l).q as string);
    expect(qs.filter((q) => q.startsWith('new'))).toHaveLength(30);
    expect(qs.filter((q) => q.startsWith('old')).length).toBeLessThanOrEqual(10);
    expect(new Set(qs).size).toBe(qs.length);
    await log.append({ at: '999', owner: 'a', q: 'after' });
    expect(lines(file).at(-1)).toContain('after');
  });
});

describe('a log whose fsync is deferred (conversation turns, syncDelayMs)', () => {
  const synced = (log: DurableLog<R>) => new Promise<void>((resolve) => {
    const poll = () => (log.pendingSync ? setTimeout(poll, 5) : resolve());
    poll();
  });

  it('has the line in the file when append resolves, and fsyncs it afterwards, one fsync for a batch', async () => {
    const file = path.join(dir(), 'h.jsonl');
    const { log } = await DurableLog.open<R>(file, R, { syncDelayMs: 20 });
    await log.append({ at: '1', owner: 'a', q: 'q1' });
    // Written (a crash of the process loses nothing), its fsync still to come.
    expect(lines(file).map((l) => JSON.parse(l).q)).toEqual(['q1']);
    expect(log.pendingSync).toBe(true);
    expect(log.syncs).toBe(0);
    await Promise.all(Array.from({ length: 20 }, (_, i) => log.append({ at: String(i), owner: 'a', q: `q${i}` })));
    await synced(log);
    expect(log.syncs).toBe(1);
    expect(lines(file)).toHaveLength(21);
    await log.close();
  });

  it('fsyncs what is written at close, without waiting for the timer', async () => {
    const file = path.join(dir(), 'h.jsonl');
    const { log } = await DurableLog.open<R>(file, R, { syncDelayMs: 60_000 });
    await log.append({ at: '1', owner: 'a', q: 'q1' });
    expect(log.pendingSync).toBe(true);
    await log.close();
    expect(log.pendingSync).toBe(false);
    expect(log.syncs).toBe(1);
  });

  it('is fsync\'d when the store closes (shutdown): history only; feedback was fsync\'d before add() resolved', async () => {
    const d = dir();
    const store = await openStore(d);
    const history = (store.history as unknown as { log: DurableLog<unknown> }).log;
    const feedback = (store.feedback as unknown as { log: DurableLog<unknown> }).log;
    await store.history.add({ at: '1', owner: 'u', question: '问题', answer: 'a', grounded: true, mode: 'facts', channel: 'http' });
    await store.feedback.add({ at: '1', sessionId: 's', question: '问题', rating: 'up', channel: 'http' });
    expect(feedback.pendingSync).toBe(false);
    // The timer has not fired yet (HISTORY_SYNC_MS) or has: either way close() leaves nothing pending.
    await store.close();
    expect(history.pendingSync).toBe(false);
    expect(history.syncs).toBeGreaterThanOrEqual(1);
    expect(readFileSync(path.join(d, 'history.jsonl'), 'utf8')).toContain('问题');
  });

  it('does not fail a written line when the deferred fsync fails: it says so and tries again', async () => {
    const file = path.join(dir(), 'h.jsonl');
    const { log: logger, out } = capture();
    const { log } = await DurableLog.open<R>(file, R, { syncDelayMs: 5, log: logger });
    const fh = (log as unknown as { fh: { datasync(): Promise<void> } }).fh;
    const datasync = fh.datasync.bind(fh);
    fh.datasync = () => Promise.reject(new Error('EIO: simulated'));
    await log.append({ at: '1', owner: 'a', q: 'q1' });
    await new Promise<void>((resolve) => {
      const poll = () => (out.some((l) => /fsync failed/.test(l.msg)) ? resolve() : setTimeout(poll, 5));
      poll();
    });
    expect(log.pendingSync).toBe(true);
    fh.datasync = datasync;
    await log.close();
    expect(log.pendingSync).toBe(false);
  });
});

describe('a write that fails', () => {
  it('is cut back to the bytes before its batch (known without an fstat), also after a compaction', async () => {
    const file = path.join(dir(), 'h.jsonl');
    const { log } = await DurableLog.open<R>(file, R);
    await log.append({ at: '1', owner: 'a', q: 'q1' });
    await log.append({ at: '2', owner: 'a', q: 'gone at compaction' });
    await log.compact(() => [{ at: '1', owner: 'a', q: 'q1' }]);
    await log.append({ at: '3', owner: 'a', q: 'q3' });
    // The line is written, then the sync fails: it must not stay in the file half-acknowledged.
    const fh = (log as unknown as { fh: { datasync(): Promise<void> } }).fh;
    const datasync = fh.datasync.bind(fh);
    fh.datasync = () => Promise.reject(new Error('EIO: simulated'));
    await expect(log.append({ at: '4', owner: 'a', q: 'not acknowledged' })).rejects.toThrow('EIO');
    fh.datasync = datasync;
    await log.append({ at: '5', owner: 'a', q: 'q5' });
    expect(lines(file).map((l) => JSON.parse(l).q)).toEqual(['q1', 'q3', 'q5']);
  });

  it('is not acknowledged: append and sync reject, and nothing is listed', async () => {
    const file = path.join(dir(), 'h.jsonl');
    const list = await DurableList.open<R>(file, R, 10);
    await list.add({ at: '1', owner: 'a', q: 'kept' });
    // The disk goes away under the log (its file handle closed behind its back).
    await (list as unknown as { log: { fh: { close(): Promise<void> } } }).log.fh.close();
    const failed = list.add({ at: '2', owner: 'a', q: 'lost' });
    const synced = list.flush();
    await expect(failed).rejects.toThrow();
    await expect(synced).rejects.toThrow();
    expect(list.list().map((r) => r.q)).toEqual(['kept']);
  });
});

describe('DurableList', () => {
  it('lists what is on disk, newest first, and keeps the newest `cap` across compactions', async () => {
    const file = path.join(dir(), 'h.jsonl');
    const list = await DurableList.open<R>(file, R, 10);
    for (let i = 0; i < 25; i++) await list.add({ at: String(i), owner: i % 2 ? 'b' : 'a', q: `q${i}` });
    expect(list.list({ limit: 2, where: (r) => r.owner === 'a' }).map((r) => r.q)).toEqual(['q24', 'q22']);
    await list.close();
    expect(lines(file).length).toBeLessThan(25);
    const again = await DurableList.open<R>(file, R, 10);
    expect(again.list({ limit: 1 })[0]!.q).toBe('q24');
    expect(again.size).toBeLessThanOrEqual(11);
  });

  it('imports the history of an earlier version once, and leaves its file renamed', async () => {
    const d = dir();
    writeFileSync(path.join(d, 'history.json'), JSON.stringify({ items: [{ at: '1', owner: 'u', question: '旧问题', answer: 'a', grounded: true, mode: 'facts', channel: 'mp' }] }));
    const store = await openStore(d);
    expect(store.history.list()[0]).toMatchObject({ owner: 'u', question: '旧问题' });
    expect(existsSync(path.join(d, 'history.json'))).toBe(false);
    expect(existsSync(path.join(d, 'history.json.migrated'))).toBe(true);
    await store.history.add({ at: '2', owner: 'u', question: '新问题', answer: 'b', grounded: true, mode: 'facts', channel: 'mp' });
    expect((await openStore(d)).history.list().map((r) => r.question)).toEqual(['新问题', '旧问题']);
  });
});
