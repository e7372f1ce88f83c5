// Protection in front of the API: security headers, CORS for configured origins, and a rate
// limit per client address, and per session or user on top.
import type { Context } from 'koa';
import { HttpError } from './errors.ts';
import { RateLimiter, type RateDecision } from './rate-limit.ts';

const ALLOWED: RateDecision = { allowed: true, retryAfter: 0, firstRefusal: false };

/**
 * A window counter every instance shares (store/pg/shared.ts). Structural here: the HTTP core
 * does not import the store.
 */
export interface SharedWindowCounter {
  hit(key: string, windowMs: number): Promise<{ count: number; resetMs: number }>;
}

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

/** 429 with Retry-After, the one shape every limit answers with. */
export function tooManyRequests(retryAfter: number, zh = `提问太频繁了，请 ${retryAfter} 秒后再试`, en = `too many requests, retry in ${retryAfter} s`): HttpError {
  return Object.assign(new HttpError(429, 'rate_limited', zh, en), { headers: { 'Retry-After': String(retryAfter) } });
}

/**
 * The API's limits. Every /api/* request counts against its client address (see
 * client-address.ts): the routes that ask or write (chat, feedback, login) at `perMinute`, the
 * read-only ones more generously (a page loads several of them). A conversation or a signed-in
 * user has its own limit on top: a new sessionId per request buys no extra requests, and one busy
 * conversation cannot spend a whole office's allowance behind one NAT address.
 */
export class AskLimiter {
  private readonly perAsker: RateLimiter;
  private readonly perAddress: RateLimiter;
  private readonly perAddressRead: RateLimiter;

  /**
   * `shared`: with several instances, windows counted in the database so N instances enforce one
   * limit; `sharedUp` false (database down) falls back to this instance's own windows, so a
   * database outage never turns the limit off nor blocks requests.
   */
  constructor(
    readonly perMinute: number,
    private readonly shared?: { windows: SharedWindowCounter; up: () => boolean },
  ) {
    this.perAsker = new RateLimiter(perMinute);
    this.perAddress = new RateLimiter(perMinute);
    this.perAddressRead = new RateLimiter(perMinute * 4);
  }

  /** An asker's own limit (a conversation, a user: `http:<sessionId>`, `mp:<openid>`, `feedback:…`): 429 past it. */
  async check(key: string): Promise<void> {
    const d = await this.askerDecision(key);
    if (!d.allowed) throw tooManyRequests(d.retryAfter);
  }

  /** The same limit as a decision, for the inbound gate (which says why it refused). Off at 0 (then at once). */
  askerDecision(key: string): RateDecision | Promise<RateDecision> {
    if (this.perMinute <= 0) return ALLOWED;
    return this.decide(this.perAsker, key, this.perMinute);
  }

  /** The client address's limit: `asks` for routes that answer or write, else the read allowance. */
  async checkAddress(client: string, asks: boolean): Promise<void> {
    const d = await this.decide(asks ? this.perAddress : this.perAddressRead, `${asks ? 'ip' : 'ipr'}:${client}`, asks ? this.perMinute : this.perMinute * 4);
    if (!d.allowed) throw tooManyRequests(d.retryAfter);
  }

  private async decide(local: RateLimiter, key: string, limit: number): Promise<RateDecision> {
    if (this.shared?.up()) {
      const hit = await this.shared.windows.hit(key, 60_000).catch(() => null);
      if (hit) {
        if (hit.count <= limit) return ALLOWED;
        return { allowed: false, retryAfter: Math.max(1, Math.ceil(hit.resetMs / 1000)), firstRefusal: hit.count === limit + 1 };
      }
    }
    return local.check(key);
  }
}

/** Routes that cost an answer or a write: limited at RATE_LIMIT_PER_MIN per address. */
const ASK_ROUTES = new Set(['/api/chat', '/api/chat/stream', '/api/feedback', '/api/login']);

/** The per-address limit for every /api/* route; sessions and users are limited again by their routes. */
export async function checkApiRate(ctx: Context, limiter: AskLimiter, client: string): Promise<void> {
  if (limiter.perMinute > 0 && ctx.path.startsWith('/api/') && ctx.method !== 'OPTIONS') {
    await limiter.checkAddress(client, ASK_ROUTES.has(ctx.path));
  }
}
