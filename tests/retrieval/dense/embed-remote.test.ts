// The OpenAI-compatible provider against a fake /v1/embeddings server on 127.0.0.1: request shape,
// batching, order, normalisation, key and URL fallbacks (without turning the chat LLM on), and an
// API that is down at start or goes down later.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { EmbedderUnavailableError } from '../../../src/retrieval/dense/embed.ts';
import { loadRemoteEmbedder } from '../../../src/retrieval/dense/embed-remote.ts';
import { postJson, startApp } from '../../support/app.ts';

const DIMS = 8;

/** A text's fake embedding: character codes folded into DIMS buckets (not unit length, on purpose). */
function vectorOf(text: string): number[] {
  const v = new Array<number>(DIMS).fill(0);
  for (const ch of text) v[ch.codePointAt(0)! % DIMS]! += 1;
  return v;
}

interface Request {
  auth?: string;
  body: { model: string; input: string[]; encoding_format?: string };
}

async function fakeEmbeddings() {
  const requests: Request[] = [];
  let down = false;
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      if (req.url !== '/v1/embeddings' || down) {
        res.writeHead(down ? 503 : 404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: down ? 'service unavailable' : 'not found' } }));
        return;
      }
      const body = JSON.parse(raw) as Request['body'];
      requests.push({ ...(req.headers.authorization ? { auth: req.headers.authorization } : {}), body });
      // Out of order, as the API allows: the client must sort by index.
      const data = body.input.map((t, index) => ({ object: 'embedding', index, embedding: vectorOf(t) })).reverse();
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ object: 'list', data, model: body.model, usage: { prompt_tokens: 1, total_tokens: 1 } }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    setDown: (v: boolean) => void (down = v),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

async function closedPort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

const health = async (base: string) => (await (await fetch(`${base}/healthz`)).json()) as any;

describe('remote embedder (OpenAI-compatible)', () => {
  let fake: Awaited<ReturnType<typeof fakeEmbeddings>>;
  beforeAll(async () => {
    fake = await fakeEmbeddings();
  });
  afterAll(() => fake.close());

  it('posts float requests in batches and returns unit vectors in input order', async () => {
    const e = await loadRemoteEmbedder({ model: 'fake-embed', baseURL: fake.baseURL, apiKey: 'emb-key' });
    expect(e.id).toBe('openai:fake-embed');
    expect(e.dims).toBe(DIMS);
    fake.requests.length = 0;
    const texts = Array.from({ length: 23 }, (_, i) => `第${i}条企业融资`);
    const vs = await e.embed(texts, 'passage');
    expect(fake.requests.map((r) => r.body.input.length)).toEqual([10, 10, 3]);
    expect(fake.requests.every((r) => r.body.encoding_format === 'float' && r.body.model === 'fake-embed')).toBe(true);
    expect(fake.requests[0]!.auth).toBe('Bearer emb-key');
    texts.forEach((t, i) => {
      const raw = vectorOf(t);
      const len = Math.hypot(...raw);
      expect(Array.from(vs[i]!).map((x) => Math.round(x * 1e4))).toEqual(raw.map((x) => Math.round((x / len) * 1e4)));
    });
  });

  it('an API that does not answer is reported with its address and what to check', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/v1`;
    const err = await loadRemoteEmbedder({ model: 'x', baseURL: url, timeoutMs: 2000 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EmbedderUnavailableError);
    expect((err as Error).message).toContain(url);
    expect((err as Error).message).toContain('EMBEDDING_BASE_URL');
  });

  it('EMBEDDING_* alone configures embeddings and leaves the chat LLM off', async () => {
    const config = loadConfig({ EMBEDDING_MODEL: 'openai:fake-embed', EMBEDDING_BASE_URL: fake.baseURL, EMBEDDING_API_KEY: 'emb-key' });
    expect(config.openai.apiKey).toBeUndefined();
    expect(config.embeddingApiKey).toBe('emb-key');
    fake.requests.length = 0;
    const run = await startApp({ EMBEDDING_MODEL: 'openai:fake-embed', EMBEDDING_BASE_URL: fake.baseURL, EMBEDDING_API_KEY: 'emb-key' });
    try {
      const h = await health(run.base);
      expect(h.llm).toBeNull();
      expect(h.embedding).toEqual({ model: 'openai:fake-embed', dims: DIMS, vectors: h.chunks, computed: h.chunks });
      expect(fake.requests.every((r) => r.auth === 'Bearer emb-key')).toBe(true);
      const res = await postJson(run.base, '/api/chat', { question: '高新技术企业的数量目标是多少?' });
      expect(res.body.grounded).toBe(true);
    } finally {
      await run.close();
    }
  });

  it('falls back to OPENAI_BASE_URL and OPENAI_API_KEY when EMBEDDING_* are unset', async () => {
    fake.requests.length = 0;
    const run = await startApp({ EMBEDDING_MODEL: 'openai:fake-embed', OPENAI_BASE_URL: fake.baseURL, OPENAI_API_KEY: 'chat-key' });
    try {
      expect((await health(run.base)).embedding.model).toBe('openai:fake-embed');
      expect(fake.requests.length).toBeGreaterThan(0);
      expect(fake.requests.every((r) => r.auth === 'Bearer chat-key')).toBe(true);
    } finally {
      await run.close();
    }
  });

  it('an API down at start leaves the service lexical, with the reason on /healthz', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/v1`;
    const run = await startApp({ EMBEDDING_MODEL: 'openai:fake-embed', EMBEDDING_BASE_URL: url });
    try {
      const h = await health(run.base);
      expect(h.status).toBe('ok');
      expect(h.embedding).toBeNull();
      expect(h.embeddingError).toContain(url);
      const res = await postJson(run.base, '/api/chat', { question: '高新技术企业的数量目标是多少?' });
      expect(res.body.grounded).toBe(true);
      expect(res.body.answer).toContain('230');
    } finally {
      await run.close();
    }
  });

  it('an API that goes down later: questions are ranked lexically instead', async () => {
    const run = await startApp({ EMBEDDING_MODEL: 'openai:fake-embed', EMBEDDING_BASE_URL: fake.baseURL });
    try {
      const index = run.app.live.index;
      expect(index.dense).not.toBeNull();
      // A question asked again is not embedded again.
      const asked = index.parse('科技创新有哪些目标');
      const before = fake.requests.length;
      const first = await index.searchAsync(asked, 5);
      expect(await index.searchAsync(asked, 5)).toEqual(first);
      expect(fake.requests.length).toBe(before + 1);
      const q = index.parse('企业融资难怎么办');
      fake.setDown(true);
      expect(await index.searchAsync(q, 5)).toEqual(index.search(q, 5));
    } finally {
      fake.setDown(false);
      await run.close();
    }
  });
});
