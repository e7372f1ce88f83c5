// Chunk vectors on disk, keyed by model id + hash of the embedded text, so a restart or a reload
// recomputes only what changed. One model = two files in DATA_DIR/embeddings: a flat little-endian
// Float32 file (count × dims) and a small JSON manifest naming the hash of each row.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Embedder } from './embedder.ts';

export interface EmbedLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

interface Manifest {
  format: 1;
  model: string;
  dims: number;
  count: number;
  /** Row i of the Float32 file is the vector of the text whose hash is hashes[i]. */
  hashes: string[];
  updatedAt: string;
}

export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 24);
}

/** A file name that keeps the model readable and cannot collide (`a/b` vs `a_b`). */
function slug(model: string): string {
  return `${model.replace(/[^\w.-]+/g, '_')}-${createHash('sha256').update(model).digest('hex').slice(0, 8)}`;
}

export class VectorCache {
  private readonly vectors = new Map<string, Float32Array>();

  private constructor(
    readonly model: string,
    readonly dims: number,
    private readonly base: string,
  ) {}

  /** Opens the model's cache; a missing, foreign or damaged cache starts empty (vectors are recomputed). */
  static async open(dataDir: string, model: string, dims: number, log: EmbedLog): Promise<VectorCache> {
    const dir = path.join(dataDir, 'embeddings');
    const cache = new VectorCache(model, dims, path.join(dir, slug(model)));
    let manifest: Manifest;
    try {
      manifest = JSON.parse(await readFile(`${cache.base}.json`, 'utf8')) as Manifest;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') log.warn({ file: `${cache.base}.json`, err: (err as Error).message }, 'embedding cache unreadable, recomputing');
      return cache;
    }
    try {
      if (manifest.model !== model || manifest.dims !== dims) throw new Error(`cache is for ${manifest.model} (${manifest.dims}-d)`);
      const buf = await readFile(`${cache.base}.f32`);
      if (buf.byteLength !== manifest.count * dims * 4 || manifest.hashes.length !== manifest.count) {
        throw new Error(`expected ${manifest.count} × ${dims} floats, found ${buf.byteLength} bytes`);
      }
      // Copy into a fresh buffer: a Buffer may sit at an offset that Float32Array cannot view.
      const all = new Float32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
      manifest.hashes.forEach((h, i) => cache.vectors.set(h, all.subarray(i * dims, (i + 1) * dims)));
    } catch (err) {
      log.warn({ file: `${cache.base}.f32`, err: (err as Error).message }, 'embedding cache damaged, recomputing');
      cache.vectors.clear();
    }
    return cache;
  }

  get size(): number {
    return this.vectors.size;
  }

  has(hash: string): boolean {
    return this.vectors.has(hash);
  }

  set(hash: string, v: Float32Array): void {
    if (v.length !== this.dims) throw new Error(`${this.model} returned a ${v.length}-d vector, expected ${this.dims}`);
    this.vectors.set(hash, v);
  }

  /**
   * The texts' vectors as one row-major matrix. The cache then points into it, so the vectors
   * are held once in memory however many reloads happen.
   */
  matrix(texts: string[]): Float32Array {
    const m = new Float32Array(texts.length * this.dims);
    const rows = new Map<string, Float32Array>();
    texts.forEach((t, i) => {
      const h = hashText(t);
      const v = this.vectors.get(h);
      if (!v) throw new Error(`no vector cached for chunk ${i}`);
      m.set(v, i * this.dims);
      rows.set(h, m.subarray(i * this.dims, (i + 1) * this.dims));
    });
    for (const [h, v] of rows) this.vectors.set(h, v);
    return m;
  }

  /** Writes the vectors of `keep` (the current chunks) and forgets the others: removed text leaves the cache. */
  async save(keep: Iterable<string>): Promise<void> {
    const hashes = [...new Set(keep)].filter((h) => this.vectors.has(h));
    const data = new Float32Array(hashes.length * this.dims);
    hashes.forEach((h, i) => data.set(this.vectors.get(h)!, i * this.dims));
    const kept = new Set(hashes);
    for (const h of [...this.vectors.keys()]) if (!kept.has(h)) this.vectors.delete(h);
    const manifest: Manifest = { format: 1, model: this.model, dims: this.dims, count: hashes.length, hashes, updatedAt: new Date().toISOString() };
    await mkdir(path.dirname(this.base), { recursive: true });
    // Data first, manifest last, each by rename: a crash leaves the old pair or a size mismatch, never wrong rows.
    await writeFile(`${this.base}.f32.tmp`, new Uint8Array(data.buffer));
    await rename(`${this.base}.f32.tmp`, `${this.base}.f32`);
    await writeFile(`${this.base}.json.tmp`, JSON.stringify(manifest));
    await rename(`${this.base}.json.tmp`, `${this.base}.json`);
  }
}

export interface EmbedRunOptions {
  batchSize?: number;
  /** Progress is logged at most this often once a run is long (several batches). */
  progressMs?: number;
  /** A long first run is saved at this interval, so a crash or a restart does not lose it. */
  checkpointMs?: number;
}

/** Embeds the texts the cache lacks, in batches; returns how many vectors were computed. */
export async function embedMissing(
  embedder: Embedder,
  cache: VectorCache,
  texts: string[],
  log: EmbedLog,
  opts: EmbedRunOptions = {},
): Promise<{ computed: number }> {
  const batchSize = opts.batchSize ?? 16;
  const hashes = texts.map(hashText);
  const todo = new Map<string, string>();
  texts.forEach((t, i) => {
    if (!cache.has(hashes[i]!)) todo.set(hashes[i]!, t);
  });
  if (!todo.size) return { computed: 0 };
  const pending = [...todo];
  const long = pending.length > batchSize * 4;
  const started = Date.now();
  let lastLog = started;
  let lastSave = started;
  let done = 0;
  if (long) log.info({ model: embedder.id, chunks: pending.length, cached: texts.length - pending.length }, 'embedding chunks');
  try {
    for (let i = 0; i < pending.length; i += batchSize) {
      const batch = pending.slice(i, i + batchSize);
      const vectors = await embedder.embed(
        batch.map(([, t]) => t),
        'passage',
      );
      if (vectors.length !== batch.length) throw new Error(`${embedder.id} returned ${vectors.length} vectors for ${batch.length} texts`);
      batch.forEach(([h], j) => cache.set(h, vectors[j]!));
      done += batch.length;
      const now = Date.now();
      if (long && (now - lastLog >= (opts.progressMs ?? 5000) || done === pending.length)) {
        lastLog = now;
        const perSecond = done / Math.max((now - started) / 1000, 1e-3);
        log.info(
          { model: embedder.id, done, total: pending.length, chunksPerSecond: Math.round(perSecond * 10) / 10, etaSeconds: Math.round((pending.length - done) / perSecond) },
          'embedding progress',
        );
      }
      if (now - lastSave >= (opts.checkpointMs ?? 30_000) && done < pending.length) {
        lastSave = now;
        await cache.save(hashes);
      }
    }
  } catch (err) {
    // Keep what was computed: the next attempt resumes rather than starting over.
    if (done) await cache.save(hashes).catch(() => undefined);
    throw err;
  }
  await cache.save(hashes);
  return { computed: done };
}
