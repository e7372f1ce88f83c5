// The whole app with a real (tiny) local model: vectors computed once and cached in DATA_DIR as a
// Float32 file + manifest, nothing recomputed on restart, only new chunks on reload, and a missing
// model costing nothing but the dense half (a clear log line, /healthz says why).
import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { buildApp } from '../../../src/main.ts';
import { postJson, startApp } from '../../support/app.ts';
import { KNOWLEDGE, ROOT } from '../../support/seed.ts';
import { TINY_MODEL_ID, writeTinyModel } from '../../support/tiny-model.ts';
import { plainText } from '../../../src/answer/plain-text.ts';

const tmp = (p: string) => mkdtempSync(path.join(os.tmpdir(), p));
const health = async (base: string) => (await (await fetch(`${base}/healthz`)).json()) as any;

function cacheFiles(dataDir: string) {
  const dir = path.join(dataDir, 'embeddings');
  const names = readdirSync(dir);
  const manifest = names.find((n) => n.endsWith('.json'))!;
  const data = names.find((n) => n.endsWith('.f32'))!;
  return { manifest: path.join(dir, manifest), data: path.join(dir, data), names };
}

describe('embeddings in the app (tiny local model)', () => {
  let modelsDir: string;
  let dataDir: string;
  const env = () => ({ EMBEDDING_MODEL: TINY_MODEL_ID, MODELS_DIR: modelsDir, DATA_DIR: dataDir });

  beforeAll(() => {
    modelsDir = tmp('models-');
    dataDir = tmp('data-');
    writeTinyModel(modelsDir, { dims: 32 });
  });

  it('computes every chunk vector on first start and caches them as floats + manifest', async () => {
    const run = await startApp(env());
    try {
      const h = await health(run.base);
      expect(h.embedding).toEqual({ model: TINY_MODEL_ID, dims: 32, vectors: h.chunks, computed: h.chunks });
      expect(h.embeddingError).toBeUndefined();
      const files = cacheFiles(dataDir);
      expect(statSync(files.data).size).toBe(h.chunks * 32 * 4);
      const manifest = JSON.parse(readFileSync(files.manifest, 'utf8'));
      expect(manifest).toMatchObject({ model: TINY_MODEL_ID, dims: 32, count: h.chunks });
      expect(manifest.hashes).toHaveLength(h.chunks);
      // Floats live in the binary file only.
      expect(readFileSync(files.manifest, 'utf8')).not.toMatch(/\d\.\d{4}/);
      expect(run.app.live.index.dense?.dims).toBe(32);
      const res = await postJson(run.base, '/api/chat', { question: '高新技术企业的数量目标是多少?' });
      expect(res.body.grounded).toBe(true);
      expect(res.body.answer).toContain('230');
    } finally {
      await run.close();
    }
  });

  it('a restart with unchanged chunks computes nothing', async () => {
    const run = await startApp(env());
    try {
      const h = await health(run.base);
      expect(h.embedding.computed).toBe(0);
      expect(h.embedding.vectors).toBe(h.chunks);
      expect(run.app.live.index.dense!.matrix.length).toBe(h.chunks * 32);
    } finally {
      await run.close();
    }
  });

  it('a reload computes only the new chunks, and a damaged cache is recomputed', async () => {
    const knowledge = tmp('kb-');
    cpSync(KNOWLEDGE, knowledge, { recursive: true });
    const run = await startApp({ ...env(), KNOWLEDGE_DIR: knowledge });
    try {
      const before = await health(run.base);
      expect(before.embedding.computed).toBe(0);
      cpSync(path.join(ROOT, 'tests/fixtures/second-plan.txt'), path.join(knowledge, 'second-plan.txt'));
      const result = await run.app.live.reload();
      const added = result.report.find((d) => d.id === 'second-plan.txt')!.chunks;
      expect(added).toBeGreaterThan(0);
      const after = await health(run.base);
      expect(after.embedding).toEqual({ model: TINY_MODEL_ID, dims: 32, vectors: before.chunks + added, computed: added });
      expect((await run.app.live.reload()).embedding?.computed).toBe(0);
    } finally {
      await run.close();
    }
    // Truncated data file: everything is recomputed rather than trusting wrong rows.
    const files = cacheFiles(dataDir);
    writeFileSync(files.data, new Uint8Array(100));
    const again = await startApp({ ...env(), KNOWLEDGE_DIR: knowledge });
    try {
      const h = await health(again.base);
      expect(h.embedding.computed).toBe(h.chunks);
    } finally {
      await again.close();
    }
  });

  it('the live index fuses the dense ranking into searchAsync', async () => {
    const run = await startApp(env());
    try {
      const index = run.app.live.index;
      const hits = await index.searchAsync(index.parse('盘锦市高新技术企业数量目标'), 5);
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.every((h) => typeof h.dense === 'number')).toBe(true);
    } finally {
      await run.close();
    }
  });
});

describe('a missing model', () => {
  let modelsDir: string;
  const lines: any[] = [];
  let app: Awaited<ReturnType<typeof buildApp>>;

  beforeAll(async () => {
    modelsDir = tmp('models-empty-');
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      KNOWLEDGE_DIR: KNOWLEDGE,
      DATA_DIR: tmp('data-'),
      LOG_LEVEL: 'info',
      EMBEDDING_MODEL: 'Xenova/bge-small-zh-v1.5',
      MODELS_DIR: modelsDir,
    });
    app = await buildApp(config, { logStream: { write: (s: string) => void lines.push(JSON.parse(s)) } });
  });
  afterAll(() => app.store.flush());

  it('logs what is missing and how to fetch it, and serves lexical answers', async () => {
    const warn = lines.find((l) => l.msg === 'embedding model unavailable, serving lexical retrieval only');
    expect(warn).toBeDefined();
    expect(warn.err).toContain('onnx/model_quantized.onnx');
    expect(warn.hint).toContain('npm run models:fetch -- Xenova/bge-small-zh-v1.5');
    expect(app.live.last?.embedding).toBeUndefined();
    expect(app.live.last?.embeddingError).toContain('missing');
    expect(app.live.index.dense).toBeNull();
    const res = await app.answerer.ask('高新技术企业的数量目标是多少?');
    expect(res.grounded).toBe(true);
    expect(plainText(res)).toContain('230');
  });

  it('reports it on /healthz and recovers on reload once the folder is copied in', async () => {
    const server = await app.listen();
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      const h = await health(base);
      expect(h.status).toBe('ok');
      expect(h.embedding).toBeNull();
      expect(h.embeddingError).toContain('npm run models:fetch -- Xenova/bge-small-zh-v1.5');
      // As an operator would: fetch elsewhere, copy the folder in, reload.
      writeTinyModel(modelsDir, { id: 'Xenova/bge-small-zh-v1.5', dims: 16 });
      await app.live.reload();
      const after = await health(base);
      expect(after.embeddingError).toBeUndefined();
      expect(after.embedding).toMatchObject({ model: 'Xenova/bge-small-zh-v1.5', dims: 16, computed: after.chunks });
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
