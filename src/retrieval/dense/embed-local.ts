// The local provider: an ONNX sentence-embedding model run by transformers.js, loaded only from
// MODELS_DIR/<id>/ (never downloaded at run time: government intranets are often offline).
// `npm run models:fetch -- <id>` lays a model out there on a machine with a network.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { EmbedderUnavailableError, normalizeVector, type EmbedKind, type Embedder } from './embedder.ts';

/** bge-*-zh models were trained with this instruction before short queries (not before passages). */
export const BGE_ZH_QUERY_PREFIX = '为这个句子生成表示以用于检索相关文章：';

export function queryPrefixFor(modelId: string): string {
  const name = modelId.toLowerCase();
  return name.includes('bge') && /(^|[^a-z])zh([^a-z]|$)/.test(name) ? BGE_ZH_QUERY_PREFIX : '';
}

/** The files a transformers.js feature-extraction model needs; models:fetch downloads these. */
export const MODEL_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model_quantized.onnx'] as const;

export interface LocalEmbedderOptions {
  /** Mean pooling is what the issue asks for and suits most models; bge was trained with CLS. */
  pooling?: 'mean' | 'cls';
  batchSize?: number;
}

interface Tensor {
  dims: number[];
  data: ArrayLike<number | bigint>;
}

/** [batch, seq, dims] → one unit vector per row: the mean over real tokens, or the first ([CLS]) token. */
export function pool(hidden: Tensor, mask: Tensor, how: 'mean' | 'cls'): Float32Array[] {
  const [batch, seq, dims] = hidden.dims as [number, number, number];
  const data = hidden.data as ArrayLike<number>;
  const out: Float32Array[] = [];
  for (let b = 0; b < batch; b++) {
    const v = new Float32Array(dims);
    let count = 0;
    for (let t = 0; t < (how === 'cls' ? 1 : seq); t++) {
      if (how === 'mean' && !Number(mask.data[b * seq + t])) continue;
      const base = (b * seq + t) * dims;
      for (let k = 0; k < dims; k++) v[k]! += data[base + k]!;
      count++;
    }
    if (count > 1) for (let k = 0; k < dims; k++) v[k]! /= count;
    out.push(normalizeVector(v));
  }
  return out;
}

export function fetchHint(modelId: string, modelsDir: string): string {
  return `fetch it with \`MODELS_DIR=${modelsDir} npm run models:fetch -- ${modelId}\` on a machine with a network and copy the folder ${path.join(modelsDir, modelId)} here`;
}

/** The files of `MODEL_FILES` missing from the model's folder (an unquantized onnx/model.onnx will do). */
export function missingModelFiles(modelId: string, modelsDir: string): string[] {
  const dir = path.join(modelsDir, modelId);
  return MODEL_FILES.filter((f) => {
    if (existsSync(path.join(dir, f))) return false;
    return !(f === 'onnx/model_quantized.onnx' && existsSync(path.join(dir, 'onnx/model.onnx')));
  });
}

export async function loadLocalEmbedder(modelId: string, modelsDir: string, opts: LocalEmbedderOptions = {}): Promise<Embedder> {
  const dir = path.join(modelsDir, modelId);
  const missing = missingModelFiles(modelId, modelsDir);
  if (missing.length) {
    throw new EmbedderUnavailableError(`embedding model ${modelId}: ${missing.join(', ')} missing in ${dir}`, fetchHint(modelId, modelsDir));
  }
  const quantized = existsSync(path.join(dir, 'onnx/model_quantized.onnx'));
  const { env, pipeline } = await import('@xenova/transformers');
  // transformers.js settings are process-wide; every local model here comes from one folder, offline.
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.localModelPath = modelsDir.endsWith(path.sep) ? modelsDir : modelsDir + path.sep;
  let extract: Awaited<ReturnType<typeof pipeline>>;
  try {
    extract = await pipeline('feature-extraction', modelId, { quantized });
  } catch (err) {
    throw new EmbedderUnavailableError(`embedding model ${modelId} in ${dir} could not be loaded (${(err as Error).message})`, `the folder looks damaged: ${fetchHint(modelId, modelsDir)}`);
  }
  const pooling = opts.pooling ?? 'mean';
  const batchSize = opts.batchSize ?? 16;
  const prefix = queryPrefixFor(modelId);

  // The pipeline's own steps (tokenizer, then model), with the pooling done here: transformers.js
  // pools element by element through BigInt masks, which costs more than the model itself.
  const run = async (texts: string[]): Promise<Float32Array[]> => {
    const out: Float32Array[] = [];
    for (let i = 0; i < texts.length; i += batchSize) {
      const inputs = extract.tokenizer(texts.slice(i, i + batchSize), { padding: true, truncation: true }) as { attention_mask: Tensor };
      const outputs = (await extract.model(inputs)) as Record<string, Tensor | undefined>;
      const hidden = outputs.last_hidden_state ?? outputs.logits ?? outputs.token_embeddings;
      if (!hidden) throw new Error(`model output has no last_hidden_state (outputs: ${Object.keys(outputs).join(', ')})`);
      out.push(...pool(hidden, inputs.attention_mask, pooling));
    }
    return out;
  };

  // One text through the whole path: proves the model runs and tells its width before any chunk.
  let probe: Float32Array | undefined;
  try {
    [probe] = await run(['测试']);
  } catch (err) {
    throw new EmbedderUnavailableError(`embedding model ${modelId} in ${dir} does not run (${(err as Error).message})`, `the folder looks damaged: ${fetchHint(modelId, modelsDir)}`);
  }
  if (!probe || !probe.length || !probe.every(Number.isFinite)) {
    throw new EmbedderUnavailableError(`embedding model ${modelId} in ${dir} returns no usable vector`, fetchHint(modelId, modelsDir));
  }
  return {
    id: modelId,
    dims: probe.length,
    embed: (texts: string[], kind: EmbedKind) => run(kind === 'query' && prefix ? texts.map((t) => prefix + t) : texts),
  };
}
