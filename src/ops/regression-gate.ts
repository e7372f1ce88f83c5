// Optional regression gate for reloads: when knowledge/eval.jsonl exists, a freshly built index
// must answer it at least as well as required (a configured minimum, else the serving index's own
// score) or the reload is rejected and the old index keeps serving.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { factsAnswerer } from '../answer/facts/answerer.ts';
import { grade, parseCases } from '../answer/grade.ts';
import { Answerer } from '../answer/pipeline.ts';
import type { BuildResult } from '../retrieval/build.ts';
import type { KnowledgeIndex } from '../retrieval/knowledge-index.ts';
import { ReloadRejected } from '../retrieval/live.ts';

export const EVAL_FILE = 'eval.jsonl';

export interface GateScore {
  answers: number;
  answerCases: number;
  refusals: number;
  refusalCases: number;
  /** Share of all cases passed, 0..100. */
  pct: number;
}

export async function scoreIndex(index: KnowledgeIndex, jsonl: string): Promise<GateScore> {
  // Graded on the embedded default (facts, retrieval, extractive): deterministic and free.
  const answerer = new Answerer({ index: () => index, facts: factsAnswerer });
  const r = await grade(parseCases(jsonl), (q, sid) => answerer.ask(q, { sessionId: sid }));
  const total = r.answerCases + r.refusalCases;
  return { answers: r.answers, answerCases: r.answerCases, refusals: r.refusals, refusalCases: r.refusalCases, pct: total ? Math.round((1000 * (r.answers + r.refusals)) / total) / 10 : 100 };
}

export function regressionGate(knowledgeDir: string, minPct?: number) {
  const file = path.join(knowledgeDir, EVAL_FILE);
  const scores = new WeakMap<KnowledgeIndex, GateScore>();
  const scoreOf = async (index: KnowledgeIndex, jsonl: string) => {
    let s = scores.get(index);
    if (!s) {
      s = await scoreIndex(index, jsonl);
      scores.set(index, s);
    }
    return s;
  };
  return async (candidate: BuildResult, current: BuildResult | null): Promise<ReloadRejected | null> => {
    let jsonl: string;
    try {
      jsonl = await readFile(file, 'utf8');
    } catch {
      return null; // no eval file: no gate
    }
    let score: GateScore;
    try {
      score = await scoreOf(candidate.index, jsonl);
    } catch (err) {
      return new ReloadRejected(`${EVAL_FILE} cannot be graded: ${(err as Error).message}`);
    }
    const required = minPct ?? (current ? (await scoreOf(current.index, jsonl)).pct : 0);
    if (score.pct < required) return new ReloadRejected('regression', { score, required });
    return null;
  };
}
