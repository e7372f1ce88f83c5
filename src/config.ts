// Environment → one typed Config. Every default of the embedded mode (no key, no model, no
// network) lives here, so `npm start` on a fresh machine needs no settings at all.
import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() ? v.trim() : undefined));

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  KNOWLEDGE_DIR: z.string().default('./knowledge'),
  PROMPTS_DIR: z.string().default('./prompts'),
  ADMIN_TOKEN: optionalString,
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalString,
  OPENAI_MODEL: optionalString,
  LLM_TIMEOUT_MS: z.coerce.number().int().positive().default(15000),
  EMBEDDING_MODEL: optionalString,
  EMBEDDING_BASE_URL: optionalString,
  EMBEDDING_API_KEY: optionalString,
  MODELS_DIR: z.string().default('./models'),
  WECHATY_PUPPET: optionalString,
  // The WeChat bot (used only with WECHATY_PUPPET): admins by wxid or display name, group keyword, limits.
  ADMIN_WXIDS: optionalString,
  ADMIN_NAMES: optionalString,
  BOT_KEYWORD: optionalString,
  BOT_RATE_PER_MIN: z.coerce.number().int().min(0).default(10),
  BOT_GROUP_RATE_PER_MIN: z.coerce.number().int().min(0).default(30),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MAX_QUESTION_CHARS: z.coerce.number().int().positive().default(500),
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(64 * 1024),
  RATE_LIMIT_PER_MIN: z.coerce.number().int().min(0).default(30),
  // Which X-Forwarded-For entries to believe: unset = none (the socket address is the client).
  TRUST_PROXY: optionalString,
  // Scale: which documents are primary (globs on paths below KNOWLEDGE_DIR), and the index snapshot in DATA_DIR/index.
  PRIMARY_DOCS: optionalString,
  INDEX_SNAPSHOT: z.enum(['0', '1', 'true', 'false', '']).default('1'),
  // Threads a build of the files uses (this one included); unset = one per core other work leaves free.
  INDEX_THREADS: z.coerce.number().int().min(1).max(64).optional(),
  CORS_ORIGINS: z.string().default(''),
  WATCH_KNOWLEDGE: z.enum(['0', '1', 'true', 'false', '']).default('0'),
  // The public demo chat page at GET / (the admin console at /admin is always served).
  DEMO_PAGE: z.enum(['0', '1', 'true', 'false', '']).default('1'),
  RELOAD_MIN_SCORE: z.coerce.number().min(0).max(100).optional(),
  // Largest document an admin may upload from the console (POST /admin/documents), in MB.
  UPLOAD_MAX_MB: z.coerce.number().positive().max(1024).default(20),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().positive().default(10_000),
  // Official Account (公众号) and WeCom (企业微信) callbacks; each is off while its token is unset.
  MP_TOKEN: optionalString,
  MP_ENCODING_AES_KEY: optionalString,
  // With MP_ENCODING_AES_KEY set, plaintext callbacks are refused unless this is 1 (a migration window).
  MP_PLAINTEXT_ALLOWED: z.enum(['0', '1', 'true', 'false', '']).default('0'),
  MP_APPID: optionalString,
  MP_APPSECRET: optionalString,
  WECOM_TOKEN: optionalString,
  WECOM_ENCODING_AES_KEY: optionalString,
  WECOM_CORPID: optionalString,
  WECOM_SECRET: optionalString,
  WECOM_AGENT_ID: z.coerce.number().int().nonnegative().optional(),
  WECOM_API_BASE: z.string().url().default('https://qyapi.weixin.qq.com'),
  MP_REPLY_WINDOW_MS: z.coerce.number().int().min(0).max(4800).default(4500),
  MP_RATE_LIMIT_PER_MIN: z.coerce.number().int().min(0).default(10),
  WECHAT_APPID: optionalString,
  WECHAT_SECRET: optionalString,
  WECHAT_API_BASE: z.string().url().default('https://api.weixin.qq.com'),
  SESSION_TTL: z.string().regex(/^\s*[1-9]\d*\s*[smhd]?\s*$/i, 'seconds, or a duration like 7d, 12h, 30m').default('7d'),
  CONTENT_CHECK_FAIL: z.enum(['open', 'closed']).default('open'),
  // Shared state for several instances (postgres://…); unset = the embedded files in DATA_DIR.
  DATABASE_URL: optionalString,
  // Processes on this machine sharing the port (node:cluster); more than 1 needs DATABASE_URL.
  WORKERS: z.coerce.number().int().min(1).max(64).default(1),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  knowledgeDir: string;
  promptsDir: string;
  adminToken?: string;
  openai: { apiKey?: string; baseURL?: string; model: string; timeoutMs: number };
  embeddingModel?: string;
  /** For EMBEDDING_MODEL=openai:NAME; main falls back to openai.baseURL / openai.apiKey. Never turns the chat LLM on. */
  embeddingBaseURL?: string;
  embeddingApiKey?: string;
  modelsDir: string;
  wechatyPuppet?: string;
  /** The WeChat bot: who may reload, what wakes it in groups, questions per minute (0 = unlimited). */
  bot: { adminIds: string[]; adminNames: string[]; keyword?: string; ratePerMin: number; groupRatePerMin: number };
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  maxQuestionChars: number;
  maxBodyBytes: number;
  /** Questions per minute per asker on /api/*; 0 turns the limit off (load tests). */
  rateLimitPerMin: number;
  /** The proxies whose X-Forwarded-For is believed; `none` = the socket address is the client. */
  trustProxy: TrustProxy;
  /** Globs of primary documents (`*.txt,plans/**`); empty = the documents directly in knowledgeDir. */
  primaryDocs: string[];
  /** Keep a snapshot of the built index in DATA_DIR/index so an unchanged restart skips the build. */
  indexSnapshot: boolean;
  /** Threads a build of the files uses, this one included; unset = decided per build (retrieval/build-files.ts). */
  indexThreads?: number;
  corsOrigins: string[];
  watchKnowledge: boolean;
  /** Serve the public demo chat page at GET /. */
  demoPage: boolean;
  /** Regression gate minimum (% of knowledge/eval.jsonl passed); unset = keep the serving score. */
  reloadMinScore?: number;
  /** Largest accepted document upload, bytes (UPLOAD_MAX_MB). */
  uploadMaxBytes: number;
  shutdownGraceMs: number;
  /** `plaintextAllowed`: with an AES key, still accept plaintext callbacks (the switch-over period). */
  officialAccount?: { token: string; encodingAESKey?: string; appId?: string; appSecret?: string; plaintextAllowed: boolean };
  wecom?: { token: string; encodingAESKey: string; corpId: string; secret?: string; agentId?: number };
  /** WeCom's server API (the Official Account uses wechatApiBase). */
  wecomApiBase: string;
  /** How long a 公众号/企业微信 callback waits for its answer before replying later via the API. */
  callbackReplyWindowMs: number;
  /** Questions per minute per 公众号/企业微信 user; 0 = unlimited. */
  callbackRateLimit: number;
  /** WeChat's server API host (tests: a local fake); shared by the WeChat channels. */
  wechatApiBase: string;
  /** Mini-program login and content check: on when appId is set. */
  miniProgram: { appId?: string; secret?: string; sessionTtlSeconds: number; contentCheckFail: 'open' | 'closed' };
  /** PostgreSQL for every store but the daily counters (DATABASE_URL); absent = files in dataDir. */
  databaseUrl?: string;
  /** Worker processes sharing the port (WORKERS). */
  workers: number;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const msg = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`配置错误 / invalid configuration: ${msg}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    knowledgeDir: path.resolve(e.KNOWLEDGE_DIR),
    promptsDir: path.resolve(e.PROMPTS_DIR),
    ...(e.ADMIN_TOKEN ? { adminToken: adminToken(e.ADMIN_TOKEN) } : {}),
    openai: {
      ...(e.OPENAI_API_KEY ? { apiKey: e.OPENAI_API_KEY } : {}),
      ...(e.OPENAI_BASE_URL ? { baseURL: e.OPENAI_BASE_URL } : {}),
      model: e.OPENAI_MODEL ?? 'gpt-4o-mini',
      timeoutMs: e.LLM_TIMEOUT_MS,
    },
    ...(e.EMBEDDING_MODEL ? { embeddingModel: e.EMBEDDING_MODEL } : {}),
    ...(e.EMBEDDING_BASE_URL ? { embeddingBaseURL: e.EMBEDDING_BASE_URL } : {}),
    ...(e.EMBEDDING_API_KEY ? { embeddingApiKey: e.EMBEDDING_API_KEY } : {}),
    modelsDir: path.resolve(e.MODELS_DIR),
    ...(e.WECHATY_PUPPET ? { wechatyPuppet: e.WECHATY_PUPPET } : {}),
    bot: {
      adminIds: listOf(e.ADMIN_WXIDS),
      adminNames: listOf(e.ADMIN_NAMES),
      ...(e.BOT_KEYWORD ? { keyword: e.BOT_KEYWORD } : {}),
      ratePerMin: e.BOT_RATE_PER_MIN,
      groupRatePerMin: e.BOT_GROUP_RATE_PER_MIN,
    },
    logLevel: e.LOG_LEVEL,
    maxQuestionChars: e.MAX_QUESTION_CHARS,
    maxBodyBytes: e.MAX_BODY_BYTES,
    rateLimitPerMin: e.RATE_LIMIT_PER_MIN,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    primaryDocs: listOf(e.PRIMARY_DOCS),
    indexSnapshot: e.INDEX_SNAPSHOT !== '0' && e.INDEX_SNAPSHOT !== 'false',
    ...(e.INDEX_THREADS !== undefined ? { indexThreads: e.INDEX_THREADS } : {}),
    corsOrigins: e.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean),
    watchKnowledge: e.WATCH_KNOWLEDGE === '1' || e.WATCH_KNOWLEDGE === 'true',
    demoPage: e.DEMO_PAGE !== '0' && e.DEMO_PAGE !== 'false',
    ...(e.RELOAD_MIN_SCORE !== undefined ? { reloadMinScore: e.RELOAD_MIN_SCORE } : {}),
    uploadMaxBytes: Math.round(e.UPLOAD_MAX_MB * 1024 * 1024),
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    ...callbackChannels(e),
    wecomApiBase: e.WECOM_API_BASE.replace(/\/+$/, ''),
    callbackReplyWindowMs: e.MP_REPLY_WINDOW_MS,
    callbackRateLimit: e.MP_RATE_LIMIT_PER_MIN,
    wechatApiBase: e.WECHAT_API_BASE.replace(/\/+$/, ''),
    miniProgram: miniProgramConfig(e),
    ...(e.DATABASE_URL ? { databaseUrl: databaseUrl(e.DATABASE_URL) } : {}),
    workers: workers(e.WORKERS, e.DATABASE_URL),
  };
}

function databaseUrl(url: string): string {
  if (!/^postgres(ql)?:\/\//.test(url)) throw new Error('配置错误 / invalid configuration: DATABASE_URL must be a postgres:// URL');
  return url;
}

/** Workers each keep their own memory: without a shared database they would each keep their own limits and sessions. */
function workers(n: number, url: string | undefined): number {
  if (n > 1 && !url) throw new Error('配置错误 / invalid configuration: WORKERS > 1 需要 DATABASE_URL（多进程必须共享数据库）/ WORKERS > 1 requires DATABASE_URL (the processes must share one database)');
  return n;
}

/** Shorter admin tokens are guessable by an online attacker within the throttle's patience. */
export const MIN_ADMIN_TOKEN_CHARS = 16;

function adminToken(token: string): string {
  if ([...token].length < MIN_ADMIN_TOKEN_CHARS) {
    throw new Error(
      `配置错误 / invalid configuration: ADMIN_TOKEN 至少需要 ${MIN_ADMIN_TOKEN_CHARS} 个字符 / ADMIN_TOKEN must be at least ${MIN_ADMIN_TOKEN_CHARS} characters (try: openssl rand -hex 24)`,
    );
  }
  return token;
}

/**
 * TRUST_PROXY: unset, `0` or `false` = trust no forwarded header; a number = that many proxies in
 * front (the client is the address the outermost of them saw); otherwise a comma list of proxy
 * addresses (the client is the first address, from the right, that is not one of them).
 */
export type TrustProxy = { kind: 'none' } | { kind: 'hops'; hops: number } | { kind: 'addresses'; addresses: string[] };

export function parseTrustProxy(raw: string | undefined): TrustProxy {
  if (!raw || raw === '0' || raw === 'false') return { kind: 'none' };
  if (/^\d+$/.test(raw)) return { kind: 'hops', hops: Number(raw) };
  const addresses = listOf(raw);
  for (const a of addresses) {
    if (!isIP(a)) throw new Error(`配置错误 / invalid configuration: TRUST_PROXY must be a hop count or a comma list of IP addresses, not ${a}`);
  }
  return { kind: 'addresses', addresses };
}

const DURATION_UNIT_S: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

function miniProgramConfig(e: z.infer<typeof Env>): Config['miniProgram'] {
  if (e.WECHAT_APPID && !e.WECHAT_SECRET) {
    throw new Error('配置错误 / invalid configuration: WECHAT_SECRET is required when WECHAT_APPID is set');
  }
  const m = /^\s*(\d+)\s*([smhd]?)\s*$/i.exec(e.SESSION_TTL)!;
  return {
    ...(e.WECHAT_APPID ? { appId: e.WECHAT_APPID, secret: e.WECHAT_SECRET } : {}),
    sessionTtlSeconds: Number(m[1]) * (DURATION_UNIT_S[(m[2] || 's').toLowerCase()] ?? 1),
    contentCheckFail: e.CONTENT_CHECK_FAIL,
  };
}

/** 公众号 / 企业微信 settings, checked as a whole: a half-configured channel fails at start, not at the first message. */
function callbackChannels(e: z.infer<typeof Env>): Pick<Config, 'officialAccount' | 'wecom'> {
  const fail = (msg: string): never => {
    throw new Error(`配置错误 / invalid configuration: ${msg}`);
  };
  const aesKey = (name: string, v: string | undefined) => {
    if (v !== undefined && !/^[A-Za-z0-9+/]{43}$/.test(v)) fail(`${name} must be the 43-character EncodingAESKey`);
    return v;
  };
  const out: Pick<Config, 'officialAccount' | 'wecom'> = {};
  if (e.MP_TOKEN) {
    const key = aesKey('MP_ENCODING_AES_KEY', e.MP_ENCODING_AES_KEY);
    if (key && !e.MP_APPID) fail('MP_APPID is required with MP_ENCODING_AES_KEY');
    out.officialAccount = {
      token: e.MP_TOKEN,
      ...(key ? { encodingAESKey: key } : {}),
      ...(e.MP_APPID ? { appId: e.MP_APPID } : {}),
      ...(e.MP_APPSECRET ? { appSecret: e.MP_APPSECRET } : {}),
      plaintextAllowed: e.MP_PLAINTEXT_ALLOWED === '1' || e.MP_PLAINTEXT_ALLOWED === 'true',
    };
  }
  if (e.WECOM_TOKEN) {
    const key = aesKey('WECOM_ENCODING_AES_KEY', e.WECOM_ENCODING_AES_KEY);
    if (!key || !e.WECOM_CORPID) return fail('WECOM_ENCODING_AES_KEY and WECOM_CORPID are required with WECOM_TOKEN');
    out.wecom = {
      token: e.WECOM_TOKEN,
      encodingAESKey: key,
      corpId: e.WECOM_CORPID,
      ...(e.WECOM_SECRET ? { secret: e.WECOM_SECRET } : {}),
      ...(e.WECOM_AGENT_ID !== undefined ? { agentId: e.WECOM_AGENT_ID } : {}),
    };
  }
  return out;
}

/** `a, b，c` → ['a', 'b', 'c']: comma lists, ASCII or Chinese commas. */
function listOf(v: string | undefined): string[] {
  return (v ?? '').split(/[,，]/).map((x) => x.trim()).filter(Boolean);
}
