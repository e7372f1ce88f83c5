// The mini-program's front door, built once in main.ts. Any user-text route reuses its parts:
//   router.post('/api/x', ...mp.guard, async (ctx) => { const early = await mp.preCheck(ctx, text, ctx.state.user); … })
// `guard` is empty in open mode (WECHAT_APPID unset); `preCheck` always applies the local word list.
import path from 'node:path';
import type Router from '@koa/router';
import type { Middleware } from 'koa';
import type { Logger } from 'pino';
import { plainText } from '../../answer/plain-text.ts';
import type { Config } from '../../config.ts';
import type { PreCheck } from '../http-api/chat.ts';
import type { Store } from '../../store/open.ts';
import { AccessTokenCache } from '../wxapi/access-token.ts';
import { bearerAuth } from './auth.ts';
import { contentPreCheck, contentRefusal } from './content-check.ts';
import { jscode2session } from './login.ts';
import { miniProgramRouter } from './routes.ts';
import { LoginTokens } from './tokens.ts';
import { WordList } from './word-list.ts';

export const WORD_LIST_FILE = 'blocked-words.json';

export interface MiniProgramDeps {
  config: Pick<Config, 'dataDir' | 'knowledgeDir' | 'maxBodyBytes' | 'wechatApiBase' | 'miniProgram'>;
  store: Pick<Store, 'history'> & { shared?: Store['shared'] };
  log: Logger;
  now?: () => number;
}

export interface MiniProgram {
  /** True when WECHAT_APPID is set: logins, bearer tokens and WeChat's content check. */
  enabled: boolean;
  /** Put in front of every route that answers a mini-program user (chat, stream, feedback, history). */
  guard: Middleware[];
  /** Run on user text before any retrieval or LLM call; an Answer means "reply with this and stop". */
  preCheck: PreCheck;
  /** POST /api/login and GET /api/history. */
  router: Router;
  /** The local word list, for channels that screen text without HTTP (the bot, the Official Account). */
  words: WordList;
  /** The word list as a reply: the refusal text for a listed word, null to answer. */
  screen(text: string): Promise<string | null>;
  /** For /healthz or /admin/status. */
  status(): { enabled: boolean; logins: number; blockedWords: number; contentCheckFail: 'open' | 'closed' };
  flush(): Promise<void>;
}

export async function miniProgram(deps: MiniProgramDeps): Promise<MiniProgram> {
  const { config, log } = deps;
  const mp = config.miniProgram;
  const apiBase = config.wechatApiBase.replace(/\/+$/, '');
  const words = new WordList(path.join(config.knowledgeDir, WORD_LIST_FILE), log, deps.now);
  await words.refresh(true);

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
  const preCheck = contentPreCheck({
    words,
    log,
    ...(accessTokens ? { wechat: { tokens: accessTokens, apiBase, failMode: mp.contentCheckFail } } : {}),
  });
  const router = miniProgramRouter({
    ...(creds && tokens ? { login: { exchange: (code: string) => jscode2session(code, { apiBase, ...creds, log }), tokens } } : {}),
    history: deps.store.history,
    guard,
    maxBodyBytes: config.maxBodyBytes,
    log,
  });
  log.info({ enabled: !!creds, blockedWords: words.size, contentCheckFail: mp.contentCheckFail }, creds ? 'mini-program: WeChat login and content check on' : 'mini-program: open mode (no WECHAT_APPID)');
  return {
    enabled: !!creds,
    guard,
    preCheck,
    router,
    words,
    screen: async (text) => ((await words.match(text)) ? plainText(contentRefusal(text)) : null),
    status: () => ({ enabled: !!creds, logins: tokens?.size ?? 0, blockedWords: words.size, contentCheckFail: mp.contentCheckFail }),
    flush: () => tokens?.flush() ?? Promise.resolve(),
  };
}
