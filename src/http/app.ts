// The Koa application: one frame around every request, then the routes of every audience.
import Koa from 'koa';
import type Router from '@koa/router';
import type { Logger } from 'pino';
import { dispatch } from './dispatch.ts';
import { frame, type FrameOptions } from './frame.ts';

export function createHttpApp(log: Logger, routers: Router[], opts: Omit<FrameOptions, 'log'> = {}): Koa {
  const app = new Koa();
  // Koa's own proxy trust believes any X-Forwarded-For; the client address is resolved in the
  // frame instead, from the proxies the operator names (TRUST_PROXY).
  app.proxy = false;
  app.use(frame({ log, ...opts }));
  app.use(dispatch(routers));
  // Koa's own error event also fires for client aborts; they are not server faults.
  app.on('error', (err: Error & { code?: string }) => {
    if (err.code !== 'ECONNRESET' && err.code !== 'EPIPE') log.warn({ err }, 'koa error');
  });
  return app;
}
