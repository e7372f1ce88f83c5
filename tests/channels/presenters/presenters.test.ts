// Answers are data ({body, sources, followUps?}); each channel's presenter lays them out: the HTTP
// JSON with its 来源 line and one citation shape, WeChat bubbles with the sources last, the 公众号's
// XML reply within WeChat's byte limit.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChatModel } from '../../../src/answer/llm/chat-model.ts';
import { Answerer } from '../../../src/answer/pipeline.ts';
import { factsAnswerer } from '../../../src/answer/facts/answerer.ts';
import { parseWxXml } from '../../../src/channels/official-account/xml.ts';
import { toResponse } from '../../../src/channels/presenters/http.ts';
import { textReplyXml, WX_TEXT_MAX_BYTES, wxText } from '../../../src/channels/presenters/official-account.ts';
import { replyOf, splitReply } from '../../../src/channels/presenters/wechat.ts';
import type { Answer } from '../../../src/knowledge/types.ts';
import type { KnowledgeIndex } from '../../../src/retrieval/knowledge-index.ts';
import { shippedAnswerer } from '../../support/kb.ts';

let index: KnowledgeIndex;
let answerer: Answerer;
beforeAll(async () => {
  ({ index, answerer } = await shippedAnswerer());
});

/** A model that quotes the first passage it is given, citing it as [1]. */
const quoting: ChatModel = {
  id: 'fake-quoting',
  complete: async () => '推行重大科技项目“揭榜挂帅”制度。[1]',
  async *stream() {
    yield '推行重大科技项目“揭榜挂帅”制度。[1]';
  },
};

describe('HTTP JSON', () => {
  it('writes the sources as the answer’s last line and gives every mode’s citations one shape', async () => {
    const llm = new Answerer({ index: () => index, facts: factsAnswerer, llm: { model: quoting, prompts: () => ({ system: '', answer: '{{passages}} {{question}}', rewrite: '' }), timeoutMs: 5000 } });
    const answers: Answer[] = [
      await answerer.ask('高新技术企业的数量目标是多少?'), // facts of the plan
      await answerer.ask('卡脖子难题怎么解决'), // extractive
      await llm.ask('卡脖子难题怎么解决'), // llm
      await answerer.ask('今天天气怎么样'), // refusal
    ];
    expect(answers.map((a) => a.mode)).toEqual(['facts', 'extractive', 'llm', 'refusal']);
    for (const a of answers) {
      const json = toResponse(a);
      expect(Object.keys(json)).toEqual(['answer', 'grounded', 'citations', 'mode']);
      expect(json.answer).toBe(a.sources.length ? `${a.body}\n来源：${a.sources.join('；')}` : a.body);
      for (const c of json.citations) {
        const keys = ['text', 'source', ...(c.section !== undefined ? ['section'] : []), ...(c.score !== undefined ? ['score'] : [])];
        expect(Object.keys(c), a.mode).toEqual(keys);
        expect(typeof c.text).toBe('string');
        expect(typeof c.source).toBe('string');
      }
    }
    // Grounded modes name their sources; the model's keep its passage numbers.
    expect(answers[0]!.sources).toHaveLength(1);
    expect(answers[2]!.sources[0]).toMatch(/^\[1\]《/);
    expect(answers[3]!.sources).toEqual([]);
  });

  it('writes 來源 and the questions to try in the asker’s script', async () => {
    const a = await answerer.ask('高新技術企業的數量目標是多少？');
    expect(toResponse(a).answer).toMatch(/\n來源：《盤錦市/);
    const hello = await answerer.ask('你好');
    expect(hello.followUps!.length).toBeGreaterThan(0);
    expect(toResponse(hello).answer).toBe(`${hello.body}\n可以这样问：${hello.followUps!.map((q) => `“${q}”`).join('、')}`);
  });
});

describe('WeChat bubbles', () => {
  it('carry the body, then the source line on the last part', async () => {
    const a = await answerer.ask('卡脖子难题怎么解决');
    const reply = replyOf(a, 'simplified');
    expect(reply).toEqual({ body: a.body, sources: `来源：${a.sources[0]}` });
    expect(splitReply(reply)).toEqual([`${a.body}\n来源：${a.sources[0]}`]);
  });

  it('keep the questions to try in the body', async () => {
    const hello = await answerer.ask('你好');
    expect(replyOf(hello, 'simplified').body).toContain(`“${hello.followUps![0]}”`);
  });
});

describe('公众号 XML', () => {
  it('sends the answer as a text reply within the byte limit, the source line whole', () => {
    const long: Answer = { body: '规模以上工业企业'.repeat(200), sources: ['《某方案》 · 重点任务'], grounded: true, citations: [], mode: 'extractive' };
    const xml = textReplyXml('o-user', 'gh_account', wxText(long), 1_700_000_000_000);
    const fields = parseWxXml(xml);
    expect(fields).toMatchObject({ ToUserName: 'o-user', FromUserName: 'gh_account', MsgType: 'text', CreateTime: '1700000000' });
    expect(Buffer.byteLength(fields.Content!)).toBeLessThanOrEqual(WX_TEXT_MAX_BYTES);
    expect(fields.Content!.endsWith('…\n来源：《某方案》 · 重点任务')).toBe(true);
  });
});
