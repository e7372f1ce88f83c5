import type { AmountKind } from '../text/numerals.ts';
// The shapes retrieval's modules share — a parsed question, a ranked passage, a document's load
// report — kept apart from the modules that make them, so those modules never import one another
// for a type (knowledge-index.ts and build.ts re-export them for their readers).
import type { Chunk } from '../knowledge/types.ts';
import type { QueryTerm } from './lexical/bm25.ts';

/** One thing the question asks about, with the words that may stand for it in the text. */
export interface Concept {
  text: string;
  /** Phrases any of which, found in a passage, means the passage speaks of this concept. */
  phrases: string[];
  /** Index terms used for ranking. */
  terms: string[];
  /**
   * For a word no text uses: the texts' words of the same sense with a character in common (`成立` → 设立), which
   * speak of it in part (KIN_CREDIT) — the text's own word for what the asker said.
   */
  kin?: readonly string[];
  /** Of the kin, those with the shared character in the same place (`成立` / `设立`, not `得到` / `取得`): they alone rank. */
  closeKin?: readonly string[];
}

export interface ParsedQuery {
  normalized: string;
  concepts: Concept[];
  terms: QueryTerm[];
  /** The kinds of figure the question asks for (`多久` a duration), when its words say; a passage stating one ranks higher. */
  kinds?: AmountKind[];
}

export interface Hit {
  chunk: Chunk;
  score: number;
  /** The score before a bonus for stating the kind of figure asked, when it had one (ParsedQuery.kinds). */
  plain?: number;
  /** Cosine similarity with the question, when the index carries vectors and the hit came from searchAsync. */
  dense?: number;
}

export interface DocumentReport {
  id: string;
  title: string;
  characters: number;
  chunks: number;
  glossesRemoved: number;
  anomalies: { line: number; position: number; fragment: string; reason: string }[];
  /** What the document's structure yielded (knowledge/facts/document.ts). */
  facts?: { items: number; owners: number; targets: number; amounts: number };
}
