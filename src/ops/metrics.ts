// Prometheus metrics. One registry per app instance (not prom-client's global), so tests can run
// several apps in one process.
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export class Metrics {
  readonly registry = new Registry();
  readonly requests = new Counter({ name: 'http_requests_total', help: 'HTTP requests', labelNames: ['method', 'route', 'status'], registers: [this.registry] });
  readonly latency = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency',
    labelNames: ['method', 'route'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15],
    registers: [this.registry],
  });
  readonly answers = new Counter({ name: 'answers_total', help: 'Answers given, by mode and channel', labelNames: ['mode', 'channel'], registers: [this.registry] });
  readonly refusals = new Counter({ name: 'refusals_total', help: 'Questions the knowledge base did not support', labelNames: ['channel'], registers: [this.registry] });
  readonly llmFallbacks = new Counter({ name: 'llm_fallbacks_total', help: 'LLM answers replaced by the extractive one, by reason', labelNames: ['reason'], registers: [this.registry] });
  readonly reloads = new Counter({ name: 'reloads_total', help: 'Knowledge base reloads', labelNames: ['result'], registers: [this.registry] });
  readonly reloadSeconds = new Histogram({ name: 'reload_duration_seconds', help: 'Reload build time', buckets: [0.1, 0.5, 1, 2, 5, 10, 30, 60], registers: [this.registry] });

  constructor(defaults = true) {
    if (defaults) collectDefaultMetrics({ register: this.registry });
  }
}

/** Counts requests and their latency by matched route (a bounded label set: unknown paths are one). */
export function httpMetrics(m: Metrics) {
  return async (ctx: { method: string; status: number; _matchedRoute?: string | RegExp; path: string }, next: () => Promise<unknown>) => {
    const end = m.latency.startTimer();
    let status = 500;
    try {
      await next();
      status = ctx.status;
    } catch (err) {
      status = (err as { status?: number }).status ?? 500;
      throw err;
    } finally {
      const route = ctx._matchedRoute ? String(ctx._matchedRoute) : 'unmatched';
      m.requests.inc({ method: ctx.method, route, status: String(status) });
      end({ method: ctx.method, route });
    }
  };
}
