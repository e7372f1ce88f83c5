// What a build makes of one file on its own: the document (read, normalised, outlined, its own
// facts), a plan's facts with its overrides file, and its chunks. One pass per file, so the outline
// the document's facts are read from is the one the chunker follows (it was made twice), and the
// files of a large knowledge base can be shared out among threads (retrieval/build-pool.ts): nothing
// here depends on another file.
import path from 'node:path';
import { chunkDocument } from './chunk.ts';
import { extractFacts, type PlanFacts } from './facts/plan.ts';
import { findFactsOverrides, loadFactsOverrides, withOverrides } from './facts/overrides.ts';
import { loadDocument, readDocument, type LoadWarning } from './load.ts';
import type { ReadResult } from './readers/registry.ts';
import type { Chunk, KnowledgeDocument } from './types.ts';

/** A file to prepare: where it is, its document id, and whether its place makes it primary. */
export interface FileToPrepare {
  file: string;
  id: string;
  primary: boolean;
}

export interface PreparedFile {
  id: string;
  /** null: nothing to index (unreadable or empty: `loadWarnings` says why). */
  document: KnowledgeDocument | null;
  /** The plan's facts, when the document is a plan. */
  facts: PlanFacts | null;
  /** Its chunks, numbered from 0 (the build numbers them in index order). */
  chunks: Chunk[];
  /** What reading the file noticed: the load's warnings. */
  loadWarnings: LoadWarning[];
  /** What reading its plan facts noticed: reported after every file's load warnings. */
  factsWarnings: LoadWarning[];
}

/** Files read ahead while the current one is prepared: disk and CPU overlap. */
const READ_AHEAD = 8;

/** The files prepared in order (`dir`: the knowledge folder, where facts overrides sit beside their documents). */
export async function prepareFiles(dir: string, files: FileToPrepare[]): Promise<PreparedFile[]> {
  const reads = new Map<number, Promise<ReadResult>>();
  const read = (i: number) => {
    const p = readDocument(files[i]!.file);
    p.catch(() => undefined); // awaited by loadDocument; an early failure must not count as unhandled
    reads.set(i, p);
  };
  for (let i = 0; i < Math.min(READ_AHEAD, files.length); i++) read(i);
  const out: PreparedFile[] = [];
  for (let i = 0; i < files.length; i++) {
    if (i + READ_AHEAD < files.length) read(i + READ_AHEAD);
    const { id, primary } = files[i]!;
    const loaded = await loadDocument(id, reads.get(i)!, primary);
    reads.delete(i);
    if (!loaded.document) {
      out.push({ id, document: null, facts: null, chunks: [], loadWarnings: loaded.warnings, factsWarnings: [] });
      continue;
    }
    const { facts, warnings } = planFacts(loaded.document, path.join(dir, id));
    out.push({ id, document: loaded.document, facts, chunks: chunkDocument(loaded.document, 0, loaded.items), loadWarnings: loaded.warnings, factsWarnings: warnings });
  }
  return out;
}

/** A plan's facts, with its overrides file; the file's `primary: true|false` also says where the document ranks. */
function planFacts(d: KnowledgeDocument, docPath: string): { facts: PlanFacts | null; warnings: LoadWarning[] } {
  const overrides = findFactsOverrides(docPath);
  let overridesError: string | null = null;
  if (overrides) {
    try {
      const ov = loadFactsOverrides(overrides);
      if (ov.primary !== undefined) d.primary = ov.primary;
    } catch (err) {
      overridesError = (err as Error).message;
    }
  }
  const warnings: LoadWarning[] = [];
  const extracted = withOverrides(extractFacts(d), docPath);
  // withOverrides reports a bad facts file only for plans; reference documents are told here.
  if (!extracted.facts && overridesError) warnings.push({ file: d.id, reason: `facts overrides: ${overridesError}` });
  // A stated count that does not match what was read is never accepted silently.
  for (const w of extracted.warnings) warnings.push({ file: d.id, reason: `facts ${w.section}: ${w.reason}` });
  return { facts: extracted.facts, warnings };
}
