// wx.login's code → the user's openid, through WeChat's `jscode2session`. WeChat also returns a
// session_key; this module drops it on the spot: it is never returned, logged or stored (we decrypt
// no user data, so the server has no use for it).
import type { Logger } from 'pino';
import { HttpError } from '../../http/errors.ts';

export interface WxIdentity {
  openid: string;
  unionid?: string;
}

export interface Jscode2SessionOptions {
  apiBase: string;
  appId: string;
  secret: string;
  timeoutMs?: number;
  log?: Logger;
}

const RETRY_AFTER_S = 60;

/** A WeChat refusal as the API's own error; `retryAfter` (seconds) for 429. */
export class LoginError extends HttpError {
  constructor(status: number, code: string, zh: string, en: string, readonly retryAfter?: number) {
    super(status, code, zh, en);
  }
}

const unavailable = () =>
  new LoginError(503, 'wechat_unavailable', '微信登录服务暂时不可用，请稍后再试', 'WeChat login is temporarily unavailable, please retry later', 10);

function fromErrcode(errcode: number): LoginError {
  switch (errcode) {
    case 40029:
    case 40163:
      return new LoginError(401, 'invalid_code', '登录凭证无效或已使用，请重新调用 wx.login', 'the login code is invalid or already used; call wx.login again');
    case 45011:
      return new LoginError(429, 'login_rate_limited', '登录过于频繁，请稍后再试', 'too many login attempts, please retry later', RETRY_AFTER_S);
    case 40226:
      return new LoginError(403, 'user_blocked', '该微信账号暂时无法登录', 'this WeChat account cannot log in at the moment');
    case -1:
      return unavailable();
    default:
      return new LoginError(502, 'wechat_error', '微信登录失败，请稍后再试', `WeChat login failed (errcode ${errcode})`);
  }
}

export async function jscode2session(code: string, opts: Jscode2SessionOptions): Promise<WxIdentity> {
  const qs = new URLSearchParams({ appid: opts.appId, secret: opts.secret, js_code: code, grant_type: 'authorization_code' });
  let body: { openid?: unknown; unionid?: unknown; errcode?: unknown };
  try {
    const res = await fetch(`${opts.apiBase}/sns/jscode2session?${qs}`, { signal: AbortSignal.timeout(opts.timeoutMs ?? 5000) });
    body = (await res.json()) as typeof body;
  } catch (err) {
    // Only the error's kind: the URL holds the app secret, the body holds the session_key.
    const e = err as Error & { cause?: { code?: string } };
    opts.log?.warn({ err: { name: e.name, code: e.cause?.code } }, 'jscode2session unreachable');
    throw unavailable();
  }
  const errcode = typeof body.errcode === 'number' ? body.errcode : 0;
  if (errcode !== 0 || typeof body.openid !== 'string' || !body.openid) {
    const e = errcode !== 0 ? fromErrcode(errcode) : new LoginError(502, 'wechat_error', '微信登录失败，请稍后再试', 'WeChat login returned no openid');
    opts.log?.[e.status >= 500 ? 'warn' : 'info']({ errcode }, 'jscode2session refused');
    throw e;
  }
  return { openid: body.openid, ...(typeof body.unionid === 'string' && body.unionid ? { unionid: body.unionid } : {}) };
}
