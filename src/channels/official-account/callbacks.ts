// Wires the 公众号 and 企业微信 callbacks from the config: a router per configured channel, each
// with its crypto, its API delivery for late answers, and one shared per-user rate limiter.
import type Router from '@koa/router';
import type { Logger } from 'pino';
import type { Answerer } from '../../answer/pipeline.ts';
import type { Config } from '../../config.ts';
import { RateLimiter } from '../../http/rate-limit.ts';
import type { KnowledgeIndex } from '../../retrieval/knowledge-index.ts';
import { WxMsgCrypt } from './crypto.ts';
import { handleMessage, type MessageDeps } from './messages.ts';
import { mpPush, wecomPush } from './push.ts';
import { callbackRouter, type SharedCallbackMemory } from './routes.ts';

export interface CallbackDeps {
  answerer: Pick<Answerer, 'ask'>;
  index: () => KnowledgeIndex;
  log: Logger;
  /** The content screen the other channels use (the mini-program's word list). */
  screen?: MessageDeps['screen'];
  /** See CallbackRouteOptions.durable. */
  durable?: () => Promise<void>;
  /** See CallbackRouteOptions.shared. */
  shared?: SharedCallbackMemory;
}

export const MP_PATH = '/wechat/mp';
export const WECOM_PATH = '/wechat/work';

/** Routers for the configured channels (none when neither MP_TOKEN nor WECOM_TOKEN is set). */
export function callbackRouters(config: Config, deps: CallbackDeps): Router[] {
  const limiter = new RateLimiter(config.callbackRateLimit, 60_000);
  const base = {
    answerer: deps.answerer,
    index: deps.index,
    limiter,
    maxQuestionChars: config.maxQuestionChars,
    log: deps.log,
    ...(deps.screen ? { screen: deps.screen } : {}),
  };
  const common = {
    replyWindowMs: config.callbackReplyWindowMs,
    maxBodyBytes: config.maxBodyBytes,
    log: deps.log,
    ...(deps.durable ? { durable: deps.durable } : {}),
    ...(deps.shared ? { shared: deps.shared } : {}),
  };
  const routers: Router[] = [];

  const mp = config.officialAccount;
  if (mp) {
    const msgDeps: MessageDeps = { ...base, channel: 'oa' };
    const canPush = mp.appId && mp.appSecret;
    if (!canPush) deps.log.warn('公众号: MP_APPID/MP_APPSECRET unset, answers slower than the reply window cannot be delivered');
    routers.push(
      callbackRouter({
        ...common,
        kind: 'mp',
        path: MP_PATH,
        token: mp.token,
        ...(mp.encodingAESKey && mp.appId ? { crypt: new WxMsgCrypt(mp.token, mp.encodingAESKey, mp.appId), plaintextAllowed: mp.plaintextAllowed } : {}),
        ...(canPush ? { push: mpPush({ apiBase: config.wechatApiBase, appId: mp.appId!, appSecret: mp.appSecret! }) } : {}),
        handle: (msg) => handleMessage(msg, msgDeps),
      }),
    );
    deps.log.info({ path: MP_PATH, safeMode: Boolean(mp.encodingAESKey), plaintextAllowed: !mp.encodingAESKey || mp.plaintextAllowed }, '公众号 callback enabled');
  }

  const wc = config.wecom;
  if (wc) {
    const msgDeps: MessageDeps = { ...base, channel: 'wecom' };
    const canPush = wc.secret && wc.agentId !== undefined;
    if (!canPush) deps.log.warn('企业微信: WECOM_SECRET/WECOM_AGENT_ID unset, answers slower than the reply window cannot be delivered');
    routers.push(
      callbackRouter({
        ...common,
        kind: 'wecom',
        path: WECOM_PATH,
        token: wc.token,
        crypt: new WxMsgCrypt(wc.token, wc.encodingAESKey, wc.corpId),
        ...(canPush ? { push: wecomPush({ apiBase: config.wecomApiBase, corpId: wc.corpId, secret: wc.secret!, agentId: wc.agentId! }) } : {}),
        handle: (msg) => handleMessage(msg, msgDeps),
      }),
    );
    deps.log.info({ path: WECOM_PATH }, '企业微信 callback enabled');
  }
  return routers;
}
