// The stores on PostgreSQL (DATABASE_URL): sessions, feedback, audit, history, unanswered, the
// daily counters, plus the shared limits, callback memory, logins and uploaded documents.
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { AuditRecord, FeedbackRecord, HistoryRecord, UnansweredRecord } from '../types.ts';
import { AuditSchema, FeedbackSchema, HistorySchema, UnansweredSchema } from '../schemas.ts';
import { openDatabase, type Database } from './db.ts';
import { PgRecords, RECORDS_CHANNEL } from './records.ts';
import { PgSessions } from './sessions.ts';
import { PgDaily } from './daily.ts';
import { pgDocuments, type SharedDocuments } from './documents.ts';
import { pgLogins } from './logins.ts';
import { pgCallbacks, pgWindows, type SharedCallbacks, type SharedWindows } from './shared.ts';
import { PgUnanswered } from './unanswered.ts';

/** How long callback messages and nonces are remembered: WeChat retries within 15 s, nonces live 2 × the 300 s skew. */
const CALLBACK_MEMORY_MS = 600_000;
const SWEEP_MS = 60_000;

export interface SharedState {
  db: Database;
  windows: SharedWindows;
  callbacks: SharedCallbacks;
  /** Mini-program logins (channels/mini-program/tokens.ts SharedLogins). */
  logins: ReturnType<typeof pgLogins>;
  /** Uploaded documents and the knowledge-changed channel (ops/knowledge-sync.ts). */
  documents: SharedDocuments;
  /** History lines waiting in memory for the database, and those dropped beyond the bound. */
  historyBuffer(): { buffered: number; dropped: number };
  close(): Promise<void>;
}

export async function openPgStores(url: string, sessionTtlMs: number, log?: Logger) {
  const db = await openDatabase(url, log);
  const feedback = await PgRecords.open<FeedbackRecord>(db, { kind: 'feedback', schema: FeedbackSchema as z.ZodType<FeedbackRecord>, cap: 50_000, whenDown: 'acknowledge', ...(log ? { log } : {}) });
  const audit = await PgRecords.open<AuditRecord>(db, { kind: 'audit', schema: AuditSchema as z.ZodType<AuditRecord>, cap: 10_000, whenDown: 'acknowledge', ...(log ? { log } : {}) });
  // History may wait: an answer is still given while the database is down (see db.ts).
  const history = await PgRecords.open<HistoryRecord>(db, { kind: 'history', schema: HistorySchema as z.ZodType<HistoryRecord>, cap: 20_000, whenDown: 'buffer', bufferCap: 10_000, ...(log ? { log } : {}) });
  const unanswered = await PgUnanswered.open<UnansweredRecord>(db, UnansweredSchema as z.ZodType<UnansweredRecord>, 50_000, log);
  const sessions = new PgSessions(db, sessionTtlMs);
  const daily = await PgDaily.open(db);
  const lists = { feedback, audit, history } as Record<string, PgRecords<unknown>>;
  await db.listen(RECORDS_CHANNEL, (kind) => lists[kind]?.notified());
  const windows = pgWindows(db);
  const callbacks = pgCallbacks(db, CALLBACK_MEMORY_MS);
  const logins = pgLogins(db);
  const sweeper = setInterval(() => {
    if (!db.up) return;
    void windows.sweep();
    void callbacks.sweep();
    void sessions.sweep();
    void logins.sweep();
  }, SWEEP_MS);
  sweeper.unref();
  const shared: SharedState = {
    db,
    windows,
    callbacks,
    logins,
    documents: pgDocuments(db),
    historyBuffer: () => ({ buffered: history.buffered, dropped: history.dropped }),
    close: async () => {
      clearInterval(sweeper);
      for (const l of [feedback, audit, history, unanswered, daily]) l.close();
      await db.close();
    },
  };
  return { feedback, audit, history, unanswered, sessions, daily, shared };
}
