// Adding and removing documents as an admin does it from the console: files placed into the
// knowledge folder (a complete file renamed into place, the version it replaces kept), then the
// same reload as /admin/reload with its regression gate. A reload that is rejected or fails puts
// the folder back as it was, so the folder never disagrees with the index that serves.
import { copyFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Store } from '../store/open.ts';
import type { Reloader, ReloadOutcome } from './reload.ts';

export interface Placed {
  /** The document id (its path in the knowledge folder). */
  id: string;
  /** Where the version it replaced was kept, if it replaced one. */
  previous?: string;
}

/** A file to place: a complete temporary file in the knowledge folder, and the name it should get. */
export interface Incoming {
  name: string;
  temp: string;
}

export type LibraryOutcome<T> = { ok: true; value: T; reload: ReloadOutcome & { ok: true } } | { ok: false; reload: ReloadOutcome & { ok: false } };

const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');

/** Moves a file, also across file systems (DATA_DIR may be another disk than KNOWLEDGE_DIR). */
async function move(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true });
  try {
    await rename(from, to);
  } catch (err) {
    if ((err as { code?: string }).code !== 'EXDEV') throw err;
    await copyFile(from, to);
    await rm(from);
  }
}

export class DocumentLibrary {
  /** One change at a time: a rollback must not undo another admin's upload. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly deps: {
      knowledgeDir: string;
      /** DATA_DIR/documents: replaced/ and deleted/ versions. */
      archiveDir: string;
      reloader: Reloader;
      store: Store;
      /** Has the serving index read this document (loaded it, or warned about it)? */
      hasRead: (id: string) => boolean;
      /** With DATABASE_URL: keeps accepted changes in PostgreSQL for the other instances (knowledge-sync.ts). */
      shared?: { publish(names: string[]): Promise<void>; unpublish(name: string): Promise<void> };
    },
  ) {}

  /**
   * On disk (or in the database) before the reply, so /admin/audit lists what was just answered;
   * a store that cannot write logs it, the change itself stands.
   */
  private async audit(record: Parameters<Store['audit']['add']>[0]): Promise<void> {
    await this.deps.store.audit.add(record).catch(() => undefined);
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Where a document id lives; null for an id that would leave the folder. */
  pathOf(id: string): string | null {
    const file = path.resolve(this.deps.knowledgeDir, id);
    const rel = path.relative(this.deps.knowledgeDir, file);
    if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return null;
    return file;
  }

  /** Places complete files (same name: the old version is kept under DATA_DIR), then reloads; undone if the reload is not accepted. */
  add(files: Incoming[], who: string): Promise<LibraryOutcome<Placed[]>> {
    return this.serial(async () => {
      const placed: (Placed & { file: string })[] = [];
      try {
        for (const f of files) {
          const file = path.join(this.deps.knowledgeDir, f.name);
          let previous: string | undefined;
          if (await stat(file).then((s) => s.isFile(), () => false)) {
            // A copy, not a move: the old version keeps serving until the rename below replaces it in one step.
            previous = path.join(this.deps.archiveDir, 'replaced', `${stamp()}-${f.name}`);
            await mkdir(path.dirname(previous), { recursive: true });
            await copyFile(file, previous);
          }
          await rename(f.temp, file);
          placed.push({ id: f.name, file, ...(previous ? { previous } : {}) });
        }
      } catch (err) {
        await this.undoAdd(placed);
        throw err;
      }
      const reload = await this.reload(who, placed.map((p) => p.id));
      const audit = { at: new Date().toISOString(), action: 'upload', who, detail: { files: placed.map((p) => ({ id: p.id, replaced: Boolean(p.previous) })) } };
      if (!reload.ok) {
        await this.undoAdd(placed);
        await this.audit({ ...audit, result: 'rejected' in reload ? 'rejected' : 'failed' });
        return { ok: false, reload };
      }
      // Accepted here: now the other instances' turn. A database that fails it undoes the upload
      // here too, so no instance serves a document the others will never get.
      if (this.deps.shared) {
        try {
          await this.deps.shared.publish(placed.map((p) => p.id));
        } catch (err) {
          await this.undoAdd(placed);
          await this.deps.reloader.reload(who);
          throw err;
        }
      }
      await this.audit({ ...audit, result: 'ok' });
      return { ok: true, value: placed.map(({ id, previous }) => ({ id, ...(previous ? { previous } : {}) })), reload };
    });
  }

  /** Moves a document out of the folder into DATA_DIR/documents/deleted, then reloads; put back if the reload is not accepted. */
  remove(id: string, who: string): Promise<LibraryOutcome<{ id: string; keptAt: string }> | null> {
    return this.serial(async () => {
      const file = this.pathOf(id);
      if (!file || !(await stat(file).then((s) => s.isFile(), () => false))) return null;
      const keptAt = path.join(this.deps.archiveDir, 'deleted', `${stamp()}-${path.basename(id)}`);
      await move(file, keptAt);
      const reload = await this.reload(who, []);
      const audit = { at: new Date().toISOString(), action: 'delete', who, detail: { id, keptAt } };
      if (!reload.ok) {
        await move(keptAt, file);
        await this.audit({ ...audit, result: 'rejected' in reload ? 'rejected' : 'failed' });
        return { ok: false, reload };
      }
      // Recorded for the others; a database that fails it puts the document back here too.
      if (this.deps.shared) {
        try {
          await this.deps.shared.unpublish(id);
        } catch (err) {
          await move(keptAt, file);
          await this.deps.reloader.reload(who);
          throw err;
        }
      }
      await this.audit({ ...audit, result: 'ok' });
      return { ok: true, value: { id, keptAt }, reload };
    });
  }

  /**
   * The reload after a change. A reload already under way when the files were placed may have read
   * the folder before them (concurrent reloads share one build): then once more.
   */
  private async reload(who: string, expected: string[]): Promise<ReloadOutcome> {
    const first = await this.deps.reloader.reload(who);
    if (!first.ok || expected.every((id) => this.deps.hasRead(id))) return first;
    return this.deps.reloader.reload(who);
  }

  private async undoAdd(placed: (Placed & { file: string })[]): Promise<void> {
    for (const p of placed.reverse()) {
      if (p.previous) await copyFile(p.previous, p.file);
      else await rm(p.file, { force: true });
    }
  }
}
