// BM25 over typed arrays. Postings are stored column-wise (CSR): one offsets array per term and
// flat doc/tf arrays, so a 35k-chunk index is a few megabytes rather than millions of objects.
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

const K1 = 1.2;
const B = 0.75;

export class LexicalIndex {
  private readonly termIds: Map<string, number>;
  private readonly offsets: Uint32Array;
  private readonly postDocs: Uint32Array;
  private readonly postTf: Uint16Array;
  private readonly docLen: Uint32Array;
  private readonly avgLen: number;
  private readonly boost: Float32Array;

  private constructor(
    termIds: Map<string, number>,
    offsets: Uint32Array,
    postDocs: Uint32Array,
    postTf: Uint16Array,
    docLen: Uint32Array,
    boost: Float32Array,
  ) {
    this.termIds = termIds;
    this.offsets = offsets;
    this.postDocs = postDocs;
    this.postTf = postTf;
    this.docLen = docLen;
    this.boost = boost;
    let total = 0;
    for (const l of docLen) total += l;
    this.avgLen = docLen.length ? total / docLen.length : 1;
  }

  /** Builds from token lists, one per document; `boost` multiplies a document's scores (priority). */
  static build(docs: string[][], boost?: ArrayLike<number>): LexicalIndex {
    const termIds = new Map<string, number>();
    const perTerm: number[][] = []; // flat [doc, tf, doc, tf…] per term, packed below
    const docLen = new Uint32Array(docs.length);
    docs.forEach((tokens, d) => {
      docLen[d] = tokens.length;
      const tf = new Map<string, number>();
      for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const [t, n] of tf) {
        let id = termIds.get(t);
        if (id === undefined) {
          id = perTerm.length;
          termIds.set(t, id);
          perTerm.push([]);
        }
        perTerm[id]!.push(d, Math.min(n, 0xffff));
      }
    });
    const offsets = new Uint32Array(perTerm.length + 1);
    for (let i = 0; i < perTerm.length; i++) offsets[i + 1] = offsets[i]! + perTerm[i]!.length / 2;
    const total = offsets[perTerm.length]!;
    const postDocs = new Uint32Array(total);
    const postTf = new Uint16Array(total);
    perTerm.forEach((list, i) => {
      let at = offsets[i]!;
      for (let j = 0; j < list.length; j += 2) {
        postDocs[at] = list[j]!;
        postTf[at] = list[j + 1]!;
        at++;
      }
    });
    const b = new Float32Array(docs.length).fill(1);
    if (boost) for (let i = 0; i < docs.length; i++) b[i] = boost[i] ?? 1;
    return new LexicalIndex(termIds, offsets, postDocs, postTf, docLen, b);
  }

  get size(): number {
    return this.docLen.length;
  }

  stats(): LexicalStats {
    return { docs: this.docLen.length, terms: this.termIds.size, postings: this.postDocs.length };
  }

  /** Number of documents containing the term. */
  df(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? 0 : this.offsets[id + 1]! - this.offsets[id]!;
  }

  /** BM25 idf; a term absent from the index gets the highest idf a term could have. */
  idf(term: string): number {
    const n = this.docLen.length;
    const df = this.df(term);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** True when the document contains the term. */
  contains(doc: number, term: string): boolean {
    const id = this.termIds.get(term);
    if (id === undefined) return false;
    // Postings of a term are in ascending doc order: binary search.
    let lo = this.offsets[id]!;
    let hi = this.offsets[id + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const d = this.postDocs[mid]!;
      if (d === doc) return true;
      if (d < doc) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  search(terms: QueryTerm[], limit = 10): LexicalHit[] {
    const scores = new Map<number, number>();
    for (const { term, weight } of terms) {
      const id = this.termIds.get(term);
      if (id === undefined || weight <= 0) continue;
      const idf = this.idf(term) * weight;
      for (let p = this.offsets[id]!; p < this.offsets[id + 1]!; p++) {
        const d = this.postDocs[p]!;
        const tf = this.postTf[p]!;
        const norm = tf + K1 * (1 - B + (B * this.docLen[d]!) / this.avgLen);
        scores.set(d, (scores.get(d) ?? 0) + (idf * tf * (K1 + 1)) / norm);
      }
    }
    const hits: LexicalHit[] = [];
    for (const [doc, s] of scores) hits.push({ doc, score: s * this.boost[doc]! });
    hits.sort((a, b) => b.score - a.score || a.doc - b.doc);
    return hits.slice(0, limit);
  }
}
