// Versioned schema migrations, applied at start in order, each once, inside a transaction. Several
// instances starting together take an advisory lock, so one applies and the others find it done.
// A migration is never edited once released: a change is a new entry at the end.
import type { Logger } from 'pino';
import type { Sql } from './sql.ts';

export const MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'stores',
    sql: `
      -- Feedback, audit and history: one append-only table; the id orders them and lets each
      -- instance tail what the others wrote.
      create table records (
        id bigserial primary key,
        kind text not null,
        body jsonb not null,
        created_at timestamptz not null default now()
      );
      create index records_kind_id on records (kind, id);
      -- Unanswered questions fold by question; seq moves on every change so instances can tail it.
      create sequence unanswered_seq;
      create table unanswered (
        question text primary key,
        body jsonb not null,
        seq bigint not null default nextval('unanswered_seq')
      );
      create index unanswered_seq_idx on unanswered (seq);
      create table sessions (
        id text primary key,
        state jsonb not null,
        updated_at timestamptz not null default now()
      );
      create index sessions_updated on sessions (updated_at);
      -- Fixed rate-limit windows shared by every instance.
      create table rate_windows (
        key text not null,
        window_start bigint not null,
        count integer not null,
        primary key (key, window_start)
      );
      -- 公众号/企业微信: a message is computed by the instance that claims it first.
      create table callback_messages (
        key text primary key,
        at timestamptz not null default now(),
        settled boolean not null default false,
        reply text
      );
      create table callback_nonces (
        key text primary key,
        digest text not null,
        at timestamptz not null default now()
      );
    `,
  },
  {
    version: 2,
    name: 'mini-program logins',
    sql: `
      -- Login tokens by their SHA-256 only (miniprogram/tokens.ts): a leaked dump signs nobody in.
      create table logins (
        hash text primary key,
        openid text not null,
        login jsonb not null,
        expires_at bigint not null
      );
      create index logins_openid on logins (openid);
      create index logins_expires on logins (expires_at);
    `,
  },
  {
    version: 3,
    name: 'documents',
    sql: `
      -- Documents uploaded through the admin API: every instance materialises them into its own
      -- knowledge folder. A deletion is a row too (deleted = true), so an instance that was down
      -- still learns of it. revision orders every change across documents.
      create sequence documents_revision;
      create table documents (
        name text primary key,
        content bytea,
        version integer not null default 1,
        deleted boolean not null default false,
        revision bigint not null default nextval('documents_revision'),
        updated_at timestamptz not null default now()
      );
    `,
  },
  {
    version: 4,
    name: 'daily counters',
    sql: `
      -- Questions per day and channel over every instance (the dashboard).
      create table daily_counts (
        day text not null,
        channel text not null,
        questions integer not null default 0,
        grounded integer not null default 0,
        refused integer not null default 0,
        primary key (day, channel)
      );
    `,
  },
];

const LOCK_ID = 421_021;

export async function migrate(sql: Sql, log?: Logger): Promise<number> {
  return sql.begin(async (tx) => {
    await tx`select pg_advisory_xact_lock(${LOCK_ID})`;
    await tx`create table if not exists schema_migrations (version integer primary key, name text not null, applied_at timestamptz not null default now())`;
    const done = new Set((await tx<{ version: number }[]>`select version from schema_migrations`).map((r) => r.version));
    let latest = 0;
    for (const m of MIGRATIONS) {
      latest = Math.max(latest, m.version);
      if (done.has(m.version)) continue;
      await tx.unsafe(m.sql);
      await tx`insert into schema_migrations (version, name) values (${m.version}, ${m.name})`;
      log?.info({ version: m.version, name: m.name }, 'database migration applied');
    }
    return latest;
  }) as Promise<number>;
}
