// The local provider through the real transformers.js path, offline, on a tiny ONNX model written
// by tests/support/tiny-model.ts: loading, dims, unit vectors, the bge-zh query prefix, and what a
// missing or damaged model folder says.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbedderUnavailableError, measureEmbeddingThroughput, type Embedder } from '../../../src/retrieval/dense/embed.ts';
import { BGE_ZH_QUERY_PREFIX, loadLocalEmbedder, pool, queryPrefixFor } from '../../../src/retrieval/dense/embed-local.ts';
import { writeTinyModel } from '../../support/tiny-model.ts';

const norm = (v: Float32Array) => Math.sqrt(v.reduce((a, x) => a + x * x, 0));
const dot = (a: Float32Array, b: Float32Array) => a.reduce((s, x, i) => s + x * b[i]!, 0);

describe('local embedder (transformers.js, offline)', () => {
  let modelsDir: string;
  let embedder: Embedder;

  beforeAll(async () => {
    modelsDir = mkdtempSync(path.join(os.tmpdir(), 'models-'));
    writeTinyModel(modelsDir, { id: 'test/tiny-zh', dims: 24 });
    embedder = await loadLocalEmbedder('test/tiny-zh', modelsDir);
  });
  afterAll(() => rmSync(modelsDir, { recursive: true, force: true }));

  it('loads from MODELS_DIR and reports the model width', async () => {
    expect(embedder.id).toBe('test/tiny-zh');
    expect(embedder.dims).toBe(24);
    const vs = await embedder.embed(['高新技术企业数量达到230家以上', '企业融资', '科技创新'], 'passage');
    expect(vs).toHaveLength(3);
    for (const v of vs) {
      expect(v).toBeInstanceOf(Float32Array);
      expect(v.length).toBe(24);
      expect(norm(v)).toBeCloseTo(1, 5);
    }
  });

  it('pools exactly as the transformers.js feature-extraction pipeline does (mean, normalised)', async () => {
    const { env, pipeline } = await import('@xenova/transformers');
    env.localModelPath = modelsDir + path.sep;
    const reference = await pipeline('feature-extraction', 'test/tiny-zh', { quantized: true });
    const texts = ['短', '高新技术企业数量达到230家以上，科技型企业达到130家'];
    const expected = (await reference(texts, { pooling: 'mean', normalize: true })) as unknown as { data: Float32Array };
    const ours = await embedder.embed(texts, 'passage');
    ours.forEach((v, r) => v.forEach((x, k) => expect(x).toBeCloseTo(expected.data[r * 24 + k]!, 5)));
  });

  it('mean pooling skips padding; CLS pooling takes the first token', () => {
    // batch 1, seq 3 (last is padding), dims 2
    const hidden = { dims: [1, 3, 2], data: Float32Array.from([3, 0, 0, 4, 100, 100]) };
    const mask = { dims: [1, 3], data: BigInt64Array.from([1n, 1n, 0n]) };
    expect(Array.from(pool(hidden, mask, 'mean')[0]!)).toEqual([0.6000000238418579, 0.800000011920929]);
    expect(Array.from(pool(hidden, mask, 'cls')[0]!)).toEqual([1, 0]);
  });

  it('is deterministic, and texts sharing words are closer than unrelated ones', async () => {
    const [a, b, c, a2] = await embedder.embed(['高新技术企业数量', '高新技术企业的数量目标', '百万学子留辽来辽', '高新技术企业数量'], 'passage');
    expect(Array.from(a2!)).toEqual(Array.from(a!));
    expect(dot(a!, b!)).toBeGreaterThan(dot(a!, c!));
  });

  it('embeds a batch larger than one inference batch in order', async () => {
    const texts = Array.from({ length: 37 }, (_, i) => `第${i}条 企业`);
    const all = await embedder.embed(texts, 'passage');
    const one = await embedder.embed([texts[30]!], 'passage');
    expect(all).toHaveLength(37);
    expect(Array.from(all[30]!)).toEqual(Array.from(one[0]!));
  });

  it('prefixes queries with the bge-zh instruction only for bge-zh models', async () => {
    expect(queryPrefixFor('Xenova/bge-small-zh-v1.5')).toBe(BGE_ZH_QUERY_PREFIX);
    expect(queryPrefixFor('BAAI/bge-large-zh')).toBe(BGE_ZH_QUERY_PREFIX);
    expect(queryPrefixFor('Xenova/bge-small-en-v1.5')).toBe('');
    expect(queryPrefixFor('Xenova/bge-m3')).toBe('');
    expect(queryPrefixFor('test/tiny-zh')).toBe('');
    // A bge-zh model embeds a query as prefix + question, a passage as itself.
    writeTinyModel(modelsDir, { id: 'test/bge-tiny-zh', dims: 16 });
    const bge = await loadLocalEmbedder('test/bge-tiny-zh', modelsDir);
    const [q] = await bge.embed(['企业融资'], 'query');
    const [p] = await bge.embed(['企业融资'], 'passage');
    const [prefixed] = await bge.embed([`${BGE_ZH_QUERY_PREFIX}企业融资`], 'passage');
    expect(Array.from(q!)).toEqual(Array.from(prefixed!));
    expect(Array.from(q!)).not.toEqual(Array.from(p!));
  });

  it('a missing model names the missing files and how to fetch it', async () => {
    const err = await loadLocalEmbedder('Xenova/bge-small-zh-v1.5', modelsDir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EmbedderUnavailableError);
    const msg = (err as Error).message;
    expect(msg).toContain('onnx/model_quantized.onnx');
    expect(msg).toContain('tokenizer.json');
    expect(msg).toContain(path.join(modelsDir, 'Xenova/bge-small-zh-v1.5'));
    expect(msg).toContain('npm run models:fetch -- Xenova/bge-small-zh-v1.5');
  });

  it('a damaged model file is reported as damaged, with the fetch hint', async () => {
    writeTinyModel(modelsDir, { id: 'test/broken', dims: 8 });
    writeFileSync(path.join(modelsDir, 'test/broken/onnx/model_quantized.onnx'), 'not an onnx model');
    const err = await loadLocalEmbedder('test/broken', modelsDir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EmbedderUnavailableError);
    expect((err as Error).message).toMatch(/could not be loaded|does not run/);
    expect((err as Error).message).toContain('npm run models:fetch -- test/broken');
  });

  it('measures throughput for the bench', async () => {
    const t = await measureEmbeddingThroughput(embedder, Array.from({ length: 40 }, (_, i) => `企业第${i}项任务`));
    expect(t.chunks).toBe(40);
    expect(t.chunksPerSecond).toBeGreaterThan(0);
  });
});
