// The threads a build shares its files out among, each running a BuildJob: for now this one alone.
// The build asks each the same things (build-files.ts).
import type { FileToPrepare } from '../knowledge/prepare.ts';
import { BuildJob, type PreparedBatch, type TokenizedBatch } from './build-job.ts';
import type { Tokenizer } from './lexical/tokenize.ts';

export interface BuildThread {
  prepare(batch: number, dir: string, files: FileToPrepare[]): Promise<PreparedBatch>;
  useWords(words: string[]): void;
  tokenize(batch: number): Promise<TokenizedBatch>;
  /** Batches asked of it at once. */
  readonly depth: number;
  close(): Promise<void>;
}

/** A BuildJob on this thread, yielding to the event loop between batches: a reload lets requests through. */
export class LocalThread implements BuildThread {
  private readonly job = new BuildJob();
  readonly depth = 1;

  /** The tokenizer it cut with, made with the knowledge base's words: the index's own (jieba's dictionary read once). */
  get tokenizer(): Tokenizer | null {
    return this.job.tokenizer;
  }

  async prepare(batch: number, dir: string, files: FileToPrepare[]): Promise<PreparedBatch> {
    await new Promise((resolve) => setImmediate(resolve));
    return this.job.prepare(batch, dir, files);
  }

  useWords(words: string[]): void {
    this.job.useWords(words);
  }

  async tokenize(batch: number): Promise<TokenizedBatch> {
    await new Promise((resolve) => setImmediate(resolve));
    return this.job.tokenize(batch);
  }

  async close(): Promise<void> {}
}

/** The build's threads: this one. */
export function openThreads(): [LocalThread, ...BuildThread[]] {
  return [new LocalThread()];
}

/**
 * Every batch prepared, each on whichever thread is free first (the files of a law folder differ in
 * size tenfold); in batch order, with the thread that holds each batch's chunks.
 */
export async function prepareAll(
  threads: BuildThread[],
  dir: string,
  batches: FileToPrepare[][],
  onBatch: (files: number) => void,
): Promise<{ result: PreparedBatch; thread: BuildThread }[]> {
  const out: { result: PreparedBatch; thread: BuildThread }[] = new Array(batches.length);
  let next = 0;
  const lane = async (thread: BuildThread) => {
    while (next < batches.length) {
      const b = next++;
      out[b] = { result: await thread.prepare(b, dir, batches[b]!), thread };
      onBatch(batches[b]!.length);
    }
  };
  await Promise.all(threads.flatMap((t) => Array.from({ length: t.depth }, () => lane(t))));
  return out;
}
