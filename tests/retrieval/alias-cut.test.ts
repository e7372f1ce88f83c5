// An alias table's word is found in a question only as the question says it: not made of the tail of one of
// its words and the head of the next (`到期` of 到/期末 in `到期末`), where the tokenizer weighed the word and
// cut otherwise. A word its dictionary never had (`公租房`) is found however the cut fell around it.
import { describe, expect, it } from 'vitest';
import { matchAliases, parseAliases, wordSpans } from '../../src/retrieval/aliases.ts';
import { answererOver } from '../support/docs.ts';

const aliases = parseAliases(JSON.stringify({ groups: [['规上', '规模以上']], everyday: [['到期', '期满', '届满'], ['公租房', '公共租赁住房']] }));
const inDictionary = (w: string) => w === '到期';

describe('alias words and the cut of the question', () => {
  it('are not found across a cut that weighed them', () => {
    const q = '到期末发展到什么程度';
    const cut = wordSpans(q, ['到', '期末', '发展', '到', '什么', '程度'], inDictionary)!;
    expect(matchAliases(q, aliases, cut)).toEqual([]);
    // (Without the cut, as before: found.)
    expect(matchAliases(q, aliases).map((m) => m.found)).toEqual(['到期']);
  });

  it('are found as one of the words, inside one, or over whole ones', () => {
    const q = '合同到期了';
    expect(matchAliases(q, aliases, wordSpans(q, ['合同', '到期', '了'], inDictionary)).map((m) => m.found)).toEqual(['到期']);
    const inside = '规上企业';
    expect(matchAliases(inside, aliases, wordSpans(inside, ['规上企业'], inDictionary)).map((m) => m.found)).toEqual(['规上']);
  });

  it('are found across the cut where the dictionary never had them', () => {
    const q = '公租房租金多少';
    expect(matchAliases(q, aliases, wordSpans(q, ['公', '租房', '租金', '多少'], inDictionary)).map((m) => m.found)).toEqual(['公租房']);
  });

  it('read a pair of directions the tagger cut whole as grammar (`线下` of 线/下去)', async () => {
    const files = { '养老保险转移办法.txt': '养老保险转移办法\n第一条 参保人可到社保经办窗口现场办理转移。\n', 'aliases.json': JSON.stringify({ groups: [['线下', '现场', '窗口']] }) };
    const { index } = await answererOver(files);
    expect(index.aliasesIn('养老保险转移线下去哪里办').map((m) => m.found)).toContain('线下');
  });

  it('leave no cut when the words do not spell the question', () => {
    expect(wordSpans('到期末', ['到', '期'], inDictionary)).toBeUndefined();
  });
});

describe('the end of a plan period asked in words', () => {
  const TITLE = '某市数字经济发展行动方案（2024—2026年）';
  const TEXT = `${TITLE}\n一、主要目标\n到2026年末，全市数字经济核心产业增加值达到300亿元，建成5G基站1万个。\n二、重点任务\n（一）推进产业数字化。支持企业建设智能工厂，对认定的市级智能工厂给予50万元奖励。\n`;

  it('places what is asked (`到期末` is 到2026年末): no word asked about, and the question no longer reads 到期', async () => {
    const { index, answerer } = await answererOver({ [`${TITLE}.txt`]: TEXT });
    const parsed = index.parse('数字经济核心产业增加值到期末要做到多大规模？');
    const concepts = parsed.concepts.map((c) => c.text);
    expect(concepts).not.toContain('到期');
    expect(concepts).not.toContain('期末');
    // (It ranks toward the year, as the plan says it.)
    expect(parsed.terms.map((t) => t.term)).toContain('2026');
    const a = await answerer.ask('数字经济核心产业增加值到期末要做到多大规模？');
    expect(a.grounded).toBe(true);
    expect(a.citations[0]!.text).toContain('300亿元');
  });

  it('is left a word asked about where no loaded plan runs over a period (a notice of a 年度 award is no plan)', async () => {
    const { index } = await answererOver({ '关于开展2023-2024年度优秀企业评选的通知.txt': '关于开展2023-2024年度优秀企业评选的通知\n一、申报截至2024年底。\n' });
    expect(index.parse('期末还能申报吗').concepts.map((c) => c.text)).toContain('期末');
  });
});
