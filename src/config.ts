// Environment → one typed Config. Every default of the embedded mode (no key, no model, no
// network) lives here, so `npm start` on a fresh machine needs no settings at all.
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
  MODELS_DIR: z.string().default('./models'),
  WECHATY_PUPPET: optionalString,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MAX_QUESTION_CHARS: z.coerce.number().int().positive().default(500),
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(64 * 1024),
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
  modelsDir: string;
  wechatyPuppet?: string;
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  maxQuestionChars: number;
  maxBodyBytes: number;
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
    ...(e.ADMIN_TOKEN ? { adminToken: e.ADMIN_TOKEN } : {}),
    openai: {
      ...(e.OPENAI_API_KEY ? { apiKey: e.OPENAI_API_KEY } : {}),
      ...(e.OPENAI_BASE_URL ? { baseURL: e.OPENAI_BASE_URL } : {}),
      model: e.OPENAI_MODEL ?? 'gpt-4o-mini',
      timeoutMs: e.LLM_TIMEOUT_MS,
    },
    ...(e.EMBEDDING_MODEL ? { embeddingModel: e.EMBEDDING_MODEL } : {}),
    modelsDir: path.resolve(e.MODELS_DIR),
    ...(e.WECHATY_PUPPET ? { wechatyPuppet: e.WECHATY_PUPPET } : {}),
    logLevel: e.LOG_LEVEL,
    maxQuestionChars: e.MAX_QUESTION_CHARS,
    maxBodyBytes: e.MAX_BODY_BYTES,
  };
}
