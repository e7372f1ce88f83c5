// The public answer API: POST /api/chat {question, sessionId?} → {answer, grounded, citations, mode}.
import { PassThrough } from 'node:stream';
import Router from '@koa/router';
import type { Context, Middleware } from 'koa';
import { z } from 'zod';
import type { StreamSink } from '../../answer/llm/generate.ts';
import { plainText } from '../../answer/plain-text.ts';
import type { AskOptions, Answerer } from '../../answer/pipeline.ts';
import type { Answer } from '../../knowledge/types.ts';
import { readJson } from '../../http/body.ts';
import { badRequest } from '../../http/errors.ts';
import { stripInvisible } from '../../text/invisible.ts';
import { storeUnavailable } from '../../http/store-errors.ts';
import { responseBytes, toResponse } from '../presenters/http.ts';

/** Who is asking, when a front door authenticated them (set on ctx.state.user by its middleware). */
export interface RequestUser {
  id: string;
  channel: string;
}

/**
 * Runs before any retrieval or LLM work; returning an answer ends the request with it (content
 * security refusing a message, say).
 */
export type PreCheck = (ctx: Context, question: string, user: RequestUser | undefined) => Promise<Answer | null>;

export interface ChatRouteOptions {
  answerer: Answerer;
  maxQuestionChars: number;
  maxBodyBytes: number;
  /** Middleware in front of the chat routes (authentication, rate limits). */
  guard?: Middleware[];
  preCheck?: PreCheck;
  /** Throws a 429 HttpError past the asker's rate limit. */
  limit?: (ctx: Context, req: ChatRequest) => void | Promise<void>;
  /**
   * Resolves once the records this request's answer left (its history line) are on disk: the answer
   * is sent only then, so an acknowledged turn cannot be lost. Given the request, so a request that
   * left none (no session, no user) does not wait for other requests' writes.
   */
  durable?: (req: ChatRequest) => Promise<void>;
}

const ChatBody = z.object({
  question: z.string(),
  sessionId: z.string().max(128).optional(),
});

export interface ChatRequest {
  question: string;
  opts: AskOptions;
  user: RequestUser | undefined;
}

/** Reads and validates a chat request body; shared by the plain and the streaming route. */
export async function readChatRequest(ctx: Context, opts: Pick<ChatRouteOptions, 'maxQuestionChars' | 'maxBodyBytes'>): Promise<ChatRequest> {
  const body = ChatBody.safeParse(await readJson(ctx, opts.maxBodyBytes));
  if (!body.success) {
    const field = body.error.issues[0]?.path.join('.') || 'body';
    if (field === 'question') throw badRequest('invalid_question', '请提供文字问题（question 字段，字符串）', 'question is required and must be a string');
    throw badRequest('invalid_body', `请求参数有误：${field}`, `invalid request field: ${field}`);
  }
  // Zero-width and other invisible characters are no question, and would slip past the checks.
  const question = stripInvisible(body.data.question).trim();
  if (!question) throw badRequest('empty_question', '问题不能为空', 'question must not be empty');
  if ([...question].length > opts.maxQuestionChars) {
    throw badRequest('question_too_long', `问题不能超过 ${opts.maxQuestionChars} 个字`, `question must be at most ${opts.maxQuestionChars} characters`);
  }
  const user = ctx.state.user as RequestUser | undefined;
  // A signed-in user's conversation is theirs, whatever sessionId the client sends.
  const sessionId = user ? `${user.channel}:${user.id}` : body.data.sessionId;
  const ask: AskOptions = { channel: user?.channel ?? 'http', ...(sessionId ? { sessionId } : {}), ...(user ? { owner: user.id } : {}) };
  return { question, opts: ask, user };
}

function sendAnswer(ctx: Context, res: Answer & { rewritten?: string }): void {
  ctx.set('Content-Type', 'application/json; charset=utf-8');
  ctx.body = responseBytes(res);
}

export function chatRouter(opts: ChatRouteOptions): Router {
  const router = new Router();
  router.post('/api/chat', ...(opts.guard ?? []), async (ctx) => {
    const req = await readChatRequest(ctx, opts);
    await opts.limit?.(ctx, req);
    const early = opts.preCheck ? await opts.preCheck(ctx, req.question, req.user) : null;
    const answer = early ?? (await opts.answerer.ask(req.question, req.opts));
    if (!early && opts.durable) await opts.durable(req).catch((err: Error) => Promise.reject(storeUnavailable(err)));
    sendAnswer(ctx, answer);
  });
  router.post('/api/chat/stream', ...(opts.guard ?? []), async (ctx) => {
    // Validation errors are still plain JSON 4xx: the event stream starts only for a valid question.
    const req = await readChatRequest(ctx, opts);
    await opts.limit?.(ctx, req);
    const early = opts.preCheck ? await opts.preCheck(ctx, req.question, req.user) : null;
    // The `done` event (the acknowledgement of a stream) waits for the history line to be on disk.
    streamAnswer(ctx, async (sink) => {
      if (early) return early;
      const answer = await opts.answerer.ask(req.question, req.opts, sink);
      await opts.durable?.(req);
      return answer;
    });
  });
  return router;
}

const HEARTBEAT_MS = 15_000;

/**
 * Server-sent events: `delta` {text} as the answer is written, `reset` when streamed text is
 * withdrawn (a failed check), then `done` with the final answer, or `error`. The final answer in
 * `done` is authoritative. A client that goes away aborts the upstream model call.
 */
function streamAnswer(ctx: Context, run: (sink: StreamSink) => Promise<Answer & { rewritten?: string }>): void {
  ctx.req.socket.setNoDelay(true);
  ctx.status = 200;
  ctx.set({ 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache, no-transform', 'X-Accel-Buffering': 'no' });
  const out = new PassThrough();
  ctx.body = out;
  const abort = new AbortController();
  ctx.res.on('close', () => {
    if (!ctx.res.writableFinished) abort.abort();
  });
  const send = (event: string, data: unknown) => {
    if (!out.writableEnded) out.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  const heartbeat = setInterval(() => out.write(': heartbeat\n\n'), HEARTBEAT_MS);
  let streamed = false;
  void run({
    onDelta: (text) => {
      streamed = true;
      send('delta', { text });
    },
    onReset: () => send('reset', {}),
    signal: abort.signal,
  })
    .then((res) => {
      if (!streamed) send('delta', { text: plainText(res) });
      send('done', toResponse(res));
    })
    .catch(() => send('error', { code: 'internal', message: '服务器内部错误，请稍后再试 / internal server error, please retry later' }))
    .finally(() => {
      clearInterval(heartbeat);
      out.end();
    });
}
