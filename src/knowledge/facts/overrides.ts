// Hand-written corrections beside a document (`<doc>.facts.yaml|yml|json`). Extraction stays the
// source of truth; the file only adds what the text does not say (a task owner agreed with staff) or
// fixes what the extractor got wrong, and every field it touches is recorded in `overridden` so an
// answer can say the fact comes from the facts file, not from the plan.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type YAMLModule from 'yaml';
import { z } from 'zod';
import type { FactsWarning, PlanFacts } from './plan.ts';

const TaskOverride = z
  .object({
    no: z.number().int().positive(),
    owner: z.string().trim().min(1).optional(),
    name: z.string().trim().min(1).optional(),
    summary: z.string().trim().min(1).optional(),
  })
  .strict();

export const FactsOverridesSchema = z
  .object({
    primary: z.boolean().optional(),
    title: z.string().trim().min(1).optional(),
    fullTitle: z.string().trim().min(1).optional(),
    tasks: z.array(TaskOverride).optional(),
  })
  .strict();

export type FactsOverrides = z.infer<typeof FactsOverridesSchema>;

const EXTENSIONS = ['.facts.yaml', '.facts.yml', '.facts.json'];

/** The overrides file for a document (`knowledge/a.txt` → `knowledge/a.facts.yaml`), if there is one. */
// Loaded on first use (synchronously, as the caller is): few plans carry a facts file, and the
// parser is start-up time for the rest.
let yamlModule: typeof YAMLModule | null = null;
function yaml(): typeof YAMLModule {
  yamlModule ??= createRequire(import.meta.url)('yaml') as typeof YAMLModule;
  return yamlModule;
}

export function findFactsOverrides(docPath: string): string | null {
  const base = docPath.slice(0, docPath.length - path.extname(docPath).length);
  for (const ext of EXTENSIONS) if (fs.existsSync(base + ext)) return base + ext;
  return null;
}

/** Reads and validates an overrides file; a malformed file is an error, not something to skip silently. */
export function loadFactsOverrides(file: string): FactsOverrides {
  const raw = fs.readFileSync(file, 'utf8');
  let data: unknown;
  try {
    data = file.endsWith('.json') ? JSON.parse(raw) : yaml().parse(raw);
  } catch (e) {
    throw new Error(`${file}: cannot parse facts file: ${(e as Error).message}`);
  }
  const parsed = FactsOverridesSchema.safeParse(data ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new Error(`${file}: invalid facts file: ${issues}`);
  }
  return parsed.data;
}

export function applyOverrides(
  facts: PlanFacts,
  ov: FactsOverrides,
): { facts: PlanFacts; warnings: FactsWarning[] } {
  const warnings: FactsWarning[] = [];
  const out: PlanFacts = { ...facts, tasks: facts.tasks.map((t) => ({ ...t })), overridden: [...(facts.overridden ?? [])] };
  const mark = (field: string) => out.overridden!.push(field);
  if (ov.primary !== undefined) {
    out.primary = ov.primary;
    mark('primary');
  }
  if (ov.title) {
    out.title = ov.title;
    mark('title');
  }
  if (ov.fullTitle) {
    out.fullTitle = ov.fullTitle;
    mark('fullTitle');
  }
  for (const t of ov.tasks ?? []) {
    const task = out.tasks.find((x) => x.no === t.no);
    if (!task) {
      warnings.push({ section: 'overrides', reason: `task ${t.no} does not exist (the plan has ${out.tasks.length})` });
      continue;
    }
    for (const key of ['owner', 'name', 'summary'] as const) {
      if (t[key] === undefined) continue;
      task[key] = t[key];
      mark(`tasks.${t.no}.${key}`);
    }
  }
  return { facts: out, warnings };
}

/**
 * Extraction plus the document's overrides file, as a loader wants it. Overrides-file errors become
 * warnings so that one bad file does not take the whole knowledge base down.
 */
export function withOverrides(
  result: { facts: PlanFacts | null; warnings: FactsWarning[] },
  docPath: string,
): { facts: PlanFacts | null; warnings: FactsWarning[] } {
  const file = findFactsOverrides(docPath);
  if (!file || !result.facts) return result;
  try {
    const applied = applyOverrides(result.facts, loadFactsOverrides(file));
    return { facts: applied.facts, warnings: result.warnings.concat(applied.warnings) };
  } catch (e) {
    return { facts: result.facts, warnings: result.warnings.concat({ section: 'overrides', reason: (e as Error).message }) };
  }
}
