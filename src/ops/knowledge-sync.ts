// One knowledge base for several instances (DATABASE_URL). Uploaded documents are kept in
// PostgreSQL; each instance writes them into its own knowledge folder and builds its own index
// (a snapshot per instance, swapped atomically as any reload). A change or a reload on one
// instance is announced with NOTIFY; the others materialise and reload within a second or two.
// The knowledge digest (a hash of the folder's files) lets a deployment check that all agree.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import type { SharedDocuments } from '../store/pg/documents.ts';
import type { Reloader } from './reload.ts';

export const PEER_RELOAD = 'peer';

export class KnowledgeSync {
  /** This process, so it skips its own announcements. */
  readonly origin = randomBytes(8).toString('hex');
  /** Versions materialised here, by document name. */
  private readonly known = new Map<string, number>();
  private running: Promise<void> | null = null;
  private again = false;
  digest = '';

  constructor(
    private readonly deps: { documents: SharedDocuments; knowledgeDir: string; archiveDir: string; reloader: () => Reloader; log: Logger },
  ) {}

  /** Writes documents newer than this folder's; true when anything changed. */
  async materialise(): Promise<boolean> {
    let changed = false;
    for (const doc of await this.deps.documents.list()) {
      if (this.known.get(doc.name) === doc.version) continue;
      const file = path.join(this.deps.knowledgeDir, doc.name);
      if (path.relative(this.deps.knowledgeDir, file).startsWith('..')) continue;
      if (doc.deleted) {
        if (await exists(file)) {
          // Kept like a deletion made here (document-library.ts), not destroyed.
          const keptAt = path.join(this.deps.archiveDir, 'deleted', `${new Date().toISOString().replace(/[:.]/g, '-')}-${path.basename(doc.name)}`);
          await mkdir(path.dirname(keptAt), { recursive: true });
          await rename(file, keptAt).catch(async () => rm(file, { force: true }));
          changed = true;
        }
      } else {
        const content = await this.deps.documents.content(doc.name);
        if (!content) continue;
        const current = await readFile(file).catch(() => null);
        if (!current || !current.equals(content)) {
          // A complete file renamed into place: the watcher or a reload never reads half of it.
          const temp = `${file}.sync-${this.origin}`;
          await mkdir(path.dirname(file), { recursive: true });
          await writeFile(temp, content);
          await rename(temp, file);
          changed = true;
        }
      }
      this.known.set(doc.name, doc.version);
    }
    return changed;
  }

  /** Subscribes to the other instances' announcements. */
  async listen(): Promise<void> {
    await this.deps.documents.listen((origin) => {
      if (origin !== this.origin) this.follow();
    });
  }

  /** Materialise, then reload; one at a time, once more if asked meanwhile. */
  follow(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = (async () => {
      try {
        await this.materialise();
        await this.deps.reloader().reload(PEER_RELOAD);
      } catch (err) {
        this.deps.log.error({ err }, 'following another instance’s knowledge change failed');
      }
    })().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.follow();
      }
    });
  }

  /** Saves uploaded documents (their files, as placed) and tells the others. */
  async publish(names: string[]): Promise<void> {
    for (const name of names) {
      const version = await this.deps.documents.put(name, await readFile(path.join(this.deps.knowledgeDir, name)));
      this.known.set(name, version);
    }
    this.announce();
  }

  async unpublish(name: string): Promise<void> {
    await this.deps.documents.remove(name);
    this.announce();
  }

  announce(): void {
    this.deps.documents.announce(this.origin).catch((err: unknown) => this.deps.log.warn({ err }, 'could not announce a knowledge change'));
  }

  /** Recomputes the digest of the knowledge folder (after every reload). */
  async refreshDigest(): Promise<string> {
    this.digest = await folderDigest(this.deps.knowledgeDir);
    return this.digest;
  }

  /** Resolves when no follow-up is running (tests). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then((s) => s.isFile(), () => false);
}

/** sha256 over every file's relative path and bytes, in path order: equal folders, equal digests. */
export async function folderDigest(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((d) => d.isFile() && !d.name.includes('.sync-') && !d.name.startsWith('.'))
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
    .sort();
  for (const f of files) {
    hash.update(f).update('\0');
    hash.update(await readFile(path.join(dir, f)));
  }
  return hash.digest('hex').slice(0, 16);
}
