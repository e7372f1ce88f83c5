// A fixed-window limiter per key (a session, an IP, a WeChat contact or group). Memory stays
// bounded: windows that ended are swept as new ones open.

export interface RateDecision {
  allowed: boolean;
  /** Seconds until the window resets (for Retry-After). */
  retryAfter: number;
  /** True for the first refusal in a window: tell the user once, not on every message. */
  firstRefusal: boolean;
}

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number; warned: boolean }>();
  private lastSweep = 0;

  constructor(
    /** Requests allowed per window; 0 turns the limiter off. */
    private readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  check(key: string): RateDecision {
    if (this.limit <= 0) return { allowed: true, retryAfter: 0, firstRefusal: false };
    const t = this.now();
    this.sweep(t);
    let w = this.windows.get(key);
    if (!w || t - w.start >= this.windowMs) {
      w = { start: t, count: 0, warned: false };
      this.windows.set(key, w);
    }
    const retryAfter = Math.max(1, Math.ceil((w.start + this.windowMs - t) / 1000));
    if (w.count < this.limit) {
      w.count++;
      return { allowed: true, retryAfter: 0, firstRefusal: false };
    }
    const firstRefusal = !w.warned;
    w.warned = true;
    return { allowed: false, retryAfter, firstRefusal };
  }

  /**
   * Without counting: 0 while `key` has requests left in its window, else the seconds until the
   * window resets (for limits that count only failures).
   */
  peek(key: string): number {
    if (this.limit <= 0) return 0;
    const t = this.now();
    const w = this.windows.get(key);
    if (!w || t - w.start >= this.windowMs || w.count < this.limit) return 0;
    return Math.max(1, Math.ceil((w.start + this.windowMs - t) / 1000));
  }

  private sweep(t: number): void {
    if (t - this.lastSweep < this.windowMs) return;
    this.lastSweep = t;
    for (const [k, w] of this.windows) if (t - w.start >= this.windowMs) this.windows.delete(k);
  }
}
