// Content security before any retrieval or LLM work: the local word list (every mode), then, when
// the mini-program is configured, WeChat's msgSecCheck v2 with the asker's openid. A flagged text
// gets a polite refusal and nothing else happens. WeChat being unreachable is a policy choice:
// CONTENT_CHECK_FAIL=open answers anyway (logged), `closed` answers 503.
import type { Context } from 'koa';
import type { Logger } from 'pino';
import type { PreCheck, RequestUser } from '../http-api/chat.ts';
import { HttpError } from '../../http/errors.ts';
import { mirrorScript, scriptOf } from '../../answer/script.ts';
import type { Answer } from '../../knowledge/types.ts';
import { callWithToken, WxApiError, type TokenSource } from '../wxapi/access-token.ts';
import type { WordList } from './word-list.ts';

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

/** The refusal for flagged text, in the asker's script; it names no reason, as WeChat's own apps do. */
export function contentRefusal(question: string): Answer {
  const script = scriptOf(question);
  const answer =
    script === 'english'
      ? 'Sorry, your message does not meet the content guidelines, so it cannot be answered. Please rephrase your question about the plan.'
      : '抱歉，您发送的内容不符合规范，无法作答。请修改后重新提问。';
  return mirrorScript({ body: answer, sources: [], grounded: false, citations: [], mode: 'refusal' }, script);
}

export interface ContentCheckOptions {
  words: WordList;
  /** Set when the mini-program is configured: WeChat's check runs for signed-in users. */
  wechat?: MsgSecCheckOptions & { failMode: 'open' | 'closed' };
  log?: Logger;
}

const checkUnavailable = () =>
  new HttpError(503, 'content_check_unavailable', '内容安全检查暂时不可用，请稍后再试', 'content security check is temporarily unavailable, please retry later');

/** A chat PreCheck: null lets the question through, an Answer ends the request with it. */
export function contentPreCheck(opts: ContentCheckOptions): PreCheck {
  return async (ctx: Context, question: string, user: RequestUser | undefined) => {
    const requestId = ctx.state.requestId as string | undefined;
    if (await opts.words.match(question)) {
      // The question itself is not logged: it may hold personal data, and the point is to not repeat it.
      opts.log?.info({ requestId, check: 'word_list' }, 'question refused by content check');
      return contentRefusal(question);
    }
    const wx = opts.wechat;
    if (!wx) return null;
    let verdict: Verdict;
    try {
      // msgSecCheck v2 judges a text for a user: without a signed-in user there is no one to ask for.
      if (!user) throw new Error('no signed-in user for msgSecCheck');
      verdict = await msgSecCheck(question, user.id, wx);
    } catch (err) {
      const e = err as Error & { errcode?: number; cause?: { code?: string } };
      const detail = { requestId, failMode: wx.failMode, err: { name: e.name, message: e instanceof WxApiError ? e.message : undefined, errcode: e.errcode, code: e.cause?.code } };
      if (wx.failMode === 'closed') {
        opts.log?.error(detail, 'content check unavailable: refusing (CONTENT_CHECK_FAIL=closed)');
        ctx.set('Retry-After', '10');
        throw checkUnavailable();
      }
      opts.log?.warn(detail, 'content check unavailable: answering unchecked (CONTENT_CHECK_FAIL=open)');
      return null;
    }
    if (verdict === 'risky') {
      opts.log?.info({ requestId, check: 'msg_sec_check' }, 'question refused by content check');
      return contentRefusal(question);
    }
    if (verdict === 'review') opts.log?.info({ requestId, check: 'msg_sec_check' }, 'content check suggests review: answered');
    return null;
  };
}
