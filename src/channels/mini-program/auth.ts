// `Authorization: Bearer <token>` for the mini-program's routes: a valid login token puts the
// WeChat user on ctx.state.user as an asker (the chat route then keeps their session and history
// under `mp:<openid>`).
import type { Context, Middleware, Next } from 'koa';
import { HttpError } from '../../http/errors.ts';
import type { Asker } from '../asker.ts';
import type { LoginTokens } from './tokens.ts';

export const MP_CHANNEL = 'mp' as const;

function unauthorized(ctx: Context, code: string, zh: string, en: string): HttpError {
  ctx.set('WWW-Authenticate', `Bearer realm="api", error="${code === 'login_required' ? 'invalid_request' : 'invalid_token'}"`);
  return new HttpError(401, code, zh, en);
}

export function bearerAuth(tokens: LoginTokens): Middleware {
  return async (ctx: Context, next: Next) => {
    const header = ctx.get('authorization');
    const m = /^Bearer[ \t]+([A-Za-z0-9._~+/=-]{1,512})[ \t]*$/i.exec(header);
    if (!m) {
      throw header
        ? unauthorized(ctx, 'invalid_token', '登录凭证格式不正确，请重新登录', 'malformed Authorization header; expected "Bearer <token>"')
        : unauthorized(ctx, 'login_required', '请先登录小程序', 'login required: send Authorization: Bearer <token> from POST /api/login');
    }
    const login = await tokens.lookup(m[1]!);
    if (!login) throw unauthorized(ctx, 'invalid_token', '登录已过期或无效，请重新登录', 'the login token is invalid or expired; log in again');
    const user: Asker = { channel: MP_CHANNEL, id: login.openid };
    ctx.state.user = user;
    await next();
  };
}
