// Login tokens for the mini-program: opaque random strings handed to the client once. Only their
// SHA-256 is kept, so a leaked data file signs nobody in. Nothing of WeChat's session_key is ever
// part of a login.
//
// Kept in DATA_DIR/logins.jsonl, a durable log of changes (a login issued, a login dropped): a
// token is handed out only once its login is on disk, so a crash cannot sign out someone who was
// just told they are signed in. The log is compacted into the live logins as it grows.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { z } from 'zod';
import { DurableLog } from '../../store/durable-log.ts';

export interface Login {
  openid: string;
  unionid?: string;
  createdAt: number;
  expiresAt: number;
}

type LoginsData = { logins: Record<string, Login> };

const LoginSchema = z.looseObject({
  openid: z.string().min(1),
  unionid: z.string().optional(),
  createdAt: z.number(),
  expiresAt: z.number(),
});

/** One line of the log: a login issued under a token hash, or dropped. */
type LoginChange = { put: string; login: Login } | { del: string };
const ChangeSchema: z.ZodType<LoginChange> = z.union([
  z.object({ put: z.string().min(1), login: LoginSchema }),
  z.object({ del: z.string().min(1) }),
]) as z.ZodType<LoginChange>;

const TOKEN_BYTES = 32;
/** A user who logs in again and again keeps only their newest few tokens. */
const PER_USER = 10;
const TOTAL_CAP = 200_000;
const SWEEP_EVERY_MS = 10 * 60_000;

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/**
 * Logins every instance shares (store/pg/logins.ts), by token hash. With it a login issued on one
 * instance signs the user in on all; without the database, issue() fails (503) rather than hand
 * out a token the other instances would refuse.
 */
export interface SharedLogins {
  put(hash: string, login: Login, drop: string[]): Promise<void>;
  del(hash: string): Promise<void>;
  get(hash: string): Promise<Login | null>;
}

export class LoginTokens {
  private lastSweep = 0;
  private issued = 0;
  /** openid → its token hashes, oldest first (rebuilt from the file at start). */
  private readonly byUser = new Map<string, string[]>();

  /** The live logins by token hash, in issue order. */
  private readonly d: LoginsData = { logins: {} };
  private log!: DurableLog<LoginChange>;

  private constructor(
    private readonly ttlSeconds: number,
    private readonly now: () => number,
    private readonly shared?: SharedLogins,
  ) {}

  static async open(dataDir: string, ttlSeconds: number, opts: { log?: Logger; now?: () => number; shared?: SharedLogins } = {}): Promise<LoginTokens> {
    const tokens = new LoginTokens(ttlSeconds, opts.now ?? Date.now, opts.shared);
    const legacy = path.join(dataDir, 'logins.json');
    const opened = await DurableLog.open<LoginChange>(path.join(dataDir, 'logins.jsonl'), ChangeSchema, {
      ...(opts.log ? { log: opts.log } : {}),
      legacy: () => importLegacy(legacy, opts.log),
    });
    tokens.log = opened.log;
    const t = tokens.now();
    for (const change of opened.records) tokens.apply(change);
    for (const [key, l] of Object.entries(tokens.d.logins)) if (l.expiresAt <= t) delete tokens.d.logins[key];
    const all = Object.entries(tokens.d.logins).sort((a, b) => a[1].createdAt - b[1].createdAt);
    for (const [key, l] of all) tokens.keysOf(l.openid).push(key);
    return tokens;
  }

  private apply(change: LoginChange): void {
    if ('put' in change) this.d.logins[change.put] = change.login;
    else delete this.d.logins[change.del];
  }

  /**
   * A new token for this user, resolved once its login is on disk; the caller gives it to the
   * client and forgets it. Logins it pushes out (past PER_USER, expired) are dropped in the same write.
   */
  async issue(user: { openid: string; unionid?: string }): Promise<{ token: string; expiresIn: number }> {
    const token = randomBytes(TOKEN_BYTES).toString('base64url');
    const t = this.now();
    const login: Login = { openid: user.openid, ...(user.unionid ? { unionid: user.unionid } : {}), createdAt: t, expiresAt: t + this.ttlSeconds * 1000 };
    const key = hashToken(token);
    const changes: LoginChange[] = [{ put: key, login }];
    this.d.logins[key] = login;
    const mine = this.keysOf(user.openid);
    mine.push(key);
    for (const old of mine.splice(0, Math.max(0, mine.length - PER_USER))) {
      delete this.d.logins[old];
      changes.push({ del: old });
    }
    this.sweep(this.d, t);
    // Queued together, so written in one batch; the new login is the one to wait for. With a
    // shared store the database is the record (one statement), the local log is not written.
    const drop = changes.flatMap((c) => ('del' in c ? [c.del] : []));
    const written = this.shared ? [this.shared.put(key, login, drop)] : changes.map((c) => this.log.append(c));
    try {
      await Promise.all(written);
    } catch (err) {
      delete this.d.logins[key];
      this.forget(user.openid, key);
      throw err;
    }
    // Counting the live logins walks them all: only every 256th login looks.
    if (!this.shared && ++this.issued % 256 === 0 && this.log.lines > 2 * this.size + 1000) {
      void this.log.compact(() => Object.entries(this.d.logins).map(([put, l]) => ({ put, login: l })));
    }
    return { token, expiresIn: this.ttlSeconds };
  }

  /** The login behind a token, if the token is known and not expired. */
  verify(token: string): Login | null {
    if (!token) return null;
    const login = this.d.logins[hashToken(token)];
    if (!login || login.expiresAt <= this.now()) return null;
    return login;
  }

  /**
   * verify(), and with a shared store also a login issued by another instance (fetched once, then
   * known here). A database that does not answer signs nobody in on this path: verify() alone decides.
   */
  async lookup(token: string): Promise<Login | null> {
    const local = this.verify(token);
    if (local || !this.shared || !token) return local;
    const key = hashToken(token);
    const login = await this.shared.get(key).catch(() => null);
    if (!login || login.expiresAt <= this.now()) return null;
    this.d.logins[key] = login;
    this.keysOf(login.openid).push(key);
    return login;
  }

  async revoke(token: string): Promise<void> {
    const key = hashToken(token);
    const login = this.d.logins[key];
    if (!login) return;
    delete this.d.logins[key];
    this.forget(login.openid, key);
    if (this.shared) await this.shared.del(key);
    else await this.log.append({ del: key });
  }

  get size(): number {
    return Object.keys(this.d.logins).length;
  }

  flush(): Promise<void> {
    return this.log.sync();
  }

  private keysOf(openid: string): string[] {
    let keys = this.byUser.get(openid);
    if (!keys) this.byUser.set(openid, (keys = []));
    return keys;
  }

  private forget(openid: string, key: string): void {
    const keys = this.byUser.get(openid);
    if (!keys) return;
    const i = keys.indexOf(key);
    if (i >= 0) keys.splice(i, 1);
    if (!keys.length) this.byUser.delete(openid);
  }

  /**
   * Drops expired logins (and the oldest past the cap) from memory. Not written to the log: expired
   * ones are dropped again on load, and the next compaction writes only the live ones.
   */
  private sweep(d: LoginsData, t: number): void {
    const count = Object.keys(d.logins).length;
    if (t - this.lastSweep < SWEEP_EVERY_MS && count <= TOTAL_CAP) return;
    this.lastSweep = t;
    const entries = Object.entries(d.logins);
    // Insertion order is age order: past the cap, the oldest logins go first.
    entries.forEach(([key, l], i) => {
      if (l.expiresAt > t && i >= entries.length - TOTAL_CAP) return;
      delete d.logins[key];
      this.forget(l.openid, key);
    });
  }
}

/** An earlier version's lowdb file `{logins: {...}}`, imported once and renamed `*.migrated`. */
async function importLegacy(file: string, log?: Logger): Promise<LoginChange[] | null> {
  if (!existsSync(file)) return null;
  let parsed: { success: boolean; data?: { logins: Record<string, Login> } };
  try {
    parsed = z.object({ logins: z.record(z.string(), LoginSchema) }).safeParse(JSON.parse(await readFile(file, 'utf8'))) as typeof parsed;
  } catch {
    parsed = { success: false };
  }
  if (!parsed.success || !parsed.data) {
    const aside = `${file}.invalid-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    await rename(file, aside);
    log?.error({ file, movedTo: aside }, 'old login file is not of the expected shape: moved aside, starting with no logins');
    return [];
  }
  await rename(file, `${file}.migrated`);
  return Object.entries(parsed.data.logins).map(([put, login]) => ({ put, login }));
}
