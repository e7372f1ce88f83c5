// Composition root: the only place that knows every concrete part. Tests and CLIs call buildApp;
// `npm start` runs this file and listens.
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { pino, type Logger } from 'pino';
import { factsAnswerer } from './answer/facts-answerer.ts';
import { OpenAIChatModel } from './answer/openai-model.ts';
import { PromptStore } from './answer/prompts.ts';
import { Answerer, type LlmDeps } from './answer/service.ts';
import { loadConfig, type Config } from './config.ts';
import { createHttpApp } from './http/app.ts';
import { chatRouter } from './http/chat-routes.ts';
import { healthRouter } from './http/health-routes.ts';
import { planRouter } from './http/plan-routes.ts';
import type { BuildResult } from './retrieval/build.ts';
import { LiveIndex } from './retrieval/live.ts';
import { maskPii, openStore, type Channel, type Store } from './store/index.ts';

export interface App {
  config: Config;
  log: Logger;
  live: LiveIndex;
  store: Store;
  answerer: Answerer;
  http: ReturnType<typeof createHttpApp>;
  listen(): Promise<Server>;
}

export function logLoad(log: Logger, result: BuildResult): void {
  for (const d of result.report) {
    log.info(
      { document: d.id, characters: d.characters, chunks: d.chunks, glossesRemoved: d.glossesRemoved, anomalies: d.anomalies },
      `loaded ${d.title}`,
    );
  }
  for (const w of result.warnings) log.warn(w, 'knowledge warning');
  const s = result.index.stats();
  log.info({ version: result.index.version, documents: s.documents, chunks: s.chunks, tookMs: result.tookMs }, 'knowledge base ready');
}

export async function buildApp(config: Config, opts: { quiet?: boolean } = {}): Promise<App> {
  const log = pino({ level: opts.quiet ? 'silent' : config.logLevel });
  const live = new LiveIndex({ dir: config.knowledgeDir });
  logLoad(log, await live.reload());
  const store = await openStore(config.dataDir, log);
  // Each part adds what /healthz should report about it (llm, embedding, bot…).
  const health: (() => Record<string, unknown>)[] = [];
  const prompts = new PromptStore(config.promptsDir);
  const missingPrompts = await prompts.reload();
  if (missingPrompts.length) log.warn({ missing: missingPrompts, dir: config.promptsDir }, 'prompt files missing: using the built-in wording');
  // The LLM is on only with a key; without one the service answers extractively (the embedded default).
  const llm: LlmDeps | undefined = config.openai.apiKey
    ? {
        model: new OpenAIChatModel({ apiKey: config.openai.apiKey, model: config.openai.model, ...(config.openai.baseURL ? { baseURL: config.openai.baseURL } : {}) }),
        prompts: () => prompts.get(),
        timeoutMs: config.openai.timeoutMs,
      }
    : undefined;
  if (llm) log.info({ model: llm.model.id, baseURL: config.openai.baseURL ?? 'default' }, 'LLM answers on');
  health.push(() => ({ llm: llm ? { model: llm.model.id } : null }));
  const answerer = new Answerer({
    index: () => live.index,
    facts: factsAnswerer,
    sessions: store.sessions,
    log,
    ...(llm ? { llm } : {}),
    observe: (question, answer, opts) => {
      const at = new Date().toISOString();
      const channel = (opts.channel ?? 'http') as Channel;
      const q = maskPii(question);
      if (!answer.grounded) store.unanswered.add({ at, question: q, reason: 'refused', channel, ...(opts.sessionId ? { sessionId: opts.sessionId } : {}) });
      const owner = opts.owner ?? opts.sessionId;
      if (owner) store.history.add({ at, owner, question: q, answer: answer.answer, grounded: answer.grounded, mode: answer.mode, channel });
    },
  });
  const http = createHttpApp(log, [
    healthRouter(live, () => Object.assign({}, ...health.map((f) => f()))),
    chatRouter({ answerer, maxQuestionChars: config.maxQuestionChars, maxBodyBytes: config.maxBodyBytes }),
    planRouter(() => live.index.facts),
  ]);
  return {
    config,
    log,
    live,
    store,
    answerer,
    http,
    listen: () =>
      new Promise((resolve) => {
        const server = http.listen(config.port, config.host, () => resolve(server));
      }),
  };
}

async function start(): Promise<void> {
  const app = await buildApp(loadConfig());
  const server = await app.listen();
  const addr = server.address();
  app.log.info({ address: addr }, `listening on http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : app.config.port}`);
  const stop = () => {
    app.log.info('shutting down');
    server.close(() => {
      void app.store.flush().finally(() => process.exit(0));
    });
    setTimeout(() => void app.store.flush().finally(() => process.exit(0)), 5000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  start().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
