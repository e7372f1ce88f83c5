// The service's persistent state in DATA_DIR. Records someone was told are kept (feedback, audit,
// history) live in durable append-only logs: on disk before the reply — a conversation turn's history
// line written to the OS before it, fsync'd within HISTORY_SYNC_MS (the lead's policy, issue 19). Documents that can lose a
// second (sessions, the unanswered list) stay lowdb files written in batches. Every file is checked
// against its schema on load (schemas.ts).
import { existsSync } from 'node:fs';
import { readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { SessionState, SessionStore } from '../answer/conversation/session.ts';
import { DurableList } from './durable-list.ts';
import { JsonFile } from './json-file.ts';
import type { Records } from './list.ts';
import { maskPii } from '../text/pii.ts';
import { RecordList, type UpsertList } from './records.ts';
import type { SharedState } from './pg/store.ts';
import { DailyCounts, type Daily } from './daily-counts.ts';
import type { AuditRecord, FeedbackRecord, HistoryRecord, UnansweredRecord } from './types.ts';
import { AuditSchema, DailyFileSchema, FeedbackSchema, HistorySchema, itemsFile, SessionsFileSchema, UnansweredSchema } from './schemas.ts';

export type { AuditRecord, Channel, FeedbackRecord, HistoryRecord, UnansweredRecord } from './types.ts';

const SESSION_CAP = 10_000;
/**
 * A conversation turn's history line is written before the reply (a crashed process loses none) and
 * fsync'd in a batch at most this long after, and at shutdown: at one connection the fsync before
 * each reply was most of a turn's time. Feedback, audit and logins keep fsync before the reply.
 */
export const HISTORY_SYNC_MS = 50;
const SESSION_TTL_MS = 24 * 3600_000;

/** Sessions kept in a lowdb file: bounded, expiring, written in batches. */
class StoredSessions implements SessionStore {
  constructor(
    private readonly file: JsonFile<{ sessions: Record<string, SessionState> }>,
    private readonly now: () => number = Date.now,
  ) {}

  get(id: string): SessionState | undefined {
    const s = this.file.data.sessions[id];
    if (!s) return undefined;
    if (this.now() - s.updatedAt > SESSION_TTL_MS) return undefined;
    return s;
  }

  private count = -1;

  set(id: string, state: SessionState): void {
    if (this.count < 0) this.count = Object.keys(this.file.data.sessions).length;
    this.file.mutate((d) => {
      if (!(id in d.sessions)) this.count++;
      delete d.sessions[id];
      d.sessions[id] = { ...state, ...(state.lastQuestion ? { lastQuestion: maskPii(state.lastQuestion) } : {}) };
      // Insertion order is age order: past the cap (plus a slack, so the walk is rare) drop the oldest.
      if (this.count > SESSION_CAP * 1.1) {
        const keys = Object.keys(d.sessions);
        for (let i = 0; i < keys.length - SESSION_CAP; i++) delete d.sessions[keys[i]!];
        this.count = SESSION_CAP;
      }
    });
  }

  get size(): number {
    if (this.count < 0) this.count = Object.keys(this.file.data.sessions).length;
    return this.count;
  }

  flush(): Promise<void> {
    return this.file.flush();
  }
}

export interface Store {
  /** `load`: fetch a session another instance may have moved on, before answering (PostgreSQL only). */
  sessions: SessionStore & { size: number; flush(): Promise<void>; load?(id: string): Promise<void> };
  feedback: Records<FeedbackRecord>;
  unanswered: UpsertList<UnansweredRecord>;
  audit: Records<AuditRecord>;
  history: Records<HistoryRecord>;
  /** Every answered question counted per day and channel (grounded / refused), for the dashboard. */
  daily: Daily;
  /** Records a question the knowledge base could not answer; a repeat bumps its row's count. */
  noteUnanswered(record: UnansweredRecord): UnansweredRecord;
  /** With DATABASE_URL: the database, shared limits and callback memory; null for the embedded files. */
  shared: SharedState | null;
  flush(): Promise<void>;
  /** Flushes, then closes the database connections (if any). */
  close(): Promise<void>;
}

export interface StoreOptions {
  /** postgres://…: every store but the daily counters moves to PostgreSQL. */
  databaseUrl?: string;
  /** How long a conversation is remembered in PostgreSQL (the file store keeps its 24 h). */
  sessionTtlMs?: number;
}

/**
 * An earlier version's lowdb list (`{items: [...]}`), imported once into the new log and renamed
 * `*.migrated`; one that does not fit its schema is moved aside instead.
 */
function legacyList<T>(file: string, item: z.ZodType<T>, log?: Logger): () => Promise<T[] | null> {
  return async () => {
    if (!existsSync(file)) return null;
    let parsed: { success: true; data: { items: T[] } } | { success: false; error: unknown };
    try {
      parsed = itemsFile(item).safeParse(JSON.parse(await readFile(file, 'utf8'))) as typeof parsed;
    } catch (err) {
      parsed = { success: false, error: err };
    }
    if (!parsed.success) {
      const aside = `${file}.invalid-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      await rename(file, aside);
      log?.error({ file, movedTo: aside }, 'old store file is not of the expected shape: moved aside, starting empty');
      return [];
    }
    await rename(file, `${file}.migrated`);
    log?.info({ from: file, records: parsed.data.items.length }, 'store file moved to an append-only log');
    return parsed.data.items;
  };
}

export async function openStore(dataDir: string, log?: Logger, opts: StoreOptions = {}): Promise<Store> {
  const daily = async () => new DailyCounts(await JsonFile.open(path.join(dataDir, 'daily.json'), () => ({ days: {} }), log, DailyFileSchema));
  if (opts.databaseUrl) {
    // Imported only when configured: the embedded default loads no database client.
    const pg = await (await import('./pg/store.ts')).openPgStores(opts.databaseUrl, opts.sessionTtlMs ?? SESSION_TTL_MS, log);
    return assemble(pg, pg.shared);
  }
  const durable = <T>(name: string, schema: z.ZodType<T>, cap: number, syncDelayMs?: number) =>
    DurableList.open<T>(path.join(dataDir, `${name}.jsonl`), schema, cap, {
      ...(log ? { log } : {}),
      legacy: legacyList(path.join(dataDir, `${name}.json`), schema, log),
      ...(syncDelayMs !== undefined ? { syncDelayMs } : {}),
    });
  const sessions = new StoredSessions(
    await JsonFile.open(path.join(dataDir, 'sessions.json'), () => ({ sessions: {} as Record<string, SessionState> }), log, SessionsFileSchema as z.ZodType<{ sessions: Record<string, SessionState> }>),
  );
  const unanswered = new RecordList<UnansweredRecord>(
    await JsonFile.open(path.join(dataDir, 'unanswered.json'), () => ({ items: [] as UnansweredRecord[] }), log, itemsFile(UnansweredSchema) as z.ZodType<{ items: UnansweredRecord[] }>),
    50_000,
    // One row per question, with a count (see RecordList.upsert).
    (r) => r.question,
  );
  const feedback = await durable<FeedbackRecord>('feedback', FeedbackSchema as z.ZodType<FeedbackRecord>, 50_000);
  const audit = await durable<AuditRecord>('audit', AuditSchema as z.ZodType<AuditRecord>, 10_000);
  // Every answered question with an owner lands here: conversation turns, fsync deferred.
  const history = await durable<HistoryRecord>('history', HistorySchema as z.ZodType<HistoryRecord>, 20_000, HISTORY_SYNC_MS);
  const store = { sessions, feedback, unanswered, audit, history, daily: await daily() };
  // At close the history's deferred fsync runs now, not up to HISTORY_SYNC_MS later (or never, at exit).
  return assemble(store, null, () => history.syncNow());
}

type Parts = Pick<Store, 'sessions' | 'feedback' | 'unanswered' | 'audit' | 'history' | 'daily'>;

function assemble(store: Parts, shared: SharedState | null, settle?: () => Promise<void>): Store {
  const flush = async () => {
    await Promise.allSettled([store.sessions.flush(), store.feedback.flush(), store.unanswered.flush(), store.audit.flush(), store.history.flush(), store.daily.flush()]);
  };
  return {
    sessions: store.sessions,
    feedback: store.feedback,
    unanswered: store.unanswered,
    audit: store.audit,
    history: store.history,
    daily: store.daily,
    shared,
    noteUnanswered: (record) =>
      store.unanswered.upsert(record, (prev) => ({ ...record, count: (prev.count ?? 1) + 1, firstAt: prev.firstAt ?? prev.at })),
    flush,
    close: async () => {
      await flush();
      await settle?.();
      await shared?.close();
    },
  };
}

export { maskPii };
