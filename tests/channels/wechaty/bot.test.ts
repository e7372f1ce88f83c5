// The bot on a real Wechaty with wechaty-puppet-mock: contacts and rooms made by the mocker talk to
// it, and what it says comes back through the puppet's own message events.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WechatyBuilder, log as wechatyLog, types } from 'wechaty';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import type { App } from '../../../src/main.ts';
import { createWechatBot, type WechatBot } from '../../../src/channels/wechaty/bot.ts';
import { LONG_SENTENCES, makeApp, numbered, scriptedAsk, waitFor } from './support.ts';

wechatyLog.level('silent');

type Contact = ReturnType<mock.Mocker['createContact']>;
type Room = ReturnType<mock.Mocker['createRoom']>;

let app: App;
let mocker: mock.Mocker;
let puppet: PuppetMock;
let bot: WechatBot;
let self: Contact;
let room: Room;
/** Everything the bot said, in order: conversation id and text. */
const said: { to: string; text: string }[] = [];

const saidTo = (id: string) => said.filter((s) => s.to === id).map((s) => s.text);

let n = 0;
function person(name = `用户${++n}`, id?: string): Contact {
  return mocker.createContact({ name, ...(id ? { id } : {}) });
}

/** Sends a private message and waits until the bot has said `count` things back. */
async function ask(from: Contact, text: string, count = 1): Promise<string[]> {
  const before = saidTo(from.id).length;
  from.say(text).to(self);
  await waitFor(() => saidTo(from.id).length >= before + count);
  return saidTo(from.id).slice(before);
}

beforeAll(async () => {
  app = await makeApp({ ADMIN_WXIDS: 'wxid_admin, wxid_other', BOT_KEYWORD: '小盘', BOT_RATE_PER_MIN: '3' });
  mocker = new mock.Mocker();
  puppet = new PuppetMock({ mocker });
  bot = createWechatBot(app, {
    bot: { create: () => WechatyBuilder.build({ puppet }) },
    // A notice delay well above any real answer's time, so only the scripted slow one gets a notice.
    handler: { ask: scriptedAsk(app, 1500), partGapMs: 0, noticeAfterMs: 1000 },
  });
  await bot.start();
  self = mocker.createContact({ name: 'bot' });
  mocker.login(self);
  await waitFor(() => bot.status().loggedIn);
  puppet.on('message', ({ messageId }) => {
    const p = mocker.messagePayload(messageId);
    if (p.talkerId === self.id) said.push({ to: (p.roomId ?? p.listenerId)!, text: p.text ?? '' });
  });
});

afterAll(async () => {
  await bot.stop();
  await app.store.flush();
});

describe('WeChat bot on wechaty-puppet-mock', () => {
  it('reports its login for /healthz', () => {
    expect(bot.status()).toEqual({ puppet: 'wechaty-puppet-mock', loggedIn: true, user: { id: self.id, name: 'bot' } });
  });

  it('answers a private question with the answer and its sources', async () => {
    const [reply] = await ask(person(), '高新技术企业的数量目标是多少？');
    expect(reply).toContain('高新技术企业数量达到230家以上');
    expect(reply).toMatch(/来源：《盘锦市工业增长三年行动专项方案》解读/);
  });

  it('answers in a group only when @-mentioned or called by keyword, @-mentioning the asker', async () => {
    const asker = person('王经理');
    room = mocker.createRoom({ topic: '企业服务群', memberIdList: [self.id, asker.id] });
    asker.say('高新技术企业的目标是多少').to(room);
    asker.say('@bot 高新技术企业的目标是多少', [self]).to(room);
    await waitFor(() => saidTo(room.id).length >= 1);
    asker.say('小盘 任务 10').to(room);
    await waitFor(() => saidTo(room.id).length >= 2);
    await new Promise((r) => setTimeout(r, 100));
    const replies = saidTo(room.id);
    // The unaddressed question got nothing; the two addressed ones one reply each.
    expect(replies).toHaveLength(2);
    expect(replies[0]).toMatch(/^@王经理\s/);
    expect(replies[0]).toContain('230家');
    expect(replies[1]).toContain('第10项任务是“抓好核心技术攻关”');
  });

  it('sends help, and 任务 10 from the plan facts', async () => {
    const p = person();
    const [help] = await ask(p, '帮助');
    expect(help).toContain('任务 N');
    expect(help).toContain('反馈 内容');
    const [task] = await ask(p, '任务 10');
    expect(task).toContain('第10项任务是“抓好核心技术攻关”，属于第四方面');
    expect(task).toMatch(/来源：/);
  });

  it('lets an admin from ADMIN_WXIDS reload the knowledge base and refuses anyone else', async () => {
    const before = app.live.index.version;
    const [denied] = await ask(person('路人甲'), '重载知识库');
    expect(denied).toContain('仅限管理员');
    expect(app.live.index.version).toBe(before);
    const [done] = await ask(person('管理员', 'wxid_admin'), '重载知识库');
    expect(done).toContain(`知识库已重载：版本 ${before + 1}，文件 1 份`);
    expect(app.live.index.version).toBe(before + 1);
    const audit = app.store.audit.list({ limit: 2 });
    expect(audit[0]).toMatchObject({ action: 'reload', who: 'wechat:wxid_admin', result: 'ok' });
    expect(audit[1]).toMatchObject({ action: 'reload', result: 'rejected' });
  });

  it('splits a long reply into numbered parts, sent in order, sources on the last', async () => {
    const p = person();
    await ask(p, '长答案', 3);
    await waitFor(() => saidTo(p.id).some((t) => t.includes('来源：')));
    const parts = saidTo(p.id);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    parts.forEach((p, i) => {
      expect(p.length).toBeLessThanOrEqual(500);
      expect(p.startsWith(`(${i + 1}/${parts.length}) `)).toBe(true);
    });
    expect(parts[parts.length - 1]).toMatch(/来源：测试文件 · 第一节$/);
    const body = parts.map((p) => p.replace(/^\(\d+\/\d+\) /, '').replace(/\n来源：.*$/, '')).join('');
    expect(body).toBe(numbered(LONG_SENTENCES));
  });

  it('tells a contact over the per-minute limit once, then stays quiet', async () => {
    const p = person();
    for (let i = 0; i < 3; i++) await ask(p, '帮助');
    const [notice] = await ask(p, '帮助');
    expect(notice).toMatch(/您提问太频繁了，请\d+秒后再试/);
    p.say('帮助').to(self);
    await new Promise((r) => setTimeout(r, 200));
    expect(saidTo(p.id)).toHaveLength(4);
  });

  it('refuses a listed word (the word list every channel applies) without answering', async () => {
    const p = person();
    const [reply] = await ask(p, '哪里能办假证？');
    expect(reply).toBe('抱歉，您发送的内容不符合规范，无法作答。请修改后重新提问。');
  });

  it('answers a traditional question in traditional characters', async () => {
    const [reply] = await ask(person(), '高新技術企業的數量目標是多少？');
    expect(reply).toContain('高新技術企業數量達到230家以上');
    expect(reply).toContain('來源');
    expect(reply).not.toContain('数量');
  });

  it('says "正在查询" before a slow answer', async () => {
    const replies = await ask(person(), '慢高新技术企业的目标是多少', 2);
    expect(replies[0]).toContain('正在查询');
    expect(replies[1]).toContain('230家');
  });

  it('survives a failing answer: apologises and answers the next question', async () => {
    const p = person();
    const [sorry] = await ask(p, '出错了');
    expect(sorry).toContain('抱歉，处理您的问题时出错了');
    expect(bot.status().loggedIn).toBe(true);
    const [next] = await ask(p, '高新技术企业的目标是多少');
    expect(next).toContain('230家');
  });

  it('ignores official accounts, stale and repeated messages, and answers non-text with a hint', async () => {
    const official = mocker.createContact({ name: '某公众号', type: types.Contact.Official });
    official.say('目标').to(self);
    const p = person();
    // A message from before start-up (replayed history at login) and the same message id twice.
    const old = mocker.MessageMock.create({ id: 'old-1', talkerId: p.id, listenerId: self.id, text: '目标', timestamp: Date.now() - 3600_000, type: types.Message.Text });
    puppet.emit('message', { messageId: old.id });
    const [reply] = await ask(p, '帮助');
    expect(reply).toContain('任务 N');
    const dup = mocker.MessageMock.create({ id: 'dup-1', talkerId: p.id, listenerId: self.id, text: '任务 1', timestamp: Date.now(), type: types.Message.Text });
    puppet.emit('message', { messageId: dup.id });
    puppet.emit('message', { messageId: dup.id });
    const pic = mocker.MessageMock.create({ id: 'pic-1', talkerId: p.id, listenerId: self.id, timestamp: Date.now(), type: types.Message.Image });
    puppet.emit('message', { messageId: pic.id });
    await waitFor(() => saidTo(p.id).length >= 3);
    await new Promise((r) => setTimeout(r, 150));
    const all = saidTo(p.id);
    expect(all).toHaveLength(3);
    expect(all[1]).toContain('第1项任务');
    expect(all[2]).toContain('只能回答文字');
    expect(saidTo(official.id)).toHaveLength(0);
  });
});

describe('bot lifecycle', () => {
  it('shows the login QR code, restarts after a logout, and stop cleans up', async () => {
    const m = new mock.Mocker();
    const pm = new PuppetMock({ mocker: m });
    const shown: string[] = [];
    const b = createWechatBot(app, {
      bot: { create: () => WechatyBuilder.build({ puppet: pm }), backoff: { initialMs: 20, maxMs: 100 }, showQr: (qr) => shown.push(qr) },
      handler: { partGapMs: 0 },
    });
    try {
      await b.start();
      await waitFor(() => pm.state.active() === true);
      m.scan('https://login.weixin.qq.com/l/test-qr');
      await waitFor(() => shown.length === 1);
      expect(shown[0]).toBe('https://login.weixin.qq.com/l/test-qr');
      const me = m.createContact({ name: 'bot2' });
      m.login(me);
      await waitFor(() => b.status().loggedIn);
      const first = b.current;
      await pm.logout('test logout');
      await waitFor(() => !b.status().loggedIn);
      expect(b.restartPending).toBe(true);
      // A fresh Wechaty on the same puppet, logged in again.
      await waitFor(() => b.current !== null && b.current !== first);
      await waitFor(() => b.current!.puppet.state.active() === true);
      m.login(me);
      await waitFor(() => b.status().loggedIn);
      expect(b.status().user).toEqual({ id: me.id, name: 'bot2' });
    } finally {
      await b.stop();
    }
    expect(b.status()).toEqual({ puppet: 'wechaty-puppet-mock', loggedIn: false, user: expect.anything() });
    expect(b.current).toBeNull();
    expect(b.restartPending).toBe(false);
    expect(pm.state.active()).toBe(false);
  });
});
