// Protection in front of the API: security headers, CORS for configured origins, and a rate
// limit per session or client address.
import type { Context } from 'koa';
import { HttpError } from './errors.ts';
import { RateLimiter } from './rate-limit.ts';

const SECURITY_HEADERS: [string, string][] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['X-Frame-Options', 'DENY'],
  ['Referrer-Policy', 'no-referrer'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  // Pages set their own policy over this one.
  ['Content-Security-Policy', "default-src 'self'; frame-ancestors 'none'"],
];

/** Set before the route runs, so error responses carry them too. */
export function setSecurityHeaders(ctx: Context): void {
  for (const [k, v] of SECURITY_HEADERS) ctx.set(k, v);
}

/**
 * CORS for an H5 page on listed origins only (`*` allows any). The returned check is true when the
 * request was a preflight and has been answered.
 */
export function corsPolicy(origins: string[]): (ctx: Context) => boolean {
  const any = origins.includes('*');
  const listed = new Set(origins);
  return (ctx) => {
    const origin = ctx.get('origin');
    if (!origin || (!any && !listed.has(origin))) return false;
    ctx.set('Access-Control-Allow-Origin', any ? '*' : origin);
    ctx.set('Vary', 'Origin');
    ctx.set('Access-Control-Allow-Headers', 'Content-Type, Authorization, X-Request-Id');
    ctx.set('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    ctx.set('Access-Control-Expose-Headers', 'X-Request-Id, Retry-After');
    if (ctx.method !== 'OPTIONS') return false;
    ctx.status = 204;
    return true;
  };
}

/**
 * Rate limit per asker: the signed-in user or the conversation (sessionId) when known, else the
 * client address. Chat routes call it once they have read the body; other /api/* routes are
 * limited per address by `apiRateLimit`, more generously (a page loads several of them).
 */
export class AskLimiter {
  private readonly perAsker: RateLimiter;
  private readonly perAddress: RateLimiter;

  constructor(readonly perMinute: number) {
    this.perAsker = new RateLimiter(perMinute);
    this.perAddress = new RateLimiter(perMinute * 4);
  }

  check(key: string, byAddress = false): void {
    const d = (byAddress ? this.perAddress : this.perAsker).check(key);
    if (!d.allowed) {
      throw Object.assign(new HttpError(429, 'rate_limited', `提问太频繁了，请 ${d.retryAfter} 秒后再试`, `too many requests, retry in ${d.retryAfter} s`), {
        headers: { 'Retry-After': String(d.retryAfter) },
      });
    }
  }
}

const CHAT_ROUTES = new Set(['/api/chat', '/api/chat/stream']);

/** The per-address limit for /api/* routes other than chat (which limit per asker once the body is read). */
export function checkApiRate(ctx: Context, limiter: AskLimiter): void {
  if (limiter.perMinute > 0 && ctx.path.startsWith('/api/') && !CHAT_ROUTES.has(ctx.path) && ctx.method !== 'OPTIONS') {
    limiter.check(`ip:${ctx.ip}`, true);
  }
}
