// Composition root: the only place that knows every concrete part. Tests and CLIs call buildApp;
// `npm start` runs this file and listens.
import type { Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { pino, type Logger } from 'pino';
import type { DestinationStream } from 'pino';
import { factsAnswerer } from './answer/facts/answerer.ts';
import { plainText } from './answer/plain-text.ts';
import { documentSuggestions } from './answer/suggestions.ts';
import { PromptStore } from './answer/llm/prompts.ts';
import { Answerer, type LlmDeps } from './answer/pipeline.ts';
import { loadConfig, type Config } from './config.ts';
import { createHttpApp } from './http/app.ts';
import { adminRouter } from './channels/http-api/admin/routes.ts';
import { chatRouter } from './channels/http-api/chat.ts';
import { feedbackRouter } from './channels/http-api/feedback.ts';
import { AskLimiter } from './http/protect.ts';
import { metricsRouter } from './channels/http-api/metrics.ts';
import { httpRecorder, Metrics } from './ops/metrics.ts';
import { DocumentLibrary } from './ops/document-library.ts';
import { folderDigest, KnowledgeSync, PEER_RELOAD } from './ops/knowledge-sync.ts';
import { regressionGate } from './ops/regression-gate.ts';
import { Reloader } from './ops/reload.ts';
import { watchKnowledge } from './ops/watch.ts';
import { healthRouter } from './channels/http-api/health.ts';
import { planRouter } from './channels/http-api/plans.ts';
import { pageRouter } from './channels/http-api/pages.ts';
import { miniProgram, type MiniProgram } from './channels/mini-program/front-door.ts';
import { screens, WORD_LIST_FILE, WordList, wordListScreen } from './channels/content-screen.ts';
import { InboundGate, type ContentScreen } from './channels/inbound.ts';
import { throttled, type BuildResult } from './retrieval/build.ts';
import { primaryMatcher } from './retrieval/priority.ts';
import { ChunkEmbeddings } from './retrieval/dense/embed.ts';
import { LiveIndex } from './retrieval/live.ts';
import { maskPii, openStore, type Channel, type Store } from './store/open.ts';
import { isTraditional, toSimplified, toTraditional } from './text/normalize.ts';
import type { WechatBot } from './channels/wechaty/bot.ts';

export interface App {
  config: Config;
  log: Logger;
  live: LiveIndex;
  store: Store;
  answerer: Answerer;
  /** Mini-program login, bearer guard and WeChat's content check (open mode without WECHAT_APPID). */
  miniProgram: MiniProgram;
  /** The content screen every channel's inbound gate applies (the local word list). */
  screen: ContentScreen;
  http: ReturnType<typeof createHttpApp>;
  listen(): Promise<Server>;
  /** The WeChat bot when WECHATY_PUPPET is set; built here, started by `start()` only. */
  bot: WechatBot | null;
  reloader: Reloader;
  metrics: Metrics;
  /** Graceful stop: finish requests in flight, stop the bot and watcher, flush the store. */
  shutdown(server?: Server): Promise<void>;
}

export function logLoad(log: Logger, result: BuildResult): void {
  // A start from the snapshot logs its documents at debug level: they were logged when the snapshot
  // was built, and 1,565 lines (the laws) cost 40–70 ms of every start
  // (GET /admin/documents has the same report).
  const fromSnapshot = result.snapshot?.state === 'loaded';
  for (const d of result.report) {
    (fromSnapshot ? log.debug : log.info).call(
      log,
      { document: d.id, characters: d.characters, chunks: d.chunks, glossesRemoved: d.glossesRemoved, anomalies: d.anomalies },
      `loaded ${d.title}`,
    );
  }
  for (const w of result.warnings) log.warn(w, 'knowledge warning');
  const s = result.index.stats();
  log.info({ version: result.index.version, documents: s.documents, chunks: s.chunks, tookMs: result.tookMs }, 'knowledge base ready');
  const snapshotState = { saved: ', snapshot saved', saving: ', snapshot to be written', unsaved: ', snapshot not saved', loaded: '' } as const;
  if (result.snapshot?.state === 'loaded') log.info(result.snapshot, 'index loaded from snapshot');
  else if (result.snapshot) log.info(result.snapshot, `index built${snapshotState[result.snapshot.state]}`);
  void result.snapshotWritten?.then((s) => log.info(s, s.state === 'saved' ? 'snapshot saved' : 'snapshot not saved'));
  if (result.embedding) log.info(result.embedding, 'embeddings ready: hybrid retrieval');
  else if (result.embeddingError) log.warn({ embeddingError: result.embeddingError }, 'embeddings off: lexical retrieval only');
}

const LOG_BATCH_BYTES = 4096;
/** Conversations in PostgreSQL are kept as long as the file store keeps them. */
const SHARED_SESSION_TTL_MS = 24 * 3600_000;

export async function buildApp(config: Config, opts: { quiet?: boolean; logStream?: DestinationStream } = {}): Promise<App> {
  // logStream: where logs go instead of stdout (tests read them back).
  // Logs go to stdout asynchronously, in writes of 4 KB or at least once a second: a write per
  // request line costs throughput under load, and a quiet service still shows its lines promptly.
  // The buffer is flushed at shutdown.
  const stdout = opts.logStream ? null : pino.destination({ dest: 1, sync: false, minLength: LOG_BATCH_BYTES });
  const logFlush = stdout ? setInterval(() => stdout.flush(() => undefined), 1000).unref() : null;
  const log = pino({ level: opts.quiet ? 'silent' : config.logLevel }, opts.logStream ?? stdout!);
  // Embeddings only with EMBEDDING_MODEL; the remote one falls back to the LLM's URL and key without turning the LLM on.
  const embeddings = config.embeddingModel
    ? new ChunkEmbeddings(
        {
          model: config.embeddingModel,
          modelsDir: config.modelsDir,
          dataDir: config.dataDir,
          ...((config.embeddingBaseURL ?? config.openai.baseURL) ? { baseURL: config.embeddingBaseURL ?? config.openai.baseURL } : {}),
          ...((config.embeddingApiKey ?? config.openai.apiKey) ? { apiKey: config.embeddingApiKey ?? config.openai.apiKey } : {}),
        },
        log,
      )
    : undefined;
  let snapshotDue = () => {};
  const snapshotTime = new Promise<void>((resolve) => (snapshotDue = resolve));
  const live = new LiveIndex({
    dir: config.knowledgeDir,
    ...(embeddings ? { embeddings } : {}),
    // Scale (issue 8): PRIMARY_DOCS globs, the index snapshot in DATA_DIR/index, progress of long builds.
    ...(config.primaryDocs.length ? { isPrimary: primaryMatcher(config.primaryDocs) } : {}),
    ...(config.indexSnapshot ? { snapshotDir: path.join(config.dataDir, 'index') } : {}),
    ...(config.indexThreads !== undefined ? { threads: config.indexThreads } : {}),
    // A fresh build's snapshot (the next start's, not this one's) is written once the server listens (SNAPSHOT_DELAY_MS).
    deferSnapshot: snapshotTime,
    onProgress: throttled((p) => log.info(p, 'indexing progress')),
    validate: regressionGate(config.knowledgeDir, config.reloadMinScore),
  });
  logLoad(log, await live.reload());
  const store = await openStore(config.dataDir, log, {
    ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
    sessionTtlMs: SHARED_SESSION_TTL_MS,
  });
  // Each part adds what /healthz should report about it (llm, embedding, bot…).
  const health: (() => Record<string, unknown>)[] = [];
  const metrics = new Metrics(!opts.quiet);
  // Parts that need stopping at shutdown (bot, watcher), newest last.
  const stoppers: (() => unknown)[] = [];
  const prompts = new PromptStore(config.promptsDir);
  const missingPrompts = await prompts.reload();
  if (missingPrompts.length) log.warn({ missing: missingPrompts, dir: config.promptsDir }, 'prompt files missing: using the built-in wording');
  // The LLM is on only with a key; without one the service answers extractively (the embedded default).
  const llm: LlmDeps | undefined = config.openai.apiKey
    ? {
        // The SDK is imported only when a key is set: without one it is start-up time for nothing.
        model: new (await import('./answer/llm/openai-model.ts')).OpenAIChatModel({
          apiKey: config.openai.apiKey,
          model: config.openai.model,
          ...(config.openai.baseURL ? { baseURL: config.openai.baseURL } : {}),
        }),
        prompts: () => prompts.get(),
        timeoutMs: config.openai.timeoutMs,
      }
    : undefined;
  if (llm) log.info({ model: llm.model.id, baseURL: config.openai.baseURL ?? 'default' }, 'LLM answers on');
  health.push(() => ({ llm: llm ? { model: llm.model.id } : null }));
  health.push(() => {
    const last = live.last;
    return { embedding: last?.embedding ?? null, ...(last?.embeddingError ? { embeddingError: last.embeddingError } : {}) };
  });
  // With PostgreSQL a conversation may have moved on at another instance: fetch it before
  // answering (the answerer reads sessions synchronously).
  const answerer = new (store.sessions.load ? sharedSessionAnswerer(store.sessions.load.bind(store.sessions)) : Answerer)({
    index: () => live.index,
    facts: factsAnswerer,
    sessions: store.sessions,
    log,
    ...(llm ? { llm } : {}),
    observe: (question, answer, opts) => {
      const at = new Date().toISOString();
      const channel = (opts.channel ?? 'http') as Channel;
      const q = maskPii(question);
      metrics.answers.inc({ mode: answer.mode, channel });
      if (!answer.grounded) metrics.refusals.inc({ channel });
      store.daily.add(at, channel, answer.grounded);
      if (answer.llmFailure) metrics.llmFallbacks.inc({ reason: answer.llmFailure });
      if (!answer.grounded) store.noteUnanswered({ at, question: q, reason: 'refused', channel, ...(opts.sessionId ? { sessionId: opts.sessionId } : {}) });
      const owner = opts.owner ?? opts.sessionId;
      // Not awaited here: the route that answers waits for store.history.flush() before replying.
      if (owner) store.history.add({ at, owner, question: q, answer: plainText(answer), grounded: answer.grounded, mode: answer.mode, channel }).catch(() => undefined);
    },
  });
  const shared = store.shared;
  // Which process answered (WORKERS > 1): a deployment check sees every worker come up.
  if (config.workers > 1 && process.env.WORKER_INDEX) health.push(() => ({ worker: Number(process.env.WORKER_INDEX), pid: process.pid }));
  if (shared) {
    health.push(() => ({ db: shared.db.up ? 'up' : 'down' }));
    metrics.watchDatabase(() => ({ up: shared.db.up, ...shared.historyBuffer() }));
    log.info({ workers: config.workers }, 'stores in PostgreSQL (DATABASE_URL): sessions, records, limits and callback memory shared');
  }
  // The content screen every channel's inbound gate applies: the local word list (knowledge/blocked-words.json).
  const words = new WordList(path.join(config.knowledgeDir, WORD_LIST_FILE), log);
  await words.refresh(true);
  const screen = wordListScreen(words);
  const mp = await miniProgram({ config, store, log });
  health.push(() => ({ miniProgram: { enabled: mp.enabled } }));
  // What the chat commands (帮助, 目标, 任务 N, 反馈, 重载知识库) of the bot and the callbacks use.
  const commands = { store, reload: (who: string) => reloader.reload(who) };
  // 公众号 / 企业微信 callbacks (absent without MP_TOKEN / WECOM_TOKEN), behind the same gate. Imported
  // only when configured: their XML parser and crypto are some 40 modules a start does not need.
  const callbacks = !(config.officialAccount || config.wecom) ? [] : (await import('./channels/official-account/callbacks.ts')).callbackRouters(config, {
    answerer,
    index: () => live.index,
    log,
    screen,
    commands,
    durable: () => store.history.flush(),
    ...(shared ? { shared: { up: () => shared.db.up, ...shared.callbacks } } : {}),
  });
  // Knowledge shared through PostgreSQL (uploads, reloads); the digest identifies the folder's content.
  const sync = shared
    ? new KnowledgeSync({ documents: shared.documents, knowledgeDir: config.knowledgeDir, archiveDir: path.join(config.dataDir, 'documents'), reloader: () => reloader, log })
    : null;
  // The folder's content digest (knowledgeVersion on /healthz) is worked out a while after the start, not
  // before listening: it reads every document (28 MB of laws copied into the folder: 0.25–0.4 s of CPU,
  // whose reads also held the readiness probe's answer back when they began at once), and only the
  // deployment check reads it. /healthz says null until it is known. The latest run wins: a reload's
  // digest is not overwritten by an older run finishing after it.
  let knowledgeDigest: string | null = null;
  let digestRun = 0;
  const refreshDigest = (): void => {
    const run = ++digestRun;
    void folderDigest(config.knowledgeDir).then((d) => {
      if (run === digestRun) knowledgeDigest = d;
    }, () => undefined);
  };
  setTimeout(refreshDigest, DIGEST_DELAY_MS).unref();
  const reloader = new Reloader({
    live,
    prompts,
    store,
    metrics,
    log,
    onReload: (who) => {
      refreshDigest();
      // A reload here is one everywhere; one that followed another instance is not announced again.
      if (sync && who !== PEER_RELOAD) sync.announce();
    },
  });
  if (sync) {
    // Documents uploaded while this instance was away: written into its folder, then built.
    if (await sync.materialise()) await reloader.reload(PEER_RELOAD);
    await sync.listen();
  }
  health.push(() => ({ knowledgeVersion: knowledgeDigest }));
  // wechaty is heavy to import (seconds): load it only when a bot is configured.
  const bot = config.wechatyPuppet
    ? (await import('./channels/wechaty/bot.ts')).createWechatBot({ config, log, live, store, answerer, reloader, screen })
    : null;
  health.push(() => ({ bot: bot ? bot.status() : null }));
  if (config.watchKnowledge) stoppers.push(watchKnowledge(config.knowledgeDir, () => reloader.reload('watcher'), log));
  // Uploads and deletions from the console: placed whole, reloaded as /admin/reload, old versions kept in DATA_DIR.
  const library = new DocumentLibrary({
    knowledgeDir: config.knowledgeDir,
    archiveDir: path.join(config.dataDir, 'documents'),
    reloader,
    store,
    hasRead: (id) => Boolean(live.last?.report.some((d) => d.id === id) || live.last?.warnings.some((w) => w.file === id)),
    ...(sync ? { shared: sync } : {}),
  });
  // With PostgreSQL every instance counts into the same windows.
  const limiter = new AskLimiter(config.rateLimitPerMin, shared ? { windows: shared.windows, up: () => shared.db.up } : undefined);
  const status = () => Object.assign({}, ...health.map((f) => f()));
  // The HTTP API's gate: the word list, then WeChat's check for a signed-in mini-program user; the
  // address was counted by the frame, a conversation or a user has its own limit on top.
  const gate = new InboundGate({
    answerer,
    maxQuestionChars: config.maxQuestionChars,
    screen: mp.enabled ? screens(screen, mp.screen) : screen,
    limits: { asker: { check: (key) => limiter.askerDecision(key) } },
    log,
  });
  const http = createHttpApp(log, [
    healthRouter(live, status),
    chatRouter({
      gate,
      maxBodyBytes: config.maxBodyBytes,
      guard: mp.guard,
      // The observer above writes a history line for an answer with an owner or a session; with
      // PostgreSQL the session's new state too, so a follow-up on another instance finds it.
      durable: (opts) => (opts.owner ?? opts.sessionId ? Promise.all([store.history.flush(), shared ? store.sessions.flush() : undefined]).then(() => undefined) : Promise.resolve()),
    }),
    feedbackRouter({
      store,
      maxBodyBytes: config.maxBodyBytes,
      guard: mp.guard,
      limit: (_ctx, key) => limiter.check(key),
    }),
    metricsRouter(metrics),
    ...(config.adminToken
      ? [
          adminRouter({
            token: config.adminToken,
            live,
            store,
            reloader,
            startedAt: new Date(),
            status,
            library,
            knowledgeDir: config.knowledgeDir,
            maxUploadBytes: config.uploadMaxBytes,
            trustProxy: config.trustProxy,
          }),
        ]
      : []),
    mp.router,
    planRouter(() => live.index.facts, () => live.index.documents, () => documentSuggestions(live.index)),
    pageRouter({ demoPage: config.demoPage }),
    ...callbacks,
  ], { record: httpRecorder(metrics), corsOrigins: config.corsOrigins, limiter, trustProxy: config.trustProxy });
  return {
    config,
    log,
    live,
    store,
    answerer,
    miniProgram: mp,
    screen,
    http,
    bot,
    reloader,
    metrics,
    listen: () =>
      new Promise((resolve) => {
        const server = http.listen(config.port, config.host, () => {
          resolve(server);
          setImmediate(steadyHeapGrowth);
          // What the first question needs and a start from the snapshot did not make (jieba with its
          // 5 MB dictionary, the traditional → simplified converter, the table of which way a character
          // leans): made a moment after the server listens, by then usually idle, not by that question.
          // Not at once: it is 0.2–0.35 s of the main thread (jieba's dictionary is read by native code,
          // synchronously, and cannot be made on another thread and handed over), and a readiness probe
          // arriving meanwhile waited for all of it. A question that comes first makes what it needs
          // itself (each is made on its first use), as it would have waited behind the warm-up anyway.
          setTimeout(() => {
            live.index.cut('预热');
            toSimplified('预热');
            isTraditional('预热');
          }, WARM_UP_DELAY_MS).unref();
          // A fresh build's snapshot (~0.4–0.6 s of steps between requests over the laws) a while after
          // the start too: its steps held the readiness probe's answer back ~0.2 s when they came first.
          setTimeout(snapshotDue, SNAPSHOT_DELAY_MS).unref();
          // The simplified → traditional converter only a traditional answer needs (~0.1 s): a while
          // after the start instead of before the first answer, so the readiness probe does not wait for it.
          // …and the knowledge base's words by sense (~0.2 s over the laws), which a question with a word no text uses
          // reads for that word's kin (knowledge-index.ts kinOf).
          setTimeout(() => {
            toTraditional('预热');
            void live.index.englishSenses;
          }, CONVERTER_DELAY_MS).unref();
        });
      }),
    shutdown: async (server) => {
      // Stop accepting, let requests in flight finish (up to the grace period), then stop the parts
      // and write what the store still holds.
      const closed = server ? new Promise<void>((r) => server.close(() => r())) : Promise.resolve();
      server?.closeIdleConnections();
      const grace = new Promise<void>((r) => setTimeout(r, config.shutdownGraceMs).unref());
      await Promise.race([closed, grace]);
      server?.closeAllConnections();
      await Promise.allSettled([bot?.stop(), ...stoppers.map(async (f) => f())]);
      // A snapshot not written yet is written now: the next start loads it instead of building.
      snapshotDue();
      await Promise.allSettled([store.close(), mp.flush(), live.last?.snapshotWritten]);
      if (logFlush) clearInterval(logFlush);
      try {
        stdout?.flushSync();
      } catch {
        // nothing left to write, or stdout already closed
      }
    },
  };
}

/** The Answerer, loading the asker's session from the shared store first. */
function sharedSessionAnswerer(load: (id: string) => Promise<void>): typeof Answerer {
  return class extends Answerer {
    override async ask(...args: Parameters<Answerer['ask']>): ReturnType<Answerer['ask']> {
      const id = args[1]?.sessionId;
      if (id) await load(id);
      return super.ask(...args);
    }
  };
}

/**
 * WORKERS=N: N processes share the port (node:cluster; the primary only supervises). Each worker
 * keeps what is its own (the index snapshot, daily counters) under DATA_DIR/worker-<n>; all they
 * must agree on is in PostgreSQL, which is why config.ts allows WORKERS > 1 only with DATABASE_URL.
 */
async function supervise(config: Config): Promise<void> {
  const cluster = (await import('node:cluster')).default;
  let stopping = false;
  const fork = (n: number) => cluster.fork({ WORKER_INDEX: String(n) }).on('exit', (code, signal) => {
    if (stopping) return;
    // A worker that died is replaced; its requests in flight failed, the others' did not.
    console.error(JSON.stringify({ level: 50, msg: 'worker exited: starting another', worker: n, code, signal }));
    setTimeout(() => fork(n), 1000).unref();
  });
  for (let n = 1; n <= config.workers; n++) fork(n);
  const stop = () => {
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
    cluster.disconnect(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function start(): Promise<void> {
  const loaded = loadConfig();
  const cluster = (await import('node:cluster')).default;
  if (loaded.workers > 1 && cluster.isPrimary) return supervise(loaded);
  const worker = process.env.WORKER_INDEX;
  const config = worker && loaded.workers > 1 ? { ...loaded, dataDir: path.join(loaded.dataDir, `worker-${worker}`) } : loaded;
  const app = await buildApp(config);
  const server = await app.listen();
  const addr = server.address();
  // The bot starts after HTTP and never rejects: a failing puppet retries on its own while HTTP serves.
  if (app.bot) void app.bot.start();
  app.log.info({ address: addr }, `listening on http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : app.config.port}`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    app.log.info('shutting down');
    void app.shutdown(server).finally(() => {
      app.log.info('stopped');
      process.exit(0);
    });
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

/** When what the first question needs (jieba, the converters a question uses) is made, after listening. */
const WARM_UP_DELAY_MS = 250;
/** When the converter a traditional answer needs is made, after listening (it would be made by such an answer first). */
const CONVERTER_DELAY_MS = 3000;
/** When the knowledge folder's digest is first worked out, after the app is built. */
const DIGEST_DELAY_MS = 1000;
/** When a fresh build's snapshot is written, after listening (or at once when the server stops). */
const SNAPSHOT_DELAY_MS = 1000;

/**
 * The heap grows 30% at a time once the server listens and is warmed: the memory it is held to after a
 * load (issue 19). While it loads — an index of ~250 MB made at once, from the snapshot or built — V8's own
 * growing factor (up to 4×) spares it the many full collections of growing 30% at a time:
 * `--heap-growing-percent=30` on the command line from the first instruction was ~0.26 s of the CPU of a
 * start from the snapshot over the laws (1.82 → 1.56 s, median of 8 starts side by side). V8 reads the
 * flag whenever it sets the next limit, so setting it now holds from the next collection on. A value
 * given on the command line or in NODE_OPTIONS is left as it is.
 */
function steadyHeapGrowth(percent = 30): void {
  if ([...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((a) => a.includes('heap-growing-percent'))) return;
  v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}
