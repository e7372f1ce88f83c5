// The request path's bounded memo: remembers, forgets the oldest past its size, and stays O(1) per
// new entry however large it is (issue 19: the Map-order eviction it replaced cost O(size)).
import { describe, expect, it, vi } from 'vitest';
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

  it('does a bounded amount of work per new entry however large it is, and never walks the Map’s order', () => {
    // Counted, not timed (timings belong to `npm run bench`): the Map-order eviction it replaced
    // called map.keys() on every new entry past the size, which walks V8's deleted-entry holes.
    const work = (max: number) => {
      const m = new Memo<string, number>(max);
      for (let i = 0; i < 2 * max; i++) m.get(`question ${i}`, () => i);
      const deletes = vi.spyOn(Map.prototype, 'delete');
      // (Every way of walking a Map's order: keys, values, entries, forEach and its iterator.)
      const walks = (['keys', 'values', 'entries', 'forEach', Symbol.iterator] as const).map((k) => vi.spyOn(Map.prototype, k));
      const order = m as unknown as { order: string[] };
      let longest = 0;
      const misses = 60_000;
      try {
        for (let i = 2 * max; i < 2 * max + misses; i++) {
          m.get(`question ${i}`, () => i);
          longest = Math.max(longest, order.order.length);
        }
        const counts = { deletes: deletes.mock.calls.length / misses, keys: walks.reduce((n, w) => n + w.mock.calls.length, 0), longest };
        expect(m.size).toBe(max);
        return counts;
      } finally {
        vi.restoreAllMocks();
      }
    };
    for (const max of [100, 20_000]) {
      const w = work(max);
      // One eviction per new entry, each deleting the key at the head: exactly one Map delete.
      expect(w.deletes).toBe(1);
      expect(w.keys).toBe(0);
      // The consumed front is given back: the key array stays within twice the size (plus the slack
      // before it is trimmed), so the per-entry cost does not grow with how long the memo has run.
      expect(w.longest).toBeLessThanOrEqual(Math.max(2 * max, max + 1024) + 1);
    }
  });
});
