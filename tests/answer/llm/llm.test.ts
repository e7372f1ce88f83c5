// LLM answers against a fake OpenAI-compatible server over a real socket.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { postJson, startApp, type Running } from '../../support/app.ts';
import { startFakeOpenAI, type FakeOpenAI } from '../../support/fake-openai.ts';
import { readEvents } from '../../support/sse.ts';

let fake: FakeOpenAI;
let run: Running;

beforeAll(async () => {
  fake = await startFakeOpenAI();
  run = await startApp({ OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: fake.baseURL, OPENAI_MODEL: 'fake-model', LLM_TIMEOUT_MS: '1500' });
});
afterAll(async () => {
  await run.close();
  await fake.close();
});
beforeEach(() => {
  fake.received.length = 0;
  fake.set({ kind: 'answer', text: '企业可通过“揭榜挂帅”制度组织联合技术攻关，解决“卡脖子”难题[1]。' });
});

const ask = (question: string, sessionId?: string) => postJson(run.base, '/api/chat', { question, ...(sessionId ? { sessionId } : {}) });
const chat = () => fake.received.filter((r) => r.path.endsWith('/chat/completions'));

describe('LLM answers', () => {
  it('sends the numbered passages and the question, and returns a cited answer', async () => {
    const { body } = await ask('卡脖子难题怎么解决');
    expect(body.mode).toBe('llm');
    expect(body.grounded).toBe(true);
    expect(body.answer).toContain('揭榜挂帅');
    expect(body.answer).toMatch(/来源：\[1\]/);
    const sent = chat()[0]!.body.messages as { role: string; content: string }[];
    expect(sent[0]!.role).toBe('system');
    expect(sent[0]!.content).toContain('[n]');
    expect(sent[1]!.content).toContain('[1] 《盘锦市工业增长三年行动专项方案》解读');
    expect(sent[1]!.content).toContain('推行重大科技项目“揭榜挂帅”制度');
    expect(sent[1]!.content).toContain('卡脖子难题怎么解决');
    expect(body.citations[0].text).toContain('揭榜挂帅');
  });

  it('refuses unsupported questions without calling the model', async () => {
    const { body } = await ask('盘锦有哪些好吃的餐馆?');
    expect(body.grounded).toBe(false);
    expect(chat()).toHaveLength(0);
  });

  it('answers exact plan questions from the facts without calling the model', async () => {
    const { body } = await ask('第10项任务是什么');
    expect(body.mode).toBe('facts');
    expect(chat()).toHaveLength(0);
  });

  it('replaces an answer with an invented number by the extractive one', async () => {
    fake.set({ kind: 'answer', text: '计划投入资金500亿元解决卡脖子难题[1]。' });
    const { body } = await ask('卡脖子难题怎么解决');
    expect(body.mode).toBe('extractive');
    expect(body.answer).not.toContain('500');
    expect(body.answer).toContain('揭榜挂帅');
  });

  it('removes citation markers that point at no passage and cites only what was used', async () => {
    fake.set({ kind: 'answer', text: '推行“揭榜挂帅”制度[1]，详见[9]。' });
    const { body } = await ask('卡脖子难题怎么解决');
    expect(body.mode).toBe('llm');
    expect(body.answer).not.toContain('[9]');
    expect(body.citations).toHaveLength(1);
  });

  it('falls back to the extractive answer within the deadline when the model hangs', async () => {
    fake.set({ kind: 'hang' });
    const started = Date.now();
    const { body } = await ask('卡脖子难题怎么解决');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(body.mode).toBe('extractive');
    expect(body.answer).toContain('揭榜挂帅');
  });

  it('retries once after a server error, then answers', async () => {
    fake.set({ kind: 'status', status: 500, times: 1, then: { kind: 'answer', text: '推行“揭榜挂帅”制度[1]。' } });
    const { body } = await ask('卡脖子难题怎么解决');
    expect(body.mode).toBe('llm');
    expect(chat()).toHaveLength(2);
  });

  it('falls back after a second server error', async () => {
    fake.set({ kind: 'status', status: 503 });
    const { body } = await ask('卡脖子难题怎么解决');
    expect(body.mode).toBe('extractive');
    expect(chat()).toHaveLength(2);
  });

  it('falls back on malformed output', async () => {
    fake.set({ kind: 'malformed' });
    const { body } = await ask('卡脖子难题怎么解决');
    expect(body.mode).toBe('extractive');
  });

  it('reports the model in /healthz', async () => {
    const health = (await (await fetch(`${run.base}/healthz`)).json()) as any;
    expect(health.llm).toEqual({ model: 'fake-model' });
  });
});

describe('POST /api/chat/stream', () => {
  const stream = (question: string, signal?: AbortSignal) =>
    fetch(`${run.base}/api/chat/stream`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }), ...(signal ? { signal } : {}) });

  it('forwards deltas, then the checked final answer', async () => {
    const res = await stream('卡脖子难题怎么解决');
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const events = await readEvents(res);
    const deltas = events.filter((e) => e.event === 'delta');
    expect(deltas.length).toBeGreaterThan(3);
    const done = events.at(-1)!;
    expect(done.event).toBe('done');
    expect(done.data.mode).toBe('llm');
    expect(deltas.map((d) => d.data.text).join('')).toContain('揭榜挂帅');
  });

  it('withdraws streamed text that fails the number check', async () => {
    fake.set({ kind: 'answer', text: '计划投入资金500亿元[1]。' });
    const events = await readEvents(await stream('卡脖子难题怎么解决'));
    expect(events.some((e) => e.event === 'reset')).toBe(true);
    expect(events.at(-1)!.data.mode).toBe('extractive');
  });

  it('aborts the upstream request when the client disconnects', async () => {
    fake.set({ kind: 'hang' });
    const ctrl = new AbortController();
    const res = await stream('卡脖子难题怎么解决', ctrl.signal);
    expect(res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    ctrl.abort();
    await new Promise((r) => setTimeout(r, 300));
    expect(chat()[0]!.aborted).toBe(true);
  });

  it('answers bad input with a JSON 400 before any stream', async () => {
    const res = await fetch(`${run.base}/api/chat/stream`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).error.code).toBe('invalid_question');
  });

  it('streams a refusal and a facts answer whole', async () => {
    const events = await readEvents(await stream('盘锦有哪些好吃的餐馆?'));
    expect(events.map((e) => e.event)).toEqual(['delta', 'done']);
    expect(events[1]!.data.grounded).toBe(false);
  });
});

describe('follow-ups with a model', () => {
  it('rewrites a follow-up with the rewrite prompt and returns it', async () => {
    fake.set((body) =>
      body.messages.length === 1
        ? { kind: 'answer', text: '盘锦英才计划的具体内容是什么？' }
        : { kind: 'answer', text: '持续开展“兴辽英才计划”“盘锦英才计划”[1]。' },
    );
    await ask('有哪些引才计划?', 'llm-f1');
    const { body } = await ask('它具体怎么实施?', 'llm-f1');
    expect(body.rewritten).toBe('盘锦英才计划的具体内容是什么？');
    const rewriteCall = chat().find((r) => r.body.messages.length === 1)!;
    expect(rewriteCall.body.messages[0].content).toContain('有哪些引才计划');
  });
});
