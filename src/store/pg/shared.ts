// Limits and dedupe every instance must agree on: rate-limit windows, the 公众号/企业微信 MsgId
// claims and the nonce memory. Each call is one statement that decides atomically in the database
// (`insert … on conflict`), so two instances racing on one key still count once.
import { createHash } from 'node:crypto';
import type { Database } from './db.ts';

export interface WindowHit {
  /** Requests counted in this window, this one included. */
  count: number;
  /** Milliseconds until the window ends. */
  resetMs: number;
}

/** A fixed window shared by every instance. Windows are aligned to the clock so all agree on them. */
export interface SharedWindows {
  hit(key: string, windowMs: number): Promise<WindowHit>;
}

export type ClaimResult = { kind: 'mine' } | { kind: 'taken'; reply: string | null };

/** Who computes a callback message: the first instance to claim its key; the others find its reply. */
export interface SharedCallbacks {
  claim(key: string): Promise<ClaimResult>;
  /** The reply the claimer sent, for a retry that reaches another instance. */
  settle(key: string, reply: string | null): Promise<void>;
  /** 'new', 'repeat' (same body) or 'replayed' (same nonce, another body): see channels/official-account/nonces.ts. */
  nonce(timestamp: string, nonce: string, body: string): Promise<'new' | 'repeat' | 'replayed'>;
}

export function pgWindows(db: Database, now: () => number = Date.now): SharedWindows & { sweep(): Promise<void> } {
  return {
    hit: async (key, windowMs) => {
      const t = now();
      const start = t - (t % windowMs);
      const rows = await db.run(
        (sql) => sql<{ count: number }[]>`insert into rate_windows (key, window_start, count) values (${key}, ${start}, 1)
          on conflict (key, window_start) do update set count = rate_windows.count + 1 returning count`,
      );
      return { count: rows[0]!.count, resetMs: start + windowMs - t };
    },
    sweep: async () => {
      await db.run((sql) => sql`delete from rate_windows where window_start < ${now() - 3600_000}`).catch(() => undefined);
    },
  };
}

/**
 * `staleMs`: how long a claim may stay unsettled before another instance may take the message over
 * (longer than the reply window, so a live instance always settles first).
 */
export function pgCallbacks(db: Database, ttlMs: number, staleMs = 8000): SharedCallbacks & { sweep(): Promise<void> } {
  return {
    claim: async (key) => {
      const mine = await db.run((sql) => sql`insert into callback_messages (key) values (${key}) on conflict do nothing returning key`);
      if (mine.length) return { kind: 'mine' };
      // A claim never settled long after WeChat's window: its instance died mid-answer (kill -9).
      // The retry takes it over rather than leave the user without an answer.
      const stale = await db.run((sql) => sql`update callback_messages set at = now() where key = ${key} and not settled
        and at < now() - ${`${Math.ceil(staleMs / 1000)} seconds`}::interval returning key`);
      if (stale.length) return { kind: 'mine' };
      const rows = await db.run((sql) => sql<{ reply: string | null }[]>`select reply from callback_messages where key = ${key}`);
      return { kind: 'taken', reply: rows[0]?.reply ?? null };
    },
    settle: async (key, reply) => {
      await db.run((sql) => sql`update callback_messages set reply = ${reply}, settled = true where key = ${key}`);
    },
    nonce: async (timestamp, nonce, body) => {
      const key = `${timestamp}:${nonce}`;
      const digest = createHash('sha256').update(body).digest('base64');
      const mine = await db.run((sql) => sql`insert into callback_nonces (key, digest) values (${key}, ${digest}) on conflict do nothing returning key`);
      if (mine.length) return 'new';
      const rows = await db.run((sql) => sql<{ digest: string }[]>`select digest from callback_nonces where key = ${key}`);
      return rows[0]?.digest === digest ? 'repeat' : 'replayed';
    },
    sweep: async () => {
      await db.run((sql) => sql`delete from callback_messages where at < now() - ${`${Math.ceil(ttlMs / 1000)} seconds`}::interval`).catch(() => undefined);
      await db.run((sql) => sql`delete from callback_nonces where at < now() - ${`${Math.ceil(ttlMs / 1000)} seconds`}::interval`).catch(() => undefined);
    },
  };
}
