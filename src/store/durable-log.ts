// An append-only JSON Lines file whose append() resolves only once the line is on disk (fsync'd):
// a 2xx sent after it cannot be lost by a crash or a power cut. Concurrent appends share one write
// and one fsync (group commit): while a batch is being synced, the next one gathers, so the cost
// of a sync is spread over every request that arrived during the previous one.
//
// With `syncDelayMs` (the conversation turns' history, by the lead's policy of issue 19) append()
// resolves once the line is written to the OS — a crash of the process loses nothing — and its
// fsync follows within that delay, one for everything written meanwhile, and at close(). Only a
// power cut inside that window can lose such a line. At one connection there is nothing for group
// commit to share, and the fsync before each reply was most of a turn's latency.
//
// The file is compacted in the background into a whole-file snapshot of what is still wanted (the
// caller says what): the snapshot is written beside the log while appends carry on, the lines
// appended meanwhile are copied after it, and one rename makes it the log.
import { existsSync, writeSync } from 'node:fs';
import { mkdir, open, readFile, rename, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import type { z } from 'zod';

export interface OpenedLog<T> {
  log: DurableLog<T>;
  /** The valid records of the file, oldest first. */
  records: T[];
}

export interface DurableLogOptions<T> {
  log?: Logger;
  /** Called synchronously, in order, with each batch once it is on disk. */
  onCommit?: (batch: T[]) => void;
  /** Used instead of the log when the log does not exist yet: an earlier version's records. */
  legacy?: () => Promise<T[] | null>;
  /**
   * Acknowledge once written to the OS and fsync at most this many ms later (and at close), instead
   * of fsync before acknowledging. Only for records whose policy allows it (conversation turns).
   */
  syncDelayMs?: number;
}

const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');

/** fsync of a folder: makes a rename in it durable. */
async function syncDir(dir: string): Promise<void> {
  const fh = await open(dir, 'r');
  try {
    await fh.sync();
  } catch {
    // Some file systems refuse fsync on a folder; the rename is then as durable as they allow.
  } finally {
    await fh.close();
  }
}

interface Waiter {
  resolve: () => void;
  reject: (err: Error) => void;
}

export class DurableLog<T> {
  private queue: T[] = [];
  private waiters: Waiter[] = [];
  /** Every file operation runs on this one lane: a batch, or a compaction's switch-over. */
  private lane: Promise<void> = Promise.resolve();
  private scheduled = false;
  /** The batch written last (or being written): sync() with nothing queued answers with it. */
  private lastBatch: Promise<void> = Promise.resolve();
  /** Lines in the file (for deciding when to compact). */
  private lineCount: number;
  /** While a compaction writes its snapshot: the text appended since it started. */
  private tail: string[] | null = null;
  /**
   * Bytes in the file, kept here rather than asked of the file system before each batch: a failed
   * write is cut back to it, and an fstat per batch was a round trip through the thread pool on
   * every acknowledged turn (13% of the server's profile with one connection, issue 19).
   */
  private bytes: number;
  private closed = false;
  /** The compaction under way, if any (close waits for it). */
  private compacting: Promise<void> | null = null;
  /**
   * With syncDelayMs: batches written (acknowledged) and batches fsync'd, counted — a fsync covers
   * what was written before it started — and the timer that will run the next.
   */
  private written = 0;
  private synced = 0;
  private syncTimer: NodeJS.Timeout | null = null;
  /** fsyncs the deferred mode has run (tests see that the timer and close() sync). */
  private deferredSyncs = 0;

  private constructor(
    readonly file: string,
    private fh: FileHandle,
    lines: number,
    bytes: number,
    private readonly opts: DurableLogOptions<T>,
  ) {
    this.lineCount = lines;
    this.bytes = bytes;
  }

  /**
   * Opens (or creates) `file`. A torn last line — a crash in the middle of a write, never
   * acknowledged — is cut off and logged. Lines that are not valid records (bad JSON, `null`, a
   * wrong shape) are not silently dropped: the whole file is moved aside as `*.invalid-<time>` and
   * the log is rewritten with the valid records, so nothing is lost and the service keeps working.
   */
  static async open<T>(file: string, schema: z.ZodType<T>, opts: DurableLogOptions<T> = {}): Promise<OpenedLog<T>> {
    await mkdir(path.dirname(file), { recursive: true });
    const log = opts.log;
    let records: T[] = [];
    let rewrite = false;
    if (!existsSync(file) && opts.legacy) {
      const legacy = await opts.legacy();
      if (legacy) {
        records = legacy;
        rewrite = true;
      }
    } else {
      let text = await readFile(file, 'utf8').catch(() => '');
      const end = text.lastIndexOf('\n') + 1;
      if (end < text.length) {
        log?.warn({ file, bytes: Buffer.byteLength(text.slice(end)) }, 'store log: torn last line dropped (a write cut short by a crash, never acknowledged)');
        text = text.slice(0, end);
        rewrite = true;
      }
      let invalid = 0;
      for (const line of text.split('\n')) {
        if (!line.trim()) continue;
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch {
          invalid++;
          continue;
        }
        const parsed = schema.safeParse(value);
        if (parsed.success) records.push(parsed.data);
        else invalid++;
      }
      if (invalid) {
        const aside = `${file}.invalid-${stamp()}`;
        await rename(file, aside);
        log?.error({ file, movedTo: aside, invalidLines: invalid, kept: records.length }, 'store log had lines that are not valid records: file moved aside, valid records kept');
        rewrite = true;
      }
    }
    if (rewrite) await writeWhole(file, records.map((r) => JSON.stringify(r) + '\n').join(''));
    const fh = await open(file, 'a');
    return { log: new DurableLog(file, fh, records.length, (await fh.stat()).size, opts), records };
  }

  get lines(): number {
    return this.lineCount;
  }

  /**
   * Resolves once `record` is on disk (with syncDelayMs: written to the OS, fsync'd shortly after);
   * rejects when it could not be written (nothing acknowledged).
   */
  append(record: T): Promise<void> {
    if (this.closed) return Promise.reject(new Error(`store log ${this.file} is closed`));
    return new Promise<void>((resolve, reject) => {
      this.queue.push(record);
      this.waiters.push({ resolve, reject });
      this.schedule();
    });
  }

  /**
   * Resolves when everything appended so far is on disk (with syncDelayMs: written to the OS);
   * rejects when the batch holding it failed.
   * A route whose records are appended elsewhere (the history, by the answer's observer) waits on
   * this before it answers.
   */
  sync(): Promise<void> {
    // Nothing queued: what was appended is in the last batch (written, in flight, or failed).
    if (!this.queue.length) return this.lastBatch;
    return new Promise<void>((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  /** Runs `op` alone on the lane; the lane itself never rejects, so one failure stops nothing after it. */
  private run(op: () => Promise<void>): Promise<void> {
    const done = this.lane.then(op);
    this.lane = done.catch((err: Error & { logged?: boolean }) => {
      if (!err.logged) this.opts.log?.error({ file: this.file, err: err.message }, 'store log operation failed');
    });
    return done;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.lastBatch = this.run(() => this.writeBatch());
    this.lastBatch.catch(() => undefined);
  }

  /** Deferred fsyncs run so far (0 without syncDelayMs). */
  get syncs(): number {
    return this.deferredSyncs;
  }

  /** Whether acknowledged bytes still wait for their fsync (deferred mode). */
  get pendingSync(): boolean {
    return this.synced !== this.written;
  }

  /** The deferred fsync, armed by the first write after the last one. */
  private armSync(): void {
    this.written++;
    if (this.syncTimer) return;
    // unref: a pending sync does not keep a process alive; close() runs it at shutdown.
    this.syncTimer = setTimeout(() => {
      this.syncTimer = null;
      void this.run(() => this.syncWritten()).catch(() => undefined);
    }, this.opts.syncDelayMs).unref();
  }

  /** fsync of what was written and acknowledged in deferred mode; on the lane, so after any batch in flight. */
  private async syncWritten(): Promise<void> {
    const upTo = this.written;
    if (this.synced === upTo) return;
    try {
      await this.fh.datasync();
      this.synced = upTo;
      this.deferredSyncs++;
    } catch (err) {
      // The lines were acknowledged on the write: all that can be done is to say so; the next write's
      // timer, or close(), tries again.
      this.opts.log?.error({ file: this.file, err: (err as Error).message }, 'store fsync failed: acknowledged lines may be lost by a power cut');
      throw Object.assign(err as Error, { logged: true });
    }
  }

  /** One write and one fsync (or, with syncDelayMs, one write and a deferred fsync) for everything queued since the last batch. */
  private async writeBatch(): Promise<void> {
    this.scheduled = false;
    const records = this.queue;
    const waiters = this.waiters;
    this.queue = [];
    this.waiters = [];
    const text = records.map((r) => JSON.stringify(r) + '\n').join('');
    const bytes = Buffer.from(text);
    try {
      // A write may take less than all of it: the rest goes in further writes, never dropped. The
      // write is synchronous: into the page cache it takes microseconds, where a round trip through
      // the thread pool (FileHandle.write) cost ~50 µs of CPU and was 12% of the server's profile
      // with one connection of conversation turns (issue 19). The fsync stays asynchronous.
      for (let done = 0; done < bytes.length; ) done += writeSync(this.fh.fd, bytes, done, bytes.length - done);
      if (this.opts.syncDelayMs === undefined) await this.fh.datasync();
    } catch (err) {
      // Leave no half line for the next batch to be glued to.
      await this.fh.truncate(this.bytes).catch(() => undefined);
      this.opts.log?.error({ file: this.file, err: (err as Error).message, records: records.length }, 'store write failed: records not acknowledged');
      for (const w of waiters) w.reject(err as Error);
      // Rejects lastBatch too, for sync() callers whose record was in this batch.
      throw Object.assign(err as Error, { logged: true });
    }
    this.lineCount += records.length;
    this.bytes += bytes.length;
    this.tail?.push(text);
    if (this.opts.syncDelayMs !== undefined) this.armSync();
    try {
      this.opts.onCommit?.(records);
    } finally {
      for (const w of waiters) w.resolve();
    }
  }

  /**
   * Rewrites the log as `snapshot()` (called between two batches, so it sees exactly what is on
   * disk), without holding appends up while the snapshot is written. One compaction at a time.
   */
  compact(snapshot: () => T[]): Promise<void> {
    if (this.tail || this.closed) return Promise.resolve();
    this.tail = [];
    const tmp = `${this.file}.compact`;
    let records: T[] = [];
    // Taken between two batches: exactly what the file holds, no more, no less.
    const started = this.run(async () => {
      records = snapshot();
      this.tail = [];
    });
    this.compacting = started
      .then(async () => {
        const out = await open(tmp, 'w');
        try {
          await out.writeFile(records.map((r) => JSON.stringify(r) + '\n').join(''));
          await out.datasync();
          // The switch-over waits for the batch in flight, then runs alone on the lane.
          await this.run(async () => {
            const tail = this.tail ?? [];
            if (tail.length) await out.write(tail.join(''));
            await out.datasync();
            await out.close();
            await rename(tmp, this.file);
            await syncDir(path.dirname(this.file));
            const old = this.fh;
            // Written lines not fsync'd yet are in the snapshot or its tail, fsync'd above with it.
            this.synced = this.written;
            this.fh = await open(this.file, 'a');
            this.bytes = (await this.fh.stat()).size;
            await old.close();
            this.lineCount = records.length + tail.reduce((n, t) => n + (t.match(/\n/g)?.length ?? 0), 0);
          });
        } finally {
          await out.close().catch(() => undefined);
        }
      })
      .catch((err: Error) => this.opts.log?.error({ file: this.file, err: err.message }, 'store compaction failed: the log keeps growing until the next one'))
      .finally(() => {
        this.tail = null;
        this.compacting = null;
      });
    return this.compacting;
  }

  /** Everything appended so far written and fsync'd, whatever the mode (shutdown, tests). */
  async syncNow(): Promise<void> {
    await this.sync().catch(() => undefined);
    if (this.syncTimer) clearTimeout(this.syncTimer);
    this.syncTimer = null;
    await this.run(() => this.syncWritten()).catch(() => undefined);
  }

  async close(): Promise<void> {
    await this.sync().catch(() => undefined);
    await this.compacting;
    await this.syncNow();
    await this.lane;
    this.closed = true;
    await this.fh.close().catch(() => undefined);
  }
}

/** Writes a whole file durably: temporary file, fsync, rename, fsync of the folder. */
export async function writeWhole(file: string, text: string): Promise<void> {
  const tmp = `${file}.tmp`;
  const fh = await open(tmp, 'w');
  try {
    await fh.writeFile(text);
    await fh.datasync();
  } finally {
    await fh.close();
  }
  await rename(tmp, file);
  await syncDir(path.dirname(file));
}
