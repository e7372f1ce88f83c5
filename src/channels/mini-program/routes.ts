// The mini-program's own routes: POST /api/login (wx.login code → our token) and GET /api/history
// (the caller's recent questions and answers, newest first).
import Router from '@koa/router';
import type { Context, Middleware, Next } from 'koa';
import type { Logger } from 'pino';
import { z } from 'zod';
import { badRequest, HttpError } from '../../http/errors.ts';
import { storeUnavailable } from '../../http/store-errors.ts';
import { inputOf, validate } from '../../http/validate.ts';
import { ownedBy, type Asker } from '../asker.ts';
import type { HistoryRecord } from '../../store/open.ts';
import type { Records } from '../../store/list.ts';
import { createHash } from 'node:crypto';
import { LoginError, type WxIdentity } from './login.ts';
import type { LoginTokens } from './tokens.ts';

export interface MiniProgramRouteOptions {
  /** Present when WECHAT_APPID is set; otherwise /api/login answers 404 and history is per sessionId. */
  login?: { exchange: (code: string) => Promise<WxIdentity>; tokens: LoginTokens };
  history: Records<HistoryRecord>;
  guard: Middleware[];
  maxBodyBytes: number;
  log?: Logger;
}

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;

const LOGIN = { body: z.object({ code: z.string().trim().min(1).max(256) }) };
const invalidCode = () => badRequest('invalid_code', '请提供 wx.login 返回的 code', 'code (the string wx.login returns) is required');

const HISTORY = {
  query: z.object({
    limit: z.string().regex(/^\d{1,6}$/).transform(Number).pipe(z.number().min(1).max(MAX_LIMIT)).optional(),
    // Needed only without a signed-in user: checked by the route, which knows.
    sessionId: z.unknown().optional(),
  }),
};
const invalidLimit = () => badRequest('invalid_limit', `limit 须为 1 到 ${MAX_LIMIT} 之间的整数`, `limit must be an integer from 1 to ${MAX_LIMIT}`);

/** A stable, non-reversible tag for logs: enough to follow one user, not to name them. */
export const userTag = (openid: string) => createHash('sha256').update(openid).digest('hex').slice(0, 12);

export function miniProgramRouter(opts: MiniProgramRouteOptions): Router {
  const router = new Router();

  const enabled = async (_ctx: Context, next: Next) => {
    if (!opts.login) throw new HttpError(404, 'login_disabled', '小程序登录未启用', 'mini-program login is not configured (WECHAT_APPID is unset)');
    await next();
  };
  router.post('/api/login', enabled, validate(LOGIN, { maxBodyBytes: opts.maxBodyBytes, invalid: invalidCode }), async (ctx) => {
    const login = opts.login!;
    let who: WxIdentity;
    try {
      who = await login.exchange(inputOf(ctx, LOGIN).body.code);
    } catch (err) {
      if (err instanceof LoginError && err.retryAfter) ctx.set('Retry-After', String(err.retryAfter));
      throw err;
    }
    // The token is handed out only once its login is on disk.
    const issued = await login.tokens.issue(who).catch((err: Error) => Promise.reject(storeUnavailable(err)));
    opts.log?.info({ requestId: ctx.state.requestId, user: userTag(who.openid) }, 'mini-program login');
    ctx.body = { token: issued.token, expiresIn: issued.expiresIn };
  });

  router.get('/api/history', ...opts.guard, validate(HISTORY, { invalid: invalidLimit }), async (ctx) => {
    const query = inputOf(ctx, HISTORY).query;
    const limit = query.limit ?? DEFAULT_LIMIT;
    const user = ctx.state.user as Asker | undefined;
    let asker: Asker;
    if (user) {
      asker = user;
    } else {
      const sessionId = query.sessionId;
      if (typeof sessionId !== 'string' || !sessionId.trim() || sessionId.length > 128) {
        throw badRequest('invalid_session', '请提供 sessionId 参数', 'the sessionId query parameter is required (at most 128 characters)');
      }
      // Anonymous history is the open mode's: never another channel's records under the same id.
      asker = { channel: 'http', id: sessionId };
    }
    const items = opts.history.list({ limit, where: ownedBy(asker) });
    ctx.body = { items: items.map((r) => ({ at: r.at, question: r.question, answer: r.answer, grounded: r.grounded, mode: r.mode })) };
  });

  return router;
}
