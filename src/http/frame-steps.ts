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

/** An error for a status set without a body (by the router, or a route that set only the status). */
export function statusError(status: number): HttpError {
  switch (status) {
    case 404:
      return routeNotFound();
    case 405:
      return new HttpError(405, 'method_not_allowed', '该接口不支持此请求方法', 'method not allowed on this route (see the Allow header)');
    case 501:
      return new HttpError(501, 'not_implemented', '服务器不支持此请求方法', 'request method not implemented');
    default:
      return new HttpError(status, 'error', '请求未能完成', 'the request could not be completed');
  }
}

/**
 * nginx's "client closed request": the client went away before the answer (an aborted upload,
 * a closed tab). Not a server fault, so neither a 500 nor an error log.
 */
export const CLIENT_CLOSED = 499;

function isClientAbort(ctx: Context, err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code;
  return code === 'ECONNRESET' || code === 'ECONNABORTED' || code === 'ERR_STREAM_PREMATURE_CLOSE' || (ctx.req.destroyed && !ctx.req.complete);
}

/** Turns anything thrown by a route into the one error shape; only unexpected errors are logged. */
export function sendError(ctx: Context, err: unknown, log: Logger): void {
  if (!(err instanceof HttpError) && isClientAbort(ctx, err)) {
    ctx.status = CLIENT_CLOSED;
    log.debug({ requestId: ctx.state.requestId, path: ctx.path }, 'client closed the request');
    return;
  }
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
