// Builds a complete KnowledgeIndex from a folder: documents, alias table, report. Used at start,
// by reload and by the CLIs, so every entry point sees the same knowledge base.
import path from 'node:path';
import { extractFacts, type PlanFacts } from '../knowledge/facts.ts';
import { withOverrides } from '../knowledge/facts-overrides.ts';
import { loadKnowledge, type LoadWarning } from '../knowledge/load.ts';
import type { Chunk } from '../knowledge/types.ts';
import { loadAliases } from './aliases.ts';
import type { ChunkVectors, EmbeddingStatus } from './embed.ts';
import { KnowledgeIndex } from './index.ts';

export const ALIAS_FILE = 'aliases.json';

export interface DocumentReport {
  id: string;
  title: string;
  characters: number;
  chunks: number;
  glossesRemoved: number;
  anomalies: { line: number; position: number; fragment: string; reason: string }[];
}

export interface BuildResult {
  index: KnowledgeIndex;
  warnings: LoadWarning[];
  report: DocumentReport[];
  tookMs: number;
  /** The dense half of the index; absent when no embedding model is configured or it failed. */
  embedding?: EmbeddingStatus;
  /** Why the index is lexical only although a model is configured. */
  embeddingError?: string;
}

export interface BuildOptions {
  dir: string;
  version: number;
  /** Documents that rank first at equal relevance; by default every document directly in `dir`. */
  isPrimary?: (id: string) => boolean;
  /** Chunk vectors (src/retrieval/embed.ts ChunkEmbeddings); without it the index is lexical only. */
  embeddings?: { vectorsFor(chunks: Chunk[]): Promise<ChunkVectors> };
}

export async function buildIndex(opts: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const isPrimary = opts.isPrimary ?? ((id: string) => !id.includes('/'));
  const { documents, warnings } = await loadKnowledge(opts.dir, isPrimary);
  let aliases: string[][] = [];
  try {
    aliases = await loadAliases(path.join(opts.dir, ALIAS_FILE));
  } catch (err) {
    warnings.push({ file: ALIAS_FILE, reason: (err as Error).message });
  }
  const facts: PlanFacts[] = [];
  for (const d of documents) {
    const extracted = withOverrides(extractFacts(d), path.join(opts.dir, d.id));
    if (extracted.facts) facts.push(extracted.facts);
    // A stated count that does not match what was read is never accepted silently.
    for (const w of extracted.warnings) warnings.push({ file: d.id, reason: `facts ${w.section}: ${w.reason}` });
  }
  let index = KnowledgeIndex.build({ version: opts.version, documents, aliases, facts });
  let embedding: EmbeddingStatus | undefined;
  let embeddingError: string | undefined;
  if (opts.embeddings) {
    // A model that fails costs the dense half only: the knowledge base still loads, lexical.
    try {
      const vectors = await opts.embeddings.vectorsFor(index.chunks);
      index = index.withDense(vectors.dense);
      embedding = vectors.status;
    } catch (err) {
      embeddingError = (err as Error).message;
    }
  }
  const report = documents.map((d) => ({
    id: d.id,
    title: d.title,
    characters: d.text.length,
    chunks: index.chunks.filter((c) => c.docId === d.id).length,
    glossesRemoved: d.glossesRemoved,
    anomalies: d.anomalies.map(({ line, position, fragment, reason }) => ({ line, position, fragment, reason })),
  }));
  return {
    index,
    warnings,
    report,
    tookMs: Math.round(performance.now() - started),
    ...(embedding ? { embedding } : {}),
    ...(embeddingError ? { embeddingError } : {}),
  };
}
