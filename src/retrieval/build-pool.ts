// The threads a build shares its files out among: this one and worker threads, each running a
// BuildJob (build-worker.ts); for a small knowledge base or a machine with one core, this one alone.
// The build asks each the same things either way (build-files.ts).
import { Worker } from 'node:worker_threads';
import type { FileToPrepare } from '../knowledge/prepare.ts';
import { BuildJob, unpackBatch, type PreparedBatch, type TokenizedBatch } from './build-job.ts';
import { BUILD_ROLE, BUILD_WORKER, type JobReply, type JobRequest } from './build-worker.ts';
import type { Tokenizer } from './lexical/tokenize.ts';

/** 3 × V8's default largest semi-space (16 MB) on 64-bit. */
const YOUNG_GENERATION_MB = 48;

export interface BuildThread {
  prepare(batch: number, dir: string, files: FileToPrepare[]): Promise<PreparedBatch>;
  useWords(words: string[]): void;
  tokenize(batch: number): Promise<TokenizedBatch>;
  /** Batches asked of it at once: a worker starts the next as soon as it has posted one. */
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

/**
 * A worker thread on build-worker.ts: the compiled module as it is, the TypeScript one through tsx's
 * loader (tests and the CLIs run src/). It answers in the order it was asked.
 */
class WorkerThread implements BuildThread {
  private readonly worker: Worker;
  private readonly waiting: { resolve: (r: JobReply) => void; reject: (e: Error) => void }[] = [];
  private failure: Error | null = null;
  readonly depth = 2;

  constructor() {
    const workerData = { role: BUILD_ROLE };
    // The server's own flags (its build check through --import, say) are not the worker's; source maps are.
    const execArgv = process.execArgv.filter((a) => a === '--enable-source-maps');
    // V8's default young generation, whatever the server's own (--max-semi-space-size=4 keeps the
    // server small after the load): a build's garbage is short-lived and goes with the thread.
    const resourceLimits = { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB };
    if (BUILD_WORKER.endsWith('.ts')) {
      const tsx = import.meta.resolve('tsx/esm/api');
      const boot = `import(${JSON.stringify(tsx)}).then((api) => api.register()).then(() => import(${JSON.stringify(BUILD_WORKER)}));`;
      this.worker = new Worker(boot, { eval: true, workerData, execArgv, resourceLimits });
    } else {
      this.worker = new Worker(new URL(BUILD_WORKER), { workerData, execArgv, resourceLimits });
    }
    this.worker.on('message', (reply: JobReply) => {
      const next = this.waiting.shift();
      if (reply.kind === 'failed') this.fail(new Error(`knowledge build thread: ${reply.message}`), next);
      else next?.resolve(reply);
    });
    this.worker.on('error', (err) => this.fail(err));
    this.worker.on('exit', (code) => this.fail(new Error(`knowledge build thread exited (${code})`)));
  }

  private fail(err: Error, first?: { reject: (e: Error) => void }): void {
    this.failure ??= err;
    first?.reject(err);
    for (const w of this.waiting.splice(0)) w.reject(err);
  }

  private ask(request: JobRequest): Promise<JobReply> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.worker.postMessage(request);
    });
  }

  async prepare(batch: number, dir: string, files: FileToPrepare[]): Promise<PreparedBatch> {
    const reply = await this.ask({ kind: 'prepare', batch, dir, files });
    if (reply.kind !== 'prepared') throw new Error(`knowledge build thread: ${reply.kind} for prepare`);
    return unpackBatch(reply.packed);
  }

  useWords(words: string[]): void {
    this.worker.postMessage({ kind: 'words', words } satisfies JobRequest);
  }

  async tokenize(batch: number): Promise<TokenizedBatch> {
    const reply = await this.ask({ kind: 'tokenize', batch });
    if (reply.kind !== 'tokenized') throw new Error(`knowledge build thread: ${reply.kind} for tokenize`);
    return reply.result;
  }

  async close(): Promise<void> {
    this.failure ??= new Error('knowledge build thread closed');
    await this.worker.terminate();
  }
}

/** This thread, and `count - 1` workers beside it. */
export function openThreads(count: number): [LocalThread, ...BuildThread[]] {
  return [new LocalThread(), ...Array.from({ length: Math.max(0, count - 1) }, () => new WorkerThread())];
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
