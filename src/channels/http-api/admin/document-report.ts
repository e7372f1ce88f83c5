// The load report per document, as the console's 文档 tab shows it: what was read (type, size,
// characters, chunks, facts), what went wrong (anomalies, warnings) and when the file changed.
// Files the loader warned about but could not load (a scanned PDF) are listed too, with zeros: an
// admin who uploaded one must see it and why it does not answer.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { PlanFacts } from '../../../knowledge/facts/plan.ts';
import { readerFor } from '../../../knowledge/readers/registry.ts';
import type { BuildResult } from '../../../retrieval/build.ts';

export interface FactCounts {
  items: number;
  owners: number;
  targets: number;
  amounts: number;
}

export interface DocumentReport {
  id: string;
  title: string;
  type: string;
  bytes: number | null;
  characters: number;
  chunks: number;
  facts: FactCounts;
  anomalies: { line: number; position: number; fragment: string; reason: string }[];
  warnings: string[];
  updatedAt: string | null;
  /** False when the file is in the folder but gave no document (a scan, an unreadable file). */
  loaded: boolean;
}

/**
 * Counts of what the facts stage extracted from a plan, from whatever its structure offers today:
 * items are tasks, owners the distinct units named for them (and the lead unit), targets the target
 * items, amounts the targets with a number. Documents without plan facts count zero.
 */
export function factCounts(facts: PlanFacts | undefined): FactCounts {
  if (!facts) return { items: 0, owners: 0, targets: 0, amounts: 0 };
  const tasks = facts.tasks ?? [];
  const owners = new Set<string>();
  if (facts.leadUnit?.name) owners.add(facts.leadUnit.name);
  for (const t of tasks) {
    if (t.owner) owners.add(t.owner);
    for (const p of t.partners ?? []) owners.add(p.name);
  }
  const targets = (facts.targetGroups ?? []).flatMap((g) => g.items ?? []);
  return { items: tasks.length, owners: owners.size, targets: targets.length, amounts: targets.filter((t) => t.value !== undefined && /\d/.test(t.value)).length };
}

/** The plan facts' counts and the structure's (knowledge/facts/document.ts), whichever read more of each. */
function merged(plan: FactCounts, structure: FactCounts | undefined): FactCounts {
  if (!structure) return plan;
  return {
    items: Math.max(plan.items, structure.items),
    owners: Math.max(plan.owners, structure.owners),
    targets: Math.max(plan.targets, structure.targets),
    amounts: Math.max(plan.amounts, structure.amounts),
  };
}

/**
 * Reports for every document the last build read or warned about; with `only`, for exactly those
 * ids (a file the build passed over silently, such as front matter only, still gets its row).
 */
export async function documentReports(build: BuildResult | null, knowledgeDir: string, only?: string[]): Promise<DocumentReport[]> {
  if (!build) return [];
  const warningsOf = new Map<string, string[]>();
  for (const w of build.warnings) warningsOf.set(w.file, [...(warningsOf.get(w.file) ?? []), w.reason]);
  const facts = new Map(build.index.facts.map((f) => [f.docId, f]));
  const loaded = new Map(build.report.map((r) => [r.id, r]));
  // Documents, then files of a readable type that gave none (alias tables and prompts are not documents).
  const ids = [...loaded.keys(), ...[...warningsOf.keys()].filter((id) => !loaded.has(id) && readerFor(id))];
  const wanted = only ?? ids;
  return Promise.all(
    wanted.map(async (id) => {
      const r = loaded.get(id);
      const s = await stat(path.join(knowledgeDir, id)).catch(() => null);
      return {
        id,
        title: r?.title ?? path.basename(id, path.extname(id)),
        type: readerFor(id)?.type ?? path.extname(id).slice(1),
        bytes: s ? s.size : null,
        characters: r?.characters ?? 0,
        chunks: r?.chunks ?? 0,
        facts: merged(factCounts(facts.get(id)), r?.facts),
        anomalies: r?.anomalies ?? [],
        warnings: warningsOf.get(id) ?? [],
        updatedAt: s ? s.mtime.toISOString() : null,
        loaded: Boolean(r),
      };
    }),
  );
}

/** One document in full for the preview: its normalised text, the outline of its sections, and its facts. */
export function documentDetail(build: BuildResult, id: string) {
  const doc = build.index.documents.find((d) => d.id === id);
  if (!doc) return null;
  // Sections in reading order, each once, with how many chunks it has: the structure as retrieval sees it.
  const outline: { section: string[]; chunks: number }[] = [];
  const at = new Map<string, number>();
  for (const c of build.index.chunks) {
    if (c.docId !== id) continue;
    const key = c.section.join(' › ');
    const i = at.get(key);
    if (i === undefined) {
      at.set(key, outline.length);
      outline.push({ section: c.section, chunks: 1 });
    } else outline[i]!.chunks++;
  }
  return { text: doc.text, outline, facts: build.index.facts.find((f) => f.docId === id) ?? null };
}
