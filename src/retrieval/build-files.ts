// A knowledge folder → the parts of its index: documents, chunks, lexical index, facts, dictionary
// words. The files are prepared in batches among the build's threads (build-pool.ts), the batches
// joined back in file order, and each chunk's term ids added to the lexical index in index order
// (primary documents first), every term numbered where a build on one thread would meet it first:
// the same chunks, the same terms in the same order, the same postings — the same snapshot.
//
// One pass per file (knowledge/prepare.ts): the outline the document's facts are read from is the
// one the chunker follows, and jieba's pieces are decided once per kind (build-job.ts). All of that
// is per file, so a large folder shares its batches out among worker threads, one per core other work
// leaves free (free-cores.ts): over the laws (1,585 files, 28 MB) it is ~7 s of one core's CPU.
import { documentId, findDocuments, type LoadWarning } from '../knowledge/load.ts';
import type { PlanFacts } from '../knowledge/facts/plan.ts';
import type { FileToPrepare, PreparedFile } from '../knowledge/prepare.ts';
import type { Chunk, KnowledgeDocument } from '../knowledge/types.ts';
import type { Aliases } from './aliases.ts';
import { PRIMARY_BOOST, primaryFirst } from './assemble.ts';
import type { TokenizedBatch } from './build-job.ts';
import { openThreads, prepareAll, type BuildThread, type LocalThread } from './build-pool.ts';
import { watchFreeCores } from './free-cores.ts';
import { KnowledgeIndex } from './knowledge-index.ts';
import { LexicalBuilder, type LexicalIndex } from './lexical/bm25.ts';
import type { Tokenizer } from './lexical/tokenize.ts';

/** Files per batch: a thread's unit of work, and on this thread the stretch between two yields to requests. */
const BATCH_FILES = 8;

/**
 * From this many files a build shares them out among threads. Below it, starting the threads costs
 * more than they save (each loads the build's modules and jieba's dictionary: ~0.3 s compiled, ~1 s
 * under tsx).
 */
const THREADS_FROM_FILES = 100;

export interface FileParts {
  /** In file order (the index puts the primary ones first). */
  documents: KnowledgeDocument[];
  /** In index order, numbered. */
  chunks: Chunk[];
  lexical: LexicalIndex;
  facts: PlanFacts[];
  dictionaryWords: string[];
  /** The tokenizer made with those words on this thread, when it cut chunks (the index's, then). */
  tokenizer: Tokenizer | null;
  /** What reading the files noticed, in file order. */
  loadWarnings: LoadWarning[];
  /** What reading the plans' facts noticed, in file order (reported after the aliases'). */
  factsWarnings: LoadWarning[];
}

export interface FileBuildOptions {
  dir: string;
  isPrimary: (id: string) => boolean;
  aliases: Aliases;
  /** Threads, this one included: 1 = this one alone. Default: one per core other work leaves free, for THREADS_FROM_FILES files or more. */
  threads?: number;
  progress: (stage: 'read' | 'index', done: number, total: number) => void;
}

export async function buildFromFiles(opts: FileBuildOptions): Promise<FileParts> {
  const freeCores = watchFreeCores();
  const { files, warnings } = await findDocuments(opts.dir);
  const list: FileToPrepare[] = files.map((file) => {
    const id = documentId(opts.dir, file);
    return { file, id, primary: opts.isPrimary(id) };
  });
  const threads = opts.threads ?? (list.length < THREADS_FROM_FILES ? 1 : Math.max(1, Math.round(await freeCores())));
  try {
    return await build(openThreads(threads), list, warnings, opts);
  } catch (err) {
    if (threads <= 1) throw err;
    // A worker that fails (one that cannot start, say) costs the build its speed, not its index.
    process.emitWarning(`knowledge build threads failed, building on this thread alone: ${(err as Error).message}`);
    return build(openThreads(1), list, warnings, opts);
  }
}

async function build(threads: [LocalThread, ...BuildThread[]], list: FileToPrepare[], skipped: LoadWarning[], opts: FileBuildOptions): Promise<FileParts> {
  try {
    const batches: FileToPrepare[][] = [];
    for (let i = 0; i < list.length; i += BATCH_FILES) batches.push(list.slice(i, i + BATCH_FILES));
    let read = 0;
    const prepared = await prepareAll(threads, opts.dir, batches, (n) => opts.progress('read', (read += n), list.length));

    const loadWarnings = [...skipped];
    const factsWarnings: LoadWarning[] = [];
    const documents: KnowledgeDocument[] = [];
    const facts: PlanFacts[] = [];
    const quoted: string[] = [];
    // Where each document's chunks are: its batch and its place there.
    const found = new Map<KnowledgeDocument, { batch: number; file: PreparedFile; first: number }>();
    prepared.forEach(({ result }, batch) => {
      let first = 0;
      result.files.forEach((file, k) => {
        loadWarnings.push(...file.loadWarnings);
        factsWarnings.push(...file.factsWarnings);
        if (file.document) {
          documents.push(file.document);
          found.set(file.document, { batch, file, first });
          for (const q of result.quoted[k]!) quoted.push(q);
        }
        if (file.facts) facts.push(file.facts);
        first += file.chunks.length;
      });
    });
    const dictionaryWords = KnowledgeIndex.wordsOf(quoted, opts.aliases);
    for (const t of threads) t.useWords(dictionaryWords);

    // Asked in the order the index adds them, each of the thread that holds its chunks.
    const ordered = primaryFirst(documents);
    const tokenized = new Map<number, Promise<TokenizedBatch>>();
    const terms = new Map<BuildThread, ThreadTerms>(threads.map((t) => [t, new ThreadTerms()]));
    for (const d of ordered) {
      const { batch } = found.get(d)!;
      if (tokenized.has(batch)) continue;
      const thread = prepared[batch]!.thread;
      // A thread numbers its terms in the order it cuts its batches, so they are learnt in the order they arrive.
      tokenized.set(
        batch,
        thread.tokenize(batch).then((r) => {
          terms.get(thread)!.learn(r.terms);
          return r;
        }),
      );
    }
    // Nothing waits on a batch until its turn: one that failed must not go unhandled meanwhile.
    for (const p of tokenized.values()) p.catch(() => undefined);

    const total = documents.reduce((n, d) => n + found.get(d)!.file.chunks.length, 0);
    const builder = new LexicalBuilder();
    const chunks: Chunk[] = [];
    for (const d of ordered) {
      const { batch, file, first } = found.get(d)!;
      const r = await tokenized.get(batch)!;
      const local = terms.get(prepared[batch]!.thread)!;
      file.chunks.forEach((chunk, k) => {
        const ids = r.ids.subarray(first + k === 0 ? 0 : r.ends[first + k - 1]!, r.ends[first + k]!);
        local.toIndex(ids, builder);
        builder.addIds(ids, d.primary ? PRIMARY_BOOST : 1);
        chunk.id = chunks.length;
        chunks.push(chunk);
      });
      opts.progress('index', chunks.length, total);
    }
    return { documents, chunks, lexical: builder.build(), facts, dictionaryWords, tokenizer: threads[0].tokenizer, loadWarnings, factsWarnings };
  } finally {
    await Promise.all(threads.map((t) => t.close()));
  }
}

/** A thread's own term ids → the index's: each term interned where the index first meets it. */
class ThreadTerms {
  private readonly terms: string[] = [];
  private index = new Int32Array(1024).fill(-1);

  learn(fresh: string[]): void {
    for (const t of fresh) this.terms.push(t);
    if (this.terms.length > this.index.length) {
      let size = this.index.length * 2;
      while (size < this.terms.length) size *= 2;
      const grown = new Int32Array(size).fill(-1);
      grown.set(this.index);
      this.index = grown;
    }
  }

  /** Rewrites a chunk's ids in place. */
  toIndex(ids: Uint32Array, builder: LexicalBuilder): void {
    for (let i = 0; i < ids.length; i++) {
      const own = ids[i]!;
      let id = this.index[own]!;
      if (id < 0) id = this.index[own] = builder.intern(this.terms[own]!);
      ids[i] = id;
    }
  }
}
