// A build thread's work on its share of the files (build-pool.ts hands out batches): prepare a
// batch (knowledge/prepare.ts: read, normalise, outline, facts, chunks), then, once the dictionary
// words of the whole knowledge base are known, cut the batch's chunks into term ids. The chunks stay
// here between the two steps, so their texts cross between threads once.
//
// Term ids are the job's own, numbered as it meets the terms; each tokenised batch carries the terms
// new since the job's last one. The build maps them to the index's ids in index order (build-files.ts), so
// the index is the one a single thread makes. jieba's pieces are decided once per kind (indexTerm),
// not once per piece: the laws' 5.8 million pieces are ~41 thousand kinds.
import { prepareFiles, type FileToPrepare, type PreparedFile } from '../knowledge/prepare.ts';
import type { Chunk } from '../knowledge/types.ts';
import { createTokenizer, quotedTerms, type Tokenizer } from './lexical/tokenize.ts';

export interface PreparedBatch {
  batch: number;
  files: PreparedFile[];
  /** The names each file's document quotes (quotedTerms), for the dictionary words. */
  quoted: string[][];
}

export interface TokenizedBatch {
  batch: number;
  /** Terms first met in this batch, numbered on from the job's earlier batches. */
  terms: string[];
  /** Every chunk's term ids — title, section path, text, as the index reads a chunk — the batch's documents in order. */
  ids: Uint32Array<ArrayBuffer>;
  /** Where each chunk's ids end in `ids`. */
  ends: Uint32Array<ArrayBuffer>;
}

/**
 * A prepared batch as it crosses from a worker: a chunk's text that is a stretch of its document's
 * text (nearly all: 41,865 of the laws' 41,933 chunks) goes as where it starts and how long it is,
 * not as a second copy of the text to clone — and comes back as a slice of the document's text.
 */
export interface PackedBatch {
  result: PreparedBatch;
  /** Per chunk of the batch, in order: its start in its document's text (-1: its text went whole) and its length. */
  spans: Int32Array<ArrayBuffer>;
}

export function packBatch(result: PreparedBatch): PackedBatch {
  const spans = new Int32Array(2 * result.files.reduce((n, f) => n + f.chunks.length, 0));
  let k = 0;
  const files = result.files.map((f) => {
    const text = f.document?.text ?? '';
    let from = 0;
    const chunks = f.chunks.map((c) => {
      const at = text.indexOf(c.text, from);
      spans[k++] = at;
      spans[k++] = c.text.length;
      if (at < 0) return c;
      from = at;
      return { ...c, text: '' };
    });
    return { ...f, chunks };
  });
  return { result: { ...result, files }, spans };
}

export function unpackBatch({ result, spans }: PackedBatch): PreparedBatch {
  let k = 0;
  for (const f of result.files) {
    for (const c of f.chunks) {
      const at = spans[k++]!;
      const length = spans[k++]!;
      if (at >= 0) c.text = f.document!.text.slice(at, at + length);
    }
  }
  return result;
}

/** A piece the index leaves out (a stop word, punctuation). */
const DROPPED = -1;

export class BuildJob {
  private readonly chunks = new Map<number, Chunk[][]>();
  private cutter: Tokenizer | null = null;
  private readonly pieceIds = new Map<string, number>();
  private readonly termIds = new Map<string, number>();
  private fresh: string[] = [];
  // A law's title heads hundreds of chunks, a section path tens: each cut once.
  private readonly partIds = new Map<string, number[]>();

  async prepare(batch: number, dir: string, files: FileToPrepare[]): Promise<PreparedBatch> {
    const prepared = await prepareFiles(dir, files);
    this.chunks.set(
      batch,
      prepared.map((p) => p.chunks),
    );
    return { batch, files: prepared, quoted: prepared.map((p) => (p.document ? quotedTerms([p.document.text]) : [])) };
  }

  /** The tokenizer of the whole knowledge base (KnowledgeIndex.dictionaryWords): given before the first tokenize. */
  useWords(words: string[]): void {
    this.cutter = createTokenizer(words);
  }

  get tokenizer(): Tokenizer | null {
    return this.cutter;
  }

  /** The term ids of a prepared batch's chunks; the batch is forgotten. */
  tokenize(batch: number): TokenizedBatch {
    const docs = this.chunks.get(batch);
    if (!docs || !this.cutter) throw new Error(`batch ${batch} is not prepared here, or no words were given`);
    this.chunks.delete(batch);
    let ids = new Uint32Array(1 << 14);
    let n = 0;
    const push = (id: number) => {
      if (n === ids.length) {
        const grown = new Uint32Array(ids.length * 2);
        grown.set(ids);
        ids = grown;
      }
      ids[n++] = id;
    };
    const ends = new Uint32Array(docs.reduce((k, d) => k + d.length, 0));
    let c = 0;
    for (const chunks of docs) {
      for (const chunk of chunks) {
        for (const id of this.part(chunk.source)) push(id);
        for (const s of chunk.section) for (const id of this.part(s)) push(id);
        for (const piece of this.cutter.pieces(chunk.text)) {
          const id = this.pieceId(piece);
          if (id !== DROPPED) push(id);
        }
        ends[c++] = n;
      }
    }
    const terms = this.fresh;
    this.fresh = [];
    return { batch, terms, ids: ids.slice(0, n), ends };
  }

  /** The ids of a title or section label, cut as a chunk's text is (tokenizer.index). */
  private part(text: string): number[] {
    let out = this.partIds.get(text);
    if (!out) {
      out = [];
      for (const piece of this.cutter!.pieces(text)) {
        const id = this.pieceId(piece);
        if (id !== DROPPED) out.push(id);
      }
      this.partIds.set(text, out);
    }
    return out;
  }

  private pieceId(piece: string): number {
    let id = this.pieceIds.get(piece);
    if (id === undefined) {
      const term = this.cutter!.indexTerm(piece);
      id = term === null ? DROPPED : this.termId(term);
      this.pieceIds.set(piece, id);
    }
    return id;
  }

  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termIds.size;
      this.termIds.set(term, id);
      this.fresh.push(term);
    }
    return id;
  }
}
