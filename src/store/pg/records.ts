// Feedback, audit and history in PostgreSQL (the `records` table), behind the same Records
// contract as the append-only logs. add() resolves once the row is committed. Each instance keeps
// the newest `cap` records of a kind in memory (list() stays synchronous, as the routes expect)
// and tails the table for rows other instances wrote: on NOTIFY, and every few seconds in case a
// notification was missed during a reconnect.
import type { Logger } from 'pino';
import type { z } from 'zod';
import { newestFirst, type ListOptions, type Records } from '../list.ts';
import { DatabaseDown, type Database } from './db.ts';

export const RECORDS_CHANNEL = 'panjin_records';
const POLL_MS = 3000;
/**
 * Ids come from a sequence, so a row can commit after one with a higher id. The tail reads back
 * this many ids behind the newest it has seen, and skips the ones it already holds.
 */
const LOOKBACK = 1000;

export interface PgRecordsOptions<T> {
  kind: string;
  schema: z.ZodType<T>;
  cap: number;
  /**
   * `acknowledge`: add() rejects while the database is down (the route answers 503).
   * `buffer`: add() resolves at once while it is down; the record waits in memory (at most
   * `bufferCap`, the oldest dropped beyond it and counted) and is written on reconnect.
   */
  whenDown: 'acknowledge' | 'buffer';
  bufferCap?: number;
  log?: Logger;
}

export class PgRecords<T> implements Records<T> {
  private items: T[] = [];
  /** Ids held, within the lookback of the newest. */
  private held = new Set<number>();
  private newest = 0;
  private pending = new Set<Promise<unknown>>();
  private buffer: T[] = [];
  /** Buffered records dropped because the buffer was full (a metric). */
  dropped = 0;
  private tailing: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private draining = false;

  private constructor(
    private readonly db: Database,
    private readonly opts: PgRecordsOptions<T>,
  ) {}

  static async open<T>(db: Database, opts: PgRecordsOptions<T>): Promise<PgRecords<T>> {
    const list = new PgRecords(db, opts);
    const rows = await db.run((sql) => sql<{ id: string; body: unknown }[]>`select id, body from records where kind = ${opts.kind} order by id desc limit ${opts.cap}`);
    list.ingest(rows.reverse());
    // (The poll also retries a drain that failed after a reconnect — the first write on a fresh connection may —
    // which would otherwise wait for the next outage to end: nothing acknowledged is kept in memory for good.)
    list.timer = setInterval(() => {
      list.tail();
      if (list.buffer.length && db.up) void list.drain();
    }, POLL_MS);
    list.timer.unref();
    db.onUp(() => {
      void list.drain();
      list.tail();
    });
    return list;
  }

  /** Called by the store's LISTEN when any instance wrote a record of this kind. */
  notified(): void {
    this.tail();
  }

  add(record: T): Promise<T> {
    if (!this.db.up && this.opts.whenDown === 'buffer') return Promise.resolve(this.hold(record));
    const p = this.insert([record]).then(
      () => record,
      (err: unknown) => {
        if (this.opts.whenDown !== 'buffer') throw err;
        // Whatever went wrong, an answer is not refused over its history line: kept for the next
        // reconnect (an error that is not an outage is logged, as it will not fix itself).
        if (!(err instanceof DatabaseDown)) this.opts.log?.warn({ err, kind: this.opts.kind }, 'a record could not be written: kept in memory');
        return this.hold(record);
      },
    );
    this.track(p);
    return p;
  }

  /** Keeps a record for later while the database is down; shown locally meanwhile. */
  private hold(record: T): T {
    this.buffer.push(record);
    const cap = this.opts.bufferCap ?? 10_000;
    if (this.buffer.length > cap) {
      this.dropped += this.buffer.length - cap;
      this.buffer.splice(0, this.buffer.length - cap);
    }
    this.push([record]);
    return record;
  }

  /** Writes the buffered records once the database is back (in order, in batches). */
  private async drain(): Promise<void> {
    // One drain at a time: two would write the same batch twice.
    if (this.draining) return;
    this.draining = true;
    try {
      await this.drainBatches();
    } finally {
      this.draining = false;
    }
  }

  private async drainBatches(): Promise<void> {
    while (this.buffer.length && this.db.up) {
      const batch = this.buffer.slice(0, 500);
      try {
        // Already listed locally: the tail must not show them twice.
        const ids = await this.insertRows(batch);
        for (const id of ids) this.see(id);
        this.buffer.splice(0, batch.length);
      } catch (err) {
        this.opts.log?.warn({ err, kind: this.opts.kind, buffered: this.buffer.length }, 'writing buffered records failed; retrying');
        return;
      }
    }
    if (this.buffer.length === 0 && this.dropped) this.opts.log?.warn({ kind: this.opts.kind, dropped: this.dropped }, 'buffered records were dropped while the database was down');
  }

  private async insert(batch: T[]): Promise<void> {
    const ids = await this.insertRows(batch);
    // Listed as soon as committed, without waiting for the tail.
    const fresh: T[] = [];
    batch.forEach((r, i) => {
      if (this.see(ids[i]!)) fresh.push(r);
    });
    this.push(fresh);
  }

  private async insertRows(batch: T[]): Promise<number[]> {
    const rows = await this.db.run(
      (sql) => sql<{ id: string }[]>`insert into records ${sql(batch.map((r) => ({ kind: this.opts.kind, body: sql.json(r as never) })))} returning id`,
    );
    void this.db.notify(RECORDS_CHANNEL, this.opts.kind).catch(() => undefined);
    return rows.map((r) => Number(r.id));
  }

  /** True when the id was not held yet. */
  private see(id: number): boolean {
    if (this.held.has(id)) return false;
    this.held.add(id);
    if (id > this.newest) {
      this.newest = id;
      if (this.held.size > 4 * LOOKBACK) for (const h of this.held) if (h < this.newest - LOOKBACK) this.held.delete(h);
    }
    return true;
  }

  private ingest(rows: { id: string; body: unknown }[]): void {
    const fresh: T[] = [];
    for (const row of rows) {
      const id = Number(row.id);
      if (id <= this.newest - LOOKBACK || !this.see(id)) continue;
      const parsed = this.opts.schema.safeParse(row.body);
      if (parsed.success) fresh.push(parsed.data);
      else this.opts.log?.warn({ kind: this.opts.kind, id }, 'a record in the database does not fit its schema: skipped');
    }
    this.push(fresh);
  }

  private push(records: T[]): void {
    for (const r of records) this.items.push(r);
    const cap = this.opts.cap;
    if (this.items.length > cap + Math.ceil(cap / 10)) this.items.splice(0, this.items.length - cap);
  }

  /** Reads rows other instances committed; one read at a time, one more if asked meanwhile. */
  private tail(): void {
    if (this.tailing) {
      this.again = true;
      return;
    }
    if (!this.db.up) return;
    const from = Math.max(0, this.newest - LOOKBACK);
    this.tailing = this.db
      .run((sql) => sql<{ id: string; body: unknown }[]>`select id, body from records where kind = ${this.opts.kind} and id > ${from} order by id limit 5000`)
      .then((rows) => this.ingest(rows))
      .catch(() => undefined)
      .finally(() => {
        this.tailing = null;
        if (this.again) {
          this.again = false;
          this.tail();
        }
      });
  }

  private track(p: Promise<unknown>): void {
    this.pending.add(p);
    p.finally(() => this.pending.delete(p)).catch(() => undefined);
  }

  list(opts: ListOptions<T> = {}): T[] {
    return newestFirst(this.items, opts);
  }

  get size(): number {
    return this.items.length;
  }

  get buffered(): number {
    return this.buffer.length;
  }

  /**
   * Waits for every add() so far; rejects when one could not be written. A buffered record counts
   * as written: that is what `buffer` means.
   */
  async flush(): Promise<void> {
    await Promise.all([...this.pending]);
  }

  /** Resolves once the tail has caught up with what is committed now (tests, the admin list after a write elsewhere). */
  async catchUp(): Promise<void> {
    this.tail();
    while (this.tailing) await this.tailing;
  }

  close(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
