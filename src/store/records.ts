// Append-only record lists (feedback, unanswered questions, audit, history) with a cap, newest
// last in the file and newest first when listed.
import type { JsonFile } from './json-file.ts';

export class RecordList<T extends { at: string }> {
  constructor(
    private readonly file: JsonFile<{ items: T[] }>,
    private readonly cap: number,
  ) {}

  add(record: T): T {
    this.file.mutate((d) => {
      d.items.push(record);
      // Trim in batches (10% slack): splicing the head of a long array on every add is O(n) each time.
      if (d.items.length > this.cap + Math.ceil(this.cap / 10)) d.items.splice(0, d.items.length - this.cap);
    });
    return record;
  }

  /** Newest first. */
  list(opts: { limit?: number; where?: (r: T) => boolean } = {}): T[] {
    const out: T[] = [];
    const items = this.file.data.items;
    for (let i = items.length - 1; i >= 0 && out.length < (opts.limit ?? Infinity); i--) {
      const r = items[i]!;
      if (!opts.where || opts.where(r)) out.push(r);
    }
    return out;
  }

  get size(): number {
    return this.file.data.items.length;
  }

  flush(): Promise<void> {
    return this.file.flush();
  }
}
