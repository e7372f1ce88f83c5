// BM25 over typed arrays. Postings are stored column-wise (CSR): one offsets array per term and
// flat doc/tf arrays, so a 35k-chunk index is a few megabytes rather than millions of objects.
// Building interns each token to a term id as it arrives (LexicalBuilder), so no list of token
// strings per document is ever kept; a query scores into a reused Float64Array and keeps only its
// top k in a small heap.
export interface LexicalHit {
  doc: number;
  score: number;
}

export interface QueryTerm {
  term: string;
  weight: number;
}

export interface LexicalStats {
  docs: number;
  terms: number;
  postings: number;
}

/** The index's arrays as they are stored in a snapshot (src/retrieval/snapshot.ts). */
export interface LexicalData {
  /** Term strings, by term id. */
  terms: string[];
  /** terms.length + 1 offsets into postDocs/postTf. */
  offsets: Uint32Array;
  postDocs: Uint32Array;
  postTf: Uint16Array;
  docLen: Uint32Array;
  boost: Float32Array;
}

/** Documents from..to-1 of the index (the chunks of one knowledge document are numbered together). */
export interface DocRange {
  from: number;
  to: number;
}

/** The first position in postDocs[start, end) holding a document ≥ doc (end when none does). */
function firstAtLeast(postDocs: Uint32Array, start: number, end: number, doc: number): number {
  let lo = start;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (postDocs[mid]! < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const K1 = 1.2;
const B = 0.75;

/** A Uint32Array that grows by doubling. */
class GrowableU32 {
  data: Uint32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Uint32Array(capacity);
  }
  push(v: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = v;
  }
  grow(min: number): void {
    let cap = this.data.length * 2;
    while (cap < min) cap *= 2;
    const next = new Uint32Array(cap);
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }
}

/**
 * Adds documents one at a time (tokens → term ids, term frequencies counted in typed scratch
 * arrays), then transposes the doc-major postings into the term-major CSR the index searches.
 */
export class LexicalBuilder {
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  // Doc-major postings: for doc d, entries docStart[d]..docStart[d+1] of docTerms/docTf.
  private readonly docStart = new GrowableU32();
  private readonly docTerms = new GrowableU32(1 << 16);
  private readonly docTf = new GrowableU32(1 << 16);
  private readonly docLen = new GrowableU32();
  private readonly boosts: number[] = [];
  // Per term: the last doc it was seen in and where its count sits in docTf.
  private lastDoc = new Int32Array(1024).fill(-1);
  private slot = new Uint32Array(1024);

  get size(): number {
    return this.docLen.length;
  }

  /** The term id for a token, interned on first sight. */
  intern(token: string): number {
    let id = this.termIds.get(token);
    if (id === undefined) {
      id = this.terms.length;
      this.termIds.set(token, id);
      this.terms.push(token);
      if (id >= this.lastDoc.length) {
        const last = new Int32Array(this.lastDoc.length * 2).fill(-1);
        last.set(this.lastDoc);
        this.lastDoc = last;
        const slot = new Uint32Array(this.slot.length * 2);
        slot.set(this.slot);
        this.slot = slot;
      }
    }
    return id;
  }

  /** Adds the next document from its tokens (strings, or ids from intern()); returns its number. */
  add(tokens: Iterable<string | number>, boost = 1): number {
    const d = this.docLen.length;
    this.docStart.push(this.docTerms.length);
    let len = 0;
    for (const t of tokens) {
      this.count(typeof t === 'number' ? t : this.intern(t), d);
      len++;
    }
    this.docLen.push(len);
    this.boosts.push(boost);
    return d;
  }

  /** add() of ids from intern(), as a typed array: how a build's threads hand over a chunk's tokens. */
  addIds(ids: Uint32Array, boost = 1): number {
    const d = this.docLen.length;
    this.docStart.push(this.docTerms.length);
    for (let i = 0; i < ids.length; i++) this.count(ids[i]!, d);
    this.docLen.push(ids.length);
    this.boosts.push(boost);
    return d;
  }

  /** One more occurrence of term `id` in document `d`, the document being added. */
  private count(id: number, d: number): void {
    if (this.lastDoc[id] === d) {
      const at = this.slot[id]!;
      this.docTf.data[at] = this.docTf.data[at]! + 1;
    } else {
      this.lastDoc[id] = d;
      this.slot[id] = this.docTf.length;
      this.docTerms.push(id);
      this.docTf.push(1);
    }
  }

  build(): LexicalIndex {
    const nTerms = this.terms.length;
    const nDocs = this.docLen.length;
    const total = this.docTerms.length;
    const offsets = new Uint32Array(nTerms + 1);
    for (let i = 0; i < total; i++) offsets[this.docTerms.data[i]! + 1]!++;
    for (let t = 0; t < nTerms; t++) offsets[t + 1]! += offsets[t]!;
    const fill = offsets.slice(0, nTerms);
    const postDocs = new Uint32Array(total);
    const postTf = new Uint16Array(total);
    // Walking docs in order leaves each term's postings in ascending doc order (contains() needs it).
    for (let d = 0; d < nDocs; d++) {
      const end = d + 1 < nDocs ? this.docStart.data[d + 1]! : total;
      for (let i = this.docStart.data[d]!; i < end; i++) {
        const t = this.docTerms.data[i]!;
        const at = fill[t]!++;
        postDocs[at] = d;
        postTf[at] = Math.min(this.docTf.data[i]!, 0xffff);
      }
    }
    return LexicalIndex.fromData({
      terms: this.terms,
      offsets,
      postDocs,
      postTf,
      docLen: this.docLen.data.slice(0, nDocs),
      boost: Float32Array.from(this.boosts),
    });
  }
}

/** Min-heap of (score, doc) keeping the best k: a query never sorts every document it touched. */
function topK(scores: Float64Array, touched: Uint32Array, count: number, k: number): LexicalHit[] {
  const hs = new Float64Array(k);
  const hd = new Uint32Array(k);
  let n = 0;
  // "a is worse than b": lower score, or equal score and a later doc (ties go to the earlier doc).
  const worse = (sa: number, da: number, sb: number, db: number) => sa < sb || (sa === sb && da > db);
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && worse(hs[l]!, hd[l]!, hs[m]!, hd[m]!)) m = l;
      if (r < n && worse(hs[r]!, hd[r]!, hs[m]!, hd[m]!)) m = r;
      if (m === i) return;
      [hs[i], hs[m]] = [hs[m]!, hs[i]!];
      [hd[i], hd[m]] = [hd[m]!, hd[i]!];
      i = m;
    }
  };
  for (let j = 0; j < count; j++) {
    const d = touched[j]!;
    const s = scores[d]!;
    if (n < k) {
      let i = n++;
      hs[i] = s;
      hd[i] = d;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!worse(hs[i]!, hd[i]!, hs[p]!, hd[p]!)) break;
        [hs[i], hs[p]] = [hs[p]!, hs[i]!];
        [hd[i], hd[p]] = [hd[p]!, hd[i]!];
        i = p;
      }
    } else if (worse(hs[0]!, hd[0]!, s, d)) {
      hs[0] = s;
      hd[0] = d;
      down(0);
    }
  }
  const out: LexicalHit[] = [];
  for (let i = 0; i < n; i++) out.push({ doc: hd[i]!, score: hs[i]! });
  return out.sort((a, b) => b.score - a.score || a.doc - b.doc);
}

export class LexicalIndex {
  private readonly termIds: Map<string, number>;
  private readonly avgLen: number;
  // Scratch for search(): scores per document and the documents touched. search() is synchronous,
  // so one pair per index serves every request without a per-query allocation of corpus size.
  private scratch: { scores: Float64Array; touched: Uint32Array } | null = null;
  // Per term, the bound searchPruned() needs (impactBound); NaN until the term is first searched.
  private bounds: Float32Array | null = null;
  private pruning: { alive: Uint32Array; vals: Float64Array; docs: Uint32Array; mark: Uint32Array; stamp: number; bits: Uint32Array } | null = null;

  private constructor(private readonly data: LexicalData) {
    this.termIds = new Map();
    data.terms.forEach((t, i) => this.termIds.set(t, i));
    let total = 0;
    for (const l of data.docLen) total += l;
    this.avgLen = data.docLen.length ? total / data.docLen.length : 1;
    // Each document's length normalisation, once: the inner loop of search() then only adds.
    this.norms = new Float64Array(data.docLen.length);
    for (let d = 0; d < data.docLen.length; d++) this.norms[d] = K1 * (1 - B + (B * data.docLen[d]!) / this.avgLen);
  }

  private readonly norms: Float64Array;

  /** Builds from token lists, one per document; `boost` multiplies a document's scores (priority). */
  static build(docs: string[][], boost?: ArrayLike<number>): LexicalIndex {
    const b = new LexicalBuilder();
    docs.forEach((tokens, i) => b.add(tokens, boost?.[i] ?? 1));
    return b.build();
  }

  /** An index from its stored arrays (a snapshot); the arrays are used as they are, not copied. */
  static fromData(data: LexicalData): LexicalIndex {
    const n = data.docLen.length;
    if (data.offsets.length !== data.terms.length + 1 || data.boost.length !== n) throw new Error('lexical index: inconsistent arrays');
    if (data.postDocs.length !== data.postTf.length || data.offsets[data.terms.length] !== data.postDocs.length) {
      throw new Error('lexical index: postings do not match their offsets');
    }
    return new LexicalIndex(data);
  }

  /** The arrays to store (read-only by contract). */
  toData(): LexicalData {
    return this.data;
  }

  get size(): number {
    return this.data.docLen.length;
  }

  stats(): LexicalStats {
    return { docs: this.data.docLen.length, terms: this.data.terms.length, postings: this.data.postDocs.length };
  }

  /** Every term the index holds, in the order first seen (read-only). */
  vocabulary(): readonly string[] {
    return this.data.terms;
  }

  /** Number of documents containing the term. */
  df(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? 0 : this.data.offsets[id + 1]! - this.data.offsets[id]!;
  }

  /** BM25 idf; a term absent from the index gets the highest idf a term could have. */
  idf(term: string): number {
    const n = this.data.docLen.length;
    const df = this.df(term);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** The documents (chunks) that contain the term, in ascending order; a view, not a copy. */
  postings(term: string): Uint32Array {
    const id = this.termIds.get(term);
    if (id === undefined) return new Uint32Array(0);
    return this.data.postDocs.subarray(this.data.offsets[id]!, this.data.offsets[id + 1]!);
  }

  /** True when the document contains the term. */
  contains(doc: number, term: string): boolean {
    const id = this.termIds.get(term);
    if (id === undefined) return false;
    const { offsets, postDocs } = this.data;
    // Postings of a term are in ascending doc order: binary search.
    let lo = offsets[id]!;
    let hi = offsets[id + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const d = postDocs[mid]!;
      if (d === doc) return true;
      if (d < doc) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /**
   * The best `limit` documents for the weighted terms. `within` restricts the search to ranges of
   * documents ([from, to) each): a question about one law is ranked among that law's articles
   * only, with idf still from the whole index.
   *
   * Unscoped, it skips documents that cannot place (MaxScore, below): the same documents, scores
   * and order as scoring every posting (searchExhaustive), which a scoped search still does — a
   * law's few hundred postings cost less than the bookkeeping would save.
   */
  search(terms: QueryTerm[], limit = 10, within?: readonly DocRange[]): LexicalHit[] {
    if (!this.data.docLen.length || limit <= 0) return [];
    if (within) return this.searchExhaustive(terms, limit, within);
    return this.searchPruned(terms, limit);
  }

  /** Every posting of every term scored into one array, the best `limit` kept in a heap: the reference search. */
  searchExhaustive(terms: QueryTerm[], limit = 10, within?: readonly DocRange[]): LexicalHit[] {
    const { offsets, postDocs, postTf, docLen, boost } = this.data;
    const norms = this.norms;
    const n = docLen.length;
    if (!n || limit <= 0) return [];
    this.scratch ??= { scores: new Float64Array(n), touched: new Uint32Array(n) };
    const { scores, touched } = this.scratch;
    let count = 0;
    const add = (idf: number, from: number, to: number) => {
      const w = idf * (K1 + 1);
      for (let p = from; p < to; p++) {
        const d = postDocs[p]!;
        const tf = postTf[p]!;
        // 0 marks an untouched document: BM25 contributions are always positive.
        if (scores[d] === 0) touched[count++] = d;
        scores[d]! += (w * tf) / (tf + norms[d]!);
      }
    };
    for (const { term, weight } of terms) {
      const id = this.termIds.get(term);
      if (id === undefined || weight <= 0) continue;
      const idf = this.idf(term) * weight;
      const start = offsets[id]!;
      const end = offsets[id + 1]!;
      if (!within) add(idf, start, end);
      // A term's postings are in document order: each range is a slice found by binary search.
      else for (const r of within) add(idf, firstAtLeast(postDocs, start, end, r.from), firstAtLeast(postDocs, start, end, r.to));
    }
    for (let i = 0; i < count; i++) scores[touched[i]!]! *= boost[touched[i]!]!;
    const hits = topK(scores, touched, count, Math.min(limit, count));
    for (let i = 0; i < count; i++) scores[touched[i]!] = 0;
    return hits;
  }

  /**
   * The largest boost[d] · tf / (tf + norm[d]) over the term's postings, rounded up: times a query
   * term's weight it bounds what the term can add to any document's boosted score. Worked out on a
   * term's first search and kept for the index's life (the postings never change): that first scan
   * costs what the unpruned search paid for the term, and a start from the snapshot pays nothing.
   */
  private impactBound(id: number): number {
    const bounds = (this.bounds ??= new Float32Array(this.data.terms.length).fill(NaN));
    const known = bounds[id]!;
    if (known === known) return known;
    const { offsets, postDocs, postTf, boost } = this.data;
    const norms = this.norms;
    let max = 0;
    for (let p = offsets[id]!, end = offsets[id + 1]!; p < end; p++) {
      const d = postDocs[p]!;
      const tf = postTf[p]!;
      const r = (boost[d]! * tf) / (tf + norms[d]!);
      if (r > max) max = r;
    }
    // float32 keeps 2^-24 of precision: 1e-6 up guarantees the stored bound is not below the true one.
    return (bounds[id] = Math.fround(max * (1 + 1e-6)));
  }

  /**
   * Term at a time with a threshold (MaxScore's bound, Turtle & Flood 1995, applied list by list).
   * The rarest terms' lists (highest bound) are added up first; before each further list, the
   * k-th best score so far is a floor the final k-th cannot fall below, and once the bounds of the
   * lists left cannot lift a document not yet seen to that floor, no new document can place: the
   * lists left — the common words (规定, 人民, 应当), most of the postings — are only looked up
   * (galloping) for the documents still in the running, each dropped as soon as what it has plus
   * what the remaining lists could add falls below the floor.
   *
   * Exactly the exhaustive result: the score of each survivor that can place is then summed term by term in the query's order — the same floating-point sum
   * — and times its boost. The sums used for bounds and floors (in another order) are widened by
   * BOUND_SLACK, and a document is dropped only when it scores strictly below k others, so ties
   * keep their order.
   */
  private searchPruned(terms: QueryTerm[], limit: number): LexicalHit[] {
    const { offsets, postDocs, postTf, boost } = this.data;
    const norms = this.norms;
    // The query's lists by descending bound (ties in query order); `q`: its place in the query.
    const lists: { w: number; ub: number; start: number; end: number; q: number }[] = [];
    let total = 0;
    for (const { term, weight } of terms) {
      const id = this.termIds.get(term);
      if (id === undefined || weight <= 0) continue;
      const w = this.idf(term) * weight * (K1 + 1);
      lists.push({ w, ub: w * this.impactBound(id), start: offsets[id]!, end: offsets[id + 1]!, q: lists.length });
      total += offsets[id + 1]! - offsets[id]!;
    }
    const m = lists.length;
    // Few postings: nothing to save that would pay for the bookkeeping.
    if (m < 2 || total < PRUNE_FROM) return this.searchExhaustive(terms, limit);
    lists.sort((a, b) => b.ub - a.ub || a.q - b.q);
    // rest[j]: the most lists j..m-1 together can add to a document's score.
    const rest = new Float64Array(m + 1);
    for (let j = m - 1; j >= 0; j--) rest[j] = rest[j + 1]! + lists[j]!.ub;

    const { scores, touched, alive, bits } = this.pruneScratch();
    // The floor: the lowest (boosted) score so far among k documents, the witnesses — a floor under
    // the k-th best of all of them. Reading it costs k; choosing the witnesses (the k best so far)
    // costs a selection over every document seen, redone only when their number has doubled.
    const witness = new Uint32Array(limit);
    let witnessed = 0;
    const floorNow = () => {
      let f = Infinity;
      for (let i = 0; i < limit; i++) f = Math.min(f, scores[witness[i]!]! * boost[witness[i]!]!);
      return f / BOUND_SLACK;
    };
    // Choosing the witnesses again, called wherever it may be due with `now` saying whether it is: a
    // call made only inside a rarely taken branch has no type feedback when the search is optimised,
    // and the optimised code then bails out to the interpreter at every such call, for the rest of
    // that search (a soft deopt, 8–11 times a pass over the distinct questions), until V8 recompiles it.
    const reselect = (docs: Uint32Array, n: number, now: boolean) => {
      if (now) this.selectBest(docs, n, limit, witness);
    };
    let count = 0;
    let floor = -Infinity;
    let j = 0;
    for (; j < m; j++) {
      if (count >= limit) {
        if (count >= 2 * witnessed) {
          reselect(touched, count, true);
          witnessed = count;
        }
        floor = floorNow();
        if (rest[j]! * BOUND_SLACK < floor) break;
      }
      const { w, start, end } = lists[j]!;
      for (let p = start; p < end; p++) {
        const d = postDocs[p]!;
        const tf = postTf[p]!;
        // 0 marks an untouched document, as in the exhaustive search.
        if (scores[d] === 0) touched[count++] = d;
        scores[d]! += (w * tf) / (tf + norms[d]!);
      }
    }
    // The documents still in the running, in document order (the lists left are looked up in that order).
    let n = 0;
    for (let i = 0; i < count; i++) {
      const d = touched[i]!;
      if ((scores[d]! * boost[d]! + rest[j]!) * BOUND_SLACK >= floor) alive[n++] = d;
    }
    if (j < m) sortDistinct(alive, n, bits);
    let selectedAt = n;
    for (; j < m && n > 0; j++) {
      const { w, start, end } = lists[j]!;
      if (n * GALLOP_COST < end - start) {
        // Few documents left against a long list: look each one up.
        let p = start;
        for (let i = 0; i < n; i++) {
          const d = alive[i]!;
          p = gallop(postDocs, p, end, d);
          if (p < end && postDocs[p] === d) {
            const tf = postTf[p]!;
            scores[d]! += (w * tf) / (tf + norms[d]!);
          }
        }
      } else {
        // Many: read the list through, adding to the documents still in the running.
        const stamp = this.stampAlive(alive, n);
        const { mark } = this.pruning!;
        for (let p = start; p < end; p++) {
          const d = postDocs[p]!;
          if (mark[d] === stamp) {
            const tf = postTf[p]!;
            scores[d]! += (w * tf) / (tf + norms[d]!);
          }
        }
      }
      // The witnesses' scores have grown with the list; choosing them again pays once they are few.
      const again = n >= limit && n * 2 <= selectedAt;
      reselect(alive, n, again);
      if (again) selectedAt = n;
      floor = Math.max(floor, floorNow());
      const left = rest[j + 1]!;
      let kept = 0;
      for (let i = 0; i < n; i++) {
        const d = alive[i]!;
        if ((scores[d]! * boost[d]! + left) * BOUND_SLACK >= floor) alive[kept++] = d;
      }
      n = kept;
    }
    // Every list is counted in now: only documents near the k-th best need their exact score.
    const last = n > limit;
    reselect(alive, n, last);
    if (last) floor = Math.max(floor, floorNow());
    // Exact scores of the few left: summed in the query's order, as the exhaustive search sums them,
    // each term frequency found again by binary search (cheaper than keeping them all on the way).
    const inQueryOrder = lists.slice().sort((a, b) => a.q - b.q);
    const heap = new TopHeap(Math.min(limit, count));
    for (let i = 0; i < n; i++) {
      const d = alive[i]!;
      if (scores[d]! * boost[d]! * BOUND_SLACK < floor) continue;
      const norm = norms[d]!;
      let score = 0;
      for (const { w, start, end } of inQueryOrder) {
        const p = firstAtLeast(postDocs, start, end, d);
        if (p < end && postDocs[p] === d) {
          const tf = postTf[p]!;
          score += (w * tf) / (tf + norm);
        }
      }
      heap.offer(score * boost[d]!, d);
    }
    for (let i = 0; i < count; i++) scores[touched[i]!] = 0;
    return heap.sorted();
  }

  /** Scratch for searchPruned(), one set per index like the exhaustive search's (search() is synchronous). */
  private pruneScratch() {
    const n = this.data.docLen.length;
    this.scratch ??= { scores: new Float64Array(n), touched: new Uint32Array(n) };
    this.pruning ??= { alive: new Uint32Array(n), vals: new Float64Array(n), docs: new Uint32Array(n), mark: new Uint32Array(n), stamp: 0, bits: new Uint32Array((n + 31) >>> 5) };
    // Fields read from the two objects, not spread into a new one per search (whose shape the
    // optimised search did not always expect).
    return { scores: this.scratch.scores, touched: this.scratch.touched, alive: this.pruning.alive, bits: this.pruning.bits };
  }

  /** Marks docs[0..n) with a new stamp (mark[d] === stamp: d is among them); no clearing between uses. */
  private stampAlive(docs: Uint32Array, n: number): number {
    const pr = this.pruning!;
    if (pr.stamp === 0xffffffff) {
      pr.mark.fill(0);
      pr.stamp = 0;
    }
    const stamp = ++pr.stamp;
    for (let i = 0; i < n; i++) pr.mark[docs[i]!] = stamp;
    return stamp;
  }

  /** The k documents of docs[0..count) with the best (boosted) scores so far, into `out` (quickselect). */
  private selectBest(docs: Uint32Array, count: number, k: number, out: Uint32Array): void {
    const { scores } = this.scratch!;
    const { vals, docs: ds } = this.pruning!;
    const boost = this.data.boost;
    for (let i = 0; i < count; i++) {
      const d = docs[i]!;
      ds[i] = d;
      vals[i] = scores[d]! * boost[d]!;
    }
    // Hoare partitioning on the values (descending), until position k-1 separates the k best.
    let lo = 0;
    let hi = count - 1;
    while (lo < hi) {
      const pivot = vals[(lo + hi) >>> 1]!;
      let i = lo;
      let j = hi;
      while (i <= j) {
        while (vals[i]! > pivot) i++;
        while (vals[j]! < pivot) j--;
        if (i <= j) {
          const v = vals[i]!;
          vals[i] = vals[j]!;
          vals[j] = v;
          const d = ds[i]!;
          ds[i] = ds[j]!;
          ds[j] = d;
          i++;
          j--;
        }
      }
      if (k - 1 <= j) hi = j;
      else if (k - 1 >= i) lo = i;
      else break;
    }
    out.set(ds.subarray(0, k));
  }
}

/**
 * Sorts docs[0..n), distinct document ids, ascending — as `docs.subarray(0, n).sort()` does. Thousands
 * of them (the documents still in the running after the rare terms' lists, ~4,800 on average over the
 * laws) are put in order through `bits`, one bit per document, all 0 before and after: setting theirs
 * and reading them back word by word costs documents/32 + n steps, where the comparison sort was a
 * quarter of the pruned search's own time. A few are sorted as they are.
 */
export function sortDistinct(docs: Uint32Array, n: number, bits: Uint32Array): void {
  if (n < BITMAP_SORT_FROM) {
    docs.subarray(0, n).sort();
    return;
  }
  for (let i = 0; i < n; i++) {
    const d = docs[i]!;
    bits[d >>> 5] = bits[d >>> 5]! | (1 << (d & 31));
  }
  let k = 0;
  for (let w = 0; k < n; w++) {
    let word = bits[w]! | 0;
    if (word === 0) continue;
    bits[w] = 0;
    while (word !== 0) {
      // The lowest bit set, then the next: ascending within the word.
      const low = word & -word;
      docs[k++] = (w << 5) + 31 - Math.clz32(low);
      word ^= low;
    }
  }
}

/** From this many documents sortDistinct() reads them back from a bitmap. */
const BITMAP_SORT_FROM = 256;

/** A lookup by galloping costs about this many postings read in order. */
const GALLOP_COST = 8;

/** Below this many postings in all a query's lists the exhaustive search is as fast. */
const PRUNE_FROM = 2048;

/** Bounds are sums of per-term maxima in another order than the score's: 1e-9 covers any rounding difference. */
const BOUND_SLACK = 1 + 1e-9;

/** The first position in postDocs[from, end) holding a document ≥ doc, searched forwards from `from` in doubling steps. */
function gallop(postDocs: Uint32Array, from: number, end: number, doc: number): number {
  if (from >= end || postDocs[from]! >= doc) return from;
  let lo = from; // postDocs[lo] < doc
  let step = 1;
  let hi = from + 1;
  while (hi < end && postDocs[hi]! < doc) {
    lo = hi;
    step *= 2;
    hi = lo + step;
  }
  return firstAtLeast(postDocs, lo + 1, Math.min(hi, end), doc);
}

/** The best k (score, doc) pairs seen, as a min-heap: ties go to the earlier document, as in topK(). */
class TopHeap {
  private readonly hs: Float64Array;
  private readonly hd: Uint32Array;
  private n = 0;
  constructor(private readonly k: number) {
    this.hs = new Float64Array(k);
    this.hd = new Uint32Array(k);
  }
  get full(): boolean {
    return this.n === this.k;
  }
  get minScore(): number {
    return this.hs[0]!;
  }
  /** "a is worse than b": lower score, or equal score and a later doc. */
  private worse(sa: number, da: number, sb: number, db: number): boolean {
    return sa < sb || (sa === sb && da > db);
  }
  /** Keeps (s, d) when it is among the best k so far; true when kept. */
  offer(s: number, d: number): boolean {
    const { hs, hd } = this;
    if (this.n < this.k) {
      let i = this.n++;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!this.worse(s, d, hs[p]!, hd[p]!)) break;
        hs[i] = hs[p]!;
        hd[i] = hd[p]!;
        i = p;
      }
      hs[i] = s;
      hd[i] = d;
      return true;
    }
    if (!this.worse(hs[0]!, hd[0]!, s, d)) return false;
    // Sift the new root down.
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = -1;
      let ms = s;
      let md = d;
      if (l < this.n && this.worse(hs[l]!, hd[l]!, ms, md)) {
        m = l;
        ms = hs[l]!;
        md = hd[l]!;
      }
      if (r < this.n && this.worse(hs[r]!, hd[r]!, ms, md)) m = r;
      if (m < 0) break;
      hs[i] = hs[m]!;
      hd[i] = hd[m]!;
      i = m;
    }
    hs[i] = s;
    hd[i] = d;
    return true;
  }
  /** Best first. */
  sorted(): LexicalHit[] {
    const out: LexicalHit[] = [];
    for (let i = 0; i < this.n; i++) out.push({ doc: this.hd[i]!, score: this.hs[i]! });
    return out.sort((a, b) => b.score - a.score || a.doc - b.doc);
  }
}
