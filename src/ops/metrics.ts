// Prometheus metrics. One registry per app instance (not prom-client's global), so tests can run
// several apps in one process.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

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

  /**
   * With DATABASE_URL: whether PostgreSQL answers, the history lines waiting for it, and those
   * dropped beyond the buffer's bound during an outage (read when scraped).
   */
  watchDatabase(read: () => { up: boolean; buffered: number; dropped: number }): void {
    new Gauge({ name: 'database_up', help: 'PostgreSQL reachable (1) or not (0)', registers: [this.registry], collect() { this.set(read().up ? 1 : 0); } });
    new Gauge({ name: 'history_buffered', help: 'History records waiting in memory for PostgreSQL', registers: [this.registry], collect() { this.set(read().buffered); } });
    new Gauge({ name: 'history_dropped_total', help: 'History records dropped while PostgreSQL was down (buffer full)', registers: [this.registry], collect() { this.set(read().dropped); } });
  }
}

/** Records one HTTP request by matched route (a bounded label set: unknown paths are one). */
export type HttpRecorder = (method: string, route: string | undefined, status: number, seconds: number) => void;

export function httpRecorder(m: Metrics): HttpRecorder {
  // prom-client hashes a label object on every call; the label sets are few, so their bound
  // children are kept (methods are the parser's fixed set, routes the router's, statuses ours).
  const counters = new Map<string, { inc(): void }>();
  const timers = new Map<string, { observe(v: number): void }>();
  return (method, matched, status, seconds) => {
    const route = matched ?? 'unmatched';
    const at = `${method} ${route}`;
    const key = `${at} ${status}`;
    let counter = counters.get(key);
    if (!counter) counters.set(key, (counter = m.requests.labels(method, route, String(status))));
    counter.inc();
    let timer = timers.get(at);
    if (!timer) timers.set(at, (timer = m.latency.labels(method, route)));
    timer.observe(seconds);
  };
}
