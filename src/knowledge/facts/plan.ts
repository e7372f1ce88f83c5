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
import type { FactsResult, FactsWarning, Measures, PlanCounts, PlanFacts, StatedCount } from './types.ts';

export { POLICY_TOPICS } from './types.ts';
export type {
  PolicyTopic, Sourced, Period, Speaker, TargetItem, TargetGroup, Partner, Task, Area, PolicyItem, Measures, StatedCount, PlanFacts,
  FactsWarning, FactsResult, PlanCounts,
} from './types.ts';

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
