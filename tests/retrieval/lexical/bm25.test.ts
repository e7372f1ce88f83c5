import { describe, expect, it } from 'vitest';
import { LexicalIndex } from '../../../src/retrieval/lexical/bm25.ts';

const docs = [
  ['企业', '融资', '贷款', '银行'],
  ['人才', '引才', '人才', '计划'],
  ['企业', '上市', '资本', '市场'],
  ['企业', '企业', '企业', '发展'],
];

describe('BM25 over typed arrays', () => {
  const idx = LexicalIndex.build(docs);

  it('ranks the document with the rare matching term first', () => {
    const hits = idx.search([{ term: '融资', weight: 1 }, { term: '企业', weight: 1 }]);
    expect(hits[0]!.doc).toBe(0);
    expect(hits.map((h) => h.doc)).toEqual(expect.arrayContaining([0, 2, 3]));
  });

  it('gives rare terms a higher idf and unknown terms the highest', () => {
    expect(idx.idf('融资')).toBeGreaterThan(idx.idf('企业'));
    expect(idx.idf('不存在')).toBeGreaterThan(idx.idf('融资'));
    expect(idx.df('企业')).toBe(3);
  });

  it('saturates term frequency and honours weights', () => {
    const one = idx.search([{ term: '人才', weight: 1 }])[0]!.score;
    const half = idx.search([{ term: '人才', weight: 0.5 }])[0]!.score;
    expect(half).toBeCloseTo(one / 2);
  });

  it('answers membership by binary search', () => {
    expect(idx.contains(2, '上市')).toBe(true);
    expect(idx.contains(1, '上市')).toBe(false);
  });

  it('boosts priority documents at equal relevance', () => {
    const tie = LexicalIndex.build([['法规', '融资'], ['方案', '融资']], [1, 1.15]);
    expect(tie.search([{ term: '融资', weight: 1 }])[0]!.doc).toBe(1);
  });

  it('stores postings compactly', () => {
    expect(idx.stats()).toEqual({ docs: 4, terms: 11, postings: 13 });
  });
});
