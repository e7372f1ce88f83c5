// Text → vectors, behind one small interface. Two providers: a local ONNX model through
// transformers.js (embed-local.ts) and an OpenAI-compatible embeddings API (embed-remote.ts).
// ChunkEmbeddings turns an embedder and the vector cache into the dense half of an index, and is
// the one place that decides what a missing model or a dead API means: a log line, lexical only.
import type { Chunk } from '../../knowledge/types.ts';
import { passageText, type DenseVectors } from './fusion.ts';
import { EmbedderUnavailableError, REMOTE_PREFIX, type Embedder } from './embedder.ts';
import { embedMissing, VectorCache, type EmbedLog } from './vector-cache.ts';

export { EmbedderUnavailableError, normalizeVector, REMOTE_PREFIX, type EmbedKind, type Embedder } from './embedder.ts';

export interface EmbeddingSettings {
  /** A model id under modelsDir, or `openai:NAME` for an OpenAI-compatible API. */
  model: string;
  modelsDir: string;
  dataDir: string;
  /** For `openai:` models; the caller resolves EMBEDDING_* before OPENAI_*. */
  baseURL?: string;
  apiKey?: string;
}

/** Creates the embedder the settings name; the vendor module is imported only when used. */
export async function createEmbedder(s: EmbeddingSettings): Promise<Embedder> {
  if (s.model.startsWith(REMOTE_PREFIX)) {
    const { loadRemoteEmbedder } = await import('./embed-remote.ts');
    return loadRemoteEmbedder({
      model: s.model.slice(REMOTE_PREFIX.length),
      ...(s.baseURL ? { baseURL: s.baseURL } : {}),
      ...(s.apiKey ? { apiKey: s.apiKey } : {}),
    });
  }
  const { loadLocalEmbedder } = await import('./embed-local.ts');
  return loadLocalEmbedder(s.model, s.modelsDir);
}

export interface Throughput {
  chunks: number;
  ms: number;
  chunksPerSecond: number;
}

/** Passage embedding speed, in the batches indexing uses; for `npm run bench`. */
export async function measureEmbeddingThroughput(embedder: Embedder, texts: string[], batchSize = 16): Promise<Throughput> {
  const started = performance.now();
  for (let i = 0; i < texts.length; i += batchSize) await embedder.embed(texts.slice(i, i + batchSize), 'passage');
  const ms = performance.now() - started;
  return { chunks: texts.length, ms: Math.round(ms), chunksPerSecond: ms > 0 ? Math.round((texts.length / ms) * 1000 * 10) / 10 : 0 };
}

/** What /healthz reports about the dense half of the current index. */
export interface EmbeddingStatus {
  model: string;
  dims: number;
  vectors: number;
  /** Vectors computed by this start or reload; 0 when every chunk came from the cache. */
  computed: number;
}

export interface ChunkVectors {
  dense: DenseVectors;
  status: EmbeddingStatus;
}

/** How long a question waits for its embedding before being answered from the lexical index alone. */
const QUERY_TIMEOUT_MS = 5000;
/** Query-time failures are logged at most this often: a dead API must not flood the log. */
const QUERY_ERROR_LOG_MS = 60_000;
/** Recent question vectors kept: the same questions come back (menus, FAQs), an API call each is waste. */
const QUERY_CACHE = 500;

/**
 * The dense side of every build: loads the embedder on first use (and again on a later reload if
 * it failed, so copying a model folder in and reloading is enough), reuses cached vectors and
 * computes only the chunks it has not seen.
 */
export class ChunkEmbeddings {
  private embedder: Promise<Embedder> | null = null;
  private cache: VectorCache | null = null;
  private lastQueryErrorAt = 0;
  private readonly recent = new Map<string, Float32Array>();

  constructor(
    readonly settings: EmbeddingSettings,
    private readonly log: EmbedLog,
    private readonly create: (s: EmbeddingSettings) => Promise<Embedder> = createEmbedder,
  ) {}

  private load(): Promise<Embedder> {
    this.embedder ??= this.create(this.settings).catch((err: unknown) => {
      this.embedder = null;
      const hint = err instanceof EmbedderUnavailableError ? err.hint : undefined;
      this.log.warn({ model: this.settings.model, ...(hint ? { hint } : {}), err: (err as Error).message }, 'embedding model unavailable, serving lexical retrieval only');
      throw err;
    });
    return this.embedder;
  }

  async vectorsFor(chunks: Chunk[]): Promise<ChunkVectors> {
    const embedder = await this.load();
    if (!this.cache || this.cache.model !== embedder.id || this.cache.dims !== embedder.dims) {
      this.cache = await VectorCache.open(this.settings.dataDir, embedder.id, embedder.dims, this.log);
    }
    const texts = chunks.map(passageText);
    let computed: number;
    try {
      ({ computed } = await embedMissing(embedder, this.cache, texts, this.log));
    } catch (err) {
      this.log.warn({ model: embedder.id, err: (err as Error).message }, 'embedding the chunks failed, serving lexical retrieval only');
      throw err;
    }
    const matrix = this.cache.matrix(texts);
    const dense: DenseVectors = {
      model: embedder.id,
      dims: embedder.dims,
      matrix,
      embedQuery: (text) => this.embedQuery(embedder, text),
    };
    return { dense, status: { model: embedder.id, dims: embedder.dims, vectors: chunks.length, computed } };
  }

  private async embedQuery(embedder: Embedder, text: string): Promise<Float32Array> {
    const key = `${embedder.id}\u0000${text}`;
    const hit = this.recent.get(key);
    if (hit) {
      this.recent.delete(key);
      this.recent.set(key, hit);
      return hit;
    }
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`query embedding took over ${QUERY_TIMEOUT_MS} ms`)), QUERY_TIMEOUT_MS);
      });
      const [v] = await Promise.race([embedder.embed([text], 'query'), timeout]);
      if (!v || v.length !== embedder.dims) throw new Error(`query embedding has ${v?.length ?? 0} dimensions, expected ${embedder.dims}`);
      this.recent.set(key, v);
      if (this.recent.size > QUERY_CACHE) this.recent.delete(this.recent.keys().next().value!);
      return v;
    } catch (err) {
      if (Date.now() - this.lastQueryErrorAt > QUERY_ERROR_LOG_MS) {
        this.lastQueryErrorAt = Date.now();
        this.log.warn({ model: embedder.id, err: (err as Error).message }, 'query embedding failed, answering from the lexical index');
      }
      throw err;
    } finally {
      clearTimeout(timer);
    }
  }
}
