// A knowledge base made of the given documents (file name → text), built for one test: the setup
// every test of a document shape repeats.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { factsAnswerer } from '../../src/answer/facts/answerer.ts';
import { Answerer } from '../../src/answer/pipeline.ts';
import { buildIndex } from '../../src/retrieval/build.ts';
import type { PlanFacts } from '../../src/knowledge/facts/plan.ts';
import { beforeAll } from 'vitest';

export async function answererOver(files: Record<string, string>, withFacts = false) {
  const dir = mkdtempSync(path.join(tmpdir(), 'docs-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  const { index } = await buildIndex({ dir, version: 1 });
  // The index holds the texts it read: the folder is not needed once it is built.
  rmSync(dir, { recursive: true, force: true });
  return { index, answerer: new Answerer({ index: () => index, ...(withFacts ? { facts: factsAnswerer } : {}) }) };
}

/** The shipped plan and a second plan of the genre, each loaded alone as its city would load it. */
export const PLAN_FILES = ['knowledge/盘锦市工业增长三年行动专项方案-新闻发布会解读.txt', 'tests/fixtures/second-plan.txt'];

/**
 * Each plan alone, its facts and an answerer over it, filled in before the tests of the file run (`beforeAll`):
 * tests of a plan's shape run on every plan of the genre, not only the shipped one.
 */
export function eachPlanAlone(files: readonly string[] = PLAN_FILES): { f: PlanFacts; answerer: Answerer }[] {
  const root = path.resolve(import.meta.dirname, '../..');
  const plans: { f: PlanFacts; answerer: Answerer }[] = [];
  beforeAll(async () => {
    for (const file of files) {
      const { answerer, index } = await answererOver({ [path.basename(file)]: readFileSync(path.join(root, file), 'utf8') }, true);
      plans.push({ f: index.facts[0]!, answerer });
    }
  });
  return plans;
}
