// The vector cache and the batch runner with a counting fake embedder: what is computed, what is
// reused, progress on long runs, and a failure half-way keeping what was done.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Embedder } from '../../../src/retrieval/dense/embed.ts';
import { embedMissing, hashText, VectorCache, type EmbedLog } from '../../../src/retrieval/dense/vector-cache.ts';

function fakeEmbedder(opts: { failAfter?: number; id?: string } = {}) {
  const seen: string[] = [];
  const embedder: Embedder = {
    id: opts.id ?? 'fake/model',
    dims: 3,
    async embed(texts) {
      if (opts.failAfter !== undefined && seen.length + texts.length > opts.failAfter) throw new Error('connection reset');
      seen.push(...texts);
      return texts.map((t) => Float32Array.from([t.length, 1, 0]));
    },
  };
  return { embedder, seen };
}

function memoryLog() {
  const lines: { level: string; obj: any; msg: string }[] = [];
  const log: EmbedLog = {
    info: (obj, msg) => void lines.push({ level: 'info', obj, msg }),
    warn: (obj, msg) => void lines.push({ level: 'warn', obj, msg }),
  };
  return { log, lines };
}

const texts = (n: number, tag = '') => Array.from({ length: n }, (_, i) => `段落${tag}${i}`);

describe('vector cache', () => {
  it('computes each distinct text once and reuses it after reopening', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vc-'));
    const { log } = memoryLog();
    const { embedder, seen } = fakeEmbedder();
    const cache = await VectorCache.open(dir, embedder.id, 3, log);
    const input = [...texts(5), '段落0'];
    expect(await embedMissing(embedder, cache, input, log)).toEqual({ computed: 5 });
    expect(seen).toHaveLength(5);
    const reopened = await VectorCache.open(dir, embedder.id, 3, log);
    expect(reopened.size).toBe(5);
    expect(await embedMissing(embedder, reopened, input, log)).toEqual({ computed: 0 });
    const m = reopened.matrix(input);
    expect(Array.from(m.subarray(0, 3))).toEqual([3, 1, 0]);
    expect(m.length).toBe(6 * 3);
  });

  it('keeps caches of different models apart and ignores one of another width', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vc-'));
    const { log, lines } = memoryLog();
    const a = fakeEmbedder({ id: 'a/m' });
    await embedMissing(a.embedder, await VectorCache.open(dir, 'a/m', 3, log), texts(3), log);
    expect((await VectorCache.open(dir, 'a_m', 3, log)).size).toBe(0);
    expect((await VectorCache.open(dir, 'a/m', 4, log)).size).toBe(0);
    expect(lines.some((l) => l.level === 'warn' && l.msg.includes('damaged'))).toBe(true);
  });

  it('logs progress on a long run and keeps the vectors computed before a failure', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vc-'));
    const { log, lines } = memoryLog();
    const failing = fakeEmbedder({ failAfter: 40 });
    const input = texts(100);
    const cache = await VectorCache.open(dir, 'fake/model', 3, log);
    await expect(embedMissing(failing.embedder, cache, input, log, { batchSize: 8, progressMs: 0 })).rejects.toThrow('connection reset');
    expect(lines.find((l) => l.msg === 'embedding chunks')?.obj).toMatchObject({ chunks: 100, cached: 0 });
    const progress = lines.filter((l) => l.msg === 'embedding progress');
    expect(progress.length).toBeGreaterThan(0);
    expect(progress[0]!.obj).toMatchObject({ done: 8, total: 100 });
    // The next run resumes: only what the failed run did not finish.
    const retry = fakeEmbedder();
    const reopened = await VectorCache.open(dir, 'fake/model', 3, log);
    expect(reopened.size).toBe(40);
    expect(await embedMissing(retry.embedder, reopened, input, log, { batchSize: 8 })).toEqual({ computed: 60 });
    expect(retry.seen).not.toContain(input[0]);
  });

  it('forgets the vectors of text that is gone', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vc-'));
    const { log } = memoryLog();
    const { embedder } = fakeEmbedder();
    const cache = await VectorCache.open(dir, embedder.id, 3, log);
    await embedMissing(embedder, cache, texts(4), log);
    await embedMissing(embedder, cache, texts(2, 'new'), log);
    const reopened = await VectorCache.open(dir, embedder.id, 3, log);
    expect(reopened.size).toBe(2);
    expect(reopened.has(hashText('段落new0'))).toBe(true);
    expect(reopened.has(hashText('段落0'))).toBe(false);
  });
});
