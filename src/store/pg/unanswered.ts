// Unanswered questions in PostgreSQL: one row per question with a count, folded by the database
// (`on conflict`), so every instance adds to the same row. Like the lowdb list, a lost bump is
// acceptable: upsert() answers at once from memory and writes in the background; rows other
// instances changed are tailed by their `seq`.
import type { Logger } from 'pino';
import type { z } from 'zod';
import { newestFirst, type ListOptions } from '../list.ts';
import type { UpsertList } from '../records.ts';
import type { Database } from './db.ts';

const POLL_MS = 3000;

export class PgUnanswered<T extends { at: string; question: string; count?: number; firstAt?: string }> implements UpsertList<T> {
  /** Newest last, by question. */
  private byQuestion = new Map<string, T>();
  private seq = 0;
  private pending = new Set<Promise<unknown>>();
  /** Writes go one after another: on separate connections a later bump could commit first and be overwritten. */
  private chain: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;

  private constructor(
    private readonly db: Database,
    private readonly schema: z.ZodType<T>,
    private readonly cap: number,
    private readonly log?: Logger,
  ) {}

  static async open<T extends { at: string; question: string; count?: number; firstAt?: string }>(db: Database, schema: z.ZodType<T>, cap: number, log?: Logger): Promise<PgUnanswered<T>> {
    const list = new PgUnanswered(db, schema, cap, log);
    const rows = await db.run((sql) => sql<{ body: unknown; seq: string }[]>`select body, seq from unanswered order by seq desc limit ${cap}`);
    list.ingest(rows.reverse());
    list.timer = setInterval(() => void list.tail(), POLL_MS);
    list.timer.unref();
    return list;
  }

  private ingest(rows: { body: unknown; seq: string }[]): void {
    for (const row of rows) {
      this.seq = Math.max(this.seq, Number(row.seq));
      const parsed = this.schema.safeParse(row.body);
      if (!parsed.success) continue;
      this.byQuestion.delete(parsed.data.question);
      this.byQuestion.set(parsed.data.question, parsed.data);
    }
    this.trim();
  }

  async tail(): Promise<void> {
    if (!this.db.up) return;
    const rows = await this.db.run((sql) => sql<{ body: unknown; seq: string }[]>`select body, seq from unanswered where seq > ${this.seq} order by seq limit 5000`).catch(() => []);
    this.ingest(rows);
  }

  add(record: T): T {
    return this.upsert(record, () => record);
  }

  /** `make` folds locally for the immediate answer; the database folds the same way for every instance. */
  upsert(record: T, make: (previous: T) => T): T {
    const previous = this.byQuestion.get(record.question);
    const next = previous ? make(previous) : record;
    this.byQuestion.delete(record.question);
    this.byQuestion.set(record.question, next);
    this.trim();
    const p = this.chain.then(() => this.db
      .run(
        (sql) => sql`
          insert into unanswered (question, body) values (${record.question}, ${sql.json(record as never)})
          on conflict (question) do update set
            body = excluded.body || jsonb_build_object(
              'count', coalesce((unanswered.body->>'count')::int, 1) + 1,
              'firstAt', coalesce(unanswered.body->>'firstAt', unanswered.body->>'at')),
            seq = nextval('unanswered_seq')`,
      )
      .catch((err: unknown) => this.log?.warn({ err }, 'an unanswered question was not saved')));
    this.chain = p;
    this.pending.add(p);
    void p.finally(() => this.pending.delete(p));
    return next;
  }

  private trim(): void {
    const over = this.byQuestion.size - this.cap;
    if (over <= Math.ceil(this.cap / 10)) return;
    let n = 0;
    for (const k of this.byQuestion.keys()) {
      if (n++ >= over) break;
      this.byQuestion.delete(k);
    }
  }

  list(opts: ListOptions<T> = {}): T[] {
    return newestFirst([...this.byQuestion.values()], opts);
  }

  get size(): number {
    return this.byQuestion.size;
  }

  async flush(): Promise<void> {
    await Promise.all([...this.pending]);
  }

  close(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
