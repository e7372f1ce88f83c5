// Plays WeChat's side in the tests: signs and seals callback requests the way the 公众号 and
// 企业微信 servers do, opens sealed replies, and runs a fake server API on 127.0.0.1. Written apart
// from src/channels/official-account so a shared mistake in the scheme does not make both sides agree.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const TOKEN = 'testtoken123';
/** 43 characters, as the admin console generates them. */
export const AES_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
export const APPID = 'wx1234567890abcdef';
export const CORPID = 'ww0011223344556677';

export function sha1Sorted(...parts: string[]): string {
  const sorted = parts.slice().sort();
  return createHash('sha1').update(sorted.join('')).digest('hex');
}

function keyOf(aesKey: string): { key: Buffer; iv: Buffer } {
  const key = Buffer.from(aesKey + '=', 'base64');
  return { key, iv: key.slice(0, 16) };
}

/** WeChat's sealing: random(16) + len(4, BE) + msg + id, PKCS#7 to 32 bytes, AES-256-CBC. */
export function seal(message: string, id: string, aesKey = AES_KEY): string {
  const { key, iv } = keyOf(aesKey);
  const msg = Buffer.from(message);
  const head = Buffer.alloc(20);
  randomBytes(16).copy(head);
  head.writeUInt32BE(msg.length, 16);
  const raw = Buffer.concat([head, msg, Buffer.from(id)]);
  const n = 32 - (raw.length % 32);
  const padded = Buffer.concat([raw, Buffer.from(new Array(n).fill(n))]);
  const c = createCipheriv('aes-256-cbc', key, iv);
  c.setAutoPadding(false);
  return Buffer.concat([c.update(padded), c.final()]).toString('base64');
}

export function unseal(sealed: string, aesKey = AES_KEY): { message: string; id: string } {
  const { key, iv } = keyOf(aesKey);
  const d = createDecipheriv('aes-256-cbc', key, iv);
  d.setAutoPadding(false);
  const raw = Buffer.concat([d.update(Buffer.from(sealed, 'base64')), d.final()]);
  const unpadded = raw.slice(0, raw.length - raw[raw.length - 1]!);
  const len = unpadded.readUInt32BE(16);
  return { message: unpadded.slice(20, 20 + len).toString(), id: unpadded.slice(20 + len).toString() };
}

/** Reads `<Tag>` from flat WeChat XML, CDATA or not. */
export function field(xml: string, tag: string): string | undefined {
  const m = new RegExp(`<${tag}>(?:<!\\[CDATA\\[([\\s\\S]*?)\\]\\]>|([^<]*))</${tag}>`).exec(xml);
  return m ? (m[1] ?? m[2]) : undefined;
}

let msgSeq = 7_000_000_000_000_000_000n;
export const nextMsgId = () => String(++msgSeq);

export function textXml(opts: { from: string; to?: string; content: string; msgId?: string; agentId?: string }): string {
  return (
    `<xml><ToUserName><![CDATA[${opts.to ?? 'gh_test'}]]></ToUserName><FromUserName><![CDATA[${opts.from}]]></FromUserName>` +
    `<CreateTime>${Math.floor(Date.now() / 1000)}</CreateTime><MsgType><![CDATA[text]]></MsgType>` +
    `<Content><![CDATA[${opts.content}]]></Content><MsgId>${opts.msgId ?? nextMsgId()}</MsgId>` +
    (opts.agentId ? `<AgentID>${opts.agentId}</AgentID>` : '') +
    `</xml>`
  );
}

export function eventXml(from: string, event: string, to = 'gh_test'): string {
  return (
    `<xml><ToUserName><![CDATA[${to}]]></ToUserName><FromUserName><![CDATA[${from}]]></FromUserName>` +
    `<CreateTime>${Math.floor(Date.now() / 1000)}</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[${event}]]></Event></xml>`
  );
}

const stamp = (at = Date.now()) => ({ timestamp: String(Math.floor(at / 1000)), nonce: String(Math.floor(Math.random() * 1e9)) });

/** A 公众号 POST in plain mode: `signature` over token, timestamp, nonce. */
export function mpPlain(xml: string, token = TOKEN, at = Date.now()): { query: string; body: string } {
  const { timestamp, nonce } = stamp(at);
  const q = new URLSearchParams({ signature: sha1Sorted(token, timestamp, nonce), timestamp, nonce, openid: 'o-user' });
  return { query: q.toString(), body: xml };
}

/** A 公众号 POST in safe mode: the message sealed in `Encrypt`, `msg_signature` over it too. */
export function mpSafe(xml: string, opts: { token?: string; appId?: string } = {}): { query: string; body: string } {
  const token = opts.token ?? TOKEN;
  const { timestamp, nonce } = stamp();
  const encrypt = seal(xml, opts.appId ?? APPID);
  const q = new URLSearchParams({
    signature: sha1Sorted(token, timestamp, nonce),
    timestamp,
    nonce,
    openid: 'o-user',
    encrypt_type: 'aes',
    msg_signature: sha1Sorted(token, timestamp, nonce, encrypt),
  });
  return { query: q.toString(), body: `<xml><ToUserName><![CDATA[gh_test]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>` };
}

/** A 企业微信 POST: always sealed for the corpid, `msg_signature` only. */
export function wecomPost(xml: string, opts: { token?: string; corpId?: string; at?: number } = {}): { query: string; body: string } {
  const token = opts.token ?? TOKEN;
  const { timestamp, nonce } = stamp(opts.at);
  const encrypt = seal(xml, opts.corpId ?? CORPID);
  const q = new URLSearchParams({ msg_signature: sha1Sorted(token, timestamp, nonce, encrypt), timestamp, nonce });
  return { query: q.toString(), body: `<xml><ToUserName><![CDATA[${CORPID}]]></ToUserName><AgentID><![CDATA[1000002]]></AgentID><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>` };
}

export async function post(base: string, path: string, req: { query: string; body: string }) {
  const res = await fetch(`${base}${path}?${req.query}`, { method: 'POST', headers: { 'content-type': 'text/xml' }, body: req.body });
  return { status: res.status, text: await res.text() };
}

/** Opens a safe-mode reply: checks its signature and returns the inner XML and the id it was sealed for. */
export function openReply(xml: string, token = TOKEN): { signatureOk: boolean; inner: string; id: string } {
  const encrypt = field(xml, 'Encrypt')!;
  const sig = sha1Sorted(token, field(xml, 'TimeStamp')!, field(xml, 'Nonce')!, encrypt);
  const { message, id } = unseal(encrypt);
  return { signatureOk: sig === field(xml, 'MsgSignature'), inner: message, id };
}

export interface Sent {
  path: string;
  accessToken: string | null;
  body: any;
}

/** The WeChat / WeCom server API: tokens and message sending, recording what was sent. */
export async function fakeWxApi(): Promise<{ base: string; sent: Sent[]; tokenFetches: number; close(): Promise<void> }> {
  const state = { sent: [] as Sent[], tokenFetches: 0 };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString()));
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      if (url.pathname === '/cgi-bin/token' || url.pathname === '/cgi-bin/gettoken') {
        state.tokenFetches++;
        res.end(JSON.stringify({ access_token: `TOKEN-${state.tokenFetches}`, expires_in: 7200 }));
        return;
      }
      if (url.pathname === '/cgi-bin/message/custom/send' || url.pathname === '/cgi-bin/message/send') {
        state.sent.push({ path: url.pathname, accessToken: url.searchParams.get('access_token'), body: JSON.parse(data) });
        res.end(JSON.stringify({ errcode: 0, errmsg: 'ok' }));
        return;
      }
      res.statusCode = 404;
      res.end(JSON.stringify({ errcode: 404, errmsg: 'not found' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    sent: state.sent,
    get tokenFetches() {
      return state.tokenFetches;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function until(cond: () => boolean, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await sleep(10);
  }
}
