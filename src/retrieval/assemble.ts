// Chunks and lexical index from documents: the slow half of building a KnowledgeIndex, cut into
// slices so a reload of a large knowledge base lets requests through between them.
import { chunkDocument } from '../knowledge/chunk.ts';
import type { PlanFacts } from '../knowledge/facts/plan.ts';
import type { Chunk, KnowledgeDocument } from '../knowledge/types.ts';
import type { Aliases } from './aliases.ts';
import { LexicalBuilder, type LexicalIndex } from './lexical/bm25.ts';
import type { Tokenizer } from './lexical/tokenize.ts';

/**
 * Score multiplier of primary documents (the plans): they win ties, and near-ties within this margin,
 * against reference material. With 1,500 laws loaded beside the plan, 1.15 let a law article that
 * merely shares the question's words take first place from the plan passage (dev set: 24/25 at 1.15,
 * 25/25 at 1.3, the same as the plan alone).
 */
export const PRIMARY_BOOST = 1.3;
/** A synchronous stretch of building lasts at most this long before yielding to requests (reloads). */
const SLICE_MS = 40;

export interface IndexProgress {
  stage: 'chunk' | 'index';
  done: number;
  total: number;
}

export interface IndexInput {
  version: number;
  documents: KnowledgeDocument[];
  aliases?: Aliases;
  facts?: PlanFacts[];
  onProgress?: (p: IndexProgress) => void;
}

/** Documents in index order: primary ones first, so their chunks also win exact ties (lower id). */
export function primaryFirst(documents: KnowledgeDocument[]): KnowledgeDocument[] {
  return [...documents.filter((d) => d.primary), ...documents.filter((d) => !d.primary)];
}

/**
 * Chunks and lexical index, in slices: the generator yields between slices so that an async caller
 * can let requests through while a large knowledge base is re-indexed beside the serving one.
 */
export function* assemble(
  input: IndexInput,
  tokenizer: Tokenizer,
  documents: KnowledgeDocument[],
): Generator<void, { chunks: Chunk[]; lexical: LexicalIndex }, void> {
  const chunks: Chunk[] = [];
  let last = performance.now();
  const due = () => performance.now() - last > SLICE_MS;
  for (const doc of documents) {
    for (const c of chunkDocument(doc, chunks.length)) chunks.push(c);
    if (due()) {
      input.onProgress?.({ stage: 'chunk', done: chunks.length, total: 0 });
      yield;
      last = performance.now();
    }
  }
  const builder = new LexicalBuilder();
  // The title and section path are tokenised once each (a law's title heads hundreds of chunks):
  // jieba cuts at spaces, so the parts' tokens are exactly those of `${source} ${section} ${text}`.
  const parts = new Map<string, number[]>();
  const idsOf = (text: string) => {
    let ids = parts.get(text);
    if (!ids) {
      ids = tokenizer.index(text).map((t) => builder.intern(t));
      parts.set(text, ids);
    }
    return ids;
  };
  const primary = new Set(documents.filter((d) => d.primary).map((d) => d.id));
  for (const c of chunks) {
    const tokens: (string | number)[] = [...idsOf(c.source)];
    for (const s of c.section) tokens.push(...idsOf(s));
    for (const t of tokenizer.index(c.text)) tokens.push(t);
    builder.add(tokens, primary.has(c.docId) ? PRIMARY_BOOST : 1);
    if (due()) {
      input.onProgress?.({ stage: 'index', done: builder.size, total: chunks.length });
      yield;
      last = performance.now();
    }
  }
  input.onProgress?.({ stage: 'index', done: chunks.length, total: chunks.length });
  return { chunks, lexical: builder.build() };
}
