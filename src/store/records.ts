// Append-only record lists (feedback, unanswered questions, audit, history) with a cap, newest
// last in the file and newest first when listed.
import { newestFirst, type ListOptions } from './list.ts';
import type { JsonFile } from './json-file.ts';

/** What the routes need of a list that folds repeats (the unanswered questions), whichever back end keeps it. */
export interface UpsertList<T> {
  add(record: T): T;
  upsert(record: T, make: (previous: T) => T): T;
  list(opts?: ListOptions<T>): T[];
  readonly size: number;
  flush(): Promise<void>;
}

export class RecordList<T extends { at: string }> implements UpsertList<T> {
  /** Records by key, for lists that fold repeats (`upsert`); built on first use. */
  private byKey: Map<string, T> | null = null;
  /**
   * Rows a repeat replaced, still in the array until the next read or write of it. Taking a row
   * out where it stood (a search from the end and a splice) cost O(rows) on every refused
   * question asked before: tens of µs per request with thousands of rows (issue 19). The array
   * is settled once per file write (at most once a second) or listing instead.
   */
  private readonly replaced = new Set<T>();

  constructor(
    private readonly file: JsonFile<{ items: T[] }>,
    private readonly cap: number,
    private readonly keyOf?: (r: T) => string,
  ) {
    file.beforeWrite(() => this.settle());
  }

  add(record: T): T {
    this.file.mutate((d) => {
      d.items.push(record);
      this.trim(d.items);
    });
    return record;
  }

  /**
   * Adds a record, or replaces the one with the same key (`make` gets it) and moves it to the newest
   * place. A question refused a thousand times is one row with a count, not a thousand rows: the
   * list stays useful to read, and the file stays small under repeated traffic.
   */
  upsert(record: T, make: (previous: T) => T): T {
    const keyOf = this.keyOf;
    if (!keyOf) return this.add(record);
    const index = this.index(keyOf);
    const key = keyOf(record);
    const previous = index.get(key);
    const next = previous ? make(previous) : record;
    this.file.mutate((d) => {
      if (previous) this.replaced.add(previous);
      d.items.push(next);
      index.set(key, next);
      this.trim(d.items);
    });
    return next;
  }

  private index(keyOf: (r: T) => string): Map<string, T> {
    if (!this.byKey) {
      this.byKey = new Map();
      for (const r of this.file.data.items) this.byKey.set(keyOf(r), r);
    }
    return this.byKey;
  }

  /** Past the cap plus 10% slack, drop the oldest in one batch: splicing the head on every add is O(n) each time. */
  private trim(items: T[]): void {
    if (items.length - this.replaced.size <= this.cap + Math.ceil(this.cap / 10)) return;
    this.settle();
    const dropped = items.splice(0, items.length - this.cap);
    if (this.byKey && this.keyOf) for (const r of dropped) if (this.byKey.get(this.keyOf(r)) === r) this.byKey.delete(this.keyOf(r));
  }

  /** Takes the replaced rows out of the array, in one pass (the order of the others kept). */
  private settle(): void {
    if (!this.replaced.size) return;
    const items = this.file.data.items;
    let kept = 0;
    for (const r of items) if (!this.replaced.has(r)) items[kept++] = r;
    items.length = kept;
    this.replaced.clear();
  }

  /** Newest first. */
  list(opts: ListOptions<T> = {}): T[] {
    this.settle();
    return newestFirst(this.file.data.items, opts);
  }

  get size(): number {
    return this.file.data.items.length - this.replaced.size;
  }

  flush(): Promise<void> {
    return this.file.flush();
  }
}
