// The public answer API: POST /api/chat {question, sessionId?} → {answer, grounded, citations, mode},
// and its streaming twin. A question passes the inbound gate every channel shares (limits, content
// screen, the asker's conversation); what the gate refuses is an HTTP error, what it answers the
// presenter's JSON.
import { PassThrough } from 'node:stream';
import Router from '@koa/router';
import type { Context, Middleware } from 'koa';
import { z } from 'zod';
import type { StreamSink } from '../../answer/llm/generate.ts';
import { plainText } from '../../answer/plain-text.ts';
import type { AskOptions } from '../../answer/pipeline.ts';
import type { Answer } from '../../knowledge/types.ts';
import { badRequest, type HttpError } from '../../http/errors.ts';
import { storeUnavailable } from '../../http/store-errors.ts';
import { inputOf, validate, type Invalid } from '../../http/validate.ts';
import type { Asker } from '../asker.ts';
import type { Admission, InboundGate } from '../inbound.ts';
import { notAnswered, responseBytes, toResponse } from '../presenters/http.ts';

export interface ChatRouteOptions {
  gate: InboundGate;
  maxBodyBytes: number;
  /** Middleware in front of the chat routes (authentication). */
  guard?: Middleware[];
  /**
   * Resolves once the records this request's answer left (its history line) are on disk: the answer
   * is sent only then, so an acknowledged turn cannot be lost. Given how the question was asked, so
   * a request that left none (no session, no user) does not wait for other requests' writes.
   */
  durable?: (opts: AskOptions) => Promise<void>;
}

const CHAT = {
  body: z.object({
    question: z.string(),
    sessionId: z.string().max(128).optional(),
  }),
};

/** A body that is not {question: string, sessionId?: string}: 400, naming what is wrong. */
function invalidChat({ field }: Invalid): HttpError {
  if (field === 'question') return badRequest('invalid_question', '请提供文字问题（question 字段，字符串）', 'question is required and must be a string');
  return badRequest('invalid_body', `请求参数有误：${field}`, `invalid request field: ${field}`);
}

/**
 * Takes the question to the gate; shared by the plain and the streaming route. What the gate
 * refuses (empty, too long, over a limit) is thrown as the API's error.
 */
async function admit(ctx: Context, gate: InboundGate): Promise<Extract<Admission, { kind: 'ask' | 'answer' }>> {
  const { body } = inputOf(ctx, CHAT);
  const user = ctx.state.user as Asker | undefined;
  // A signed-in user's conversation is theirs, whatever sessionId the client sends.
  const asker: Asker = user ?? { channel: 'http', ...(body.sessionId ? { id: body.sessionId } : {}) };
  const admitted = await gate.admit({ asker, text: body.question, requestId: ctx.state.requestId as string });
  if (admitted.kind === 'refused' || admitted.kind === 'limited') throw notAnswered(admitted);
  return admitted;
}

function sendAnswer(ctx: Context, res: Answer & { rewritten?: string }): void {
  ctx.set('Content-Type', 'application/json; charset=utf-8');
  ctx.body = responseBytes(res);
}

export function chatRouter(opts: ChatRouteOptions): Router {
  const router = new Router();
  const input = validate(CHAT, { maxBodyBytes: opts.maxBodyBytes, invalid: invalidChat });
  router.post('/api/chat', ...(opts.guard ?? []), input, async (ctx) => {
    const admitted = await admit(ctx, opts.gate);
    if (admitted.kind === 'answer') return sendAnswer(ctx, admitted.answer);
    const answer = await opts.gate.answer(admitted);
    if (opts.durable) await opts.durable(admitted.opts).catch((err: Error) => Promise.reject(storeUnavailable(err)));
    sendAnswer(ctx, answer);
  });
  router.post('/api/chat/stream', ...(opts.guard ?? []), input, async (ctx) => {
    // Validation errors and limits are still plain JSON 4xx: the event stream starts only for a question.
    const admitted = await admit(ctx, opts.gate);
    // The `done` event (the acknowledgement of a stream) waits for the history line to be on disk.
    streamAnswer(ctx, async (sink) => {
      if (admitted.kind === 'answer') return admitted.answer;
      const answer = await opts.gate.answer(admitted, sink);
      await opts.durable?.(admitted.opts);
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
