// Builds a complete KnowledgeIndex from a folder: documents, alias table, report. Used at start,
// by reload and by the CLIs, so every entry point sees the same knowledge base. With a snapshot
// folder, an unchanged knowledge base is loaded from its snapshot instead (src/retrieval/snapshot.ts).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { docFactsCounts } from '../knowledge/facts/document.ts';
import type { LoadWarning } from '../knowledge/load.ts';
import type { Chunk } from '../knowledge/types.ts';
import { DEFAULT_ALIAS_FILE, loadAliases, NO_ALIASES, type Aliases } from './aliases.ts';
import { primaryFirst } from './assemble.ts';
import { buildFromFiles } from './build-files.ts';
import type { ChunkVectors, EmbeddingStatus } from './dense/embed.ts';
import { KnowledgeIndex } from './knowledge-index.ts';
import { fingerprint, loadSnapshot, saveSnapshot, snapshotFile } from './snapshot.ts';
import type { DocumentReport } from './types.ts';

export const ALIAS_FILE = 'aliases.json';

export type { DocumentReport } from './types.ts';

/** What became of the snapshot: loaded instead of building, or written after a build (with why). */
export interface SnapshotStatus {
  file: string;
  /** `saving`: being written after the build returned (BuildResult.snapshotWritten). */
  state: 'loaded' | 'saved' | 'saving' | 'unsaved';
  /** Why a snapshot was not used (missing, stale, corrupt) or could not be written. */
  reason?: string;
  ms: number;
}

export interface BuildResult {
  index: KnowledgeIndex;
  warnings: LoadWarning[];
  report: DocumentReport[];
  tookMs: number;
  /** The dense half of the index; absent when no embedding model is configured or it failed. */
  embedding?: EmbeddingStatus;
  /** Why the index is lexical only although a model is configured. */
  embeddingError?: string;
  /** Present when the build used a snapshot folder. */
  snapshot?: SnapshotStatus;
  /** With `deferSnapshot`, after a build: settles once the snapshot is written (or could not be). */
  snapshotWritten?: Promise<SnapshotStatus>;
}

/** Where a long build stands, for progress output (files read, chunks indexed). */
export interface BuildProgress {
  stage: 'read' | 'chunk' | 'index';
  done: number;
  /** 0 when not known yet. */
  total: number;
  elapsedMs: number;
}

export interface BuildOptions {
  dir: string;
  version: number;
  /** Documents that rank first at equal relevance; by default every document directly in `dir`. */
  isPrimary?: (id: string) => boolean;
  /** Chunk vectors (src/retrieval/dense/embed.ts ChunkEmbeddings); without it the index is lexical only. */
  embeddings?: { vectorsFor(chunks: Chunk[]): Promise<ChunkVectors> };
  /** Folder for index snapshots (DATA_DIR/index); without it every build starts from the files. */
  snapshotDir?: string;
  /**
   * Write the snapshot of a fresh build once this settles, not before returning, a step at a time
   * between other work (BuildResult.snapshotWritten): a start listens and answers its readiness probe
   * first (the laws' write is ~0.4–0.6 s).
   */
  deferSnapshot?: PromiseLike<unknown>;
  /** The retrieval modules whose module graph keys the snapshot (default: the running ones; tests pass an edited copy). */
  codeRoot?: string;
  /** Threads that prepare and cut the files, this one included. Default: one per core for a large folder (build-files.ts). */
  threads?: number;
  onProgress?: (p: BuildProgress) => void;
}

/** Lets the event loop run (requests, timers) before going on. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Every document directly in the knowledge folder is primary; those in sub-folders are reference material. */
export const topLevelIsPrimary = (id: string) => !id.includes('/');

/** Calls `fn` at most once per `ms` (and always for the last step of a stage): progress for a log. */
export function throttled(fn: (p: BuildProgress) => void, ms = 2000): (p: BuildProgress) => void {
  let last = 0;
  return (p) => {
    const now = performance.now();
    if (now - last >= ms || (p.total > 0 && p.done === p.total && p.elapsedMs >= ms)) {
      last = now;
      fn(p);
    }
  };
}

export async function buildIndex(opts: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const isPrimary = opts.isPrimary ?? topLevelIsPrimary;
  const progress = (stage: BuildProgress['stage'], done: number, total: number) =>
    opts.onProgress?.({ stage, done, total, elapsedMs: Math.round(performance.now() - started) });

  let built: { index: KnowledgeIndex; warnings: LoadWarning[]; report: DocumentReport[] } | null = null;
  let snapshot: SnapshotStatus | undefined;
  let key = '';
  const file = opts.snapshotDir ? snapshotFile(opts.snapshotDir, opts.dir) : '';
  if (file) {
    // Without its own alias table the folder is built with the shipped one: a change to it must rebuild too.
    const outside = existsSync(path.join(opts.dir, ALIAS_FILE)) ? [] : [DEFAULT_ALIAS_FILE];
    key = await fingerprint(opts.dir, isPrimary, outside, opts.codeRoot).catch(() => '');
    const loaded = key ? await loadSnapshot(file, key, opts.version) : { status: 'missing' as const, reason: 'cannot read the folder' };
    if ('index' in loaded) {
      built = loaded;
      snapshot = { file, state: 'loaded', ms: Math.round(performance.now() - started) };
    } else {
      snapshot = { file, state: 'unsaved', reason: `${loaded.status}: ${loaded.reason}`, ms: 0 };
    }
  }
  let snapshotWritten: Promise<SnapshotStatus> | undefined;
  if (!built) {
    const fresh = await fromFiles(opts, isPrimary, progress);
    built = fresh;
    if (file && key) {
      const why = snapshot?.reason ? { reason: snapshot.reason } : {};
      const write = async (): Promise<SnapshotStatus> => {
        const t = performance.now();
        try {
          await saveSnapshot(file, key, fresh.index, { warnings: fresh.warnings, report: fresh.report }, opts.deferSnapshot ? nextTurn : undefined);
          return { file, state: 'saved', ...why, ms: Math.round(performance.now() - t) };
        } catch (err) {
          // A read-only or full DATA_DIR costs the next start its speed, not this one its index.
          return { file, state: 'unsaved', reason: `cannot write: ${(err as Error).message}`, ms: Math.round(performance.now() - t) };
        }
      };
      if (opts.deferSnapshot) {
        snapshotWritten = Promise.resolve(opts.deferSnapshot).then(write, write);
        snapshot = { file, state: 'saving', ...why, ms: 0 };
      } else {
        snapshot = await write();
      }
    }
  }

  let { index } = built;
  let embedding: EmbeddingStatus | undefined;
  let embeddingError: string | undefined;
  if (opts.embeddings) {
    // A model that fails costs the dense half only: the knowledge base still loads, lexical.
    try {
      const vectors = await opts.embeddings.vectorsFor(index.chunks);
      index = index.withDense(vectors.dense);
      embedding = vectors.status;
    } catch (err) {
      embeddingError = (err as Error).message;
    }
  }
  return {
    index,
    warnings: built.warnings,
    report: built.report,
    tookMs: Math.round(performance.now() - started),
    ...(embedding ? { embedding } : {}),
    ...(embeddingError ? { embeddingError } : {}),
    ...(snapshot ? { snapshot } : {}),
    ...(snapshotWritten ? { snapshotWritten } : {}),
  };
}

async function fromFiles(
  opts: BuildOptions,
  isPrimary: (id: string) => boolean,
  progress: (stage: BuildProgress['stage'], done: number, total: number) => void,
): Promise<{ index: KnowledgeIndex; warnings: LoadWarning[]; report: DocumentReport[] }> {
  let aliases: Aliases = NO_ALIASES;
  let aliasWarning: LoadWarning | null = null;
  try {
    aliases = await loadAliases(path.join(opts.dir, ALIAS_FILE));
  } catch (err) {
    aliasWarning = { file: ALIAS_FILE, reason: (err as Error).message };
  }
  const parts = await buildFromFiles({ dir: opts.dir, isPrimary, aliases, ...(opts.threads !== undefined ? { threads: opts.threads } : {}), progress });
  const warnings = [...parts.loadWarnings, ...(aliasWarning ? [aliasWarning] : []), ...parts.factsWarnings];
  const index = KnowledgeIndex.fromParts({
    version: opts.version,
    documents: primaryFirst(parts.documents),
    chunks: parts.chunks,
    lexical: parts.lexical,
    aliases,
    facts: parts.facts,
    dictionaryWords: parts.dictionaryWords,
    ...(parts.tokenizer ? { tokenizer: parts.tokenizer } : {}),
  });
  const perDoc = new Map<string, number>();
  for (const c of index.chunks) perDoc.set(c.docId, (perDoc.get(c.docId) ?? 0) + 1);
  for (const d of index.documents) {
    const counts = d.facts ? docFactsCounts(d.facts) : null;
    // Units named in the text but read for no item: the numbering or the annotations were not understood.
    if (counts && counts.owners === 0 && /牵头单位|责任单位|牵头，|牵头\)/u.test(d.text)) {
      warnings.push({ file: d.id, reason: `facts: the text names lead units but none was read for its ${counts.items} numbered items` });
    }
  }
  const report = index.documents.map((d) => ({
    id: d.id,
    title: d.title,
    characters: d.text.length,
    chunks: perDoc.get(d.id) ?? 0,
    ...(d.facts ? { facts: docFactsCounts(d.facts) } : {}),
    glossesRemoved: d.glossesRemoved,
    anomalies: d.anomalies.map(({ line, position, fragment, reason }) => ({ line, position, fragment, reason })),
  }));
  return { index, warnings, report };
}
