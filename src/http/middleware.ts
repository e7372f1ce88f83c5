// Cross-cutting HTTP behaviour as plain functions of a request: a request id on every response, one
// error shape, access logs without personal data (questions are not logged here). `frame` in
// frame.ts runs them all from one middleware.
import { randomUUID } from 'node:crypto';
import type { Context } from 'koa';
import type { Logger } from 'pino';
import { HttpError } from './errors.ts';

const CLIENT_ID = /^[\w.-]{1,64}$/;

/** The caller's X-Request-Id when it is a sane token, else a new one; echoed on the response. */
export function assignRequestId(ctx: Context): string {
  const incoming = ctx.get('x-request-id');
  const id = CLIENT_ID.test(incoming) ? incoming : randomUUID();
  ctx.state.requestId = id;
  ctx.set('X-Request-Id', id);
  return id;
}

export const routeNotFound = () => new HttpError(404, 'not_found', '没有这个接口', 'no such route');

/** Turns anything thrown by a route into the one error shape; only unexpected errors are logged. */
export function sendError(ctx: Context, err: unknown, log: Logger): void {
  const e =
    err instanceof HttpError ? err : new HttpError(500, 'internal', '服务器内部错误，请稍后再试', 'internal server error, please retry later');
  if (!(err instanceof HttpError)) log.error({ err, requestId: ctx.state.requestId }, 'request failed');
  ctx.status = e.status;
  for (const [k, v] of Object.entries(e.headers ?? {})) ctx.set(k, v);
  ctx.body = e.body;
}

export function logAccess(log: Logger, ctx: Context, ms: number): void {
  log.info({ requestId: ctx.state.requestId, method: ctx.method, path: ctx.path, status: ctx.status, ms: Math.round(ms) }, 'request');
}
