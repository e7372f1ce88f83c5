import { describe, expect, it } from 'vitest';
import { foldSpace, foldWidth, isTraditional, joinWrappedWords, normalizeDocument, normalizeQuery, stripGlosses, toSimplified } from '../../src/text/normalize.ts';
import { SEED_RAW } from '../support/seed.ts';

describe('pinyin glosses', () => {
  it('joins words a PDF wrapped inside prose (战略新 兴, 第 1 7 条), not a title or a header row', () => {
    expect(joinWrappedWords('第 1 7 条 支持战略新 兴产业， 设立引导 资金。')).toBe('第17条 支持战略新兴产业，设立引导资金。');
    expect(joinWrappedWords('中共柳河县委 柳河县人民政府')).toBe('中共柳河县委 柳河县人民政府');
    expect(joinWrappedWords('序号 工作事项 牵头单位')).toBe('序号 工作事项 牵头单位');
  });

  it('folds small form variants (1﹒, ﹙一﹚, ﹐) as a legal database exports them', () => {
    expect(foldWidth('1﹒推进外网建设﹐加快改造﹙一﹚')).toBe('1.推进外网建设，加快改造(一)');
  });

  it('removes every gloss of the shipped plan and keeps its characters', () => {
    const r = stripGlosses(SEED_RAW);
    expect(r.glossesRemoved).toBe(619);
    expect(r.text).toContain('實施');
    expect(r.text).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/u);
  });

  it('strips a gloss inside nested parentheses', () => {
    expect(stripGlosses('新聞發(fā)布會(huì)(第二場(chǎng))召開').text).toBe('新聞發布會(第二場)召開');
  });

  it('reports characters lost with their opening parenthesis, with positions, and removes the stray pinyin', () => {
    const r = stripGlosses(SEED_RAW);
    expect(r.anomalies).toHaveLength(2);
    expect(r.anomalies.map((a) => a.fragment)).toEqual(['?lián)', '?dāng)']);
    for (const a of r.anomalies) {
      expect(SEED_RAW.slice(a.position, a.position + a.fragment.length)).toBe(a.fragment);
      expect(a.line).toBe(29);
    }
    expect(r.text).toContain('體現新□□、彰顯');
    expect(r.text).not.toMatch(/lián|dāng\)/);
  });

  it('leaves parenthesised text that is not pinyin alone', () => {
    expect(stripGlosses('方案(2023-2025年)').text).toBe('方案(2023-2025年)');
    expect(stripGlosses('方案(draft)與(policy)').text).toBe('方案(draft)與(policy)');
  });
});

describe('script and width', () => {
  it('turns the plan into simplified text', () => {
    const { text } = normalizeDocument(SEED_RAW);
    expect(text).toContain('盘锦市工业增长三年行动专项方案');
    expect(text).toContain('创新能力显著提升');
    expect(text).not.toContain('盤錦');
  });

  it('folds full-width letters and digits, and ASCII punctuation inside Chinese', () => {
    expect(foldWidth('ＧＤＰ增长５％')).toBe('GDP增长5%');
    expect(foldWidth('3月30日,市政府')).toBe('3月30日，市政府');
    expect(foldWidth('1,000家')).toBe('1,000家');
    expect(foldWidth('（一）总体要求')).toBe('(一)总体要求');
  });

  it('folds white space without merging lines', () => {
    expect(foldSpace(' a\u3000 b \r\n\r\n  c ')).toBe('a\u3000 b\nc'.replace('\u3000 ', ' '));
  });

  it('gives a traditional question the same form as the documents', () => {
    expect(normalizeQuery('高新技術企業目標是多少?')).toBe(normalizeQuery('高新技术企业目标是多少?'));
    expect(toSimplified('發展')).toBe('发展');
  });

  it('tells traditional from simplified writing', () => {
    expect(isTraditional('高新技術企業目標是多少?')).toBe(true);
    expect(isTraditional('高新技术企业目标是多少?')).toBe(false);
    expect(isTraditional('What is the target?')).toBe(false);
  });
});
