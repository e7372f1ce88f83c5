// GET /api/history: a signed-in user's own questions and answers, newest first; nobody else's.
// In open mode, one anonymous session's records (by sessionId), never another channel's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type Running } from '../../support/app.ts';
import { ask, expectBilingual, FakeWeChat, history, login, startLogged, wechatEnv, type LoggedRun } from './helpers.ts';

let fake: FakeWeChat;
let run: LoggedRun;

beforeAll(async () => {
  fake = await new FakeWeChat().start();
  run = await startLogged(wechatEnv(fake));
});
afterAll(async () => {
  await run?.close();
  await fake?.close();
});

describe('signed in', () => {
  it('lists the caller’s questions newest first, and another user sees none of them', async () => {
    const alice = (await login(run.base, 'code-alice')).body.token;
    const bob = (await login(run.base, 'code-bob')).body.token;
    await ask(run.base, '卡脖子难题怎么解决', alice);
    await ask(run.base, '高新技术企业的数量目标是多少?', alice);
    await ask(run.base, '盘锦有哪些好吃的餐馆?', bob);

    const mine = await history(run.base, '', alice);
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((i: any) => i.question)).toEqual(['高新技术企业的数量目标是多少?', '卡脖子难题怎么解决']);
    const [newest] = mine.body.items;
    expect(Object.keys(newest).sort()).toEqual(['answer', 'at', 'grounded', 'mode', 'question']);
    expect(newest.grounded).toBe(true);
    expect(newest.answer).toMatch(/230/);

    const theirs = await history(run.base, '', bob);
    expect(theirs.body.items).toHaveLength(1);
    expect(theirs.text).not.toContain('卡脖子');
    expect(theirs.text).not.toContain('高新技术企业的数量');

    // A sessionId in the query does not reach into someone else's records.
    const sneaky = await history(run.base, '?sessionId=openid-alice', bob);
    expect(sneaky.body.items).toHaveLength(1);
  });

  it('a user with no questions gets an empty list', async () => {
    const carol = (await login(run.base, 'code-carol')).body.token;
    expect((await history(run.base, '', carol)).body).toEqual({ items: [] });
  });

  it('honours limit and rejects a bad one', async () => {
    const alice = (await login(run.base, 'code-alice')).body.token;
    const one = await history(run.base, '?limit=1', alice);
    expect(one.body.items).toHaveLength(1);
    for (const bad of ['0', '-1', 'abc', '1000']) {
      const r = await history(run.base, `?limit=${bad}`, alice);
      expect(r.status).toBe(400);
      expectBilingual(r.body, 'invalid_limit');
    }
  });
});

describe('open mode', () => {
  let open: Running;
  beforeAll(async () => {
    open = await startApp();
  });
  afterAll(async () => {
    await open?.close();
  });

  it('needs a sessionId and returns only that session', async () => {
    await ask(open.base, '卡脖子难题怎么解决', undefined, { sessionId: 'anon-a' });
    await ask(open.base, '高新技术企业的数量目标是多少?', undefined, { sessionId: 'anon-b' });
    const missing = await history(open.base, '');
    expect(missing.status).toBe(400);
    expectBilingual(missing.body, 'invalid_session');
    const a = await history(open.base, '?sessionId=anon-a');
    expect(a.body.items.map((i: any) => i.question)).toEqual(['卡脖子难题怎么解决']);
    expect((await history(open.base, '?sessionId=anon-c')).body.items).toEqual([]);
  });

  it('does not show another channel’s records under the same id', async () => {
    open.app.store.history.add({ at: new Date().toISOString(), owner: 'wxid_someone', question: '私聊问题', answer: '…', grounded: false, mode: 'refusal', channel: 'wechat' });
    expect((await history(open.base, '?sessionId=wxid_someone')).body.items).toEqual([]);
  });
});
