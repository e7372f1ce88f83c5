// Eleven graded questions of the shared dev set that the service answers from the shipped plan
// text today (facts and extractive alike): uploaded in another format, the plan must answer them too.
import { readFileSync } from 'node:fs';
import { grade, parseCases, type EvalCase, type GradeReport } from '../../src/answer/grade.ts';
import type { ChatResponse } from '../../src/channels/presenters/http.ts';
import { DEV_SET } from './seed.ts';

export const GRADED_IDS = ['d01', 'd03', 'd05', 'd07', 'd08', 'd09', 'd13', 'd14', 'd15', 'd18', 'd28'];

export const GRADED: EvalCase[] = parseCases(readFileSync(DEV_SET, 'utf8')).filter((c) => GRADED_IDS.includes(c.id));

/** Asks the graded questions over HTTP; the report, and every answer as it came. */
export async function gradeOver(base: string): Promise<{ report: GradeReport; answers: ChatResponse[] }> {
  const answers: ChatResponse[] = [];
  const report = await grade(GRADED, async (question, sessionId) => {
    const res = await fetch(`${base}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question, sessionId }) });
    const answer = (await res.json()) as ChatResponse;
    answers.push(answer);
    // Graded as the text the API sent, 来源 line and all (its plain text is that text again).
    return { body: answer.answer, sources: [], grounded: answer.grounded, citations: answer.citations, mode: answer.mode };
  });
  return { report, answers };
}
