// One PostgreSQL connection pool per process (DATABASE_URL), and whether the server answers now.
// postgres.js reconnects by itself; what this adds is a state every part can ask (`up`) so that a
// request never waits on a dead server: while it is down, writes that may wait are buffered, and
// writes that must be acknowledged fail at once with a 503 (see store-errors.ts).
import postgres from 'postgres';
import type { Logger } from 'pino';
import { migrate } from './migrate.ts';
import type { Sql } from './sql.ts';

export type { Sql } from './sql.ts';

export interface Database {
  readonly sql: Sql;
  /** False from the first failed query until a ping answers again. */
  readonly up: boolean;
  /** Runs `fn` each time the server comes back (buffers write themselves out). */
  onUp(fn: () => void): void;
  /** Every query goes through here, so a failure marks the server down. */
  run<T>(q: (sql: Sql) => Promise<T>): Promise<T>;
  /** LISTEN on a channel; postgres.js re-subscribes after a reconnect. */
  listen(channel: string, fn: (payload: string) => void): Promise<void>;
  notify(channel: string, payload: string): Promise<void>;
  close(): Promise<void>;
}

/** Down is noticed by a failing query; back up by this ping. */
const PING_MS = 1000;

export class DatabaseDown extends Error {
  constructor(cause?: unknown) {
    super('数据库暂时不可用 / the database is unavailable', cause === undefined ? {} : { cause });
    // The HTTP layer tells this apart by name (it does not import the store's classes).
    this.name = 'DatabaseDown';
  }
}

export async function openDatabase(url: string, log?: Logger, opts: { max?: number } = {}): Promise<Database> {
  const sql = postgres(url, {
    max: opts.max ?? 10,
    // A dead server must fail a request quickly, not after the 30 s default.
    connect_timeout: 2,
    idle_timeout: 30,
    onnotice: () => undefined,
  }) as unknown as Sql;
  let up = true;
  let closed = false;
  const upListeners: (() => void)[] = [];
  let ping: NodeJS.Timeout | null = null;

  const markDown = (err: unknown) => {
    if (!up || closed) return;
    up = false;
    log?.error({ err }, 'PostgreSQL unreachable: chat continues, history is buffered, feedback and login answer 503');
    ping = setInterval(() => {
      sql`select 1`.then(
        () => {
          if (up || closed) return;
          up = true;
          if (ping) clearInterval(ping);
          ping = null;
          log?.info('PostgreSQL reachable again');
          for (const fn of upListeners) fn();
        },
        () => undefined,
      );
    }, PING_MS);
    ping.unref();
  };

  const isConnectionError = (err: unknown) => {
    const code = (err as { code?: string }).code ?? '';
    // Node socket errors, postgres.js' own connection errors, and the server's admin shutdown / cannot-connect classes.
    return /^(ECONN|ENOTFOUND|ETIMEDOUT|EPIPE|CONNECT_TIMEOUT|CONNECTION_|57P0|08)/.test(code) || err instanceof DatabaseDown;
  };

  // Fails at start: a configured database that is not there is a deployment error, not an outage.
  await migrate(sql, log);

  return {
    sql,
    get up() {
      return up;
    },
    onUp: (fn) => void upListeners.push(fn),
    run: async (q) => {
      if (!up) throw new DatabaseDown();
      try {
        return await q(sql);
      } catch (err) {
        if (isConnectionError(err)) {
          markDown(err);
          throw new DatabaseDown(err);
        }
        throw err;
      }
    },
    listen: async (channel, fn) => {
      await sql.listen(channel, fn);
    },
    notify: async (channel, payload) => {
      await sql.notify(channel, payload);
    },
    close: async () => {
      closed = true;
      if (ping) clearInterval(ping);
      await sql.end({ timeout: 2 });
    },
  };
}
