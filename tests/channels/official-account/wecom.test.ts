// The 企业微信 callback: always encrypted, the verification echostr included; late answers go out
// through the app message API.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startApp, type Running } from '../../support/app.ts';
import {
  AES_KEY, CORPID, TOKEN, eventXml, fakeWxApi, field, nextMsgId, openReply, post, seal, sha1Sorted, sleep, textXml, until, wecomPost,
} from './wechat-sim.ts';

const QUESTION = '有哪些保障措施？';
const PATH = '/wechat/work';
let run: Running;
let api: Awaited<ReturnType<typeof fakeWxApi>>;
let asked = 0;
let delayMs = 0;

beforeAll(async () => {
  api = await fakeWxApi();
  run = await startApp({
    WECOM_TOKEN: TOKEN,
    WECOM_ENCODING_AES_KEY: AES_KEY,
    WECOM_CORPID: CORPID,
    WECOM_SECRET: 'corp-secret',
    WECOM_AGENT_ID: '1000002',
    WECOM_API_BASE: api.base,
    MP_REPLY_WINDOW_MS: '400',
  });
  const ask = run.app.answerer.ask.bind(run.app.answerer);
  run.app.answerer.ask = async (q, o) => {
    asked++;
    if (delayMs) await sleep(delayMs);
    return ask(q, o);
  };
});
afterAll(async () => {
  await run?.close();
  await api?.close();
});
beforeEach(() => {
  asked = 0;
  delayMs = 0;
  api.sent.length = 0;
});

function verifyQuery(echostr: string, token = TOKEN): string {
  const [timestamp, nonce] = [String(Math.floor(Date.now() / 1000)), '98765'];
  return new URLSearchParams({ msg_signature: sha1Sorted(token, timestamp, nonce, echostr), timestamp, nonce, echostr }).toString();
}

describe('GET /wechat/work (URL verification)', () => {
  it('decrypts the encrypted echostr and answers its plaintext', async () => {
    const res = await fetch(`${run.base}${PATH}?${verifyQuery(seal('4812039482139', CORPID))}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('4812039482139');
  });

  it('copes with a `+` that arrives unescaped', async () => {
    let echostr = '';
    while (!echostr.includes('+')) echostr = seal('777', CORPID);
    const raw = verifyQuery(echostr).replace(/echostr=[^&]*/, `echostr=${echostr.replace(/\//g, '%2F').replace(/=/g, '%3D')}`);
    const res = await fetch(`${run.base}${PATH}?${raw}`);
    expect(await res.text()).toBe('777');
  });

  it('refuses a bad signature with 401 and an echostr for another corp with 400', async () => {
    expect((await fetch(`${run.base}${PATH}?${verifyQuery(seal('1', CORPID), 'wrong')}`)).status).toBe(401);
    expect((await fetch(`${run.base}${PATH}?${verifyQuery(seal('1', 'wwOTHER'))}`)).status).toBe(400);
  });
});

describe('POST /wechat/work', () => {
  it('round trip: a sealed text message gets a sealed reply for our corpid', async () => {
    const res = await post(run.base, PATH, wecomPost(textXml({ from: 'zhangsan', to: CORPID, content: QUESTION, agentId: '1000002' })));
    expect(res.status).toBe(200);
    const opened = openReply(res.text);
    expect(opened.signatureOk).toBe(true);
    expect(opened.id).toBe(CORPID);
    expect(field(opened.inner, 'ToUserName')).toBe('zhangsan');
    expect(field(opened.inner, 'FromUserName')).toBe(CORPID);
    expect(field(opened.inner, 'Content')).toMatch(/保障措施/);
    expect(asked).toBe(1);
    expect(run.app.store.history.list({ where: (r) => r.owner === 'wecom:zhangsan' })[0]).toMatchObject({ channel: 'wecom' });
  });

  it('a bad msg_signature → 401, a plain body → 400; nothing processed', async () => {
    const req = wecomPost(textXml({ from: 'lisi', to: CORPID, content: QUESTION }), { token: 'wrong' });
    expect((await post(run.base, PATH, req)).status).toBe(401);
    const plain = await post(run.base, PATH, { query: req.query, body: textXml({ from: 'lisi', content: QUESTION }) });
    expect(plain.status).toBe(400);
    const replayed = await post(run.base, PATH, wecomPost(textXml({ from: 'lisi', to: CORPID, content: QUESTION }), { at: Date.now() - 3600_000 }));
    expect(replayed.status).toBe(401);
    expect(asked).toBe(0);
  });

  it('a slow answer goes out once through the app message API, retries included', async () => {
    delayMs = 900;
    const xml = textXml({ from: 'wangwu', to: CORPID, content: QUESTION, msgId: nextMsgId() });
    const first = await post(run.base, PATH, wecomPost(xml));
    expect(field(openReply(first.text).inner, 'Content')).toMatch(/正在查询/);
    const again = await post(run.base, PATH, wecomPost(xml));
    expect(again).toEqual({ status: 200, text: '' });
    await until(() => api.sent.length > 0);
    await sleep(300);
    expect(api.sent).toHaveLength(1);
    expect(api.sent[0]).toMatchObject({ path: '/cgi-bin/message/send', body: { touser: 'wangwu', msgtype: 'text', agentid: 1000002 } });
    expect(api.sent[0]!.body.text.content).toMatch(/保障措施/);
    expect(asked).toBe(1);
  });

  it('takes a member’s message through the inbound gate: the word list and the commands', async () => {
    const content = async (text: string) => field(openReply((await post(run.base, PATH, wecomPost(textXml({ from: 'lisi', to: CORPID, content: text, agentId: '1000002' })))).text).inner, 'Content');
    expect(await content('哪里能办假证')).toBe('抱歉，您发送的内容不符合规范，无法作答。请修改后重新提问。');
    expect(await content('帮助')).toContain('任务 N');
    expect(asked).toBe(0);
  });

  it('limits each member per minute with one notice, then silence (MP_RATE_LIMIT_PER_MIN, shared with the 公众号)', async () => {
    const send = async (from: string) => {
      const res = await post(run.base, PATH, wecomPost(textXml({ from, to: CORPID, content: '帮助', agentId: '1000002' })));
      return res.text === '' ? null : field(openReply(res.text).inner, 'Content');
    };
    for (let i = 0; i < 10; i++) expect(await send('member-flood')).toContain('常用命令');
    expect(await send('member-flood')).toMatch(/^您提问太频繁了，请\d+秒后再试。$/);
    expect(await send('member-flood')).toBeNull();
    expect(await send('member-calm')).toContain('常用命令');
  });

  it('welcomes a member who follows the app', async () => {
    const res = await post(run.base, PATH, wecomPost(eventXml('zhaoliu', 'subscribe', CORPID)));
    expect(field(openReply(res.text).inner, 'Content')).toMatch(/^欢迎关注/);
  });

  it('leaves /wechat/mp off when MP_TOKEN is unset', async () => {
    expect((await fetch(`${run.base}/wechat/mp?echostr=1`)).status).toBe(404);
  });
});
