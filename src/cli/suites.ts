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
  /** `owners`: the share of owners.json's items whose lead unit a chat names; `ownersWrong`: most items given another's. */
  floors: Partial<Record<'answers' | 'refusals' | 'r1' | 'owners' | 'ownersWrong', number>>;
}

/** Who leads each numbered item, asked by chat: named right, another item's units named, of all. */
export interface OwnersResult {
  right: number;
  wrong: number;
  total: number;
}

export interface SuiteResult {
  suite: Suite;
  report: GradeReport;
  /** Floors the run fell below, as `answers 0.80 < 0.84`. */
  below: string[];
  /** Every reply in the order asked — question, answer, grounded/mode and cited sources — for comparing runs. */
  transcript: string;
  /** Owners by chat, for a suite of questions whose folder lists its items' lead units (owners.json). */
  owners?: OwnersResult;
}

/** An owners.json row the check reads: the item as written (`（十九）支持…`) and its lead unit(s) as written. */
interface OwnerRow {
  item: string;
  lead: string[];
}

/** The rows of the suite's owners.json that name an item and its lead units (other shapes are left out). */
function ownerRows(s: Suite): OwnerRow[] {
  const file = path.join(path.dirname(path.resolve(ROOT, s.cases)), 'owners.json');
  if (!/questions\.jsonl$/u.test(s.cases) || !existsSync(file)) return [];
  const rows = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (!Array.isArray(rows)) return [];
  return rows.flatMap((r: Record<string, unknown>) => {
    // An item field that is only its number (`1`, `（三）`, `二（一）` of a part and its item) names nothing a person
    // would ask by; the title does.
    const item = [r.task, r.item, r.title].find(
      (x): x is string => typeof x === 'string' && x.replace(/^(?:[（(]?[一二三四五六七八九十百\d]+[）)、.．]?)+/u, '').trim().length > 0,
    );
    const lead = [r.lead, r.owner].find((x): x is string[] => Array.isArray(x) && x.length > 0 && x.every((u) => typeof u === 'string'));
    return item && lead ? [{ item, lead }] : [];
  });
}

/**
 * Asks who leads each item, by its title (`支持自贸试验区试点汽车平行进口保由哪个部门负责？` — its first 16 characters,
 * its number left off, as someone would name it): right when the first lead unit is named, wrong when another item's
 * units are named instead.
 */
async function askOwners(answerer: Answerer, rows: OwnerRow[]): Promise<OwnersResult> {
  let right = 0;
  let wrong = 0;
  for (const r of rows) {
    const name = r.item.replace(/^[（(][^）)]*[）)]\s*/u, '').replace(/^[一二三四五六七八九十\d]+[、.．]\s*/u, '').slice(0, 16);
    const a = plainText(await answerer.ask(`${name}由哪个部门负责？`));
    if (a.includes(r.lead[0]!)) right++;
    else if (rows.some((x) => x !== r && x.lead.some((u) => !r.lead.includes(u) && a.includes(u)))) wrong++;
  }
  return { right, wrong, total: rows.length };
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
    const rows = ownerRows(s);
    const owners = rows.length ? await askOwners(answerer, rows) : undefined;
    const share = {
      answers: ratio(report.answers, report.answerCases),
      refusals: ratio(report.refusals, report.refusalCases),
      r1: ratio(report.r1, report.retrievalCases),
      owners: owners ? ratio(owners.right, owners.total) : 1,
    };
    const below = Object.entries(s.floors)
      .filter(([k]) => k !== 'ownersWrong')
      .filter(([k, floor]) => share[k as keyof typeof share] < floor!)
      .map(([k, floor]) => `${k} ${share[k as keyof typeof share].toFixed(2)} < ${floor}`);
    // An owner named for another item's work is wrong, not missing: none is allowed but where the floor says so.
    if (owners && owners.wrong > (s.floors.ownersWrong ?? 0)) below.push(`owners wrong ${owners.wrong} > ${s.floors.ownersWrong ?? 0}`);
    return { suite: s, report, below, transcript: said.join('\n'), ...(owners ? { owners } : {}) };
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
  const rows = results.map(({ suite, report: r, below, owners }) => [
    suite.name,
    pct(r.answers, r.answerCases),
    pct(r.refusals, r.refusalCases),
    pct(r.r1, r.retrievalCases),
    pct(r.r3, r.retrievalCases),
    below.length ? `BELOW: ${below.join('; ')}` : 'ok',
    owners ? `${owners.right}/${owners.total}, ${owners.wrong} wrong` : '',
  ]);
  const head = ['suite', 'answers', 'refusals', 'passage@1', 'passage@3', 'floors', 'owners by chat'];
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(width[i]!)).join('  ');
  return [line(head), line(width.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
