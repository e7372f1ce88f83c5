import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_GATE, weighEvidence } from '../../src/answer/gate.ts';
import { parseCases } from '../../src/answer/grade.ts';
import type { KnowledgeIndex } from '../../src/retrieval/knowledge-index.ts';
import { shippedAnswerer } from '../support/kb.ts';
import { DEV_SET } from '../support/seed.ts';

let index: KnowledgeIndex;
beforeAll(async () => {
  ({ index } = await shippedAnswerer());
});

const evidence = (q: string) => {
  const parsed = index.parse(q);
  return weighEvidence(index, parsed, index.search(parsed, 8));
};

describe('refusal gate', () => {
  it('refuses questions whose content words the documents lack', () => {
    for (const q of ['盘锦有哪些好吃的餐馆?', '社保断缴了怎么补?', '明天天气怎么样', '如何申请出国护照']) {
      expect(evidence(q).grounded, q).toBe(false);
    }
  });

  it('accepts questions the documents speak to, in either script and in English', () => {
    for (const q of ['企业融资难怎么办', '高新技術企業目標是多少?', '卡脖子难题怎么解决', 'What talent programs does the plan mention?']) {
      expect(evidence(q).grounded, q).toBe(true);
    }
  });

  it('does not let an English word the dictionary bridge misses outweigh the words it bridges', () => {
    // `minimum`, `streamline` reach no Chinese word: a bridge gap, not a subject the plan lacks.
    for (const q of ['Which talent programmes does the plan set out to streamline recruitment?']) {
      expect(evidence(q).grounded, q).toBe(true);
    }
    expect(evidence('What is the minimum wage for restaurant waiters?').grounded).toBe(false);
  });

  it('weighs rare words over common ones: one shared place name is not evidence', () => {
    const e = evidence('盘锦的房价多少钱一平米');
    expect(e.coverage).toBeLessThan(DEFAULT_GATE.minCoverage);
  });

  it.skipIf(!existsSync(DEV_SET))('separates the dev set: every refusal case below the gate', () => {
    const cases = parseCases(readFileSync(DEV_SET, 'utf8'));
    for (const c of cases.filter((x) => x.refuse)) expect(evidence(c.q!).grounded, c.q).toBe(false);
  });
});
