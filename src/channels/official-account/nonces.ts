// Nonces of signed callbacks, remembered for the replay window. A callback's signature covers
// (token, timestamp, nonce) — and, encrypted, the ciphertext — so one seen (timestamp, nonce)
// arriving again with a different body is someone replaying a captured signature over a message of
// their own (plain mode: the body is not signed): refused. The same request byte for byte is
// WeChat's own retry (or a harmless replay): let through to the reply window, which answers it from
// the first computation without doing anything twice.
import { createHash } from 'node:crypto';

export type NonceVerdict = 'new' | 'repeat' | 'replayed';

export class NonceMemory {
  private readonly seen = new Map<string, { digest: string; at: number }>();

  constructor(
    /** How long a nonce is remembered: at least the accepted clock skew, both ways. */
    private readonly ttlMs: number,
    private readonly cap = 100_000,
    private readonly now: () => number = Date.now,
  ) {}

  check(timestamp: string, nonce: string, body: string): NonceVerdict {
    const t = this.now();
    this.sweep(t);
    const key = `${timestamp}:${nonce}`;
    const digest = createHash('sha256').update(body).digest('base64');
    const known = this.seen.get(key);
    if (known) return known.digest === digest ? 'repeat' : 'replayed';
    this.seen.set(key, { digest, at: t });
    while (this.seen.size > this.cap) this.seen.delete(this.seen.keys().next().value as string);
    return 'new';
  }

  private sweep(t: number): void {
    // Insertion order is age order.
    for (const [k, v] of this.seen) {
      if (t - v.at < this.ttlMs) break;
      this.seen.delete(k);
    }
  }
}
