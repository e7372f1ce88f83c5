// Cross-cutting HTTP behaviour: a request id on every response, one error shape, access logs
// without personal data (questions are not logged here).
import { randomUUID } from 'node:crypto';
import type { Context, Next } from 'koa';
import type { Logger } from 'pino';
import { HttpError } from './errors.ts';

export function requestId() {
  return async (ctx: Context, next: Next) => {
    const incoming = ctx.get('x-request-id');
    const id = /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    ctx.state.requestId = id;
    ctx.set('X-Request-Id', id);
    await next();
  };
}

export function errors(log: Logger) {
  return async (ctx: Context, next: Next) => {
    try {
      await next();
      if (ctx.status === 404 && ctx.body === undefined) {
        throw new HttpError(404, 'not_found', '没有这个接口', 'no such route');
      }
    } catch (err) {
      const e =
        err instanceof HttpError
          ? err
          : new HttpError(500, 'internal', '服务器内部错误，请稍后再试', 'internal server error, please retry later');
      if (!(err instanceof HttpError)) log.error({ err, requestId: ctx.state.requestId }, 'request failed');
      ctx.status = e.status;
      for (const [k, v] of Object.entries(e.headers ?? {})) ctx.set(k, v);
      ctx.body = e.body;
    }
  };
}

export function accessLog(log: Logger) {
  return async (ctx: Context, next: Next) => {
    const start = performance.now();
    await next();
    log.info(
      { requestId: ctx.state.requestId, method: ctx.method, path: ctx.path, status: ctx.status, ms: Math.round(performance.now() - start) },
      'request',
    );
  };
}
