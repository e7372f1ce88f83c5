// Uploaded documents in PostgreSQL (name, content, version), and the channel that tells every
// instance the knowledge changed. Each instance materialises them into its own knowledge folder
// and builds its own index (ops/knowledge-sync.ts).
import type { Database } from './db.ts';

export const KNOWLEDGE_CHANNEL = 'panjin_knowledge';

export interface StoredDocument {
  name: string;
  version: number;
  deleted: boolean;
  revision: number;
}

export function pgDocuments(db: Database) {
  return {
    /** Saves a new version of `name`; resolves with its version once committed. */
    put: async (name: string, content: Buffer): Promise<number> => {
      const rows = await db.run(
        (sql) => sql<{ version: number }[]>`insert into documents (name, content) values (${name}, ${content})
          on conflict (name) do update set content = excluded.content, deleted = false,
            version = documents.version + 1, revision = nextval('documents_revision'), updated_at = now()
          returning version`,
      );
      return rows[0]!.version;
    },
    remove: async (name: string): Promise<void> => {
      await db.run((sql) => sql`update documents set deleted = true, content = null, version = version + 1,
        revision = nextval('documents_revision'), updated_at = now() where name = ${name}`);
    },
    /** Every document's version (not the content): what an instance compares with its folder. */
    list: async (): Promise<StoredDocument[]> => {
      const rows = await db.run((sql) => sql<{ name: string; version: number; deleted: boolean; revision: string }[]>`select name, version, deleted, revision from documents order by revision`);
      return rows.map((r) => ({ name: r.name, version: r.version, deleted: r.deleted, revision: Number(r.revision) }));
    },
    content: async (name: string): Promise<Buffer | null> => {
      const rows = await db.run((sql) => sql<{ content: Buffer | null }[]>`select content from documents where name = ${name} and not deleted`);
      return rows[0]?.content ?? null;
    },
    /** Tells the other instances (`origin` lets each skip its own message). */
    announce: async (origin: string): Promise<void> => {
      await db.notify(KNOWLEDGE_CHANNEL, origin);
    },
    listen: (fn: (origin: string) => void): Promise<void> => db.listen(KNOWLEDGE_CHANNEL, fn),
  };
}

export type SharedDocuments = ReturnType<typeof pgDocuments>;
