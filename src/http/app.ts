// The Koa application: middleware in order, then one router per audience.
import Koa, { type Middleware } from 'koa';
import type Router from '@koa/router';
import type { Logger } from 'pino';
import { accessLog, errors, requestId } from './middleware.ts';

export function createHttpApp(log: Logger, routers: Router[], before: Middleware[] = []): Koa {
  const app = new Koa();
  app.proxy = true;
  app.use(requestId());
  app.use(accessLog(log));
  app.use(errors(log));
  for (const m of before) app.use(m);
  for (const r of routers) app.use(r.routes()).use(r.allowedMethods());
  // Koa's own error event also fires for client aborts; they are not server faults.
  app.on('error', (err: Error & { code?: string }) => {
    if (err.code !== 'ECONNRESET' && err.code !== 'EPIPE') log.warn({ err }, 'koa error');
  });
  return app;
}
