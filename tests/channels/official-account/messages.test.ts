import { pino } from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../../src/answer/pipeline.ts';
import { RateLimiter } from '../../../src/http/rate-limit.ts';
import { handleMessage, messageKey, type MessageDeps } from '../../../src/channels/official-account/messages.ts';
import { WX_TEXT_MAX_BYTES, wxText } from '../../../src/channels/presenters/official-account.ts';
import type { Answer } from '../../../src/knowledge/types.ts';
import { welcomeText } from '../../../src/channels/official-account/welcome.ts';
import { InboundGate, type ContentScreen } from '../../../src/channels/inbound.ts';
import { NOTICES } from '../../../src/channels/texts.ts';
import { starterQuestions } from '../../../src/answer/suggestions.ts';
import type { KnowledgeIndex } from '../../../src/retrieval/knowledge-index.ts';
import { shippedAnswerer } from '../../support/kb.ts';

let index: KnowledgeIndex;
let answerer: Answerer;
beforeAll(async () => {
  ({ index, answerer } = await shippedAnswerer());
});

/** The callbacks' gate (as callbacks.ts builds it, with test parts) around the 公众号's handler. */
function deps(over: { answerer?: Pick<Answerer, 'ask'>; limiter?: RateLimiter; screen?: ContentScreen } = {}): MessageDeps {
  const log = pino({ level: 'silent' });
  const gate = new InboundGate({
    answerer: over.answerer ?? answerer,
    maxQuestionChars: 500,
    screen: over.screen ?? (async () => null),
    limits: { asker: over.limiter ?? new RateLimiter(10) },
    log,
  });
  return { channel: 'oa', gate, index: () => index, log };
}
const text = (content: string, from = 'o-alice') => ({ FromUserName: from, ToUserName: 'gh', MsgType: 'text', Content: content, MsgId: '1' });

const answer = (body: string, sources: string[] = [], script?: 'traditional'): Answer => ({ body, sources, grounded: true, citations: [], mode: 'facts', ...(script ? { script } : {}) });

describe('wxText', () => {
  it('leaves short replies alone', () => {
    expect(wxText(answer('短答案', ['某文件']))).toBe('短答案\n来源：某文件');
  });

  it('trims to 2048 bytes on a character boundary and keeps the sources line whole', () => {
    const source = '《某方案》解读 · 重点任务 › 四是';
    const fitted = wxText(answer('规模以上工业企业'.repeat(200), [source]));
    expect(Buffer.byteLength(fitted)).toBeLessThanOrEqual(WX_TEXT_MAX_BYTES);
    expect(Buffer.byteLength(fitted)).toBeGreaterThan(WX_TEXT_MAX_BYTES - 8);
    expect(fitted.endsWith(`…\n来源：${source}`)).toBe(true);
    expect(fitted).not.toContain('\uFFFD');
    const traditional = wxText(answer('規模'.repeat(900), ['某文件'], 'traditional'));
    expect(traditional.endsWith('…\n來源：某文件')).toBe(true);
  });

  it('trims a reply without sources too', () => {
    const fitted = wxText(answer('字'.repeat(1000)));
    expect(Buffer.byteLength(fitted)).toBeLessThanOrEqual(WX_TEXT_MAX_BYTES);
    expect(fitted.endsWith('…')).toBe(true);
  });
});

describe('handleMessage', () => {
  it('answers a text question through the answer service with a per-user session', async () => {
    const seen: unknown[] = [];
    const spy = { ask: (q: string, o: object) => (seen.push([q, o]), answerer.ask(q, o)) } as Pick<Answerer, 'ask'>;
    const reply = await handleMessage(text('  高新技术企业的数量目标是多少？ '), deps({ answerer: spy }));
    expect(reply).toContain('230');
    expect(seen).toEqual([['高新技术企业的数量目标是多少？', { channel: 'oa', sessionId: 'oa:o-alice', owner: 'oa:o-alice' }]]);
  });

  it('welcomes a new follower with the starter questions the greeting offers, which the facts answer', async () => {
    const welcome = await handleMessage({ FromUserName: 'o-bob', MsgType: 'event', Event: 'subscribe' }, deps());
    expect(welcome).toMatch(/^欢迎关注/);
    expect(welcome).toContain('帮助');
    const examples = starterQuestions(index);
    expect(examples.length).toBeGreaterThan(0);
    expect((await answerer.ask('你好')).followUps).toEqual(examples);
    for (const q of examples) {
      expect(welcome).toContain(q);
      const a = await answerer.ask(q);
      expect(a.grounded, q).toBe(true);
    }
    expect(welcomeText(index)).toContain(index.facts[0]!.docTitle);
  });

  it('ignores other events and hints at text for other message types', async () => {
    expect(await handleMessage({ FromUserName: 'o', MsgType: 'event', Event: 'unsubscribe' }, deps())).toBeNull();
    expect(await handleMessage({ FromUserName: 'o', MsgType: 'image', PicUrl: 'http://x' }, deps())).toMatch(/文字/);
    expect(await handleMessage(text('   '), deps())).toMatch(/文字/);
    expect(await handleMessage({ FromUserName: 'o', MsgType: 'voice', Recognition: '高新技术企业的数量目标是多少' }, deps())).toContain('230');
  });

  it('refuses a question over the length limit without asking', async () => {
    let asked = 0;
    const spy = { ask: async () => (asked++, { body: '', sources: [], grounded: true, citations: [], mode: 'facts' as const }) };
    expect(await handleMessage(text('问'.repeat(501)), deps({ answerer: spy }))).toMatch(/500/);
    expect(asked).toBe(0);
  });

  it('rate-limits per user with one friendly notice, then silence', async () => {
    const d = deps({ limiter: new RateLimiter(2) });
    expect(await handleMessage(text('有哪些保障措施？'), d)).toBeTruthy();
    expect(await handleMessage(text('有哪些保障措施？'), d)).toBeTruthy();
    expect(await handleMessage(text('有哪些保障措施？'), d)).toMatch(/频繁.*\d+秒/);
    expect(await handleMessage(text('有哪些保障措施？'), d)).toBeNull();
    expect(await handleMessage(text('有哪些保障措施？', 'o-carol'), d)).toBeTruthy();
  });

  it('applies the content screen before answering', async () => {
    let asked = 0;
    const spy = { ask: async () => (asked++, { body: 'x', sources: [], grounded: true, citations: [], mode: 'facts' as const }) };
    const d = deps({ answerer: spy, screen: async (t) => (t.includes('坏词') ? 'word_list' : null) });
    expect(await handleMessage(text('这是坏词'), d)).toContain('内容不符合规范');
    expect(asked).toBe(0);
  });

  it('keys retries by MsgId, and events by sender and time', () => {
    expect(messageKey({ MsgId: '42', FromUserName: 'a' })).toBe(messageKey({ MsgId: '42', FromUserName: 'a', CreateTime: '9' }));
    expect(messageKey({ FromUserName: 'a', CreateTime: '1', Event: 'subscribe' })).not.toBe(messageKey({ FromUserName: 'a', CreateTime: '2', Event: 'subscribe' }));
  });
});

describe('a message of invisible characters only', () => {
  it('gets the hint to type a question, and nothing is asked', async () => {
    let asked = 0;
    const counting = { ask: async (...args: Parameters<Answerer['ask']>) => (asked++, answerer.ask(...args)) } as Pick<Answerer, 'ask'>;
    expect(await handleMessage(text('\u200B\u200C\u00AD\uFEFF'), deps({ answerer: counting }))).toBe(NOTICES.empty(false).say);
    expect(asked).toBe(0);
  });
});
