// History while PostgreSQL is down: kept in memory up to a bound, the rest dropped and counted
// (the `history_dropped_total` metric), and written in order once the database answers again.
import { afterAll, expect, it } from 'vitest';
import type { z } from 'zod';
import { Metrics } from '../../src/ops/metrics.ts';
import { openDatabase, DatabaseDown, type Database } from '../../src/store/pg/db.ts';
import { PgRecords } from '../../src/store/pg/records.ts';
import { HistorySchema } from '../../src/store/schemas.ts';
import type { HistoryRecord } from '../../src/store/open.ts';
import { describePg, freshDatabase } from '../support/pg.ts';

const opened: Database[] = [];
afterAll(async () => {
  await Promise.allSettled(opened.map((d) => d.close()));
});

/** The real database behind a switch: `down` makes it behave as an unreachable server. */
function switchable(db: Database) {
  let down = false;
  // Writes that fail once the server is back (a fresh connection's first query may): how many are left.
  let flaky = 0;
  const listeners: (() => void)[] = [];
  const view: Database = {
    ...db,
    get sql() {
      return db.sql;
    },
    get up() {
      return !down;
    },
    onUp: (fn) => void listeners.push(fn),
    run: (q) => (down ? Promise.reject(new DatabaseDown()) : flaky > 0 && flaky-- > 0 ? Promise.reject(new Error('connection reset')) : db.run(q)),
  };
  return {
    db: view,
    down: () => (down = true),
    flakyWrites: (n: number) => (flaky = n),
    up: () => {
      down = false;
      for (const fn of listeners) fn();
    },
  };
}

const line = (i: number): HistoryRecord => ({ at: `2026-01-01T00:00:${String(i).padStart(2, '0')}Z`, owner: 'o', question: `q${i}`, answer: 'a', grounded: true, mode: 'extractive', channel: 'http' });

describePg('history buffered while PostgreSQL is down', () => {
  it('keeps at most the bound, counts what it dropped, and writes the rest in order on reconnect', async () => {
    const real = await openDatabase(await freshDatabase());
    opened.push(real);
    const s = switchable(real);
    const history = await PgRecords.open<HistoryRecord>(s.db, { kind: 'history', schema: HistorySchema as z.ZodType<HistoryRecord>, cap: 100, whenDown: 'buffer', bufferCap: 3 });
    await history.add(line(0));
    s.down();
    // Each resolves at once: an answer is never held up by the outage.
    for (let i = 1; i <= 5; i++) await history.add(line(i));
    expect(history.buffered).toBe(3);
    expect(history.dropped).toBe(2);
    const metrics = new Metrics(false);
    metrics.watchDatabase(() => ({ up: s.db.up, buffered: history.buffered, dropped: history.dropped }));
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/^history_dropped_total 2$/m);
    expect(text).toMatch(/^database_up 0$/m);

    s.up();
    await expect.poll(() => history.buffered, { timeout: 5000 }).toBe(0);
    const rows = await real.sql<{ q: string }[]>`select body->>'question' as q from records where kind = 'history' order by id`;
    // q1 and q2 were the oldest beyond the bound.
    expect(rows.map((r) => r.q)).toEqual(['q0', 'q3', 'q4', 'q5']);
    history.close();
  });

  it('writes the buffer when the first write after the reconnect fails, without waiting for another outage', { timeout: 15_000 }, async () => {
    const real = await openDatabase(await freshDatabase());
    opened.push(real);
    const s = switchable(real);
    const history = await PgRecords.open<HistoryRecord>(s.db, { kind: 'history', schema: HistorySchema as z.ZodType<HistoryRecord>, cap: 100, whenDown: 'buffer' });
    s.down();
    for (let i = 1; i <= 3; i++) await history.add(line(i));
    s.flakyWrites(1);
    s.up();
    await expect.poll(() => history.buffered, { timeout: 10_000 }).toBe(0);
    const rows = await real.sql<{ q: string }[]>`select body->>'question' as q from records where kind = 'history' order by id`;
    expect(rows.map((r) => r.q)).toEqual(['q1', 'q2', 'q3']);
    history.close();
  });

  it('refuses feedback (acknowledge mode) while down instead of pretending it was saved', async () => {
    const real = await openDatabase(await freshDatabase());
    opened.push(real);
    const s = switchable(real);
    const feedback = await PgRecords.open(s.db, { kind: 'feedback', schema: HistorySchema as z.ZodType<HistoryRecord>, cap: 100, whenDown: 'acknowledge' });
    s.down();
    await expect(feedback.add(line(1))).rejects.toThrow(DatabaseDown);
    expect(feedback.size).toBe(0);
    feedback.close();
  });
});
