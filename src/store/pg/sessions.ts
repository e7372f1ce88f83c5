// Conversations in PostgreSQL, so a follow-up that lands on another instance finds its context.
// The answerer reads a session synchronously (answer/conversation/session.ts), so a request first load()s its
// session into this instance's cache; set() writes through. While the database is down the cache
// alone carries conversations on this instance.
import type { SessionState, SessionStore } from '../../answer/conversation/session.ts';
import { maskPii } from '../../text/pii.ts';
import type { Database } from './db.ts';

const CACHE_CAP = 10_000;

export class PgSessions implements SessionStore {
  private readonly cache = new Map<string, SessionState>();
  private pending = new Set<Promise<unknown>>();
  private counted = { at: 0, n: 0 };

  constructor(
    private readonly db: Database,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Fetches the newest state of `id` (another instance may have moved the conversation on). */
  async load(id: string): Promise<void> {
    if (!this.db.up) return;
    const rows = await this.db.run((sql) => sql<{ state: SessionState }[]>`select state from sessions where id = ${id}`).catch(() => null);
    if (!rows) return;
    const state = rows[0]?.state;
    if (state && (this.cache.get(id)?.updatedAt ?? -1) <= state.updatedAt) this.remember(id, state);
  }

  get(id: string): SessionState | undefined {
    const s = this.cache.get(id);
    if (!s || this.now() - s.updatedAt > this.ttlMs) return undefined;
    return s;
  }

  set(id: string, state: SessionState): void {
    // Only a newer state replaces an older one: two writes of one conversation on separate
    // connections may commit in either order.
    const stored = { ...state, ...(state.lastQuestion ? { lastQuestion: maskPii(state.lastQuestion) } : {}) };
    this.remember(id, stored);
    const p = this.db
      .run((sql) => sql`insert into sessions (id, state, updated_at) values (${id}, ${sql.json(stored as never)}, now())
        on conflict (id) do update set state = excluded.state, updated_at = now()
        where (sessions.state->>'updatedAt')::bigint <= (excluded.state->>'updatedAt')::bigint`)
      .catch(() => undefined);
    this.pending.add(p);
    void p.finally(() => this.pending.delete(p));
  }

  private remember(id: string, state: SessionState): void {
    this.cache.delete(id);
    this.cache.set(id, state);
    if (this.cache.size > CACHE_CAP) this.cache.delete(this.cache.keys().next().value as string);
  }

  /** Sessions across every instance, counted at most every 10 s (the admin status). */
  get size(): number {
    if (this.now() - this.counted.at > 10_000 && this.db.up) {
      this.counted.at = this.now();
      void this.db
        .run((sql) => sql<{ n: string }[]>`select count(*) as n from sessions where updated_at > now() - ${`${Math.round(this.ttlMs / 1000)} seconds`}::interval`)
        .then((r) => (this.counted.n = Number(r[0]?.n ?? 0)))
        .catch(() => undefined);
    }
    return Math.max(this.counted.n, this.cache.size);
  }

  /** Resolves when every set() so far reached the database (or failed: sessions may lose a turn). */
  async flush(): Promise<void> {
    await Promise.all([...this.pending]);
  }

  /** Drops expired rows; any instance may run it. */
  async sweep(): Promise<void> {
    await this.db.run((sql) => sql`delete from sessions where updated_at < now() - ${`${Math.round(this.ttlMs / 1000)} seconds`}::interval`).catch(() => undefined);
  }
}
