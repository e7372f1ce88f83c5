// Mini-program logins in PostgreSQL (see channels/mini-program/tokens.ts SharedLogins): a login issued on
// one instance is found by the others. Structural types only: the store does not import the
// mini-program.
import type { Database } from './db.ts';

interface Login {
  openid: string;
  unionid?: string;
  createdAt: number;
  expiresAt: number;
}

export function pgLogins(db: Database) {
  return {
    /** The new login and the ones it pushes out, in one transaction: acknowledged means committed. */
    put: async (hash: string, login: Login, drop: string[]): Promise<void> => {
      await db.run((sql) =>
        sql.begin(async (tx) => {
          await tx`insert into logins (hash, openid, login, expires_at) values (${hash}, ${login.openid}, ${tx.json(login as never)}, ${login.expiresAt})
            on conflict (hash) do update set login = excluded.login, expires_at = excluded.expires_at`;
          if (drop.length) await tx`delete from logins where hash in ${tx(drop)}`;
        }),
      );
    },
    del: async (hash: string): Promise<void> => {
      await db.run((sql) => sql`delete from logins where hash = ${hash}`);
    },
    get: async (hash: string): Promise<Login | null> => {
      const rows = await db.run((sql) => sql<{ login: Login }[]>`select login from logins where hash = ${hash} and expires_at > ${Date.now()}`);
      return rows[0]?.login ?? null;
    },
    sweep: async (): Promise<void> => {
      await db.run((sql) => sql`delete from logins where expires_at < ${Date.now()}`).catch(() => undefined);
    },
  };
}
