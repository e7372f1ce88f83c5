import { beforeAll, describe, expect, it } from 'vitest';
import { weighEvidence } from '../../src/answer/gate.ts';
import { onlyInSituation, situationClauses } from '../../src/answer/situation.ts';
import type { KnowledgeIndex } from '../../src/retrieval/knowledge-index.ts';
import { shippedAnswerer } from '../support/kb.ts';

describe('the asker situation', () => {
  it('is the clauses that state, when another clause asks', () => {
    expect(situationClauses('我们厂去年从外地搬过来，员工不多，方案对企业融资有什么支持？')).toEqual(['我们厂去年从外地搬过来', '员工不多']);
    expect(situationClauses('这份方案分成哪几部分？我想先有个整体印象。')).toEqual(['我想先有个整体印象']);
  });

  it('reads a clause closed by 不 after what may be done as asking (`还能申请…不`)', () => {
    expect(situationClauses('我今年57岁，女的，还能申请创业担保贷款不')).toEqual(['我今年57岁', '女的']);
    expect(situationClauses('我们厂规模不大，这个补贴能申请不')).toEqual(['我们厂规模不大']);
  });

  it('is nothing when no clause asks, or when the only clause asks', () => {
    expect(situationClauses('烦请告知本次发布会所解读文件的完整标题。')).toEqual([]);
    expect(situationClauses('企业上市有什么奖励')).toEqual([]);
  });

  it('never takes a condition for a situation: the answer must meet it', () => {
    expect(situationClauses('博士后进站的话，每个月能领多少补贴？')).toEqual([]);
    expect(situationClauses('要是企业搬迁了，还能享受吗？')).toEqual([]);
  });

  it('reads 好几, 十几 and 几十 as numbers the asker gives, not as asking', () => {
    expect(situationClauses('听说方案目标分好几块，规模总量那块是怎么写的？')).toEqual(['听说方案目标分好几块']);
  });

  it('reads 什么的 closing a list as "and so on", not as asking', () => {
    expect(situationClauses('外地都写年均增长7%、8%什么的，咱这份写的是几个点？')).toEqual(['外地都写年均增长7%、8%什么的']);
    // …but a clause that asks what something is for still asks.
    expect(situationClauses('这个基金是干什么的？')).toEqual([]);
  });

  it('asks in A-not-A form too', () => {
    expect(situationClauses('我刚毕业，能不能申请')).toEqual(['我刚毕业']);
  });

  it('knows a word told only in the situation from one the ask repeats', () => {
    const q = '我们厂在外地，外地企业能申请吗？';
    const s = situationClauses(q);
    expect(onlyInSituation(q, s, '厂')).toBe(true);
    expect(onlyInSituation(q, s, '外地')).toBe(false);
  });
});

describe('the gate with a situation told', () => {
  let index: KnowledgeIndex;
  beforeAll(async () => {
    ({ index } = await shippedAnswerer());
  });
  const grounded = (q: string) => {
    const parsed = index.parse(q);
    return weighEvidence(index, parsed, index.search(parsed, 8)).grounded;
  };

  it('does not let the asker story outweigh what is asked', () => {
    expect(grounded('我们厂去年刚从外地搬过来，员工不多，老板让我问问，方案对企业融资有什么支持？')).toBe(true);
  });

  it('still refuses a subject the documents lack when the asking clause names it', () => {
    expect(grounded('我们厂去年刚从外地搬过来，方案对员工宿舍和食堂有什么补贴？')).toBe(false);
  });
});
