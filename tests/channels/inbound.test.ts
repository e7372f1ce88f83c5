// The inbound gate every channel calls: limits first (hints count), then what cannot be asked,
// the content screen, the commands, and the question asked in the asker's conversation — with the
// owner and session ids in one scheme for every channel.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AskOptions } from '../../src/answer/pipeline.ts';
import { askOptions, ownedBy, ownerOf, sessionOf, type Asker } from '../../src/channels/asker.ts';
import { InboundGate, type GateOptions, type InboundMessage } from '../../src/channels/inbound.ts';
import { NOTICES } from '../../src/channels/texts.ts';
import { RateLimiter } from '../../src/http/rate-limit.ts';
import type { Answer } from '../../src/knowledge/types.ts';
import type { KnowledgeIndex } from '../../src/retrieval/knowledge-index.ts';
import { openStore, type Store } from '../../src/store/open.ts';
import { shippedAnswerer } from '../support/kb.ts';

let index: KnowledgeIndex;
let store: Store;
beforeAll(async () => {
  ({ index } = await shippedAnswerer());
  store = await openStore(mkdtempSync(path.join(os.tmpdir(), 'gate-')));
});

const log = pino({ level: 'silent' });

/** A gate whose answer service records what it is asked. */
function gate(over: Partial<GateOptions> = {}) {
  const asked: [string, AskOptions][] = [];
  const answer: Answer = { body: '答案。', sources: ['《某方案》 · 总体目标'], grounded: true, citations: [], mode: 'extractive' };
  const g = new InboundGate({
    answerer: { ask: async (q, o = {}) => (asked.push([q, o]), answer) },
    maxQuestionChars: 10,
    screen: async (text) => (text.includes('办假证') ? 'word_list' : null),
    log,
    ...over,
  });
  return { g, asked };
}

const msg = (text: string | null, asker: Asker = { channel: 'oa', id: 'o-1' }): InboundMessage => ({ asker, text });

describe('ids in one scheme', () => {
  it('names every asker `<channel>:<id>`, and a group conversation `<channel>:<room>:<id>`', () => {
    expect(askOptions({ channel: 'wechat', id: 'wxid_a' })).toEqual({ channel: 'wechat', sessionId: 'wechat:wxid_a', owner: 'wechat:wxid_a' });
    expect(askOptions({ channel: 'wechat', id: 'wxid_a', room: 'r1' })).toEqual({ channel: 'wechat', sessionId: 'wechat:r1:wxid_a', owner: 'wechat:wxid_a' });
    for (const channel of ['oa', 'wecom', 'mp', 'http'] as const) {
      expect(ownerOf({ channel, id: 'x' })).toBe(`${channel}:x`);
      expect(sessionOf({ channel, id: 'x' })).toBe(`${channel}:x`);
    }
    // An anonymous client without a sessionId has no conversation and keeps no history.
    expect(askOptions({ channel: 'http' })).toEqual({ channel: 'http' });
  });

  it('keeps an anonymous client’s sessionId out of another channel’s conversation', () => {
    expect(sessionOf({ channel: 'http', id: 'wechat:wxid_a' })).not.toBe(sessionOf({ channel: 'wechat', id: 'wxid_a' }));
  });

  it('finds an asker’s records, including those kept under the bare id before, never another channel’s', () => {
    const mine = ownedBy({ channel: 'mp', id: 'openid-1' });
    expect(mine({ owner: 'mp:openid-1', channel: 'mp' })).toBe(true);
    expect(mine({ owner: 'openid-1', channel: 'mp' })).toBe(true);
    expect(mine({ owner: 'openid-1', channel: 'http' })).toBe(false);
    expect(mine({ owner: 'mp:openid-2', channel: 'mp' })).toBe(false);
    expect(ownedBy({ channel: 'http' })({ owner: 'http:x', channel: 'http' })).toBe(false);
  });
});

describe('the gate', () => {
  it('asks the question, cleaned, in the asker’s conversation', async () => {
    const { g, asked } = gate();
    const out = await g.take(msg('\u200B 目标是多少？ '));
    expect(out).toMatchObject({ kind: 'answer', by: 'answerer', question: '目标是多少？' });
    expect(asked).toEqual([['目标是多少？', { channel: 'oa', sessionId: 'oa:o-1', owner: 'oa:o-1' }]]);
  });

  it('refuses what cannot be asked with one notice each: not text, empty, too long — nothing asked', async () => {
    const { g, asked } = gate();
    expect(await g.take(msg(null))).toEqual({ kind: 'refused', notice: NOTICES.notText() });
    expect(await g.take(msg(' \u200B\uFEFF '))).toEqual({ kind: 'refused', notice: NOTICES.empty(false) });
    expect(await g.take(msg('', { channel: 'wechat', id: 'u', room: 'r' }))).toEqual({ kind: 'refused', notice: NOTICES.empty(true) });
    const long = await g.take(msg('问'.repeat(11)));
    expect(long).toEqual({ kind: 'refused', notice: NOTICES.tooLong(10) });
    // The same notice is the HTTP API's 400 and the chat channels' bubble.
    expect(NOTICES.tooLong(10)).toMatchObject({ status: 400, code: 'question_too_long', zh: '问题不能超过 10 个字', say: '问题太长了，请控制在10字以内。' });
    expect(asked).toEqual([]);
  });

  it('says it in the asker’s script', async () => {
    const { g } = gate();
    const out = await g.take(msg('這個問題實在是太長太長了'));
    expect(out).toMatchObject({ kind: 'refused', notice: { code: 'question_too_long', say: '問題太長了，請控制在10字以內。' } });
  });

  it('answers screened text with the content refusal, in the asker’s script, without asking', async () => {
    const { g, asked } = gate();
    const out = await g.take(msg('哪里能办假证'));
    expect(out).toMatchObject({ kind: 'answer', by: 'screen', answer: { mode: 'refusal', grounded: false, sources: [] } });
    expect(out.kind === 'answer' && out.answer.body).toContain('内容不符合规范');
    expect(asked).toEqual([]);
  });

  it('limits each asker, and each group on top, before anything else; the first refusal in a window is marked', async () => {
    let now = 0;
    const { g, asked } = gate({ limits: { asker: new RateLimiter(2, 60_000, () => now), group: new RateLimiter(3, 60_000, () => now) } });
    const alice: Asker = { channel: 'wechat', id: 'alice' };
    // A picture counts like a question: a flood of them is a flood too.
    expect((await g.take(msg(null, alice))).kind).toBe('refused');
    expect((await g.take(msg('问题一', alice))).kind).toBe('answer');
    const third = await g.take(msg('问题二', alice));
    expect(third).toMatchObject({ kind: 'limited', first: true, notice: { code: 'rate_limited', status: 429, say: expect.stringMatching(/^您提问太频繁了，请\d+秒后再试。$/) } });
    expect(await g.take(msg('问题三', alice))).toMatchObject({ kind: 'limited', first: false });
    expect(asked).toHaveLength(1);
    // In a group, three members spend the group's allowance; the fourth is refused for the group.
    const inRoom = (id: string): Asker => ({ channel: 'wechat', id, room: 'r1' });
    for (const id of ['b', 'c', 'd']) expect((await g.take(msg('问题', inRoom(id)))).kind).toBe('answer');
    expect(await g.take(msg('问题', inRoom('e')))).toMatchObject({ kind: 'limited', notice: { say: expect.stringMatching(/^本群提问较多/) } });
    now += 60_000;
    expect((await g.take(msg('问题四', alice))).kind).toBe('answer');
  });

  it('runs the chat commands only where they are offered, and they answer as data', async () => {
    const plain = gate();
    expect(await plain.g.take(msg('帮助'))).toMatchObject({ kind: 'answer', by: 'answerer' });
    const chat = gate({ commands: { index: () => index, reload: async () => ({ ok: false, error: 'not here' }), store, log } });
    const help = await chat.g.take(msg('帮助'));
    expect(help).toMatchObject({ kind: 'answer', by: 'command', answer: { mode: 'command', sources: [] } });
    for (const c of ['目标', '任务 N', '人才政策', '反馈']) expect(help.kind === 'answer' && help.answer.body).toContain(c);
    const targets = await chat.g.take(msg('目标'));
    expect(targets).toMatchObject({ kind: 'answer', by: 'command', answer: { mode: 'facts', grounded: true } });
    expect(targets.kind === 'answer' && targets.answer.sources[0]).toMatch(/总体目标/);
    expect(chat.asked).toEqual([]);
  });
});
