// Several plans in one knowledge base: a question that fits them all is answered per plan; a
// question retrieval ties to one plan is answered from that plan.
import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { factsAnswerer } from '../../../src/answer/facts/answerer.ts';
import { Answerer } from '../../../src/answer/pipeline.ts';
import { buildIndex } from '../../../src/retrieval/build.ts';
import type { KnowledgeIndex } from '../../../src/retrieval/knowledge-index.ts';
import { KNOWLEDGE, ROOT, SEED_FILE } from '../../support/seed.ts';
import { plainText } from '../../../src/answer/plain-text.ts';

let index: KnowledgeIndex;
let answerer: Answerer;
beforeAll(async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'plans-'));
  cpSync(path.join(KNOWLEDGE, SEED_FILE), path.join(dir, SEED_FILE));
  cpSync(path.join(ROOT, 'tests/fixtures/second-plan.txt'), path.join(dir, 'second-plan.txt'));
  ({ index } = await buildIndex({ dir, version: 1 }));
  answerer = new Answerer({ index: () => index, facts: factsAnswerer });
});

describe('several plans', () => {
  it('loads the facts of both', () => {
    expect(index.facts).toHaveLength(2);
  });

  it('answers a question that fits every plan for each plan, named', async () => {
    const a = await answerer.ask('一共有几项重点任务?');
    expect(a.mode).toBe('facts');
    const counts = index.facts.map((f) => String(f.tasks.length));
    for (const f of index.facts) expect(plainText(a)).toContain(f.title ?? f.docTitle);
    for (const n of counts) expect(plainText(a)).toContain(n);
    expect(a.citations.length).toBe(2);
  });

  it('answers from the plan a distinctive question points to', async () => {
    const second = index.facts.find((f) => f.docId === 'second-plan.txt')!;
    const task = second.tasks[0]!;
    const a = await answerer.ask(`${task.name}是哪个方面的任务`);
    expect(a.grounded).toBe(true);
    expect(a.citations[0]!.source).toBe(second.docTitle);
  });
});
