// Bounded memoisation for the request path: a question asked again is not parsed or ranked again,
// and the memory this takes has a ceiling whatever people ask.

/** A Map that forgets its oldest entry past a size. */
export class Memo<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly max: number) {}
  get(key: K, make: () => V): V {
    let v = this.map.get(key);
    if (v === undefined) {
      v = make();
      this.map.set(key, v);
      if (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
    }
    return v;
  }

  delete(key: K): void {
    this.map.delete(key);
  }
}
