// One lowdb file with batched writes. The request path only mutates memory; a timer writes at
// most once a second (so at most ~1 s of data is at risk) and flush() writes at shutdown: for
// documents that can be rebuilt or lose a second (sessions, the unanswered list); records that are
// acknowledged to someone live in a DurableList. A file that does not parse or does not fit its
// schema is moved aside, never silently overwritten, and the service starts empty.
import { existsSync } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { Logger } from 'pino';
import type { z } from 'zod';

export const FLUSH_DELAY_MS = 1000;

/** Calls `run` once, FLUSH_DELAY_MS after the first change since the last run (unref'd: it never keeps node alive). */
export class FlushSchedule {
  private timer: NodeJS.Timeout | null = null;
  constructor(private readonly run: () => void) {}

  /** After a change. */
  soon(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.run();
    }, FLUSH_DELAY_MS);
    this.timer.unref();
  }

  /** Before flushing now. */
  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

export class JsonFile<D extends object> {
  private readonly schedule = new FlushSchedule(() => void this.flush());
  private writing: Promise<void> = Promise.resolve();
  private dirty = false;
  private readonly prepare: (() => void)[] = [];

  private constructor(
    private readonly low: Low<D>,
    readonly file: string,
    private readonly log?: Logger,
  ) {}

  /** `schema` checks the file as read (after missing top-level fields are filled from `empty`). */
  static async open<D extends object>(file: string, empty: () => D, log?: Logger, schema?: z.ZodType<D>): Promise<JsonFile<D>> {
    await mkdir(path.dirname(file), { recursive: true });
    const initial = empty();
    const low = new Low<D>(new JSONFile<D>(file), initial);
    let problem: { kind: string; err: string } | null = null;
    try {
      await low.read();
      // lowdb keeps the default for a file holding `null` (or false, 0): an existing file that left it is not an object.
      const keptDefault = low.data === initial && existsSync(file);
      if (keptDefault || low.data === null || typeof low.data !== 'object' || Array.isArray(low.data)) problem = { kind: 'invalid', err: 'not a JSON object' };
      else {
        const merged = { ...empty(), ...low.data };
        const checked = schema ? schema.safeParse(merged) : { success: true as const, data: merged };
        if (checked.success) low.data = checked.data;
        else problem = { kind: 'invalid', err: checked.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ') };
      }
    } catch (err) {
      problem = { kind: 'corrupt', err: (err as Error).message };
    }
    if (problem) {
      const aside = `${file}.${problem.kind}-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      await rename(file, aside).catch(() => undefined);
      log?.error({ file, movedTo: aside, err: problem.err }, `store file was ${problem.kind === 'corrupt' ? 'corrupt' : 'not of the expected shape'}: moved aside, starting empty`);
      low.data = empty();
    }
    return new JsonFile(low, file, log);
  }

  get data(): D {
    return this.low.data;
  }

  /** Runs `fn` before each write: a user that defers work on the data (records.ts) settles it first. */
  beforeWrite(fn: () => void): void {
    this.prepare.push(fn);
  }

  /** Changes the data in memory and schedules a write. */
  mutate<R>(fn: (data: D) => R): R {
    const out = fn(this.low.data);
    this.dirty = true;
    this.schedule.soon();
    return out;
  }

  /** Writes pending changes now (one write at a time). */
  flush(): Promise<void> {
    this.schedule.cancel();
    this.writing = this.writing.then(async () => {
      if (!this.dirty) return;
      this.dirty = false;
      try {
        for (const fn of this.prepare) fn();
        await this.low.write();
      } catch (err) {
        this.dirty = true;
        this.log?.error({ file: this.file, err: (err as Error).message }, 'store write failed');
      }
    });
    return this.writing;
  }
}
