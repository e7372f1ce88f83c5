// An immutable snapshot of the knowledge base: documents, chunks, tokenizer and lexical index.
// A reload builds a new one beside the old and swaps a single reference, so a request always
// sees one whole index.
import { chunkDocument } from '../knowledge/chunk.ts';
import { normalizeQuery } from '../knowledge/normalize.ts';
import type { Chunk, KnowledgeDocument } from '../knowledge/types.ts';
import { matchAliases, type AliasGroups } from './aliases.ts';
import { LexicalIndex, type QueryTerm } from './lexical.ts';
import { createTokenizer, quotedTerms, type Tokenizer } from './tokenize.ts';

/** One thing the question asks about, with the words that may stand for it in the text. */
export interface Concept {
  text: string;
  /** Phrases any of which, found in a passage, means the passage speaks of this concept. */
  phrases: string[];
  /** Index terms used for ranking. */
  terms: string[];
}

export interface ParsedQuery {
  normalized: string;
  concepts: Concept[];
  terms: QueryTerm[];
}

export interface Hit {
  chunk: Chunk;
  score: number;
}

/** Weight of a word that came from the alias table rather than from the question itself. */
const ALIAS_WEIGHT = 0.8;

export class KnowledgeIndex {
  readonly builtAt = new Date();

  private constructor(
    readonly version: number,
    readonly documents: KnowledgeDocument[],
    readonly chunks: Chunk[],
    readonly tokenizer: Tokenizer,
    readonly lexical: LexicalIndex,
    private readonly aliases: AliasGroups,
  ) {}

  static build(opts: { version: number; documents: KnowledgeDocument[]; aliases?: AliasGroups }): KnowledgeIndex {
    const { documents, version } = opts;
    const aliases = opts.aliases ?? [];
    const tokenizer = createTokenizer([...quotedTerms(documents.map((d) => d.text)), ...aliases.flat()]);
    const chunks: Chunk[] = [];
    for (const doc of documents) chunks.push(...chunkDocument(doc, chunks.length));
    const primary = new Set(documents.filter((d) => d.primary).map((d) => d.id));
    // The section path is indexed with the text: a continued chunk of 四是… still belongs to it.
    const tokens = chunks.map((c) => tokenizer.index(`${c.section.join(' ')} ${c.text}`));
    // Primary documents (the plans) win ties against reference material.
    const boost = chunks.map((c) => (primary.has(c.docId) ? 1.15 : 1));
    return new KnowledgeIndex(version, documents, chunks, tokenizer, LexicalIndex.build(tokens, boost), aliases);
  }

  /** Question → concepts (for evidence) and weighted terms (for ranking). */
  parse(question: string): ParsedQuery {
    const normalized = normalizeQuery(question);
    const lower = normalized.toLowerCase();
    const concepts: Concept[] = [];
    const absorbed = new Set<string>();
    for (const { found, group } of matchAliases(lower, this.aliases)) {
      const terms = new Set<string>();
      for (const w of group) for (const t of this.tokenizer.query(w)) terms.add(t);
      for (const t of this.tokenizer.query(found)) absorbed.add(t);
      concepts.push({ text: found, phrases: group, terms: [...terms] });
    }
    for (const t of this.tokenizer.query(normalized)) {
      // `programs` was matched by the alias `program`: the plural is the same concept.
      if (absorbed.has(t) || absorbed.has(t.replace(/(?<=[a-z])e?s$/, ''))) continue;
      concepts.push({ text: t, phrases: [t], terms: [t] });
    }
    const weights = new Map<string, number>();
    for (const c of concepts) {
      const own = new Set(this.tokenizer.query(c.text));
      for (const t of c.terms) {
        const w = own.has(t) ? 1 : ALIAS_WEIGHT;
        weights.set(t, Math.max(weights.get(t) ?? 0, w));
      }
    }
    return { normalized, concepts, terms: [...weights].map(([term, weight]) => ({ term, weight })) };
  }

  search(query: ParsedQuery, limit = 8): Hit[] {
    return this.lexical.search(query.terms, limit).map((h) => ({ chunk: this.chunks[h.doc]!, score: h.score }));
  }

  /** The weight a concept carries as evidence: rare words say more than common ones. */
  conceptIdf(c: Concept): number {
    const idfs: number[] = [];
    for (const p of c.phrases) {
      const parts = this.tokenizer.query(p);
      // A phrase is as rare as its rarest word (an upper bound on its df); absent words don't count.
      const known = parts.filter((t) => this.lexical.df(t) > 0);
      if (known.length && known.length === parts.length) idfs.push(Math.max(...known.map((t) => this.lexical.idf(t))));
    }
    return idfs.length ? Math.min(...idfs) : this.lexical.idf('\u0000'); // absent everywhere: the highest idf
  }

  /** True when the text (a passage, a sentence) speaks of the concept. */
  mentions(text: string, c: Concept): boolean {
    const lower = text.toLowerCase();
    return c.phrases.some((p) => lower.includes(p));
  }

  /** True when the chunk, its text or its section path, speaks of the concept. */
  covers(chunk: Chunk, c: Concept): boolean {
    return this.mentions(chunk.text, c) || this.mentions(chunk.section.join(' '), c);
  }

  stats() {
    return { documents: this.documents.length, chunks: this.chunks.length, ...this.lexical.stats() };
  }
}
