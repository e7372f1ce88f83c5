// Bounded memoisation for the request path: a question asked again is not parsed or ranked again,
// and the memory this takes has a ceiling whatever people ask.

/**
 * A Map that forgets its oldest entry past a size.
 *
 * The order of insertion is kept in an array of keys rather than read from the Map's own order:
 * V8 leaves a deleted Map entry as a hole that iteration skips, so `map.keys().next()` after many
 * evictions from the front walks over up to a table's worth of holes — measured at 5 µs per new
 * entry with 5,000 entries (O(size)), a seventh of the server's time on questions it had not seen
 * (issue 19). With the array an eviction is O(1).
 */
export class Memo<K, V> {
  private readonly map = new Map<K, V>();
  /**
   * Keys in insertion order from `head` on. A key deleted with `delete` stays until it is reached
   * (skipped then); a key deleted and added again is in it twice, and the older place evicts it
   * early — a recomputation, never a wrong value.
   */
  private order: K[] = [];
  private head = 0;

  constructor(private readonly max: number) {}

  get(key: K, make: () => V): V {
    let v = this.map.get(key);
    if (v === undefined) {
      v = make();
      this.map.set(key, v);
      this.order.push(key);
      if (this.map.size > this.max) this.evictOldest();
      // Entries added and deleted again (failed async work) never trigger an eviction: drop the
      // keys they left in the order so it stays bounded too.
      else if (this.order.length - this.head > 2 * this.max + 16) this.compact();
    }
    return v;
  }

  delete(key: K): void {
    this.map.delete(key);
  }

  /** Entries held (at most `max`). */
  get size(): number {
    return this.map.size;
  }

  private evictOldest(): void {
    while (this.head < this.order.length) {
      if (this.map.delete(this.order[this.head++]!)) break;
    }
    // Give the consumed front back now and then (amortised O(1) per entry).
    if (this.head >= 1024 && this.head * 2 >= this.order.length) {
      this.order = this.order.slice(this.head);
      this.head = 0;
    }
  }

  /** The order with only the keys still held, each at its latest place. */
  private compact(): void {
    const seen = new Set<K>();
    const kept: K[] = [];
    for (let i = this.order.length - 1; i >= this.head; i--) {
      const k = this.order[i]!;
      if (this.map.has(k) && !seen.has(k)) {
        seen.add(k);
        kept.push(k);
      }
    }
    this.order = kept.reverse();
    this.head = 0;
  }
}
