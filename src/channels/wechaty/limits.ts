// Per-contact and per-group question limits. A busy group must not drown the bot, and one member
// must not spend the whole group's allowance; each is told once per window, then ignored quietly.
import { RateLimiter } from '../../http/rate-limit.ts';

export interface LimitOptions {
  perContact: number;
  perGroup: number;
  windowMs?: number;
  now?: () => number;
}

export type LimitDecision =
  | { allowed: true }
  | { allowed: false; scope: 'contact' | 'group'; retryAfter: number; notify: boolean };

export class ChatLimits {
  private readonly contacts: RateLimiter;
  private readonly groups: RateLimiter;

  constructor(opts: LimitOptions) {
    const windowMs = opts.windowMs ?? 60_000;
    this.contacts = new RateLimiter(opts.perContact, windowMs, opts.now);
    this.groups = new RateLimiter(opts.perGroup, windowMs, opts.now);
  }

  check(contactId: string, roomId?: string): LimitDecision {
    const c = this.contacts.check(contactId);
    if (!c.allowed) return { allowed: false, scope: 'contact', retryAfter: c.retryAfter, notify: c.firstRefusal };
    if (roomId) {
      const g = this.groups.check(roomId);
      if (!g.allowed) return { allowed: false, scope: 'group', retryAfter: g.retryAfter, notify: g.firstRefusal };
    }
    return { allowed: true };
  }
}
