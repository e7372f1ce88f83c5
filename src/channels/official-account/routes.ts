// The callback URLs WeChat calls: GET to verify the URL, POST for every user message.
// /wechat/mp (Official Account): plain mode (`signature` only) or safe mode (`encrypt_type=aes`,
// `msg_signature` over the `Encrypt` field). /wechat/work (WeCom): always encrypted, and even the
// verification `echostr` is. Nothing is processed before the signature checks out.
import { randomBytes } from 'node:crypto';
import Router from '@koa/router';
import type { Context } from 'koa';
import type { Logger } from 'pino';
import { readRaw } from '../../http/body.ts';
import { HttpError } from '../../http/errors.ts';
import { signatureMatches, wxSignature, WxCryptoError, type WxMsgCrypt } from './crypto.ts';
import { messageKey } from './messages.ts';
import { NonceMemory } from './nonces.ts';
import type { PushText } from './push.ts';
import { ReplyWindow } from './reply-window.ts';
import { parseWxXml, XmlError, type WxFields } from './xml.ts';
import { buildWxXml, textReplyXml } from '../presenters/official-account.ts';
import { SAY } from '../texts.ts';

export interface CallbackRouteOptions {
  /** The 公众号 (`oa`, as its records name it) or 企业微信. */
  kind: 'oa' | 'wecom';
  path: string;
  token: string;
  /** Safe mode for the Official Account (optional there); always required for WeCom. */
  crypt?: WxMsgCrypt;
  /**
   * With `crypt`, whether a plaintext callback is still accepted (MP_PLAINTEXT_ALLOWED, for the
   * switch-over from 明文 to 安全模式). Off by default: a plain `signature` does not cover the body.
   */
  plaintextAllowed?: boolean;
  handle: (msg: WxFields) => Promise<string | null>;
  /** Delivers answers that missed the window; without it the user is asked to try again. */
  push?: PushText;
  replyWindowMs: number;
  maxBodyBytes: number;
  log: Logger;
  /** Resolves once the records an answer left (its history line) are on disk; the reply waits for it. */
  durable?: () => Promise<void>;
  /** With several instances: message claims and nonces kept in the shared database. */
  shared?: SharedCallbackMemory;
}

/**
 * What the callbacks need from a store every instance shares (store/pg/shared.ts), structurally:
 * WeChat's retry of a message may reach another instance, which must not answer it again.
 */
export interface SharedCallbackMemory {
  up(): boolean;
  claim(key: string): Promise<{ kind: 'mine' } | { kind: 'taken'; reply: string | null }>;
  settle(key: string, reply: string | null): Promise<void>;
  nonce(timestamp: string, nonce: string, body: string): Promise<'new' | 'repeat' | 'replayed'>;
}

const unauthorized = () => new HttpError(401, 'bad_signature', '签名校验失败', 'signature verification failed');

/**
 * How far a message's signed timestamp may be from our clock. A captured request replays with a
 * valid signature for ever; WeChat sends at once and retries within 15 seconds, so anything older
 * than this is not WeChat.
 */
export const MAX_CLOCK_SKEW_S = 300;

function checkFresh(timestamp: string, now = Date.now()): void {
  const age = Math.abs(now / 1000 - Number(timestamp));
  if (!timestamp || !Number.isFinite(age) || age > MAX_CLOCK_SKEW_S) {
    throw new HttpError(401, 'stale_request', '请求时间戳已过期', 'request timestamp outside the accepted window');
  }
}

function param(ctx: Context, name: string): string {
  const v = ctx.query[name];
  return typeof v === 'string' ? v : '';
}

export function callbackRouter(opts: CallbackRouteOptions): Router {
  if (opts.kind === 'wecom' && !opts.crypt) throw new Error('WeCom callbacks need an EncodingAESKey and corpid');
  const window = new ReplyWindow<string | null>({
    windowMs: opts.replyWindowMs,
    onError: (err) => opts.log.error({ err, channel: opts.kind }, 'delivering a late answer failed'),
  });
  const nonces = new NonceMemory(2 * MAX_CLOCK_SKEW_S * 1000);
  const router = new Router();

  router.get(opts.path, (ctx) => {
    const [timestamp, nonce, echostr] = [param(ctx, 'timestamp'), param(ctx, 'nonce'), param(ctx, 'echostr')];
    ctx.type = 'text/plain';
    if (opts.kind === 'oa') {
      if (!signatureMatches(param(ctx, 'signature'), wxSignature(opts.token, timestamp, nonce))) throw unauthorized();
      // A captured verification URL must not verify for ever either.
      checkFresh(timestamp);
      ctx.body = echostr;
      return;
    }
    // A `+` of the base64 echostr sent unescaped arrives as a space; base64 never has one.
    const sealed = echostr.replace(/ /g, '+');
    if (!opts.crypt!.verify(param(ctx, 'msg_signature'), timestamp, nonce, sealed)) throw unauthorized();
    checkFresh(timestamp);
    ctx.body = decrypt(opts.crypt!, sealed);
  });

  router.post(opts.path, async (ctx) => {
    const [timestamp, nonce] = [param(ctx, 'timestamp'), param(ctx, 'nonce')];
    if (opts.kind === 'oa' && !signatureMatches(param(ctx, 'signature'), wxSignature(opts.token, timestamp, nonce))) {
      throw unauthorized();
    }
    // Before the body is read: a stale timestamp is refused whoever signed it (a fresh one must
    // still pass the signature checks, which cover it).
    checkFresh(timestamp);
    const body = await readText(ctx, opts.maxBodyBytes);
    const outer = parse(body);
    const encrypted = opts.kind === 'wecom' || param(ctx, 'encrypt_type') === 'aes';
    if (!encrypted && opts.crypt && !opts.plaintextAllowed) {
      // Safe mode is on: a plaintext message is a downgrade (its signature does not cover the body).
      opts.log.warn({ channel: opts.kind }, 'plaintext callback refused: safe mode is on (MP_PLAINTEXT_ALLOWED=1 accepts it during a switch-over)');
      throw new HttpError(400, 'encryption_required', '已启用安全模式，只接受加密消息', 'safe mode is on: only encrypted callbacks are accepted');
    }
    let msg = outer;
    if (encrypted) {
      if (!opts.crypt) {
        opts.log.warn({ channel: opts.kind }, 'encrypted callback received but no EncodingAESKey is configured');
        throw new HttpError(400, 'encryption_not_configured', '服务器未配置消息加解密密钥', 'message encryption is not configured on this server');
      }
      const cipher = outer.Encrypt;
      if (!cipher) throw new HttpError(400, 'missing_encrypt', '缺少 Encrypt 字段', 'the Encrypt field is missing');
      if (!opts.crypt.verify(param(ctx, 'msg_signature'), timestamp, nonce, cipher)) throw unauthorized();
      msg = parse(decrypt(opts.crypt, cipher));
    }
    // Signatures checked: now whether this (timestamp, nonce) was seen with another body.
    const shared = opts.shared?.up() ? opts.shared : undefined;
    // The shared memory decides for every instance; while it is unreachable, this process's own.
    const verdict = (shared ? await shared.nonce(timestamp, nonce, body).catch(() => null) : null) ?? nonces.check(timestamp, nonce, body);
    if (verdict === 'replayed') {
      opts.log.warn({ channel: opts.kind }, 'callback refused: a seen nonce with a different body (replayed signature)');
      throw new HttpError(401, 'replayed_nonce', '请求已被使用过（nonce 重复）', 'replayed request: this nonce was already used');
    }

    const user = msg.FromUserName ?? '';
    const key = `${opts.kind}:${messageKey(msg)}`;
    // Another instance claimed this message first: WeChat is retrying there-and-here. Answer with
    // its reply when it has one, else with nothing (it replies or pushes itself).
    const claim = shared && !window.has(key) ? await shared.claim(key).catch(() => null) : null;
    if (claim?.kind === 'taken') {
      if (claim.reply === null) {
        ctx.type = 'text/plain';
        ctx.body = opts.kind === 'oa' ? 'success' : '';
      } else {
        sendText(ctx, opts, encrypted, msg, user, claim.reply);
      }
      return;
    }
    const outcome = await window.respond(
      key,
      () => opts.handle(msg),
      async (text) => {
        if (!opts.push) throw new Error('no API credentials to deliver a late answer');
        await opts.push(user, text);
      },
    );
    const text =
      outcome.kind === 'passive' ? outcome.value : outcome.first ? (opts.push ? SAY.busy : SAY.askAgain) : null;
    // A failed write is logged by the store; WeChat would only retry the same message.
    if (outcome.kind === 'passive') await opts.durable?.().catch(() => undefined);
    // What a retry on another instance answers: the passive reply, or nothing once it is pushed.
    if (claim?.kind === 'mine') await shared!.settle(key, outcome.kind === 'passive' ? outcome.value : null).catch(() => undefined);
    if (text === null) {
      // WeChat takes `success` (Official Account) or an empty body (WeCom) as "no reply".
      ctx.type = 'text/plain';
      ctx.body = opts.kind === 'oa' ? 'success' : '';
      return;
    }
    sendText(ctx, opts, encrypted, msg, user, text);
  });

  return router;
}

function sendText(ctx: Context, opts: CallbackRouteOptions, encrypted: boolean, msg: WxFields, user: string, text: string): void {
  const reply = textReplyXml(user, msg.ToUserName ?? '', text);
  ctx.type = 'text/xml';
  ctx.body = encrypted ? seal(opts.crypt!, reply) : reply;
}

/** The encrypted envelope WeChat expects for a safe-mode reply. */
function seal(crypt: WxMsgCrypt, xml: string): string {
  const encrypted = crypt.encrypt(xml);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = String(randomBytes(4).readUInt32BE());
  return buildWxXml({ Encrypt: encrypted, MsgSignature: crypt.sign(timestamp, nonce, encrypted), TimeStamp: Number(timestamp), Nonce: nonce });
}

function decrypt(crypt: WxMsgCrypt, cipher: string): string {
  try {
    return crypt.decrypt(cipher).message;
  } catch (err) {
    if (err instanceof WxCryptoError) {
      throw new HttpError(400, 'bad_encrypt', `消息解密失败：${err.message}`, `message decryption failed: ${err.message}`);
    }
    throw err;
  }
}

function parse(text: string): WxFields {
  try {
    return parseWxXml(text);
  } catch (err) {
    if (err instanceof XmlError) throw new HttpError(400, 'invalid_xml', `XML 格式错误：${err.message}`, `malformed XML: ${err.message}`);
    throw err;
  }
}

/** The raw body as UTF-8, stopped (413) as soon as it passes the limit. */
async function readText(ctx: Context, limit: number): Promise<string> {
  return (await readRaw(ctx, limit)).toString('utf8');
}
