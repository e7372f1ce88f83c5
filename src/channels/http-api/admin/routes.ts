// Admin routes (Authorization: Bearer ADMIN_TOKEN). Without ADMIN_TOKEN they are not mounted at
// all, so they answer 404 like any unknown route.
import Router from '@koa/router';
import type { Context } from 'koa';
import { z } from 'zod';
import type { TrustProxy } from '../../../config.ts';
import type { DocumentLibrary } from '../../../ops/document-library.ts';
import type { Reloader } from '../../../ops/reload.ts';
import type { LiveIndex } from '../../../retrieval/live.ts';
import type { Store } from '../../../store/open.ts';
import { adminAuth } from './auth.ts';
import { HttpError, badRequest } from '../../../http/errors.ts';
import { inputOf, validate, type Invalid } from '../../../http/validate.ts';
import { toCsv } from './csv.ts';
import { documentRoutes } from './documents.ts';
import { periodStats } from './stats.ts';

export interface AdminDeps {
  token: string;
  live: LiveIndex;
  store: Store;
  reloader: Reloader;
  startedAt: Date;
  /** Parts' own status (embedding, llm, bot…), as for /healthz. */
  status: () => Record<string, unknown>;
  /** Uploads and deletions of documents (the console's 文档 tab). */
  library: DocumentLibrary;
  knowledgeDir: string;
  maxUploadBytes: number;
  trustProxy?: TrustProxy;
}

/** Longest period /admin/stats covers: the daily counters keep a little more than a year. */
const MAX_STATS_DAYS = 366;

const MAX_LIMIT = 1000;

/** `?limit=` of a list: an integer from 1 to 1000, 100 when absent. */
const limit = z.unknown().transform(Number).pipe(z.number().int().min(1).max(MAX_LIMIT)).optional();

const LIST = { query: z.object({ limit, format: z.enum(['json', 'csv']).optional() }) };
const AUDIT = { query: z.object({ limit }) };
const STATS = {
  query: z.object({
    days: z.string().transform(Number).pipe(z.number().int().min(1).max(MAX_STATS_DAYS)).optional(),
  }),
};

function invalidQuery({ field }: Invalid): HttpError {
  if (field === 'format') return badRequest('invalid_format', 'format 只能是 json 或 csv', 'format must be json or csv');
  if (field === 'days') return badRequest('invalid_days', `days 须为 1 到 ${MAX_STATS_DAYS} 的整数`, `days must be an integer from 1 to ${MAX_STATS_DAYS}`);
  return badRequest('invalid_limit', `limit 须为 1 到 ${MAX_LIMIT} 的整数`, `limit must be an integer from 1 to ${MAX_LIMIT}`);
}

function listBody<T extends object>(ctx: Context, name: string, items: T[], columns: (keyof T & string)[]): void {
  if (inputOf(ctx, LIST).query.format === 'csv') {
    ctx.type = 'text/csv; charset=utf-8';
    ctx.attachment(`${name}.csv`);
    ctx.body = toCsv(items, columns);
    return;
  }
  ctx.body = { items, count: items.length };
}

export function adminRouter(deps: AdminDeps): Router {
  const router = new Router({ prefix: '/admin' });
  // On each route, not router.use(): routers are merged into one (src/http/app.ts), and a router-wide
  // middleware would then also guard the console page at /admin.
  const auth = adminAuth(deps.token, {
    ...(deps.trustProxy ? { trustProxy: deps.trustProxy } : {}),
    // Not awaited: a refusal is not an acknowledgement, and a guesser must not be able to queue fsyncs.
    audit: (record) => void deps.store.audit.add(record).catch(() => undefined),
  });

  router.post('/reload', auth, async (ctx) => {
    const out = await deps.reloader.reload('admin-http');
    if (out.ok) {
      ctx.body = out.reply;
      return;
    }
    if ('rejected' in out) {
      ctx.status = 409;
      ctx.body = {
        error: { code: 'reload_rejected', message: `新知识库未通过检查（${out.rejected.reason}），继续使用旧版本 / reload rejected (${out.rejected.reason}); the previous version keeps serving` },
        ...out.rejected.detail,
      };
      return;
    }
    throw new HttpError(500, 'reload_failed', `重新加载失败，继续使用旧版本：${out.error}`, `reload failed, the previous version keeps serving: ${out.error}`);
  });

  router.get('/status', auth, (ctx) => {
    const last = deps.live.last;
    const index = deps.live.index;
    ctx.body = {
      version: index.version,
      loadedAt: index.builtAt.toISOString(),
      uptimeSec: Math.round((Date.now() - deps.startedAt.getTime()) / 1000),
      documents: (last?.report ?? []).map((d) => ({
        ...d,
        warnings: (last?.warnings ?? []).filter((w) => w.file === d.id).map((w) => w.reason),
      })),
      warnings: last?.warnings ?? [],
      chunks: index.chunks.length,
      plans: index.facts.length,
      sessions: deps.store.sessions.size,
      feedback: deps.store.feedback.size,
      unanswered: deps.store.unanswered.size,
      ...deps.status(),
    };
  });

  const list = validate(LIST, { invalid: invalidQuery });
  router.get('/feedback', auth, list, (ctx) => {
    const limit = inputOf(ctx, LIST).query.limit ?? 100;
    listBody(ctx, 'feedback', deps.store.feedback.list({ limit }), ['at', 'rating', 'question', 'answer', 'comment', 'channel', 'sessionId']);
  });

  router.get('/unanswered', auth, list, (ctx) => {
    const limit = inputOf(ctx, LIST).query.limit ?? 100;
    listBody(ctx, 'unanswered', deps.store.unanswered.list({ limit }), ['at', 'question', 'count', 'firstAt', 'reason', 'channel', 'sessionId']);
  });

  router.get('/stats', auth, validate(STATS, { invalid: invalidQuery }), (ctx) => {
    ctx.body = periodStats(deps.store, inputOf(ctx, STATS).query.days ?? 7);
  });

  documentRoutes(router, auth, { live: deps.live, library: deps.library, knowledgeDir: deps.knowledgeDir, maxUploadBytes: deps.maxUploadBytes });

  router.get('/audit', auth, validate(AUDIT, { invalid: invalidQuery }), (ctx) => {
    ctx.body = { items: deps.store.audit.list({ limit: inputOf(ctx, AUDIT).query.limit ?? 100 }) };
  });
  return router;
}
