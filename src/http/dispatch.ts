// Routing: every router merged into one @koa/router, with a lookup table in front for requests
// whose method and path name exactly one literal route (POST /api/chat, GET /healthz…). @koa/router
// tests every route's pattern and composes the matched stack on each request; for the routes that
// take most of the traffic the table does that work once. Anything else (parameters, a trailing
// slash, other case, a wrong method, OPTIONS) goes through the router itself, so behaviour is the
// router's.
import Router, { type Layer } from '@koa/router';
import type { Context, Middleware, Next } from 'koa';

/** Characters that make a path-to-regexp path more than a literal. */
const PATTERN = /[:*?+(){}[\]\\]/;

export function dispatch(routers: Router[]): Middleware {
  const root = new Router();
  for (const r of routers) root.use(r.routes());
  const routes = root.routes();
  const allowed = root.allowedMethods();
  const routed: Middleware = (ctx, next) => routes(ctx as never, () => allowed(ctx as never, next));
  const exact = literalRoutes(root.stack);
  return (ctx: Context, next: Next) => {
    const direct = exact.get(`${ctx.method} ${ctx.path}`);
    return direct ? direct(ctx, next) : routed(ctx, next);
  };
}

/** Method + path → the one route it reaches; none at all when a router has router-wide middleware. */
function literalRoutes(stack: Layer[]): Map<string, Middleware> {
  const table = new Map<string, Middleware>();
  // Router-wide middleware (router.use) runs for several routes: leave all of it to the router.
  if (stack.some((l) => l.methods.length === 0)) return table;
  for (const layer of stack) {
    const path = layer.path;
    if (typeof path !== 'string' || PATTERN.test(path) || layer.paramNames.length > 0) continue;
    const run = chain(layer.stack as Middleware[]);
    const enter: Middleware = (ctx, next) => {
      // What the router would have set: metrics label by route, handlers read params.
      ctx._matchedRoute = path;
      ctx.params = {};
      return run(ctx, next);
    };
    for (const method of layer.methods) {
      // Only when no other route also matches (the router would run them in turn).
      const matching = stack.filter((l) => l.methods.includes(method) && l.regexp.test(path));
      if (matching.length === 1 && matching[0] === layer) table.set(`${method} ${path}`, enter);
    }
  }
  return table;
}

/** koa-compose for a route's own middleware list. */
function chain(fns: Middleware[]): Middleware {
  if (fns.length === 1) return fns[0]!;
  return (ctx, next) => {
    const step = (i: number): Promise<unknown> => {
      if (i === fns.length) return Promise.resolve(next());
      return Promise.resolve(fns[i]!(ctx, () => step(i + 1)));
    };
    return step(0);
  };
}
