// Active delivery for answers that missed the five-second window: the Official Account's
// customer-service message API and WeCom's app message API, each with its own cached token.
import { AccessTokenCache, callWithToken } from '../wxapi/access-token.ts';
import { fitWxText } from '../presenters/official-account.ts';

/** Sends a text to one user (openid / WeCom userid). Throws on failure. */
export type PushText = (user: string, text: string) => Promise<void>;

export function oaPush(opts: { apiBase: string; appId: string; appSecret: string }): PushText {
  const tokens = new AccessTokenCache({
    apiBase: opts.apiBase,
    path: `/cgi-bin/token?grant_type=client_credential&appid=${encodeURIComponent(opts.appId)}&secret=${encodeURIComponent(opts.appSecret)}`,
  });
  return async (user, text) => {
    await callWithToken(tokens, opts.apiBase, '/cgi-bin/message/custom/send', {
      body: { touser: user, msgtype: 'text', text: { content: fitWxText(text) } },
    });
  };
}

export function wecomPush(opts: { apiBase: string; corpId: string; secret: string; agentId: number }): PushText {
  const tokens = new AccessTokenCache({
    apiBase: opts.apiBase,
    path: `/cgi-bin/gettoken?corpid=${encodeURIComponent(opts.corpId)}&corpsecret=${encodeURIComponent(opts.secret)}`,
  });
  return async (user, text) => {
    await callWithToken(tokens, opts.apiBase, '/cgi-bin/message/send', {
      body: { touser: user, msgtype: 'text', agentid: opts.agentId, text: { content: fitWxText(text) } },
    });
  };
}
