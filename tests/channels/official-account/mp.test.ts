// The 公众号 callback against the real server over a real socket, with WeChat's side played by
// the test helper and the server API by a fake on 127.0.0.1.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AskOptions } from '../../../src/answer/pipeline.ts';
import { startApp, type Running } from '../../support/app.ts';
import {
  AES_KEY, APPID, TOKEN, eventXml, fakeWxApi, field, mpPlain, mpSafe, nextMsgId, openReply, post, sha1Sorted, sleep, textXml, until,
} from './wechat-sim.ts';

const QUESTION = '高新技术企业的数量目标是多少？';
let run: Running;
let api: Awaited<ReturnType<typeof fakeWxApi>>;
let asked: Array<[string, AskOptions | undefined]> = [];
let delayMs = 0;

beforeAll(async () => {
  api = await fakeWxApi();
  run = await startApp({
    MP_TOKEN: TOKEN,
    MP_ENCODING_AES_KEY: AES_KEY,
    MP_APPID: APPID,
    MP_APPSECRET: 'secret',
    WECHAT_API_BASE: api.base,
    MP_REPLY_WINDOW_MS: '400',
    // Plain and safe mode through one server (the switch-over setting); safe-mode-only is tested in mp-safe.test.ts.
    MP_PLAINTEXT_ALLOWED: '1',
  });
  // Counts every computation and, when a test asks for it, makes it slower than the reply window.
  const ask = run.app.answerer.ask.bind(run.app.answerer);
  run.app.answerer.ask = async (q, o) => {
    asked.push([q, o]);
    if (delayMs) await sleep(delayMs);
    return ask(q, o);
  };
});
afterAll(async () => {
  await run?.close();
  await api?.close();
});
beforeEach(() => {
  asked = [];
  delayMs = 0;
  api.sent.length = 0;
});

const PATH = '/wechat/mp';

describe('GET /wechat/mp (URL verification)', () => {
  it('echoes echostr for a good signature', async () => {
    const now = String(Math.floor(Date.now() / 1000));
    const q = new URLSearchParams({ signature: sha1Sorted(TOKEN, now, '123'), timestamp: now, nonce: '123', echostr: '5837397343' });
    const res = await fetch(`${run.base}${PATH}?${q}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('5837397343');
  });

  it('refuses a bad or missing signature with 401', async () => {
    const q = new URLSearchParams({ signature: sha1Sorted('wrong', '1700000000', '123'), timestamp: '1700000000', nonce: '123', echostr: 'x' });
    const res = await fetch(`${run.base}${PATH}?${q}`);
    expect(res.status).toBe(401);
    const body = (await res.json()) as any;
    expect(body.error.code).toBe('bad_signature');
    expect(body.error.message).toMatch(/签名.*signature/);
    expect((await fetch(`${run.base}${PATH}?echostr=x`)).status).toBe(401);
  });
});

describe('POST /wechat/mp', () => {
  it('plain mode: a text message gets a passive text reply', async () => {
    const res = await post(run.base, PATH, mpPlain(textXml({ from: 'o-plain', content: QUESTION })));
    expect(res.status).toBe(200);
    expect(field(res.text, 'ToUserName')).toBe('o-plain');
    expect(field(res.text, 'FromUserName')).toBe('gh_test');
    expect(field(res.text, 'MsgType')).toBe('text');
    expect(field(res.text, 'Content')).toContain('230');
    expect(asked).toEqual([[QUESTION, { channel: 'oa', sessionId: 'oa:o-plain', owner: 'oa:o-plain' }]]);
    expect(run.app.store.history.list({ where: (r) => r.owner === 'oa:o-plain' })).toHaveLength(1);
  });

  it('safe mode: the reply is sealed for our appid and signed', async () => {
    const res = await post(run.base, PATH, mpSafe(textXml({ from: 'o-safe', content: QUESTION })));
    expect(res.status).toBe(200);
    expect(field(res.text, 'Content')).toBeUndefined();
    const opened = openReply(res.text);
    expect(opened.signatureOk).toBe(true);
    expect(opened.id).toBe(APPID);
    expect(field(opened.inner, 'ToUserName')).toBe('o-safe');
    expect(field(opened.inner, 'Content')).toContain('230');
  });

  it('a bad signature is refused with 401 and nothing is processed', async () => {
    const plain = mpPlain(textXml({ from: 'o-forged', content: QUESTION }), 'not-the-token');
    expect((await post(run.base, PATH, plain)).status).toBe(401);
    // Right outer signature, but the ciphertext's msg_signature was made with another token.
    const safe = mpSafe(textXml({ from: 'o-forged', content: QUESTION }));
    const forged = mpSafe(textXml({ from: 'o-forged', content: QUESTION }), { token: 'not-the-token' });
    const q = new URLSearchParams(safe.query);
    q.set('msg_signature', new URLSearchParams(forged.query).get('msg_signature')!);
    expect((await post(run.base, PATH, { query: q.toString(), body: safe.body })).status).toBe(401);
    await sleep(50);
    expect(asked).toEqual([]);
    expect(run.app.store.history.list({ where: (r) => r.owner === 'oa:o-forged' })).toHaveLength(0);
    expect(api.sent).toEqual([]);
  });

  it('a correctly signed message with a stale timestamp (a replay) is refused with 401 and not processed', async () => {
    const replay = mpPlain(textXml({ from: 'o-replay', content: QUESTION }), undefined, Date.now() - 3600_000);
    const res = await post(run.base, PATH, replay);
    expect(res.status).toBe(401);
    expect(res.text).toContain('stale_request');
    // A few seconds of clock difference is fine.
    expect((await post(run.base, PATH, mpPlain(textXml({ from: 'o-skew', content: QUESTION }), undefined, Date.now() + 20_000))).status).toBe(200);
    await sleep(50);
    expect(run.app.store.history.list({ where: (r) => r.owner === 'oa:o-replay' })).toHaveLength(0);
  });

  it('a message sealed for another appid is refused', async () => {
    const res = await post(run.base, PATH, mpSafe(textXml({ from: 'o-other', content: QUESTION }), { appId: 'wxSOMEONEELSE' }));
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text).error.code).toBe('bad_encrypt');
    expect(asked).toEqual([]);
  });

  it('malformed XML → 400, oversized body → 413', async () => {
    const bad = await post(run.base, PATH, mpPlain('<xml><Content>oops</xml>'));
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text).error).toMatchObject({ code: 'invalid_xml' });
    expect(JSON.parse(bad.text).error.message).toMatch(/XML.*malformed/);
    const big = await post(run.base, PATH, mpPlain(textXml({ from: 'o-big', content: '字'.repeat(30_000) })));
    expect(big.status).toBe(413);
    expect(asked).toEqual([]);
  });

  it('three retries of one MsgId are computed once and get the same reply', async () => {
    const msgId = nextMsgId();
    const replies = [];
    for (let i = 0; i < 3; i++) {
      const res = await post(run.base, PATH, mpSafe(textXml({ from: 'o-retry', content: QUESTION, msgId })));
      replies.push(field(openReply(res.text).inner, 'Content'));
    }
    expect(asked).toHaveLength(1);
    expect(new Set(replies).size).toBe(1);
    expect(replies[0]).toContain('230');
  });

  it('a slow answer: a short hint now, the answer once through the customer-service API', async () => {
    delayMs = 900;
    const msgId = nextMsgId();
    const xml = textXml({ from: 'o-slow', content: QUESTION, msgId });
    const first = await post(run.base, PATH, mpSafe(xml));
    expect(field(openReply(first.text).inner, 'Content')).toMatch(/正在查询/);
    // WeChat's retries while the answer is on its way: nothing more to say.
    const [r2, r3] = await Promise.all([post(run.base, PATH, mpSafe(xml)), post(run.base, PATH, mpSafe(xml))]);
    expect([r2.text, r3.text]).toEqual(['success', 'success']);
    await until(() => api.sent.length > 0);
    await sleep(300);
    expect(api.sent).toHaveLength(1);
    expect(api.sent[0]).toMatchObject({ path: '/cgi-bin/message/custom/send', body: { touser: 'o-slow', msgtype: 'text' } });
    expect(api.sent[0]!.accessToken).toMatch(/^TOKEN-/);
    expect(api.sent[0]!.body.text.content).toContain('230');
    expect(asked).toHaveLength(1);
    // A retry after delivery still does not send it again.
    expect((await post(run.base, PATH, mpSafe(xml))).text).toBe('success');
    await sleep(50);
    expect(api.sent).toHaveLength(1);
  });

  it('a new follower gets the welcome text; a picture gets a hint', async () => {
    const welcome = await post(run.base, PATH, mpPlain(eventXml('o-new', 'subscribe')));
    expect(field(welcome.text, 'Content')).toMatch(/^欢迎关注[\s\S]*· /);
    const pic = textXml({ from: 'o-new', content: '' }).replace('<![CDATA[text]]>', '<![CDATA[image]]>');
    expect(field((await post(run.base, PATH, mpPlain(pic))).text, 'Content')).toMatch(/文字/);
    const unsub = await post(run.base, PATH, mpPlain(eventXml('o-new', 'unsubscribe')));
    expect(unsub.text).toBe('success');
    expect(asked).toEqual([]);
  });
});

describe('the inbound gate, as every channel has it', () => {
  const reply = async (from: string, content: string) => {
    const res = await post(run.base, PATH, mpPlain(textXml({ from, content })));
    return res.text === 'success' ? null : field(res.text, 'Content');
  };

  it('refuses a listed word and a question over the length limit without asking', async () => {
    expect(await reply('o-gate', '哪里能办假证')).toBe('抱歉，您发送的内容不符合规范，无法作答。请修改后重新提问。');
    expect(await reply('o-gate', '问'.repeat(501))).toBe('问题太长了，请控制在500字以内。');
    expect(asked).toEqual([]);
  });

  it('offers the bot’s commands: 帮助, 目标, 任务 N, 反馈', async () => {
    const help = await reply('o-commands', '帮助');
    for (const c of ['目标', '任务 N', '人才政策', '反馈']) expect(help).toContain(c);
    expect(help).not.toContain('重载知识库');
    expect(await reply('o-commands', '目标')).toMatch(/目标分[一二三四五六七八九十]+个方面[\s\S]*\n来源：/);
    expect(await reply('o-commands', '任务 10')).toContain('第10项任务是“抓好核心技术攻关”');
    expect(await reply('o-commands', '反馈 第10项任务说得很清楚')).toContain('感谢反馈');
    expect(run.app.store.feedback.list({ limit: 1 })[0]).toMatchObject({ channel: 'oa', user: 'o-commands', sessionId: 'oa:o-commands', question: '第10项任务' });
    expect(asked.map(([q]) => q)).toEqual(['第10项任务']);
  });

  it('limits each user per minute (MP_RATE_LIMIT_PER_MIN, 10 by default): one notice, then silence', async () => {
    for (let i = 0; i < 10; i++) expect(await reply('o-flood', '帮助')).toContain('常用命令');
    expect(await reply('o-flood', '帮助')).toMatch(/^您提问太频繁了，请\d+秒后再试。$/);
    expect(await reply('o-flood', '帮助')).toBeNull();
    expect(await reply('o-calm', '帮助')).toContain('常用命令');
  });
});

describe('without MP_TOKEN', () => {
  it('has no /wechat/mp route', async () => {
    const plain = await startApp();
    try {
      const res = await fetch(`${plain.base}${PATH}?echostr=x`);
      expect(res.status).toBe(404);
    } finally {
      await plain.close();
    }
  });
});
