// WeChat's content security for the mini-program: msgSecCheck v2 with the asker's openid, a check of
// the inbound gate's content screen after the local word list (content-screen.ts). A flagged text
// gets the gate's polite refusal and nothing else happens. WeChat being unreachable is a policy
// choice: CONTENT_CHECK_FAIL=open answers anyway (logged), `closed` answers 503.
import type { Logger } from 'pino';
import { HttpError } from '../../http/errors.ts';
import type { ContentScreen } from '../inbound.ts';
import { callWithToken, WxApiError, type TokenSource } from '../wxapi/access-token.ts';
import { MP_CHANNEL } from './auth.ts';

export type Verdict = 'pass' | 'risky' | 'review';

/** WeChat's v1-style "content is risky" errcode, still returned by some deployments of v2. */
const RISKY_ERRCODE = 87014;
/** msgSecCheck scene 2 = comment: the closest to a question typed by a user. */
const SCENE = 2;

export interface MsgSecCheckOptions {
  tokens: TokenSource;
  apiBase: string;
  timeoutMs?: number;
}

/** WeChat's verdict on a text; throws when WeChat cannot be asked or answers with an error. */
export async function msgSecCheck(content: string, openid: string, opts: MsgSecCheckOptions): Promise<Verdict> {
  try {
    const body = await callWithToken<{ errcode?: number; errmsg?: string; result?: { suggest?: string } }>(opts.tokens, opts.apiBase, '/wxa/msg_sec_check', {
      body: { content, version: 2, scene: SCENE, openid },
      timeoutMs: opts.timeoutMs ?? 3000,
    });
    const suggest = body.result?.suggest;
    return suggest === 'risky' || suggest === 'review' ? suggest : 'pass';
  } catch (err) {
    if (err instanceof WxApiError && err.errcode === RISKY_ERRCODE) return 'risky';
    throw err;
  }
}

export interface ContentCheckOptions extends MsgSecCheckOptions {
  failMode: 'open' | 'closed';
  log?: Logger;
}

const checkUnavailable = () =>
  Object.assign(
    new HttpError(503, 'content_check_unavailable', '内容安全检查暂时不可用，请稍后再试', 'content security check is temporarily unavailable, please retry later'),
    { headers: { 'Retry-After': '10' } },
  );

/**
 * WeChat's msgSecCheck as a check of the inbound gate's content screen (after the word list), for
 * the mini-program's signed-in users: `msg_sec_check` for risky text, null to let it through.
 */
export function wechatScreen(opts: ContentCheckOptions): ContentScreen {
  return async (question, asker, { requestId }) => {
    let verdict: Verdict;
    try {
      // msgSecCheck v2 judges a text for a user: without a signed-in user there is no one to ask for.
      if (asker.channel !== MP_CHANNEL || !asker.id) throw new Error('no signed-in user for msgSecCheck');
      verdict = await msgSecCheck(question, asker.id, opts);
    } catch (err) {
      const e = err as Error & { errcode?: number; cause?: { code?: string } };
      const detail = { requestId, failMode: opts.failMode, err: { name: e.name, message: e instanceof WxApiError ? e.message : undefined, errcode: e.errcode, code: e.cause?.code } };
      if (opts.failMode === 'closed') {
        opts.log?.error(detail, 'content check unavailable: refusing (CONTENT_CHECK_FAIL=closed)');
        throw checkUnavailable();
      }
      opts.log?.warn(detail, 'content check unavailable: answering unchecked (CONTENT_CHECK_FAIL=open)');
      return null;
    }
    if (verdict === 'review') opts.log?.info({ requestId, check: 'msg_sec_check' }, 'content check suggests review: answered');
    return verdict === 'risky' ? 'msg_sec_check' : null;
  };
}
