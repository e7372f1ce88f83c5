// A capped list of records (feedback, audit, history) kept in a DurableLog: add() resolves once the
// record is fsync'd (history: written to the OS, fsync'd within `syncDelayMs`), and only then is it listed. The log is compacted to the newest `cap` records
// when it holds twice that many lines.
import type { Logger } from 'pino';
import type { z } from 'zod';
import { DurableLog } from './durable-log.ts';
import { newestFirst, type ListOptions, type Records } from './list.ts';

export class DurableList<T> implements Records<T> {
  private items: T[] = [];
  private log!: DurableLog<T>;

  private constructor(private readonly cap: number) {}

  /**
   * `legacy`: an earlier version's records, imported when the log does not exist yet; `syncDelayMs`:
   * acknowledge on the write and fsync within that delay (see DurableLog).
   */
  static async open<T>(
    file: string,
    schema: z.ZodType<T>,
    cap: number,
    opts: { log?: Logger; legacy?: () => Promise<T[] | null>; syncDelayMs?: number } = {},
  ): Promise<DurableList<T>> {
    const list = new DurableList<T>(cap);
    const opened = await DurableLog.open<T>(file, schema, {
      ...opts,
      onCommit: (batch) => list.committed(batch),
    });
    list.log = opened.log;
    list.items = opened.records.slice(-cap);
    return list;
  }

  add(record: T): Promise<T> {
    return this.log.append(record).then(() => record);
  }

  private committed(batch: T[]): void {
    for (const r of batch) this.items.push(r);
    // Trim in batches (10% slack): splicing the head on every add is O(n) each time.
    if (this.items.length > this.cap + Math.ceil(this.cap / 10)) this.items.splice(0, this.items.length - this.cap);
    if (this.log.lines >= this.cap * 2) void this.log.compact(() => this.items.slice(-this.cap));
  }

  list(opts: ListOptions<T> = {}): T[] {
    return newestFirst(this.items, opts);
  }

  get size(): number {
    return this.items.length;
  }

  get file(): string {
    return this.log.file;
  }

  flush(): Promise<void> {
    return this.log.sync();
  }

  /** Written and fsync'd, whatever the mode: what shutdown waits for. */
  syncNow(): Promise<void> {
    return this.log.syncNow();
  }

  close(): Promise<void> {
    return this.log.close();
  }
}
