// An append-only JSON Lines file for a list that grows with every answer (the question history).
// A lowdb file is rewritten whole on each flush; with 20k records of answers that is ~10 MB a
// second under load. Here a flush appends only the records added since the last one, and the file
// is rewritten (to a temporary file, then renamed) only when it holds twice the cap.
import { existsSync } from 'node:fs';
import { appendFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { FlushSchedule } from './json-file.ts';

export interface ListOptions<T> {
  limit?: number;
  where?: (r: T) => boolean;
}

/** Records kept oldest first, listed newest first. */
export function newestFirst<T>(items: T[], opts: ListOptions<T>): T[] {
  const out: T[] = [];
  for (let i = items.length - 1; i >= 0 && out.length < (opts.limit ?? Infinity); i--) {
    const r = items[i]!;
    if (!opts.where || opts.where(r)) out.push(r);
  }
  return out;
}

/** What the routes need of a record list, whichever file keeps it. */
export interface Records<T> {
  add(record: T): T;
  /** Newest first. */
  list(opts?: ListOptions<T>): T[];
  readonly size: number;
  flush(): Promise<void>;
}

export class AppendLog<T extends { at: string }> implements Records<T> {
  private items: T[] = [];
  private pending: T[] = [];
  /** Lines in the file now: when it reaches twice the cap, the next flush rewrites it. */
  private lines = 0;
  private readonly schedule = new FlushSchedule(() => void this.flush());
  private writing: Promise<void> = Promise.resolve();

  private constructor(
    readonly file: string,
    private readonly cap: number,
    private readonly log?: Logger,
  ) {}

  /**
   * Opens `file` (JSON Lines). A line that does not parse — the torn last line of a crash — is
   * skipped and logged. `legacy`, a lowdb file `{items: [...]}` of an earlier version, is imported
   * once when the log does not exist yet, and renamed `*.migrated`.
   */
  static async open<T extends { at: string }>(file: string, cap: number, log?: Logger, legacy?: string): Promise<AppendLog<T>> {
    await mkdir(path.dirname(file), { recursive: true });
    const out = new AppendLog<T>(file, cap, log);
    if (!existsSync(file) && legacy && existsSync(legacy)) {
      await out.migrate(legacy);
      return out;
    }
    const text = await readFile(file, 'utf8').catch(() => '');
    let bad = 0;
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      out.lines++;
      try {
        out.items.push(JSON.parse(line) as T);
      } catch {
        bad++;
      }
    }
    if (bad) log?.warn({ file, skipped: bad }, 'store log had unreadable lines: skipped');
    if (out.items.length > cap) out.items.splice(0, out.items.length - cap);
    return out;
  }

  private async migrate(legacy: string): Promise<void> {
    try {
      const data = JSON.parse(await readFile(legacy, 'utf8')) as { items?: T[] };
      this.items = Array.isArray(data.items) ? data.items.slice(-this.cap) : [];
    } catch (err) {
      this.log?.error({ file: legacy, err: (err as Error).message }, 'old store file unreadable: left in place, starting empty');
      return;
    }
    await this.rewrite();
    await rename(legacy, `${legacy}.migrated`);
    this.log?.info({ from: legacy, to: this.file, records: this.items.length }, 'store file moved to an append-only log');
  }

  add(record: T): T {
    this.items.push(record);
    this.pending.push(record);
    // Trim in batches (10% slack), as RecordList does.
    if (this.items.length > this.cap + Math.ceil(this.cap / 10)) this.items.splice(0, this.items.length - this.cap);
    this.schedule.soon();
    return record;
  }

  list(opts: ListOptions<T> = {}): T[] {
    return newestFirst(this.items, opts);
  }

  get size(): number {
    return this.items.length;
  }

  /** Appends what was added since the last flush (one write at a time). */
  flush(): Promise<void> {
    this.schedule.cancel();
    this.writing = this.writing.then(async () => {
      if (!this.pending.length) return;
      const batch = this.pending;
      this.pending = [];
      try {
        if (this.lines + batch.length >= this.cap * 2) await this.rewrite();
        else {
          await appendFile(this.file, batch.map((r) => JSON.stringify(r)).join('\n') + '\n');
          this.lines += batch.length;
        }
      } catch (err) {
        // Kept for the next flush: nothing is lost while the disk is unwritable.
        this.pending = [...batch, ...this.pending];
        this.log?.error({ file: this.file, err: (err as Error).message }, 'store write failed');
      }
    });
    return this.writing;
  }

  /** The file as the records in memory, replaced atomically. */
  private async rewrite(): Promise<void> {
    const tmp = `${this.file}.tmp`;
    await writeFile(tmp, this.items.map((r) => JSON.stringify(r) + '\n').join(''));
    await rename(tmp, this.file);
    this.lines = this.items.length;
  }
}
