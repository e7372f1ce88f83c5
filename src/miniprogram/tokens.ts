// Login tokens for the mini-program: opaque random strings handed to the client once. Only their
// SHA-256 is kept (DATA_DIR/logins.json), so a leaked data file signs nobody in. Nothing of WeChat's
// session_key is ever part of a login.
import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Logger } from 'pino';
import { JsonFile } from '../store/json-file.ts';

export interface Login {
  openid: string;
  unionid?: string;
  createdAt: number;
  expiresAt: number;
}

type LoginsData = { logins: Record<string, Login> };

const TOKEN_BYTES = 32;
/** A user who logs in again and again keeps only their newest few tokens. */
const PER_USER = 10;
const TOTAL_CAP = 200_000;
const SWEEP_EVERY_MS = 10 * 60_000;

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export class LoginTokens {
  private lastSweep = 0;
  /** openid → its token hashes, oldest first (rebuilt from the file at start). */
  private readonly byUser = new Map<string, string[]>();

  private constructor(
    private readonly file: JsonFile<LoginsData>,
    private readonly ttlSeconds: number,
    private readonly now: () => number,
  ) {
    const all = Object.entries(file.data.logins).sort((a, b) => a[1].createdAt - b[1].createdAt);
    for (const [key, l] of all) this.keysOf(l.openid).push(key);
  }

  static async open(dataDir: string, ttlSeconds: number, opts: { log?: Logger; now?: () => number } = {}): Promise<LoginTokens> {
    const file = await JsonFile.open<LoginsData>(path.join(dataDir, 'logins.json'), () => ({ logins: {} }), opts.log);
    return new LoginTokens(file, ttlSeconds, opts.now ?? Date.now);
  }

  /** A new token for this user; the caller gives it to the client and forgets it. */
  issue(user: { openid: string; unionid?: string }): { token: string; expiresIn: number } {
    const token = randomBytes(TOKEN_BYTES).toString('base64url');
    const t = this.now();
    const login: Login = { openid: user.openid, ...(user.unionid ? { unionid: user.unionid } : {}), createdAt: t, expiresAt: t + this.ttlSeconds * 1000 };
    const key = hashToken(token);
    this.file.mutate((d) => {
      d.logins[key] = login;
      const mine = this.keysOf(user.openid);
      mine.push(key);
      for (const old of mine.splice(0, Math.max(0, mine.length - PER_USER))) delete d.logins[old];
      this.sweep(d, t);
    });
    return { token, expiresIn: this.ttlSeconds };
  }

  /** The login behind a token, if the token is known and not expired. */
  verify(token: string): Login | null {
    if (!token) return null;
    const login = this.file.data.logins[hashToken(token)];
    if (!login || login.expiresAt <= this.now()) return null;
    return login;
  }

  revoke(token: string): void {
    const key = hashToken(token);
    const login = this.file.data.logins[key];
    if (!login) return;
    this.file.mutate((d) => void delete d.logins[key]);
    this.forget(login.openid, key);
  }

  get size(): number {
    return Object.keys(this.file.data.logins).length;
  }

  flush(): Promise<void> {
    return this.file.flush();
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
