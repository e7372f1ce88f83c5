// The remote provider: any OpenAI-compatible /embeddings endpoint (OpenAI, DashScope, Zhipu, a
// local vLLM or Ollama). Only this file knows the SDK; the index sees an Embedder.
import OpenAI from 'openai';
import { EmbedderUnavailableError, normalizeVector, REMOTE_PREFIX, type EmbedKind, type Embedder } from './embedder.ts';

export interface RemoteEmbedderOptions {
  /** The model name the API knows (`text-embedding-3-small`, `text-embedding-v3`, `bge-m3`). */
  model: string;
  baseURL?: string;
  apiKey?: string;
  /** Texts per request; DashScope accepts at most 10. */
  batchSize?: number;
  timeoutMs?: number;
}

const DEFAULT_BASE_URL = 'https://api.openai.com/v1';

export async function loadRemoteEmbedder(opts: RemoteEmbedderOptions): Promise<Embedder> {
  const baseURL = opts.baseURL ?? DEFAULT_BASE_URL;
  // A local server needs no key; the SDK insists on one, and must not read OPENAI_API_KEY behind our back.
  const client = new OpenAI({ apiKey: opts.apiKey ?? 'none', baseURL, timeout: opts.timeoutMs ?? 30_000, maxRetries: 1 });
  const batchSize = opts.batchSize ?? 10;
  const id = `${REMOTE_PREFIX}${opts.model}`;

  const run = async (texts: string[]): Promise<Float32Array[]> => {
    const out: Float32Array[] = [];
    for (let i = 0; i < texts.length; i += batchSize) {
      const input = texts.slice(i, i + batchSize);
      // Floats, not the SDK's default base64: several compatible servers only speak floats.
      const res = await client.embeddings.create({ model: opts.model, input, encoding_format: 'float' });
      const rows = [...res.data].sort((a, b) => a.index - b.index);
      if (rows.length !== input.length) throw new Error(`${baseURL} returned ${rows.length} embeddings for ${input.length} texts`);
      for (const r of rows) out.push(normalizeVector(Float32Array.from(r.embedding as number[])));
    }
    return out;
  };

  let probe: Float32Array | undefined;
  try {
    [probe] = await run(['测试']);
  } catch (err) {
    throw new EmbedderUnavailableError(
      `embedding API ${baseURL} (model ${opts.model}) did not answer: ${(err as Error).message}`,
      'check EMBEDDING_BASE_URL and EMBEDDING_API_KEY (or OPENAI_BASE_URL / OPENAI_API_KEY) and that the server is up',
    );
  }
  if (!probe?.length) throw new EmbedderUnavailableError(`embedding API ${baseURL} (model ${opts.model}) returned an empty vector`, 'check EMBEDDING_MODEL');
  const dims = probe.length;
  return {
    id,
    dims,
    async embed(texts: string[], _kind: EmbedKind) {
      const vectors = await run(texts);
      for (const v of vectors) if (v.length !== dims) throw new Error(`${id} returned a ${v.length}-d vector, expected ${dims}`);
      return vectors;
    },
  };
}
