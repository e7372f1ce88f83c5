// 公众号 safe mode cannot be downgraded (issue 17): with an AES key only encrypted callbacks are
// taken (unless MP_PLAINTEXT_ALLOWED=1), a seen nonce with another body is refused, the GET
// verification checks the timestamp, and deep or large XML under a valid signature is a 400.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type Running } from '../../support/app.ts';
import { AES_KEY, APPID, CORPID, TOKEN, field, mpPlain, mpSafe, openReply, post, seal, sha1Sorted, sleep, textXml, wecomPost } from './wechat-sim.ts';

const QUESTION = '高新技术企业的数量目标是多少？';
const PATH = '/wechat/mp';
const now = () => String(Math.floor(Date.now() / 1000));

/** `depth` nested elements inside <xml>. */
const deepXml = (depth: number) => `<xml><ToUserName>gh</ToUserName>${'<a>'.repeat(depth)}x${'</a>'.repeat(depth)}</xml>`;

describe('safe mode only (MP_ENCODING_AES_KEY set)', () => {
  let run: Running;
  const asked: string[] = [];
  beforeAll(async () => {
    run = await startApp({ MP_TOKEN: TOKEN, MP_ENCODING_AES_KEY: AES_KEY, MP_APPID: APPID, WECOM_TOKEN: TOKEN, WECOM_ENCODING_AES_KEY: AES_KEY, WECOM_CORPID: CORPID });
    const ask = run.app.answerer.ask.bind(run.app.answerer);
    run.app.answerer.ask = async (q, o) => {
      asked.push(q);
      return ask(q, o);
    };
  });
  afterAll(() => run.close());

  it('refuses a correctly signed plaintext callback with 400 and does not process it', async () => {
    const res = await post(run.base, PATH, mpPlain(textXml({ from: 'o-downgrade', content: QUESTION })));
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text).error).toMatchObject({ code: 'encryption_required' });
    expect(JSON.parse(res.text).error.message).toMatch(/安全模式.*encrypted/);
    await sleep(20);
    expect(asked).toEqual([]);
    const ok = await post(run.base, PATH, mpSafe(textXml({ from: 'o-safe', content: QUESTION })));
    expect(ok.status).toBe(200);
    expect(field(openReply(ok.text).inner, 'Content')).toContain('230');
  });

  it('checks the timestamp of a GET verification', async () => {
    const sign = (ts: string) => new URLSearchParams({ signature: sha1Sorted(TOKEN, ts, '42'), timestamp: ts, nonce: '42', echostr: 'hello' });
    const stale = await fetch(`${run.base}${PATH}?${sign(String(Math.floor(Date.now() / 1000) - 3600))}`);
    expect(stale.status).toBe(401);
    expect(((await stale.json()) as any).error.code).toBe('stale_request');
    const fresh = await fetch(`${run.base}${PATH}?${sign(now())}`);
    expect(fresh.status).toBe(200);
    expect(await fresh.text()).toBe('hello');
  });

  it('answers 400, not 500, to 5,000-deep XML sealed under a valid signature (公众号 and 企业微信)', async () => {
    const mp = await post(run.base, PATH, mpSafe(deepXml(5000)));
    expect(mp.status).toBe(400);
    expect(JSON.parse(mp.text).error.code).toBe('invalid_xml');
    const wecom = await post(run.base, '/wechat/work', wecomPost(deepXml(5000)));
    expect(wecom.status).toBe(400);
    // 5,000 levels are past the size bound too; 2,000 are within it and refused for their depth.
    const deep = await post(run.base, '/wechat/work', wecomPost(deepXml(2000)));
    expect(deep.status).toBe(400);
    expect(JSON.parse(deep.text).error.message).toMatch(/nested deeper/);
  });

  it('answers 400 to an envelope nested too deep or too large, even with a valid signature', async () => {
    const ts = now();
    const encrypt = seal(textXml({ from: 'o-deep', content: QUESTION }), APPID);
    const q = new URLSearchParams({ signature: sha1Sorted(TOKEN, ts, '7'), timestamp: ts, nonce: '7', encrypt_type: 'aes', msg_signature: sha1Sorted(TOKEN, ts, '7', encrypt) });
    const deep = `<xml><Encrypt><![CDATA[${encrypt}]]></Encrypt>${'<a>'.repeat(5000)}${'</a>'.repeat(5000)}</xml>`;
    expect((await post(run.base, PATH, { query: q.toString(), body: deep })).status).toBe(400);
    const large = `<xml><Encrypt><![CDATA[${encrypt}]]></Encrypt><Pad>${'x'.repeat(40_000)}</Pad></xml>`;
    const res = await post(run.base, PATH, { query: q.toString(), body: large });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text).error.message).toMatch(/larger than/);
  });
});

describe('switch-over (MP_PLAINTEXT_ALLOWED=1)', () => {
  let run: Running;
  let computed = 0;
  beforeAll(async () => {
    run = await startApp({ MP_TOKEN: TOKEN, MP_ENCODING_AES_KEY: AES_KEY, MP_APPID: APPID, MP_PLAINTEXT_ALLOWED: '1' });
    const ask = run.app.answerer.ask.bind(run.app.answerer);
    run.app.answerer.ask = async (q, o) => {
      computed++;
      return ask(q, o);
    };
  });
  afterAll(() => run.close());

  it('takes plaintext, but refuses a seen nonce carrying another body (a replayed signature)', async () => {
    const first = mpPlain(textXml({ from: 'o-real', content: QUESTION }));
    expect((await post(run.base, PATH, first)).status).toBe(200);
    // Same signed query, a message of the attacker's own: the plain signature does not cover it.
    const forged = await post(run.base, PATH, { query: first.query, body: textXml({ from: 'o-victim', content: '有哪些保障措施' }) });
    expect(forged.status).toBe(401);
    expect(JSON.parse(forged.text).error.code).toBe('replayed_nonce');
    expect(run.app.store.history.list({ where: (r) => r.owner === 'oa:o-victim' })).toHaveLength(0);
  });

  it('lets the same request byte for byte through as a retry, computed once', async () => {
    computed = 0;
    const req = mpPlain(textXml({ from: 'o-retry', content: QUESTION }));
    const a = await post(run.base, PATH, req);
    const b = await post(run.base, PATH, req);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(field(b.text, 'Content')).toBe(field(a.text, 'Content'));
    expect(computed).toBe(1);
  });
});
