// `npm run eval`: every suite of eval/suites.json, one table (and the misses with --misses).
// `npm run eval -- FILE.jsonl`: grades one case file in-process against KNOWLEDGE_DIR.
// `npm run eval -- --only=law`: only the suites whose name holds the words (a quicker look at one genre);
// `--only='eval/real8)|eval/laws2)'`: those whose name holds any of them (suite names hold commas).
import { readFile } from 'node:fs/promises';
import { loadConfig } from '../config.ts';
import { buildApp } from '../main.ts';
import { grade, parseCases, summary } from '../answer/grade.ts';
import { available, loadSuites, runSuite, table, type SuiteResult } from './suites.ts';

const args = process.argv.slice(2);
const file = args.find((a) => a.endsWith('.jsonl'));
if (file) {
  const app = await buildApp(loadConfig(), { quiet: true });
  const report = await grade(parseCases(await readFile(file, 'utf8')), (q, sid) => app.answerer.ask(q, { sessionId: sid }));
  for (const m of report.misses) console.log('  ' + m);
  console.log(summary(report));
  process.exit(0);
}
const results: SuiteResult[] = [];
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split('|').filter(Boolean);
for (const s of loadSuites().filter((x) => !only || only.some((o) => x.name.includes(o)))) {
  if (!available(s)) {
    console.log(`skipped (files absent): ${s.name}`);
    continue;
  }
  const r = await runSuite(s);
  if (args.includes('--misses')) for (const m of r.report.misses) console.log(`  [${s.name}] ${m}`);
  results.push(r);
}
console.log(table(results));
process.exit(results.some((r) => r.below.length) ? 1 : 0);
