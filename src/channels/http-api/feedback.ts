// POST /api/feedback: what people thought of an answer, for admins to read. The answer kept with it
// is the server's own record of what it said (the asker's history), not what the client claims:
// a client's copy is only a fallback, and capped, so feedback cannot be used to fill the disk.
import Router from '@koa/router';
import type { Context, Middleware } from 'koa';
import { z } from 'zod';
import { maskPii, type FeedbackRecord, type Store } from '../../store/open.ts';
import { badRequest, type HttpError } from '../../http/errors.ts';
import { storeUnavailable } from '../../http/store-errors.ts';
import { inputOf, validate, type Invalid } from '../../http/validate.ts';
import { ownedBy, ownerOf, type Asker } from '../asker.ts';

/** Longest answer kept with a feedback record (an answer is at most a few hundred characters). */
export const FEEDBACK_ANSWER_MAX = 3000;
export const FEEDBACK_COMMENT_MAX = 500;

const FEEDBACK = {
  body: z.object({
    sessionId: z.string().min(1).max(128),
    question: z.string().trim().min(1).max(500),
    // Any length is read (within the body limit) but at most FEEDBACK_ANSWER_MAX characters are kept.
    answer: z.string().optional(),
    rating: z.enum(['up', 'down']),
    comment: z.string().max(FEEDBACK_COMMENT_MAX).optional(),
  }),
};

function invalidFeedback({ field }: Invalid): HttpError {
  const limits = `comment 最多 ${FEEDBACK_COMMENT_MAX} 字，question 最多 500 字`;
  return badRequest('invalid_feedback', `反馈参数有误：${field}（rating 须为 up 或 down；${limits}）`, `invalid feedback field: ${field} (rating must be up or down; comment at most ${FEEDBACK_COMMENT_MAX} characters, question at most 500)`);
}

/** The first `max` characters (code points), marked when cut. */
export function capText(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…';
}

export interface FeedbackRouteOptions {
  store: Pick<Store, 'feedback' | 'history'>;
  maxBodyBytes: number;
  guard?: Middleware[];
  /** Throws a 429 HttpError past the asker's own limit (`feedback:<owner>`; the address is limited by the frame). */
  limit?: (ctx: Context, key: string) => void | Promise<void>;
}

export function feedbackRouter(opts: FeedbackRouteOptions): Router {
  const router = new Router();
  router.post('/api/feedback', ...(opts.guard ?? []), validate(FEEDBACK, { maxBodyBytes: opts.maxBodyBytes, invalid: invalidFeedback }), async (ctx) => {
    const f = inputOf(ctx, FEEDBACK).body;
    // A signed-in user's feedback is theirs, whatever sessionId the client sends.
    const asker: Asker = (ctx.state.user as Asker | undefined) ?? { channel: 'http', id: f.sessionId };
    await opts.limit?.(ctx, `feedback:${ownerOf(asker)}`);
    const question = maskPii(f.question);
    const user = asker.channel === 'http' ? undefined : asker.id;
    // What the server itself answered to this asker and question, if it is still in the history.
    const mine = ownedBy(asker);
    const said = opts.store.history.list({ limit: 1, where: (r) => r.question === question && mine(r) })[0];
    const answer = said ? { answer: capText(said.answer, FEEDBACK_ANSWER_MAX), answerFrom: 'server' as const } : f.answer ? { answer: capText(maskPii(f.answer), FEEDBACK_ANSWER_MAX), answerFrom: 'client' as const } : {};
    const record: FeedbackRecord = {
      at: new Date().toISOString(),
      sessionId: f.sessionId,
      question,
      ...answer,
      rating: f.rating,
      ...(f.comment ? { comment: maskPii(f.comment) } : {}),
      channel: asker.channel,
      ...(user ? { user } : {}),
    };
    // Acknowledged only once it is on disk.
    await opts.store.feedback.add(record).catch((err: Error) => {
      throw storeUnavailable(err);
    });
    ctx.status = 201;
    ctx.body = { ok: true, at: record.at };
  });
  return router;
}
