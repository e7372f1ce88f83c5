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
    // As JSON text, not an object: Koa's body setter tells an object from a fetch Response with
    // `instanceof Response`, and reading that global loads Node's fetch (undici, ~35-50 ms of CPU) on
    // the first object body, which is the readiness probe's. The bytes and headers are those Koa
    // would send for the object.
    ctx.type = 'json';
    ctx.body = JSON.stringify({ status: 'ok', documents, chunks, version: live.index.version, ...extra() });
  });
  return router;
}
