// The history log: flushes append only what is new, a torn last line is survived, the file is
// compacted at twice the cap, and an earlier version's lowdb file is imported once.
import { appendFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppendLog } from '../../src/store/append-log.ts';
import { openStore } from '../../src/store/index.ts';

type R = { at: string; owner: string; q: string };
const dir = () => mkdtempSync(path.join(os.tmpdir(), 'append-log-'));
const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean);

describe('AppendLog', () => {
  it('appends only the records added since the last flush, and reads them back newest first', async () => {
    const file = path.join(dir(), 'h.jsonl');
    const log = await AppendLog.open<R>(file, 100);
    log.add({ at: '1', owner: 'a', q: 'q1' });
    log.add({ at: '2', owner: 'b', q: 'q2' });
    await log.flush();
    expect(lines(file)).toHaveLength(2);
    log.add({ at: '3', owner: 'a', q: 'q3' });
    await log.flush();
    await log.flush();
    expect(lines(file).map((l) => JSON.parse(l).q)).toEqual(['q1', 'q2', 'q3']);
    const again = await AppendLog.open<R>(file, 100);
    expect(again.list({ where: (r) => r.owner === 'a' }).map((r) => r.q)).toEqual(['q3', 'q1']);
    expect(again.size).toBe(3);
  });

  it('skips a torn last line (a crash mid-write) and keeps the rest', async () => {
    const file = path.join(dir(), 'h.jsonl');
    writeFileSync(file, '{"at":"1","owner":"a","q":"q1"}\n');
    appendFileSync(file, '{"at":"2","owner":"a","q":');
    const log = await AppendLog.open<R>(file, 100);
    expect(log.list().map((r) => r.q)).toEqual(['q1']);
  });

  it('keeps the newest `cap` records and rewrites the file when it holds twice that', async () => {
    const file = path.join(dir(), 'h.jsonl');
    const log = await AppendLog.open<R>(file, 10);
    for (let i = 0; i < 19; i++) log.add({ at: String(i), owner: 'a', q: `q${i}` });
    await log.flush();
    expect(lines(file)).toHaveLength(19);
    log.add({ at: '19', owner: 'a', q: 'q19' });
    await log.flush();
    // 20 lines would be twice the cap: compacted to the records in memory (cap plus its slack).
    expect(lines(file).length).toBeLessThanOrEqual(11);
    expect(JSON.parse(lines(file).at(-1)!).q).toBe('q19');
    expect((await AppendLog.open<R>(file, 10)).list({ limit: 1 })[0]!.q).toBe('q19');
  });

  it('imports the history of an earlier version once, and leaves its file renamed', async () => {
    const d = dir();
    writeFileSync(path.join(d, 'history.json'), JSON.stringify({ items: [{ at: '1', owner: 'u', question: '旧问题', answer: 'a', grounded: true, mode: 'facts', channel: 'mp' }] }));
    const store = await openStore(d);
    expect(store.history.list()[0]).toMatchObject({ owner: 'u', question: '旧问题' });
    expect(existsSync(path.join(d, 'history.json'))).toBe(false);
    expect(existsSync(path.join(d, 'history.json.migrated'))).toBe(true);
    store.history.add({ at: '2', owner: 'u', question: '新问题', answer: 'b', grounded: true, mode: 'facts', channel: 'mp' });
    await store.flush();
    expect((await openStore(d)).history.list().map((r) => r.question)).toEqual(['新问题', '旧问题']);
  });
});
