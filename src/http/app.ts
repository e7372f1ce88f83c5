// The Koa application: one frame around every request, then the routes of every audience.
import Koa from 'koa';
import type Router from '@koa/router';
import type { Logger } from 'pino';
import { dispatch } from './dispatch.ts';
import { frame, type FrameOptions } from './frame.ts';

const CLIENT_GONE = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'ERR_STREAM_PREMATURE_CLOSE', 'ERR_STREAM_DESTROYED', 'HPE_INVALID_EOF_STATE']);

export function createHttpApp(log: Logger, routers: Router[], opts: Omit<FrameOptions, 'log'> = {}): Koa {
  const app = new Koa();
  // Koa's own proxy trust believes any X-Forwarded-For; the client address is resolved in the
  // frame instead, from the proxies the operator names (TRUST_PROXY).
  app.proxy = false;
  app.use(frame({ log, ...opts }));
  app.use(dispatch(routers));
  // Koa's own error event also fires when a client goes away (a closed tab, an SSE reader that
  // stops, a body cut short): not server faults, and under load one log line each would be noise.
  app.on('error', (err: Error & { code?: string }) => {
    if (CLIENT_GONE.has(err.code ?? '')) log.debug({ code: err.code }, 'client went away');
    else log.warn({ err }, 'koa error');
  });
  return app;
}
