// WeChat's five-second rule. A callback must be answered within 5 s or WeChat retries it (three
// times, with the same MsgId) and finally tells the user the service is down. So each message is
// computed once, keyed by its MsgId; a request waits for that computation at most `windowMs`.
// Ready in time → the reply goes back passively. Not ready → the request returns at once, and the
// result is delivered exactly once through the API (customer-service / app message) when ready.
// Retries join the first computation: they get the same passive reply, or nothing if the answer
// is already on its way through the API.

export type WindowOutcome<T> =
  | { kind: 'passive'; value: T }
  /** `first` is true for the request that handed the answer over to the API. */
  | { kind: 'deferred'; first: boolean };

interface Entry<T> {
  promise: Promise<T>;
  state: 'pending' | 'passive' | 'deferred';
  at: number;
}

export interface ReplyWindowOptions {
  /** How long a request waits for its answer; WeChat gives 5 s in all, so ~4.5 s. */
  windowMs: number;
  /** Messages remembered at most (oldest forgotten first). */
  cap?: number;
  /** How long a message is remembered; WeChat's retries come within ~15 s. */
  ttlMs?: number;
  now?: () => number;
  onError?: (err: unknown, key: string) => void;
}

export class ReplyWindow<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(private readonly opts: ReplyWindowOptions) {}

  get size(): number {
    return this.entries.size;
  }

  /** Whether this process is computing (or has computed) `key`: a retry of its own message. */
  has(key: string): boolean {
    return this.entries.has(key);
  }

  /**
   * `compute` runs once per key. `deliver` runs at most once per key, only when the answer missed
   * the window, and only for a non-null value.
   */
  async respond(key: string, compute: () => Promise<T>, deliver: (value: NonNullable<T>) => Promise<void>): Promise<WindowOutcome<T>> {
    const entry = this.entry(key, compute);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
      timer = setTimeout(() => resolve(TIMED_OUT), this.opts.windowMs);
    });
    let result: T | typeof TIMED_OUT;
    try {
      result = await Promise.race([entry.promise, timeout]);
    } finally {
      clearTimeout(timer);
    }
    if (result !== TIMED_OUT) {
      if (entry.state === 'deferred') return { kind: 'deferred', first: false };
      entry.state = 'passive';
      return { kind: 'passive', value: result };
    }
    if (entry.state === 'passive') return { kind: 'passive', value: await entry.promise };
    if (entry.state === 'deferred') return { kind: 'deferred', first: false };
    entry.state = 'deferred';
    entry.promise
      .then((value) => (value === null || value === undefined ? undefined : deliver(value as NonNullable<T>)))
      .catch((err: unknown) => this.opts.onError?.(err, key));
    return { kind: 'deferred', first: true };
  }

  private entry(key: string, compute: () => Promise<T>): Entry<T> {
    const now = (this.opts.now ?? Date.now)();
    this.sweep(now);
    const known = this.entries.get(key);
    if (known) return known;
    const promise = Promise.resolve().then(compute);
    // A rejection is reported where it is awaited; this keeps an unobserved one from crashing Node.
    promise.catch(() => undefined);
    const entry: Entry<T> = { promise, state: 'pending', at: now };
    this.entries.set(key, entry);
    const cap = this.opts.cap ?? 2000;
    while (this.entries.size > cap) this.entries.delete(this.entries.keys().next().value as string);
    return entry;
  }

  private sweep(now: number): void {
    const ttl = this.opts.ttlMs ?? 60_000;
    // Insertion order is age order, so the expired ones are at the front.
    for (const [k, e] of this.entries) {
      if (now - e.at < ttl) break;
      this.entries.delete(k);
    }
  }
}

const TIMED_OUT = Symbol('timed out');
