// One store contract, two back ends: the same tests run against the embedded files and against
// PostgreSQL (skipped, with a message from the global setup, when no PostgreSQL is available).
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/open.ts';
import { describePg, freshDatabase } from '../support/pg.ts';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'contract-'));

type Opener = () => Promise<{ open: () => Promise<Store> }>;

function contract(name: string, backend: Opener, d: (name: string, fn: () => void) => void) {
  d(`store contract: ${name}`, () => {
    const opened: Store[] = [];
    const fresh = async () => {
      const b = await backend();
      const open = async () => {
        const s = await b.open();
        opened.push(s);
        return s;
      };
      return { open };
    };
    afterAll(async () => {
      await Promise.allSettled(opened.map((s) => s.close()));
    });

    it('lists feedback newest first once add() resolves, and again after a restart', async () => {
      const b = await fresh();
      const store = await b.open();
      await store.feedback.add({ at: '2026-01-01T00:00:00Z', sessionId: 's', question: 'q1', rating: 'up', channel: 'http' });
      await store.feedback.add({ at: '2026-01-01T00:00:01Z', sessionId: 's', question: 'q2', rating: 'down', channel: 'http', comment: '好' });
      expect(store.feedback.list().map((r) => r.question)).toEqual(['q2', 'q1']);
      await store.flush();
      const again = await b.open();
      expect(again.feedback.list().map((r) => [r.question, r.comment])).toEqual([['q2', '好'], ['q1', undefined]]);
    });

    it('keeps history and audit, filtered and limited by list()', async () => {
      const store = await (await fresh()).open();
      for (let i = 0; i < 5; i++) {
        await store.history.add({ at: `2026-01-01T00:00:0${i}Z`, owner: i % 2 ? 'a' : 'b', question: `q${i}`, answer: 'x', grounded: true, mode: 'extractive', channel: 'http' });
      }
      await store.audit.add({ at: '2026-01-01T00:00:00Z', action: 'reload', who: 'admin', result: 'ok' });
      expect(store.history.list({ limit: 1, where: (r) => r.owner === 'a' }).map((r) => r.question)).toEqual(['q3']);
      expect(store.history.size).toBe(5);
      expect(store.audit.list()[0]).toMatchObject({ action: 'reload', result: 'ok' });
    });

    it('folds a repeated unanswered question into one row with a count, across restarts', async () => {
      const b = await fresh();
      const store = await b.open();
      store.noteUnanswered({ at: '2026-01-01T00:00:00Z', question: '能办护照吗', reason: 'refused', channel: 'http' });
      store.noteUnanswered({ at: '2026-01-01T00:00:01Z', question: '天气怎么样', reason: 'refused', channel: 'http' });
      store.noteUnanswered({ at: '2026-01-01T00:00:02Z', question: '能办护照吗', reason: 'refused', channel: 'wechat' });
      expect(store.unanswered.list()[0]).toMatchObject({ question: '能办护照吗', count: 2, firstAt: '2026-01-01T00:00:00Z', channel: 'wechat' });
      await store.flush();
      const again = await b.open();
      expect(again.unanswered.size).toBe(2);
      expect(again.unanswered.list()[0]).toMatchObject({ question: '能办护照吗', count: 2, firstAt: '2026-01-01T00:00:00Z' });
    });

    it('counts questions per day and channel, across a restart', async () => {
      const b = await fresh();
      const store = await b.open();
      store.daily.add('2026-03-01T02:00:00Z', 'http', true);
      store.daily.add('2026-03-01T03:00:00Z', 'http', false);
      store.daily.add('2026-03-01T04:00:00Z', 'mp', true);
      expect(store.daily.day('2026-03-01')).toEqual({ http: { questions: 2, grounded: 1, refused: 1 }, mp: { questions: 1, grounded: 1, refused: 0 } });
      await store.flush();
      const again = await b.open();
      expect(again.daily.day('2026-03-01').http).toEqual({ questions: 2, grounded: 1, refused: 1 });
    });

    it('remembers a conversation across a restart', async () => {
      const b = await fresh();
      const store = await b.open();
      store.sessions.set('s1', { lastQuestion: '牵头单位是谁', docs: ['plan'], item: 3, turns: [{ q: '牵头单位是谁', a: '市发改委' }], updatedAt: Date.now() });
      await store.flush();
      const again = await b.open();
      await again.sessions.load?.('s1');
      expect(again.sessions.get('s1')).toMatchObject({ lastQuestion: '牵头单位是谁', docs: ['plan'], item: 3 });
      expect(again.sessions.get('nobody')).toBeUndefined();
    });
  });
}

contract('files (lowdb + append-only logs)', async () => {
  const dir = tmp();
  return { open: () => openStore(dir) };
}, describe);

contract('PostgreSQL', async () => {
  const url = await freshDatabase();
  return { open: () => openStore(tmp(), undefined, { databaseUrl: url }) };
}, describePg);

describePg('PostgreSQL stores shared by two instances', () => {
  it('shows feedback, history and a conversation written by one instance to the other', async () => {
    const url = await freshDatabase();
    const a = await openStore(tmp(), undefined, { databaseUrl: url });
    const b = await openStore(tmp(), undefined, { databaseUrl: url });
    try {
      await a.feedback.add({ at: '2026-01-01T00:00:00Z', sessionId: 's', question: '来自A', rating: 'up', channel: 'http' });
      await a.history.add({ at: '2026-01-01T00:00:00Z', owner: 'o', question: '问', answer: '答', grounded: true, mode: 'extractive', channel: 'http' });
      // LISTEN/NOTIFY brings it over; the poll is the fallback.
      await expect.poll(() => b.feedback.list().map((r) => r.question), { timeout: 5000 }).toEqual(['来自A']);
      await expect.poll(() => b.history.list({ where: (r) => r.owner === 'o' }).length, { timeout: 5000 }).toBe(1);
      a.daily.add('2026-03-01T02:00:00Z', 'http', true);
      b.daily.add('2026-03-01T02:00:00Z', 'http', false);
      await Promise.all([a.daily.flush(), b.daily.flush()]);
      await a.daily.flush();
      expect(a.daily.day('2026-03-01').http).toEqual({ questions: 2, grounded: 1, refused: 1 });
      a.sessions.set('conv', { lastQuestion: '第一问', updatedAt: Date.now() });
      await a.flush();
      await b.sessions.load?.('conv');
      expect(b.sessions.get('conv')?.lastQuestion).toBe('第一问');
    } finally {
      await Promise.allSettled([a.close(), b.close()]);
    }
  });

  it('counts one rate-limit window and one callback claim across instances', async () => {
    const url = await freshDatabase();
    const a = await openStore(tmp(), undefined, { databaseUrl: url });
    const b = await openStore(tmp(), undefined, { databaseUrl: url });
    try {
      const counts = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).shared!.windows.hit('ip:1.2.3.4', 60_000)));
      expect(counts.map((c) => c.count).sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      const claims = await Promise.all([a.shared!.callbacks.claim('mp:123'), b.shared!.callbacks.claim('mp:123')]);
      expect(claims.filter((c) => c.kind === 'mine')).toHaveLength(1);
      // Unsettled: the claimer is still computing, the retry answers nothing.
      expect(await b.shared!.callbacks.claim('mp:123')).toEqual({ kind: 'taken', reply: null });
      await a.shared!.callbacks.settle('mp:123', '答复');
      expect(await b.shared!.callbacks.claim('mp:123')).toEqual({ kind: 'taken', reply: '答复' });
      // A claim left unsettled past the window (its instance died) is taken over by a retry.
      expect((await a.shared!.callbacks.claim('mp:dead')).kind).toBe('mine');
      await a.shared!.db.sql`update callback_messages set at = now() - interval '1 minute' where key = 'mp:dead'`;
      expect((await b.shared!.callbacks.claim('mp:dead')).kind).toBe('mine');
      expect(await a.shared!.callbacks.nonce('1', 'n', 'body')).toBe('new');
      expect(await b.shared!.callbacks.nonce('1', 'n', 'body')).toBe('repeat');
      expect(await b.shared!.callbacks.nonce('1', 'n', 'other body')).toBe('replayed');
    } finally {
      await Promise.allSettled([a.close(), b.close()]);
    }
  });
});
