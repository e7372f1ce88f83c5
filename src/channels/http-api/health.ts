// GET /healthz: 200 once the knowledge base is loaded, 503 before (for load balancers).
import Router from '@koa/router';
import type { LiveIndex } from '../../retrieval/live.ts';

export function healthRouter(live: LiveIndex, extra: () => Record<string, unknown> = () => ({})): Router {
  const router = new Router();
  router.get('/healthz', (ctx) => {
    if (!live.loaded) {
      ctx.status = 503;
      ctx.body = { status: 'loading' };
      return;
    }
    const { documents, chunks } = live.index.stats();
    ctx.body = { status: 'ok', documents, chunks, version: live.index.version, ...extra() };
  });
  return router;
}
