// The eval file's grading rules (../shared/eval/README.md), in-process: the same folding and
// limits as the outside grader, so `npm run eval` and the quality test agree with it.
import { toSimplified } from '../text/normalize.ts';
import type { Answer } from '../knowledge/types.ts';
import { plainText } from './plain-text.ts';

export interface EvalCase {
  id: string;
  kind: string;
  q?: string;
  turns?: string[];
  must?: string[][];
  mustNot?: string[];
  passage?: string;
  refuse?: boolean;
}

export interface GradeReport {
  answers: number;
  answerCases: number;
  refusals: number;
  refusalCases: number;
  r1: number;
  r3: number;
  retrievalCases: number;
  misses: string[];
}

const MAX_CHARS = 600;
const fold = (s: unknown) => toSimplified(String(s ?? '')).replace(/\s+/g, '');

export function parseCases(jsonl: string): EvalCase[] {
  return jsonl
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EvalCase);
}

export async function grade(
  cases: EvalCase[],
  ask: (question: string, sessionId: string) => Promise<Answer>,
): Promise<GradeReport> {
  const r: GradeReport = { answers: 0, answerCases: 0, refusals: 0, refusalCases: 0, r1: 0, r3: 0, retrievalCases: 0, misses: [] };
  for (const c of cases) {
    const sid = `eval-${c.id}-${Date.now()}`;
    let res: Answer | undefined;
    for (const q of c.turns ?? [c.q ?? '']) res = await ask(q, sid);
    const text = fold(plainText(res!));
    const cites = res!.citations.map((x) => fold(x.text));
    if (c.refuse) {
      r.refusalCases++;
      const bad = (c.mustNot ?? []).some((w) => text.includes(fold(w)));
      if (res!.grounded === false && !bad) r.refusals++;
      else r.misses.push(`${c.id} should refuse: ${text.slice(0, 80)}`);
      continue;
    }
    r.answerCases++;
    const ok = res!.grounded !== false && text.length <= MAX_CHARS && (c.must ?? []).every((g) => g.some((w) => text.includes(fold(w))));
    if (ok) r.answers++;
    else r.misses.push(`${c.id} answer miss: ${c.q ?? c.turns?.at(-1)} -> ${text.slice(0, 100)}`);
    if (c.passage) {
      r.retrievalCases++;
      const p = fold(c.passage);
      const fits = (t: string) => t.length <= MAX_CHARS && t.includes(p);
      if (cites[0] && fits(cites[0])) r.r1++;
      if (cites.slice(0, 3).some(fits)) r.r3++;
    }
  }
  return r;
}

export function summary(r: GradeReport): string {
  return `answers ${r.answers}/${r.answerCases}, refusals ${r.refusals}/${r.refusalCases}, retrieval@1 ${r.r1}/${r.retrievalCases}, @3 ${r.r3}/${r.retrievalCases}`;
}
