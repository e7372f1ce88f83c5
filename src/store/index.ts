// The service's persistent state in DATA_DIR: one lowdb file per kind of record, and an append-only
// log for the question history (the one list that grows with every answer).
import path from 'node:path';
import type { Logger } from 'pino';
import type { SessionState, SessionStore } from '../answer/session.ts';
import { JsonFile } from './json-file.ts';
import { maskPii } from './pii.ts';
import { RecordList } from './records.ts';
import { AppendLog, type Records } from './append-log.ts';
import { DailyCounts } from './daily-counts.ts';

/** mp = mini-program, oa = Official Account (公众号), wecom = 企业微信. */
export type Channel = 'http' | 'wechat' | 'mp' | 'oa' | 'wecom' | 'cli';

export interface FeedbackRecord {
  at: string;
  sessionId: string;
  question: string;
  answer?: string;
  rating: 'up' | 'down';
  comment?: string;
  channel: Channel;
  user?: string;
}

export interface UnansweredRecord {
  /** When it was last asked. */
  at: string;
  question: string;
  /** How often it was asked (absent: once) and when first, for records folded by question. */
  count?: number;
  firstAt?: string;
  reason: 'refused' | 'low_confidence';
  channel: Channel;
  sessionId?: string;
}

export interface AuditRecord {
  at: string;
  action: string;
  who: string;
  result: 'ok' | 'failed' | 'rejected';
  detail?: Record<string, unknown>;
}

export interface HistoryRecord {
  at: string;
  /** The owner: an openid, a WeChat contact id, or an anonymous session id. */
  owner: string;
  question: string;
  answer: string;
  grounded: boolean;
  mode: string;
  channel: Channel;
}

const SESSION_CAP = 10_000;
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
  sessions: SessionStore & { size: number; flush(): Promise<void> };
  feedback: RecordList<FeedbackRecord>;
  unanswered: RecordList<UnansweredRecord>;
  audit: RecordList<AuditRecord>;
  history: Records<HistoryRecord>;
  /** Every answered question counted per day and channel (grounded / refused), for the dashboard. */
  daily: DailyCounts;
  /** Records a question the knowledge base could not answer; a repeat bumps its row's count. */
  noteUnanswered(record: UnansweredRecord): UnansweredRecord;
  flush(): Promise<void>;
}

export async function openStore(dataDir: string, log?: Logger): Promise<Store> {
  const list = async <T extends { at: string }>(name: string, cap: number, keyOf?: (r: T) => string) =>
    new RecordList<T>(await JsonFile.open<{ items: T[] }>(path.join(dataDir, `${name}.json`), () => ({ items: [] }), log), cap, keyOf);
  const sessions = new StoredSessions(
    await JsonFile.open(path.join(dataDir, 'sessions.json'), () => ({ sessions: {} as Record<string, SessionState> }), log),
  );
  const store = {
    sessions,
    feedback: await list<FeedbackRecord>('feedback', 50_000),
    // One row per question, with a count (see RecordList.upsert).
    unanswered: await list<UnansweredRecord>('unanswered', 50_000, (r) => r.question),
    audit: await list<AuditRecord>('audit', 10_000),
    // Every answered question with an owner lands here: appended, not rewritten (see AppendLog).
    history: await AppendLog.open<HistoryRecord>(path.join(dataDir, 'history.jsonl'), 20_000, log, path.join(dataDir, 'history.json')),
    daily: new DailyCounts(await JsonFile.open(path.join(dataDir, 'daily.json'), () => ({ days: {} }), log)),
  };
  return {
    ...store,
    noteUnanswered: (record) =>
      store.unanswered.upsert(record, (prev) => ({ ...record, count: (prev.count ?? 1) + 1, firstAt: prev.firstAt ?? prev.at })),
    flush: async () => {
      await Promise.all([sessions.flush(), store.feedback.flush(), store.unanswered.flush(), store.audit.flush(), store.history.flush(), store.daily.flush()]);
    },
  };
}

export { maskPii };
