// The admin bearer check, with a memory for wrong tokens: each one is audited, and an address
// that keeps guessing is answered 429 for a while, right token or not, so an online guess costs
// minutes per handful instead of milliseconds.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, Next } from 'koa';
import type { TrustProxy } from '../../../config.ts';
import type { AuditRecord } from '../../../store/open.ts';
import { clientOf } from '../../../http/client-address.ts';
import { HttpError } from '../../../http/errors.ts';
import { tooManyRequests } from '../../../http/protect.ts';
import { RateLimiter } from '../../../http/rate-limit.ts';

/** Wrong tokens an address may send per window before it is refused outright. */
export const ADMIN_FAILURES_ALLOWED = 10;
export const ADMIN_FAILURE_WINDOW_MS = 10 * 60_000;

export interface AdminAuthOptions {
  trustProxy?: TrustProxy;
  /** Where failed attempts are recorded (the store's audit list). */
  audit?: (record: AuditRecord) => unknown;
  now?: () => number;
}

function digest(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}

export function adminAuth(token: string, opts: AdminAuthOptions = {}) {
  const expected = digest(token);
  const failures = new RateLimiter(ADMIN_FAILURES_ALLOWED, ADMIN_FAILURE_WINDOW_MS, opts.now);
  const trust: TrustProxy = opts.trustProxy ?? { kind: 'none' };
  return async (ctx: Context, next: Next) => {
    const client = clientOf(ctx, trust);
    const blocked = failures.peek(`admin:${client}`);
    if (blocked) throw tooManyRequests(blocked, `管理员令牌错误次数过多，请 ${blocked} 秒后再试`, `too many wrong admin tokens, retry in ${blocked} s`);
    const m = /^Bearer\s+(.+)$/i.exec(ctx.get('authorization'));
    // Compare digests in constant time: the token's length and content do not leak through timing.
    if (!m || !timingSafeEqual(digest(m[1]!.trim()), expected)) {
      // A request without a token is a page asking whether it is signed in; a wrong token is a guess.
      if (m) {
        const d = failures.check(`admin:${client}`);
        opts.audit?.({
          at: new Date(opts.now?.() ?? Date.now()).toISOString(),
          action: 'admin_auth',
          who: `ip:${client}`,
          result: 'rejected',
          detail: { method: ctx.method, path: ctx.path, ...(d.allowed ? {} : { throttled: true }) },
        });
      }
      throw Object.assign(new HttpError(401, 'unauthorized', '需要有效的管理员令牌', 'a valid admin token is required'), {
        headers: { 'WWW-Authenticate': 'Bearer' },
      });
    }
    ctx.state.admin = true;
    await next();
  };
}
