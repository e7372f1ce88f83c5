// The graded suites of eval/suites.json, each run in-process against the project's knowledge/ plus
// its own documents: what `npm run eval` prints and what the suite test holds to its floors.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { factsAnswerer } from '../answer/facts/answerer.ts';
import { grade, parseCases, type GradeReport } from '../answer/grade.ts';
import { plainText } from '../answer/plain-text.ts';
import { Answerer } from '../answer/pipeline.ts';
import { buildIndex } from '../retrieval/build.ts';

export interface Suite {
  name: string;
  cases: string;
  knowledge: string[];
  floors: Partial<Record<'answers' | 'refusals' | 'r1', number>>;
}

export interface SuiteResult {
  suite: Suite;
  report: GradeReport;
  /** Floors the run fell below, as `answers 0.80 < 0.84`. */
  below: string[];
  /** Every reply in the order asked — question, answer, grounded/mode and cited sources — for comparing runs. */
  transcript: string;
}

export const ROOT = path.resolve(import.meta.dirname, '../..');

export function loadSuites(file = path.join(ROOT, 'eval/suites.json')): Suite[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { suites: Suite[] }).suites;
}

/** Whether the suite's files are here (the shared ones live beside the project, not in it). */
export function available(s: Suite): boolean {
  return [s.cases, ...s.knowledge].every((p) => existsSync(path.resolve(ROOT, p)));
}

export async function runSuite(s: Suite): Promise<SuiteResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'eval-kb-'));
  try {
    cpSync(path.join(ROOT, 'knowledge'), dir, { recursive: true });
    for (const k of s.knowledge) {
      const from = path.resolve(ROOT, k);
      for (const f of readdirSync(from)) cpSync(path.join(from, f), path.join(dir, f), { recursive: true });
    }
    const { index } = await buildIndex({ dir, version: 1 });
    const answerer = new Answerer({ index: () => index, facts: factsAnswerer });
    const said: string[] = [];
    const report = await grade(parseCases(readFileSync(path.resolve(ROOT, s.cases), 'utf8')), async (q, sid) => {
      const a = await answerer.ask(q, { sessionId: sid });
      const cited = a.citations.map((c) => [c.source, ...(c.section ? [c.section] : [])].join(' › '));
      said.push(`Q ${q}\nA ${plainText(a)}\n= ${a.grounded} ${a.mode} | ${cited.join(' | ')}\n`);
      return a;
    });
    const share = { answers: ratio(report.answers, report.answerCases), refusals: ratio(report.refusals, report.refusalCases), r1: ratio(report.r1, report.retrievalCases) };
    const below = Object.entries(s.floors)
      .filter(([k, floor]) => share[k as keyof typeof share] < floor!)
      .map(([k, floor]) => `${k} ${share[k as keyof typeof share].toFixed(2)} < ${floor}`);
    return { suite: s, report, below, transcript: said.join('\n') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function ratio(a: number, n: number): number {
  return n ? a / n : 1;
}

const pct = (a: number, n: number) => (n ? `${a}/${n} (${Math.round((100 * a) / n)}%)` : '—');

/** One table, a row per suite. */
export function table(results: SuiteResult[]): string {
  const rows = results.map(({ suite, report: r, below }) => [
    suite.name,
    pct(r.answers, r.answerCases),
    pct(r.refusals, r.refusalCases),
    pct(r.r1, r.retrievalCases),
    pct(r.r3, r.retrievalCases),
    below.length ? `BELOW: ${below.join('; ')}` : 'ok',
  ]);
  const head = ['suite', 'answers', 'refusals', 'passage@1', 'passage@3', 'floors'];
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(width[i]!)).join('  ');
  return [line(head), line(width.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
