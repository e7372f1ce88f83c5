// The message handler as a plain function, the reply splitter and the command parser, without wechaty.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/main.ts';
import { ReloadRejected } from '../../../src/retrieval/live.ts';
import { parseCommand } from '../../../src/channels/commands/registry.ts';
import { createMessageHandler, type HandlerDeps, type Incoming, type MessageHandler } from '../../../src/channels/wechaty/handler.ts';
import { replyOf, splitReply } from '../../../src/channels/presenters/wechat.ts';
import { LONG_SENTENCES, makeApp, numbered, scriptedAsk } from './support.ts';

let app: App;
beforeAll(async () => {
  app = await makeApp();
});
afterAll(async () => {
  await app.store.flush();
});

const T0 = Date.now();
let seq = 0;

function msg(text: string, over: Partial<Incoming> = {}): Incoming {
  seq++;
  return { id: `m${seq}`, type: 'text', text, at: T0 + seq, self: false, talker: { id: 'wxid_u', name: '张三' }, ...over };
}

function handler(over: Partial<HandlerDeps> = {}): MessageHandler {
  return createMessageHandler({
    ask: scriptedAsk(app),
    index: () => app.live.index,
    reload: (who) => app.reloader.reload(who),
    store: app.store,
    log: app.log,
    startedAt: T0,
    ...over,
  });
}

/** Runs one message and returns what the bot said, with the @mention flag. */
async function run(h: MessageHandler, m: Incoming) {
  const said: { text: string; mention: boolean }[] = [];
  const outcome = await h.handle(m, async (text, { mention }) => {
    said.push({ text, mention });
  });
  return { outcome, said, texts: said.map((s) => s.text) };
}

describe('message handler', () => {
  it('answers a private question with the cited answer of the answer service', async () => {
    const r = await run(handler(), msg('高新技术企业的数量目标是多少？'));
    expect(r.outcome).toBe('answered');
    expect(r.texts).toHaveLength(1);
    expect(r.texts[0]).toContain('230家');
    expect(r.texts[0]).toMatch(/\n来源：.*《盘锦市工业增长三年行动专项方案》解读/);
    expect(r.said[0]!.mention).toBe(false);
  });

  it('keeps one session per contact, so a follow-up refers to the previous answer', async () => {
    const h = handler();
    const talker = { id: 'wxid_follow', name: '李四' };
    const first = await run(h, msg('重点任务有哪些', { talker }));
    expect(first.texts[0]).toContain('21项任务');
    const follow = await run(h, msg('其中第二项具体怎么做', { talker }));
    expect(follow.outcome).toBe('answered');
    expect(follow.texts[0]).toContain('第2项任务');
  });

  it('in a group answers only when @-mentioned or addressed by keyword, and @-mentions the asker', async () => {
    const h = handler({ keyword: '小盘' });
    const room = { id: 'r1@chatroom' };
    expect((await run(h, msg('高新技术企业的目标是多少', { room }))).said).toHaveLength(0);
    const mentioned = await run(h, msg('@助手 高新技术企业的目标是多少', { room, mentionSelf: true, mentionText: '高新技术企业的目标是多少' }));
    expect(mentioned.outcome).toBe('answered');
    expect(mentioned.said[0]).toMatchObject({ mention: true });
    expect(mentioned.texts[0]).toContain('230家');
    const keyword = await run(h, msg('小盘，帮助', { room }));
    expect(keyword.outcome).toBe('command');
    expect(keyword.texts[0]).toContain('任务 N');
    expect(keyword.texts[0]).toContain('“小盘”');
  });

  it('ignores its own messages, official accounts, stale messages and repeated message ids', async () => {
    const h = handler();
    expect((await run(h, msg('目标', { self: true }))).outcome).toBe('self');
    expect((await run(h, msg('目标', { talker: { id: 'gh_1', name: '公众号', official: true } }))).outcome).toBe('official');
    expect((await run(h, msg('目标', { at: T0 - 60_000 }))).outcome).toBe('stale');
    const m = msg('目标');
    expect((await run(h, m)).outcome).toBe('command');
    const again = await run(h, m);
    expect(again.outcome).toBe('duplicate');
    expect(again.said).toHaveLength(0);
  });

  it('answers a non-text message in private with a hint, and ignores it in a group', async () => {
    const h = handler();
    const priv = await run(h, msg('', { type: 'other' }));
    expect(priv.outcome).toBe('hint');
    expect(priv.texts[0]).toContain('文字');
    expect((await run(h, msg('', { type: 'other', room: { id: 'r2@chatroom' } }))).said).toHaveLength(0);
  });

  it('limits questions per contact and per group, saying so once per window', async () => {
    let now = T0 + 100_000;
    const h = handler({ ratePerMin: 2, groupRatePerMin: 3, now: () => now, startedAt: T0 });
    const talker = { id: 'wxid_fast', name: '快' };
    const outcomes = [];
    const texts: string[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await run(h, msg('帮助', { talker, at: now }));
      outcomes.push(r.outcome);
      texts.push(...r.texts);
    }
    expect(outcomes).toEqual(['command', 'command', 'limited', 'limited']);
    expect(texts.filter((t) => t.includes('太频繁'))).toHaveLength(1);
    now += 60_000;
    expect((await run(h, msg('帮助', { talker, at: now }))).outcome).toBe('command');

    const room = { id: 'busy@chatroom' };
    const group = [];
    for (let i = 0; i < 4; i++) {
      const r = await run(h, msg('帮助', { room, mentionSelf: true, mentionText: '帮助', talker: { id: `wxid_g${i}`, name: `g${i}` }, at: now }));
      group.push(r.outcome, ...r.texts.filter((t) => t.includes('本群提问较多')));
    }
    expect(group.filter((x) => x === 'command')).toHaveLength(3);
    expect(group.filter((x) => typeof x === 'string' && x.includes('本群'))).toHaveLength(1);
  });

  it('applies the content screen and the length limit every channel applies, without asking', async () => {
    let asked = 0;
    const h = handler({ screen: app.screen, maxQuestionChars: 20, ask: async (q, o) => (asked++, app.answerer.ask(q, o)) });
    const screened = await run(h, msg('请问哪里可以办假证'));
    expect(screened.outcome).toBe('screened');
    expect(screened.texts).toEqual(['抱歉，您发送的内容不符合规范，无法作答。请修改后重新提问。']);
    const trad = await run(h, msg('請問哪裡可以辦假證'));
    expect(trad.texts[0]).toContain('內容不符合規範');
    const long = await run(h, msg('高新技术企业'.repeat(5)));
    expect(long.outcome).toBe('hint');
    expect(long.texts).toEqual(['问题太长了，请控制在20字以内。']);
    expect(asked).toBe(0);
    expect((await run(h, msg('高新技术企业的目标是多少'))).outcome).toBe('answered');
    expect(asked).toBe(1);
  });

  it('says "正在查询" first when the answer takes longer than the notice delay', async () => {
    const r = await run(handler({ noticeAfterMs: 50 }), msg('慢高新技术企业的目标是多少'));
    expect(r.texts).toHaveLength(2);
    expect(r.texts[0]).toContain('正在查询');
    expect(r.texts[1]).toContain('230家');
    const quick = await run(handler({ noticeAfterMs: 2000 }), msg('慢高新技术企业的目标是多少'));
    expect(quick.texts).toHaveLength(1);
  });

  it('turns a failure into an apology and keeps handling the next message', async () => {
    const h = handler();
    const bad = await run(h, msg('出错了吗'));
    expect(bad.outcome).toBe('error');
    expect(bad.texts[0]).toContain('出错');
    const next = await run(h, msg('高新技术企业的目标是多少'));
    expect(next.outcome).toBe('answered');
  });

  it('answers commands: help, 任务 N in range and out of it, traditional commands in traditional', async () => {
    const h = handler();
    const help = await run(h, msg('help'));
    for (const c of ['帮助', '目标', '任务 N', '人才政策', '融资政策', '反馈']) expect(help.texts[0]).toContain(c);
    expect(help.texts[0]).not.toContain('重载知识库');
    const task = await run(h, msg('任务 10'));
    expect(task.texts[0]).toContain('第10项任务是“抓好核心技术攻关”');
    expect(task.texts[0]).toMatch(/来源：/);
    const tooFar = await run(h, msg('任务99'));
    expect(tooFar.texts[0]).toContain('没有第99项任务');
    expect(tooFar.texts[0]).toContain('任务 21');
    const trad = await run(h, msg('任務 十'));
    expect(trad.texts[0]).toContain('第10項任務');
    const talent = await run(h, msg('人才政策'));
    expect(talent.texts[0]).toContain('人才引育方面');
    const finance = await run(h, msg('融资政策'));
    expect(finance.texts[0]).toContain('金融服务方面');
  });

  it('stores 反馈 as wechat feedback tied to the last answer', async () => {
    const h = handler();
    const talker = { id: 'wxid_fb', name: '王五' };
    await run(h, msg('高新技术企业的目标是多少', { talker }));
    const r = await run(h, msg('反馈：回答很清楚，电话13812345678', { talker }));
    expect(r.texts[0]).toContain('感谢反馈');
    const rec = app.store.feedback.list({ limit: 1 })[0]!;
    expect(rec).toMatchObject({ channel: 'wechat', user: 'wxid_fb', sessionId: 'wechat:wxid_fb', rating: 'down' });
    expect(rec.question).toContain('高新技术企业');
    expect(rec.comment).toContain('回答很清楚');
    expect(rec.comment).not.toContain('13812345678');
    expect((await run(h, msg('反馈', { talker }))).texts[0]).toContain('请在“反馈”后');
  });

  it('lets admins named in ADMIN_NAMES reload, and audits both outcomes', async () => {
    const h = handler({ admins: { ids: [], names: ['管理员'] } });
    const denied = await run(h, msg('重载知识库', { talker: { id: 'wxid_x', name: '路人' } }));
    expect(denied.texts[0]).toContain('仅限管理员');
    expect(app.store.audit.list({ limit: 1 })[0]).toMatchObject({ action: 'reload', who: 'wechat:wxid_x', result: 'rejected' });
    const before = app.live.index.version;
    const ok = await run(h, msg('重載知識庫', { talker: { id: 'wxid_admin2', name: '管理员' } }));
    expect(ok.texts[0]).toMatch(new RegExp(`版本 ${before + 1}`));
    expect(ok.texts[0]).toContain('警告 0 條');
    expect(app.store.audit.list({ limit: 1 })[0]).toMatchObject({ action: 'reload', result: 'ok', detail: { version: before + 1 } });
  });

  it('tells the admin when a reload is rejected or fails, and that the old knowledge base still serves', async () => {
    const admins = { ids: ['wxid_boss'], names: [] };
    const talker = { id: 'wxid_boss', name: '局长' };
    const rejected = handler({ admins, reload: async () => ({ ok: false, rejected: new ReloadRejected('dev set answers dropped') }) });
    const r1 = await run(rejected, msg('重载知识库', { talker }));
    expect(r1.texts[0]).toBe('新知识库未通过检查（dev set answers dropped），仍在使用原知识库。');
    const failed = handler({ admins, reload: async () => ({ ok: false, error: 'disk gone' }) });
    const r2 = await run(failed, msg('重载知识库', { talker }));
    expect(r2.texts[0]).toBe('重载出错（disk gone），仍在使用原知识库。');
  });
});

describe('reply splitting', () => {
  it('keeps a short reply whole, unnumbered, with its sources', () => {
    expect(splitReply({ body: '答案。', sources: '来源：某文件' })).toEqual(['答案。\n来源：某文件']);
  });

  it('splits at sentence ends into numbered parts of at most 500 characters, sources last', () => {
    const parts = splitReply({ body: numbered(LONG_SENTENCES), sources: '来源：测试文件 · 第一节' });
    expect(parts.length).toBeGreaterThan(1);
    parts.forEach((p, i) => {
      expect(p.length).toBeLessThanOrEqual(500);
      expect(p.startsWith(`(${i + 1}/${parts.length}) `)).toBe(true);
      // Every part ends where a sentence ends.
      expect(p.split('\n')[0]).toMatch(/。$/);
    });
    expect(parts.filter((p) => p.includes('来源：'))).toHaveLength(1);
    expect(parts[parts.length - 1]).toMatch(/来源：测试文件 · 第一节$/);
    const joined = parts.map((p) => p.replace(/^\(\d+\/\d+\) /, '').replace(/\n来源：.*$/, '')).join('');
    expect(joined).toBe(numbered(LONG_SENTENCES));
  });

  it('cuts a sentence longer than a part', () => {
    const parts = splitReply({ body: '很'.repeat(1200) + '。' }, 500);
    expect(parts).toHaveLength(3);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(500);
  });

  it('names the first citation when an answer has no sources of its own', () => {
    const r = replyOf(
      { body: '答案。', sources: [], grounded: true, mode: 'facts', citations: [{ text: 'x', source: '《某方案》', section: '总体目标' }, { text: 'y', source: '《某方案》', section: '总体目标' }] },
      'traditional',
    );
    expect(r).toEqual({ body: '答案。', sources: '來源：《某方案》 · 總體目標' });
  });
});

describe('command parsing', () => {
  it('recognises commands in either script and full-width forms, and nothing else', () => {
    expect(parseCommand('帮助')).toEqual({ kind: 'help' });
    expect(parseCommand('HELP')).toEqual({ kind: 'help' });
    expect(parseCommand('目標')).toEqual({ kind: 'targets' });
    expect(parseCommand('任务　１０')).toEqual({ kind: 'task', n: 10 });
    expect(parseCommand('任务二十一')).toEqual({ kind: 'task', n: 21 });
    expect(parseCommand('任务')).toEqual({ kind: 'task', n: null });
    expect(parseCommand('融資政策')).toEqual({ kind: 'policy', text: '融資政策' });
    expect(parseCommand('反饋 數字不對')).toEqual({ kind: 'feedback', content: '數字不對' });
    expect(parseCommand('重载知识库')).toEqual({ kind: 'reload' });
    expect(parseCommand('任务有哪些')).toBeNull();
    expect(parseCommand('目标是多少')).toBeNull();
  });
});
