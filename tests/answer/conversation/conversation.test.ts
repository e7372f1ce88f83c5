// Conversations stay on their document: each follow-up shape, on documents of different issuers
// (the project's own eval documents: a city government's 实施意见 and 行动方案, a district's 若干措施,
// a city bureau's 答记者问), against a knowledge base holding all of them and the plan.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../../src/answer/pipeline.ts';
import { answererWith } from '../../support/kb.ts';
import { ROOT } from '../../support/seed.ts';
import { plainText } from '../../../src/answer/plain-text.ts';

let answerer: Answerer;
let n = 0;

beforeAll(async () => {
  ({ answerer } = await answererWith(path.join(ROOT, 'eval/knowledge')));
});

/** Asks the turns in one session; returns the last answer. */
async function chat(...turns: string[]) {
  const sessionId = `conversation-${++n}`;
  let last;
  for (const q of turns) last = await answerer.ask(q, { sessionId });
  return last!;
}

const SUBSIDY_DOC = '望澜区促进制造业数字化转型若干措施';
const CHARGING_DOC = '充电基础设施建设三年行动方案';
const TALENT_DOC = '区域人才高地的实施意见';
const ELDERLY_DOC = '银发经济';

describe('follow-ups by shape, each on two documents of different issuers', () => {
  it('a bare follow-up (能补多少？) is asked of the subject and document before it', async () => {
    const a = await chat('望澜区促进制造业数字化转型若干措施里，哪些企业可以申请数字化诊断补贴？', '能补多少？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('5万元');
    expect(a.citations[0]!.source).toContain(SUBSIDY_DOC);
    const b = await chat('青岚市银发经济实施方案对社区老年助餐点怎么补贴？', '建设补助能拿多少？');
    expect(b.grounded).toBe(true);
    expect(b.citations[0]!.source).toContain(ELDERLY_DOC);
  });

  it('a bare owner question (谁牵头？) takes the item in focus', async () => {
    const a = await chat('澄川人才高地实施意见里，给外籍高层次人才办居留许可是怎么规定的？', '谁牵头？');
    expect(plainText(a)).toContain('公安局');
    expect(a.citations[0]!.source).toContain(TALENT_DOC);
    const b = await chat('澄川充电基础设施行动方案对居住社区充电设施建设有什么要求？', '谁负责？什么时候完成？');
    expect(plainText(b)).toContain('住房城乡建设局');
    expect(plainText(b)).toContain('2027年12月底前');
  });

  it('a definite reference (这个办法, 它) stays on the document in focus', async () => {
    const a = await chat('澄川市望澜区促进制造业数字化转型若干措施是哪个单位印发的？', '这个办法什么时候施行？');
    expect(plainText(a)).toContain('2024年8月1日');
    const b = await chat('澄川人才高地实施意见的文号是多少？', '它什么时候开始施行？');
    expect(plainText(b)).toContain('2024年5月1日');
  });

  it('an ordinal is read against the document in focus, never the first plan loaded', async () => {
    const a = await chat('望澜区数字化转型若干措施第二条讲的是什么？', '第三条呢？');
    expect(plainText(a)).toContain('智能化');
    expect(a.citations[0]!.source).toContain(SUBSIDY_DOC);
    const b = await chat('澄川建设区域人才高地的实施意见第5项讲的是什么？', '第6项呢？');
    expect(plainText(b)).toContain('金融');
    expect(b.citations[0]!.source).toContain(TALENT_DOC);
  });

  it('那X呢 asks the same of another topic or year in the same document', async () => {
    const a = await chat('澄川充电基础设施三年行动方案提出到2025年全市充电桩要达到多少个？', '那2027年呢？');
    expect(plainText(a)).toContain('12万个');
    const b = await chat('青岚银发经济实施方案提出到2025年银发经济规模要达到多少？', '那2027年呢？');
    expect(b.grounded).toBe(true);
    expect(plainText(b)).toContain('2027');
    expect(b.citations[0]!.source).toContain(ELDERLY_DOC);
  });

  it('回到前面那个… returns to an earlier document after a detour', async () => {
    const a = await chat(
      '青岚市银发经济实施方案对社区老年助餐点怎么补贴？',
      '澄川人才高地实施意见对新引进的博士有什么生活补贴？',
      '回到前面那个方案，特殊困难老年人家庭做适老化改造每户补多少？',
    );
    expect(plainText(a)).toContain('5000元');
    const b = await chat(
      '澄川充电基础设施行动方案里公共充电站的建设补贴标准是多少？',
      '望澜区数字化转型措施对企业上云怎么补？',
      '再说回刚才那个充电方案，车网互动示范站要建几座？',
    );
    expect(plainText(b)).toContain('10座');
  });

  it('asks which document when several fit equally, and a short reply resolves it', async () => {
    // Only the 若干措施 numbers articles: 第三条 is its own, whatever else is loaded.
    const only = await chat('第三条讲的是什么？');
    expect(only.citations[0]!.source).toContain(SUBSIDY_DOC);
    // 第六项: the 实施意见, the 行动方案 and the plan all have one — asked, never the first plan silently.
    const sessionId = `conversation-${++n}`;
    const which = await answerer.ask('第六项讲的是什么？', { sessionId });
    expect(which.grounded).toBe(false);
    expect(plainText(which)).toContain('哪一份');
    expect(plainText(which)).toContain(TALENT_DOC);
    const picked = await answerer.ask('人才高地那个', { sessionId });
    expect(plainText(picked)).toContain('金融');
    expect(picked.citations[0]!.source).toContain(TALENT_DOC);
    const again = await answerer.ask('第六项讲的是什么？', { sessionId: `conversation-${++n}` });
    const second = await answerer.ask('第二个', { sessionId: `conversation-${n}` });
    expect(again.grounded).toBe(false);
    expect(second.grounded).toBe(true);
  });

  it('keeps a refusal honest inside a conversation', async () => {
    const a = await chat('望澜区数字化转型若干措施对智能工厂奖励多少？', '申报材料交到哪个窗口？电话多少？');
    expect(a.grounded).toBe(false);
    const b = await chat('澄川充电基础设施行动方案对新建公共充电站补贴多少？', '那电动自行车充电棚呢，补多少？');
    expect(b.grounded).toBe(false);
  });

  it('a new topic after an answer is not glued to the last subject (明天的天气 after 融资难)', async () => {
    const a = await chat('企业融资难怎么办', '明天的天气怎么样');
    expect(a.grounded).toBe(false);
    const b = await chat('望澜区数字化转型若干措施对智能工厂奖励多少？', '澄川今年的房价怎么样');
    expect(b.grounded).toBe(false);
    // …while a bare follow-up with nothing of its own still takes it (能补多少).
    const c = await chat('望澜区促进制造业数字化转型若干措施里，哪些企业可以申请数字化诊断补贴？', '能补多少？');
    expect(plainText(c)).toContain('5万元');
  });
});
