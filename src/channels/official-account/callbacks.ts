// Wires the 公众号 and 企业微信 callbacks from the config: a router per configured channel, each
// with its crypto and its API delivery for late answers, both behind one inbound gate (one per-user
// rate limit for the two, the content screen, the chat commands).
import type Router from '@koa/router';
import type { Logger } from 'pino';
import type { Answerer } from '../../answer/pipeline.ts';
import type { Config } from '../../config.ts';
import { RateLimiter } from '../../http/rate-limit.ts';
import type { KnowledgeIndex } from '../../retrieval/knowledge-index.ts';
import type { CommandDeps } from '../commands/registry.ts';
import { InboundGate, type ContentScreen } from '../inbound.ts';
import { WxMsgCrypt } from './crypto.ts';
import { handleMessage, type MessageDeps } from './messages.ts';
import { oaPush, wecomPush } from './push.ts';
import { callbackRouter, type SharedCallbackMemory } from './routes.ts';

export interface CallbackDeps {
  answerer: Pick<Answerer, 'ask'>;
  index: () => KnowledgeIndex;
  log: Logger;
  /** The content screen every channel applies (the word list). */
  screen: ContentScreen;
  /** What the chat commands (帮助, 目标, 任务 N, 反馈) use; 企业微信 and 公众号 users get them as the bot's do. */
  commands: Omit<CommandDeps, 'index' | 'log'>;
  /** See CallbackRouteOptions.durable. */
  durable?: () => Promise<void>;
  /** See CallbackRouteOptions.shared. */
  shared?: SharedCallbackMemory;
}

export const OA_PATH = '/wechat/mp';
export const WECOM_PATH = '/wechat/work';

/** Routers for the configured channels (none when neither MP_TOKEN nor WECOM_TOKEN is set). */
export function callbackRouters(config: Config, deps: CallbackDeps): Router[] {
  // Both channels behind one gate: each user is limited across them (`oa:<openid>`, `wecom:<userid>`).
  const gate = new InboundGate({
    answerer: deps.answerer,
    maxQuestionChars: config.maxQuestionChars,
    screen: deps.screen,
    limits: { asker: new RateLimiter(config.callbackRateLimit, 60_000) },
    commands: { ...deps.commands, index: deps.index, log: deps.log },
    log: deps.log,
  });
  const base = { gate, index: deps.index, log: deps.log };
  const common = {
    replyWindowMs: config.callbackReplyWindowMs,
    maxBodyBytes: config.maxBodyBytes,
    log: deps.log,
    ...(deps.durable ? { durable: deps.durable } : {}),
    ...(deps.shared ? { shared: deps.shared } : {}),
  };
  const routers: Router[] = [];

  const oa = config.officialAccount;
  if (oa) {
    const msgDeps: MessageDeps = { ...base, channel: 'oa' };
    const canPush = oa.appId && oa.appSecret;
    if (!canPush) deps.log.warn('公众号: MP_APPID/MP_APPSECRET unset, answers slower than the reply window cannot be delivered');
    routers.push(
      callbackRouter({
        ...common,
        kind: 'oa',
        path: OA_PATH,
        token: oa.token,
        ...(oa.encodingAESKey && oa.appId ? { crypt: new WxMsgCrypt(oa.token, oa.encodingAESKey, oa.appId), plaintextAllowed: oa.plaintextAllowed } : {}),
        ...(canPush ? { push: oaPush({ apiBase: config.wechatApiBase, appId: oa.appId!, appSecret: oa.appSecret! }) } : {}),
        handle: (msg) => handleMessage(msg, msgDeps),
      }),
    );
    deps.log.info({ path: OA_PATH, safeMode: Boolean(oa.encodingAESKey), plaintextAllowed: !oa.encodingAESKey || oa.plaintextAllowed }, '公众号 callback enabled');
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
