// Structured facts of a plan (metadata, targets, areas and tasks, policies, measures), extracted by code
// from the normalised text. Staff ask for exact things ("第N项任务是什么", "某指标的目标是多少") that a
// retrieved passage answers only approximately; typed facts answer them exactly, and the counts the
// plan states about itself ("6个方面共计14项任务") tell us when the extraction went wrong.
import { extractAreas } from './areas.ts';
import {
  extractMeasures,
  extractMeta,
  extractPolicies,
  extractSpeakers,
  extractStatedCounts,
  extractTargets,
  headingIndex,
} from './extract.ts';

export type PolicyTopic = 'talent' | 'finance';
export const POLICY_TOPICS: readonly PolicyTopic[] = ['talent', 'finance'];

/** Every fact carries `source`: a sentence (or clause) that occurs verbatim in the normalised text. */
export interface Sourced {
  source: string;
  /** The heading the source sits under, for the citation's `section`. */
  section?: string;
}

export interface Period {
  text: string;
  start: number;
  end: number;
}

export interface Speaker extends Sourced {
  name: string;
  unit: string;
  post: string;
}

export interface TargetItem extends Sourced {
  /** The clause without its deadline prefix. */
  text: string;
  metric: string;
  /** `40`, `8`, `全省第四位`, `不低于…水平`; absent for qualitative targets. */
  value?: string;
  unit?: string;
  /** `以上`, `以下`… */
  qualifier?: string;
  rank?: number;
  deadline?: string;
}

export interface TargetGroup extends Sourced {
  no: number;
  name: string;
  items: TargetItem[];
}

export interface Partner extends Sourced {
  name: string;
}

export interface Task extends Sourced {
  no: number;
  areaNo: number;
  name: string;
  /** Sentences that describe this task; empty when they could not be aligned one per task. */
  sentences: string[];
  partners: Partner[];
  /** Only from an overrides file: the text names no task-level owner. */
  owner?: string;
  /** Only from an overrides file. */
  summary?: string;
}

export interface Area extends Sourced {
  no: number;
  title: string;
  /** The sentence `X是推动….` that carries the title. */
  titleSource: string;
  statedTasks: number | null;
  taskNos: number[];
  /** Description sentences not attributed to a single task (counts or wording did not line up). */
  sentences: string[];
  /** Partners named in those unattributed sentences (`与X共同推进…`). */
  partners: Partner[];
}

export interface PolicyItem extends Sourced {
  topic: PolicyTopic;
  text: string;
  areaNo?: number;
  taskNo?: number;
}

export interface Measures extends Sourced {
  items: string[];
  aspects: string[];
  /** The counts the measure sentence states (`2项措施`, `两个方面`), for the cross-check. */
  statedItems: number | null;
  statedAspects: number | null;
}

export interface StatedCount extends Sourced {
  value: number;
}

export interface PlanFacts {
  docId: string;
  /** The document's display title: the citation `source`. */
  docTitle: string;
  primary: boolean;
  /** Plan name without 《》 and period, e.g. `某市工业增长三年行动专项方案`. */
  title: string | null;
  /** `name(period)`, as the plan is formally called. */
  fullTitle: string | null;
  period: Period | null;
  titleSource: Sourced | null;
  releaseDate: (Sourced & { text: string }) | null;
  leadUnit: (Sourced & { name: string }) | null;
  speakers: Speaker[];
  targetGroups: TargetGroup[];
  areas: Area[];
  tasks: Task[];
  policies: Record<PolicyTopic, PolicyItem[]>;
  measures: Measures | null;
  /** Fields set by an overrides file (`tasks.15.owner`): not from the text, and answers say so. */
  overridden?: string[];
  /** What the text says about its own size; each is checked against what was extracted. */
  stated: {
    areas: StatedCount[];
    tasks: StatedCount[];
    targetGroups: StatedCount[];
  };
}

export interface FactsWarning {
  section: string;
  reason: string;
}

export interface FactsResult {
  facts: PlanFacts | null;
  warnings: FactsWarning[];
}

export interface PlanCounts {
  targetGroups: number;
  targets: number;
  areas: number;
  tasks: number;
  speakers: number;
  measures: number;
  policies: Record<PolicyTopic, number>;
}

export function planCounts(f: PlanFacts): PlanCounts {
  return {
    targetGroups: f.targetGroups.length,
    targets: f.targetGroups.reduce((n, g) => n + g.items.length, 0),
    areas: f.areas.length,
    tasks: f.tasks.length,
    speakers: f.speakers.length,
    measures: f.measures?.items.length ?? 0,
    policies: { talent: f.policies.talent.length, finance: f.policies.finance.length },
  };
}

/**
 * Extracts the facts of a plan written in the 新闻发布会解读 style. Returns null facts for a document
 * that has neither target groups nor task areas (a law, a notice): it is not a plan.
 */
export function extractFacts(doc: { id: string; title: string; text: string; primary?: boolean }): FactsResult {
  const lines = doc.text.split('\n');
  const speakers = extractSpeakers(lines);
  const headings = headingIndex(lines, new Set(speakers.map((s) => s.source)));
  const targetGroups = extractTargets(lines, headings);
  const stated = extractStatedCounts(lines, headings);
  const { areas, tasks } = extractAreas(lines, headings, stated.areas[0]?.value ?? null);
  if (targetGroups.length === 0 && areas.length === 0) return { facts: null, warnings: [] };

  const meta = extractMeta(lines, headings);
  const facts: PlanFacts = {
    docId: doc.id,
    docTitle: doc.title,
    primary: doc.primary ?? false,
    ...meta,
    speakers,
    targetGroups,
    areas,
    tasks,
    policies: extractPolicies(lines, headings, areas, tasks, new Set(speakers.map((s) => s.source))),
    measures: extractMeasures(lines, headings),
    stated,
  };
  return { facts, warnings: crossCheck(facts) };
}

/** Compares what the text says about itself with what was extracted; every mismatch is reported. */
export function crossCheck(f: PlanFacts): FactsWarning[] {
  const warnings: FactsWarning[] = [];
  const check = (section: string, what: string, stated: StatedCount[], found: number) => {
    for (const s of stated) {
      if (s.value !== found) {
        warnings.push({
          section,
          reason: `text states ${s.value} ${what} but ${found} were extracted (原文：${s.source.slice(0, 60)})`,
        });
      }
    }
  };
  check('targets', 'target groups', f.stated.targetGroups, f.targetGroups.length);
  check('areas', 'areas', f.stated.areas, f.areas.length);
  check('tasks', 'tasks', f.stated.tasks, f.tasks.length);
  for (const a of f.areas) {
    if (a.statedTasks !== null && a.statedTasks !== a.taskNos.length) {
      warnings.push({
        section: `area ${a.no}`,
        reason: `area ${a.no} (${a.title}) states ${a.statedTasks} tasks but ${a.taskNos.length} names were found`,
      });
    }
  }
  return warnings.concat(f.measures ? measureWarnings(f.measures) : []);
}

function measureWarnings(m: Measures): FactsWarning[] {
  const out: FactsWarning[] = [];
  if (m.statedItems !== null && m.statedItems !== m.items.length) {
    out.push({ section: 'measures', reason: `text states ${m.statedItems} measures but ${m.items.length} were found` });
  }
  if (m.statedAspects !== null && m.statedAspects !== m.aspects.length) {
    out.push({
      section: 'measures.aspects',
      reason: `text states ${m.statedAspects} aspects of the measures but ${m.aspects.length} were found`,
    });
  }
  return out;
}
