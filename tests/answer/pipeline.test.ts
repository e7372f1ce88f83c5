import { beforeAll, describe, expect, it } from 'vitest';
import { scriptOf } from '../../src/answer/script.ts';
import type { Answerer } from '../../src/answer/pipeline.ts';
import { isFollowUp, MemorySessions } from '../../src/answer/conversation/session.ts';
import { shippedAnswerer } from '../support/kb.ts';
import { plainText } from '../../src/answer/plain-text.ts';

let answerer: Answerer;
beforeAll(async () => {
  ({ answerer } = await shippedAnswerer());
});

describe('extractive answers', () => {
  it('leads with the sentence that holds the fact, not the whole passage', async () => {
    const a = await answerer.ask('卡脖子难题怎么解决');
    expect(a.grounded).toBe(true);
    expect(a.body.startsWith('推行重大科技项目“揭榜挂帅”制度')).toBe(true);
    expect(a.body.length).toBeLessThanOrEqual(300);
    // The source is data; the plain text (the HTTP API's `answer`) ends with it as its 来源 line.
    expect(a.sources).toHaveLength(1);
    expect(a.sources[0]).toMatch(/^《盘锦市工业增长三年行动专项方案》解读 · 重点任务 › 四是/);
    expect(plainText(a)).toBe(`${a.body}\n来源：${a.sources[0]}`);
  });

  it('cites the passage it answered from first', async () => {
    const a = await answerer.ask('政府怎么帮企业上市?');
    expect(a.citations[0]!.text).toContain('加快推进企业上市工作');
  });

  it('mirrors the asker’s script', async () => {
    const a = await answerer.ask('政府怎麼幫企業上市?');
    expect(plainText(a)).toContain('資本市場');
    expect(a.citations[0]!.text).toContain('資本市場');
  });

  it('frames an answer to an English question in English', async () => {
    const a = await answerer.ask('What talent programs does the plan mention?');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toMatch(/^The document \(in Chinese\) says: /);
    expect(plainText(a)).toContain('兴辽英才计划');
  });

  it('reads a speaker named in pinyin, surname first (Wang Guojun → 王国君)', async () => {
    const a = await answerer.ask('Which agency is Wang Guojun from?');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('营商局');
  });

  it('refuses in English to an English question', async () => {
    const a = await answerer.ask('Where can I buy a cheap car?');
    expect(a.grounded).toBe(false);
    expect(plainText(a)).toMatch(/^Sorry/);
  });
});

describe('script detection', () => {
  it.each([
    ['高新技術企業目標是多少', 'traditional'],
    ['高新技术企业目标是多少', 'simplified'],
    ['What is the target?', 'english'],
    ['R&D目标', 'simplified'],
  ])('%s → %s', (q, s) => expect(scriptOf(q)).toBe(s));
});

describe('sessions', () => {
  it('recognises follow-ups', () => {
    expect(isFollowUp('其中第二项具体怎么做?')).toBe(true);
    expect(isFollowUp('那融资呢')).toBe(true);
    expect(isFollowUp('高新技术企业目标是多少')).toBe(false);
    // (A demonstrative heading the question's own description points at what it describes, not back.)
    expect(isFollowUp('管金融发展的那个局，上去念稿子的是哪位？')).toBe(false);
    expect(isFollowUp('那个怎么申请？')).toBe(true);
    expect(isFollowUp('你说的那个补贴怎么申请？')).toBe(true);
    expect(isFollowUp('刚提到的这些措施由哪个部门负责？')).toBe(true);
  });

  it('uses the previous turn for a follow-up', async () => {
    await answerer.ask('有哪些引才计划?', { sessionId: 'f1' });
    const a = await answerer.ask('这些计划具体怎么实施?', { sessionId: 'f1' });
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('英才');
  });

  it('forgets the oldest sessions past capacity and expires idle ones', () => {
    let now = 0;
    const s = new MemorySessions(2, 1000, () => now);
    s.set('a', { updatedAt: 0 });
    s.set('b', { updatedAt: 0 });
    s.set('c', { updatedAt: 0 });
    expect(s.get('a')).toBeUndefined();
    expect(s.size).toBe(2);
    now = 5000;
    expect(s.get('b')).toBeUndefined();
  });
});
