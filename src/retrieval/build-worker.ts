// A build's worker thread (build-pool.ts starts it on this file): a BuildJob answering the pool's
// messages one at a time, in the order they came.
import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { FileToPrepare } from '../knowledge/prepare.ts';
import { BuildJob, packBatch, type PackedBatch, type TokenizedBatch } from './build-job.ts';

/** This module's file, where the pool starts its threads: dist/ as the server runs it, src/ under tsx. */
export const BUILD_WORKER = import.meta.url;
/** workerData.role of a build's thread (other workers importing this module serve nothing). */
export const BUILD_ROLE = 'knowledge-build';

export type JobRequest =
  | { kind: 'prepare'; batch: number; dir: string; files: FileToPrepare[] }
  | { kind: 'words'; words: string[] }
  | { kind: 'tokenize'; batch: number };

export type JobReply = { kind: 'prepared'; packed: PackedBatch } | { kind: 'tokenized'; result: TokenizedBatch } | { kind: 'failed'; message: string };

function serve(port: MessagePort): void {
  const job = new BuildJob();
  let queue = Promise.resolve();
  const handle = async (m: JobRequest): Promise<void> => {
    if (m.kind === 'prepare') {
      const packed = packBatch(await job.prepare(m.batch, m.dir, m.files));
      port.postMessage({ kind: 'prepared', packed } satisfies JobReply, [packed.spans.buffer]);
    } else if (m.kind === 'words') {
      job.useWords(m.words);
    } else {
      const result = job.tokenize(m.batch);
      port.postMessage({ kind: 'tokenized', result } satisfies JobReply, [result.ids.buffer, result.ends.buffer]);
    }
  };
  port.on('message', (m: JobRequest) => {
    queue = queue.then(() => handle(m)).catch((err: unknown) => port.postMessage({ kind: 'failed', message: (err as Error).stack ?? String(err) } satisfies JobReply));
  });
}

if (!isMainThread && parentPort && (workerData as { role?: string } | null)?.role === BUILD_ROLE) serve(parentPort);
