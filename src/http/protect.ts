// Protection in front of the API: security headers, CORS for configured origins, and a rate
// limit per session or client address.
import type { Context, Next } from 'koa';
import { HttpError } from './errors.ts';
import { RateLimiter } from './rate-limit.ts';

export function securityHeaders() {
  return async (ctx: Context, next: Next) => {
    await next();
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('X-Frame-Options', 'DENY');
    ctx.set('Referrer-Policy', 'no-referrer');
    ctx.set('Cross-Origin-Resource-Policy', 'same-origin');
    if (!ctx.response.get('Content-Security-Policy')) ctx.set('Content-Security-Policy', "default-src 'self'; frame-ancestors 'none'");
  };
}

/** CORS for an H5 page on listed origins only (`*` allows any); preflights answered here. */
export function cors(origins: string[]) {
  const any = origins.includes('*');
  return async (ctx: Context, next: Next) => {
    const origin = ctx.get('origin');
    if (origin && (any || origins.includes(origin))) {
      ctx.set('Access-Control-Allow-Origin', any ? '*' : origin);
      ctx.set('Vary', 'Origin');
      ctx.set('Access-Control-Allow-Headers', 'Content-Type, Authorization, X-Request-Id');
      ctx.set('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      ctx.set('Access-Control-Expose-Headers', 'X-Request-Id, Retry-After');
      if (ctx.method === 'OPTIONS') {
        ctx.status = 204;
        return;
      }
    }
    await next();
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

export function apiRateLimit(limiter: AskLimiter) {
  return async (ctx: Context, next: Next) => {
    if (limiter.perMinute > 0 && ctx.path.startsWith('/api/') && !CHAT_ROUTES.has(ctx.path) && ctx.method !== 'OPTIONS') {
      limiter.check(`ip:${ctx.ip}`, true);
    }
    await next();
  };
}
