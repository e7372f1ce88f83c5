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
import { answererOver } from '../../support/docs.ts';
import { namedDocuments } from '../../../src/answer/facts/documents.ts';

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

describe('a document named by a short form of its title, beside one sharing its long word', () => {
  it('counts 工业互联网 once per title, not once per part (工业, 互联网): 行动计划 tells the two apart', async () => {
    const { index: idx } = await answererOver({
      '河湾省工业互联网创新发展行动计划.txt': '河湾省工业互联网创新发展行动计划\n\n1.推进外网建设。(责任单位：省通信管理局)\n2.建设企业级平台。(责任单位：省经济和信息化厅)\n',
      '支持工业互联网发展若干政策.txt': '支持工业互联网发展若干政策\n\n一、支持平台建设。对平台给予奖补。(省财政厅牵头)\n',
      '河湾市工业增长三年行动方案.txt': '河湾市工业增长三年行动方案\n\n一、推动工业增长。到2025年工业增加值年均增长6%。\n',
    });
    const [first, second] = namedDocuments(idx, '工业互联网行动计划第2项由哪些单位负责？');
    expect(first!.doc.title).toBe('河湾省工业互联网创新发展行动计划');
    // Clearly, not by a hair: counted per part, the shared word made it 1.7 times.
    expect(first!.score).toBeGreaterThanOrEqual(second!.score * 2);
  });
});
