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
      const id = typeof t === 'number' ? t : this.intern(t);
      len++;
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
    this.docLen.push(len);
    this.boosts.push(boost);
    return d;
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
   */
  search(terms: QueryTerm[], limit = 10, within?: readonly DocRange[]): LexicalHit[] {
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
}
