// The mini-program's front door, built once in main.ts: the bearer guard for every route that answers
// a mini-program user, WeChat's content check as a check of the inbound gate's screen, and its own
// routes (login, history). `guard` is empty in open mode (WECHAT_APPID unset), and `screen` lets
// everything through (the word list before it still applies).
import type Router from '@koa/router';
import type { Middleware } from 'koa';
import type { Logger } from 'pino';
import type { Config } from '../../config.ts';
import type { Store } from '../../store/open.ts';
import type { ContentScreen } from '../inbound.ts';
import { AccessTokenCache } from '../wxapi/access-token.ts';
import { bearerAuth } from './auth.ts';
import { wechatScreen } from './content-check.ts';
import { jscode2session } from './login.ts';
import { miniProgramRouter } from './routes.ts';
import { LoginTokens } from './tokens.ts';

export interface MiniProgramDeps {
  config: Pick<Config, 'dataDir' | 'maxBodyBytes' | 'wechatApiBase' | 'miniProgram'>;
  store: Pick<Store, 'history'> & { shared?: Store['shared'] };
  log: Logger;
  now?: () => number;
}

export interface MiniProgram {
  /** True when WECHAT_APPID is set: logins, bearer tokens and WeChat's content check. */
  enabled: boolean;
  /** Put in front of every route that answers a mini-program user (chat, stream, feedback, history). */
  guard: Middleware[];
  /** WeChat's msgSecCheck for signed-in users, a check of the HTTP gate's content screen. */
  screen: ContentScreen;
  /** POST /api/login and GET /api/history. */
  router: Router;
  flush(): Promise<void>;
}

export async function miniProgram(deps: MiniProgramDeps): Promise<MiniProgram> {
  const { config, log } = deps;
  const mp = config.miniProgram;
  const apiBase = config.wechatApiBase.replace(/\/+$/, '');
  const creds = mp.appId && mp.secret ? { appId: mp.appId, secret: mp.secret } : null;
  // With DATABASE_URL logins live in PostgreSQL: a token from one instance works on all.
  const shared = deps.store.shared?.logins;
  const tokens = creds ? await LoginTokens.open(config.dataDir, mp.sessionTtlSeconds, { log, ...(deps.now ? { now: deps.now } : {}), ...(shared ? { shared } : {}) }) : null;
  const guard = tokens ? [bearerAuth(tokens)] : [];
  const accessTokens = creds
    ? new AccessTokenCache({
        apiBase,
        path: `/cgi-bin/token?${new URLSearchParams({ grant_type: 'client_credential', appid: creds.appId, secret: creds.secret })}`,
        timeoutMs: 3000,
        ...(deps.now ? { now: deps.now } : {}),
      })
    : null;
  const screen: ContentScreen = accessTokens ? wechatScreen({ tokens: accessTokens, apiBase, failMode: mp.contentCheckFail, log }) : async () => null;
  const router = miniProgramRouter({
    ...(creds && tokens ? { login: { exchange: (code: string) => jscode2session(code, { apiBase, ...creds, log }), tokens } } : {}),
    history: deps.store.history,
    guard,
    maxBodyBytes: config.maxBodyBytes,
    log,
  });
  log.info({ enabled: !!creds, contentCheckFail: mp.contentCheckFail }, creds ? 'mini-program: WeChat login and content check on' : 'mini-program: open mode (no WECHAT_APPID)');
  return {
    enabled: !!creds,
    guard,
    screen,
    router,
    flush: () => tokens?.flush() ?? Promise.resolve(),
  };
}
