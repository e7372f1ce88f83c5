// POST /api/feedback: what people thought of an answer, for admins to read.
import Router from '@koa/router';
import type { Middleware } from 'koa';
import { z } from 'zod';
import { maskPii, type Store } from '../store/index.ts';
import { readJson } from './body.ts';
import type { RequestUser } from './chat-routes.ts';
import { badRequest } from './errors.ts';

const Feedback = z.object({
  sessionId: z.string().min(1).max(128),
  question: z.string().trim().min(1).max(500),
  answer: z.string().max(4000).optional(),
  rating: z.enum(['up', 'down']),
  comment: z.string().max(1000).optional(),
});

export function feedbackRouter(opts: { store: Store; maxBodyBytes: number; guard?: Middleware[] }): Router {
  const router = new Router();
  router.post('/api/feedback', ...(opts.guard ?? []), async (ctx) => {
    const parsed = Feedback.safeParse(await readJson(ctx, opts.maxBodyBytes));
    if (!parsed.success) {
      const field = parsed.error.issues[0]?.path.join('.') || 'body';
      throw badRequest('invalid_feedback', `反馈参数有误：${field}（rating 须为 up 或 down）`, `invalid feedback field: ${field} (rating must be up or down)`);
    }
    const f = parsed.data;
    const user = ctx.state.user as RequestUser | undefined;
    const record = opts.store.feedback.add({
      at: new Date().toISOString(),
      sessionId: f.sessionId,
      question: maskPii(f.question),
      ...(f.answer ? { answer: f.answer } : {}),
      rating: f.rating,
      ...(f.comment ? { comment: maskPii(f.comment) } : {}),
      channel: (user?.channel as 'mp' | undefined) ?? 'http',
      ...(user ? { user: user.id } : {}),
    });
    ctx.status = 201;
    ctx.body = { ok: true, at: record.at };
  });
  return router;
}
