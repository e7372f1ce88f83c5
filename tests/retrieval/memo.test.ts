// The request path's bounded memo: remembers, forgets the oldest past its size, and stays O(1) per
// new entry however large it is (issue 19: the Map-order eviction it replaced cost O(size)).
import { describe, expect, it } from 'vitest';
import { Memo } from '../../src/retrieval/memo.ts';

describe('Memo', () => {
  it('computes a value once and keeps null as a value', () => {
    const m = new Memo<string, string | null>(10);
    let calls = 0;
    expect(m.get('a', () => (calls++, null))).toBeNull();
    expect(m.get('a', () => (calls++, 'other'))).toBeNull();
    expect(calls).toBe(1);
  });

  it('forgets the oldest entry past its size, in insertion order', () => {
    const m = new Memo<number, number>(3);
    for (const k of [1, 2, 3, 4, 5]) m.get(k, () => k * 10);
    expect(m.size).toBe(3);
    const made: number[] = [];
    for (const k of [1, 2, 3, 4, 5]) m.get(k, () => (made.push(k), k));
    // 1 and 2 were forgotten; asking for them again evicts 3 and 4 in turn, which are then made again.
    expect(made).toEqual([1, 2, 3, 4, 5]);
    expect(m.size).toBe(3);
  });

  it('skips deleted keys when evicting, and a re-added key is at worst forgotten early, never wrong', () => {
    const m = new Memo<string, number>(2);
    m.get('a', () => 1);
    m.delete('a');
    m.get('b', () => 2);
    m.get('a', () => 3);
    expect(m.get('a', () => 99)).toBe(3);
    m.get('c', () => 4);
    expect(m.size).toBe(2);
    expect(m.get('c', () => 99)).toBe(4);
  });

  it('stays bounded when entries are added and deleted again without ever filling it', () => {
    const m = new Memo<number, number>(8);
    for (let i = 0; i < 10_000; i++) {
      m.get(i, () => i);
      m.delete(i);
    }
    expect(m.size).toBe(0);
    // The key order is compacted too (it is what would grow).
    expect((m as unknown as { order: number[] }).order.length).toBeLessThanOrEqual(2 * 8 + 17);
    m.get(1, () => 1);
    expect(m.get(1, () => 2)).toBe(1);
  });

  it('costs about the same per new entry at 20,000 entries as at 100', () => {
    const perMiss = (max: number) => {
      const m = new Memo<string, number>(max);
      const keys = Array.from({ length: 80_000 }, (_, i) => `question ${i}`);
      for (let i = 0; i < 2 * max; i++) m.get(keys[i]!, () => i);
      const t = performance.now();
      for (let i = 2 * max; i < keys.length; i++) m.get(keys[i]!, () => i);
      return (performance.now() - t) / (keys.length - 2 * max);
    };
    perMiss(100);
    perMiss(20_000);
    // Measured back to back, so a busy machine slows both; the Map-order eviction it replaced was
    // over 20× apart here, the key array about 1×.
    const small = Math.min(perMiss(100), perMiss(100));
    const large = Math.min(perMiss(20_000), perMiss(20_000));
    expect(large / small).toBeLessThan(3);
  });
});
