// WeChat's server API access token (`/cgi-bin/token`): fetched once, cached until shortly
// before it expires, refreshed on demand when WeChat says it is invalid (40001/42001).
// Shared by the mini-program, the Official Account and WeCom (each with its own credentials).

export interface TokenSource {
  /** A valid token, from cache when possible. */
  get(): Promise<string>;
  /** Drops the cached token (after WeChat rejected it) and fetches a new one. */
  refresh(): Promise<string>;
}

export class WxApiError extends Error {
  constructor(
    readonly errcode: number,
    readonly errmsg: string,
  ) {
    super(`WeChat API error ${errcode}: ${errmsg}`);
  }
}

/** Codes that mean the access token is invalid or expired. */
export const TOKEN_INVALID = new Set([40001, 40014, 42001]);

const EARLY_MS = 5 * 60_000;

export interface AccessTokenOptions {
  /** e.g. https://api.weixin.qq.com (tests: a local fake). */
  apiBase: string;
  /** For WeChat: `/cgi-bin/token?grant_type=client_credential&appid=…&secret=…`; for WeCom: `/cgi-bin/gettoken?corpid=…&corpsecret=…`. */
  path: string;
  now?: () => number;
  timeoutMs?: number;
}

export class AccessTokenCache implements TokenSource {
  private token: string | null = null;
  private expiresAt = 0;
  private pending: Promise<string> | null = null;

  constructor(private readonly opts: AccessTokenOptions) {}

  private now(): number {
    return (this.opts.now ?? Date.now)();
  }

  get(): Promise<string> {
    if (this.token && this.now() < this.expiresAt) return Promise.resolve(this.token);
    return this.fetch();
  }

  refresh(): Promise<string> {
    this.token = null;
    return this.fetch();
  }

  private fetch(): Promise<string> {
    // Concurrent callers share one request: WeChat rate-limits token fetches.
    this.pending ??= (async () => {
      try {
        const res = await fetch(this.opts.apiBase + this.opts.path, { signal: AbortSignal.timeout(this.opts.timeoutMs ?? 5000) });
        const body = (await res.json()) as { access_token?: string; expires_in?: number; errcode?: number; errmsg?: string };
        if (!body.access_token) throw new WxApiError(body.errcode ?? -1, body.errmsg ?? `HTTP ${res.status}`);
        this.token = body.access_token;
        this.expiresAt = this.now() + Math.max(0, (body.expires_in ?? 7200) * 1000 - EARLY_MS);
        return this.token;
      } finally {
        this.pending = null;
      }
    })();
    return this.pending;
  }
}

/**
 * Calls a WeChat API that takes `?access_token=`; on an invalid-token error refreshes the token
 * once and tries again. Returns the JSON body; throws WxApiError for a non-zero errcode.
 */
export async function callWithToken<T extends { errcode?: number; errmsg?: string }>(
  tokens: TokenSource,
  apiBase: string,
  path: string,
  init: { method?: string; body?: unknown; timeoutMs?: number } = {},
): Promise<T> {
  const once = async (token: string) => {
    const sep = path.includes('?') ? '&' : '?';
    const res = await fetch(`${apiBase}${path}${sep}access_token=${encodeURIComponent(token)}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      ...(init.body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(init.body) }),
      signal: AbortSignal.timeout(init.timeoutMs ?? 5000),
    });
    return (await res.json()) as T;
  };
  let body = await once(await tokens.get());
  if (body.errcode && TOKEN_INVALID.has(body.errcode)) body = await once(await tokens.refresh());
  if (body.errcode) throw new WxApiError(body.errcode, body.errmsg ?? '');
  return body;
}
