import { describe, expect, it } from 'vitest';
import { LexicalIndex, sortDistinct, type QueryTerm } from '../../../src/retrieval/lexical/bm25.ts';
import { random } from '../../support/tiny-model.ts';

// search() skips documents that cannot place (MaxScore); searchExhaustive() scores every posting.
// They must agree exactly — the same documents, the same scores to the last bit, the same order —
// or answers would change. A corpus shaped like the real one: a few very common words, a long tail,
// a priority boost on some documents, repeated documents (equal scores, so the tie order shows).
function corpus(seed: number, docs: number, vocab: number) {
  const rnd = random(seed);
  // Zipf-like: word r drawn with probability ~ 1/(r+1).
  const weights = Array.from({ length: vocab }, (_, r) => 1 / (r + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const cdf: number[] = [];
  weights.reduce((acc, w, i) => (cdf[i] = acc + w / total), 0);
  const word = () => {
    const x = rnd();
    let lo = 0;
    let hi = vocab - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return `w${lo}`;
  };
  const texts: string[][] = [];
  for (let d = 0; d < docs; d++) {
    if (d > 0 && rnd() < 0.05) texts.push([...texts[Math.floor(rnd() * d)]!]);
    else texts.push(Array.from({ length: 3 + Math.floor(rnd() * 120) }, word));
  }
  const boost = texts.map(() => (rnd() < 0.1 ? 1.3 : rnd() < 0.02 ? 0.5 : 1));
  return { index: LexicalIndex.build(texts, boost), word, rnd };
}

describe('pruned BM25 search (MaxScore)', () => {
  it('returns exactly what the exhaustive search returns, over many queries', () => {
    let compared = 0;
    let nonEmpty = 0;
    for (const seed of [1, 2, 3]) {
      const { index, word, rnd } = corpus(seed, 3000, 2000);
      for (let q = 0; q < 400; q++) {
        const n = 1 + Math.floor(rnd() * (q % 10 === 0 ? 30 : 6));
        const terms: QueryTerm[] = [];
        for (let i = 0; i < n; i++) {
          // Mostly words of the corpus; now and then one it lacks, a zero weight, an alias weight, a repeat.
          const t = rnd() < 0.05 ? `absent${i}` : rnd() < 0.05 && terms.length ? terms[0]!.term : word();
          const weight = rnd() < 0.05 ? 0 : rnd() < 0.3 ? 0.5 : 1;
          terms.push({ term: t, weight });
        }
        const limit = [1, 3, 8, 10, 40, 60, 500][q % 7]!;
        const pruned = index.search(terms, limit);
        const exhaustive = index.searchExhaustive(terms, limit);
        expect(pruned).toEqual(exhaustive);
        // Bit for bit, not just close: the scores feed the ranking and its ties.
        pruned.forEach((h, i) => expect(Object.is(h.score, exhaustive[i]!.score)).toBe(true));
        compared++;
        if (pruned.length) nonEmpty++;
      }
    }
    expect(compared).toBe(1200);
    expect(nonEmpty).toBeGreaterThan(1000);
  });

  it('keeps the earlier of two documents with equal scores', () => {
    const index = LexicalIndex.build([['a', 'b'], ['c'], ['a', 'b'], ['a', 'b'], ['b', 'd']]);
    const terms = [{ term: 'a', weight: 1 }, { term: 'b', weight: 1 }];
    expect(index.search(terms, 2).map((h) => h.doc)).toEqual([0, 2]);
    expect(index.search(terms, 2)).toEqual(index.searchExhaustive(terms, 2));
  });

  it('is what a scoped search finds when the scope is every document', () => {
    const { index, word } = corpus(7, 500, 300);
    for (let q = 0; q < 50; q++) {
      const terms = [word(), word(), word()].map((term) => ({ term, weight: 1 }));
      expect(index.search(terms, 40)).toEqual(index.search(terms, 40, [{ from: 0, to: index.size }]));
    }
  });

  it('puts the documents in the running in order as a comparison sort does (sortDistinct)', () => {
    const rnd = random(15);
    for (const docs of [1, 31, 32, 33, 64, 1000, 41960]) {
      const bits = new Uint32Array((docs + 31) >>> 5);
      for (const n of [0, 1, 2, 255, 256, 257, 1000, 5000, docs]) {
        if (n > docs) continue;
        for (let trial = 0; trial < 5; trial++) {
          // n distinct ids of 0..docs-1 in random order (the last ids and bit 31 of a word included).
          const all = Uint32Array.from({ length: docs }, (_, i) => i);
          for (let i = docs - 1; i > 0; i--) {
            const j = Math.floor(rnd() * (i + 1));
            [all[i], all[j]] = [all[j]!, all[i]!];
          }
          const picked = all.slice(0, n);
          const buffer = new Uint32Array(n + 3).fill(7);
          buffer.set(picked);
          sortDistinct(buffer, n, bits);
          expect([...buffer.subarray(0, n)]).toEqual([...picked.slice().sort()]);
          expect([...buffer.subarray(n)]).toEqual([7, 7, 7]);
          expect(bits.every((w) => w === 0)).toBe(true);
        }
      }
    }
  });
});

