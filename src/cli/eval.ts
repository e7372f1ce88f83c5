// `npm run eval -- FILE.jsonl`: grades a case file in-process against KNOWLEDGE_DIR.
import { readFile } from 'node:fs/promises';
import { loadConfig } from '../config.ts';
import { buildApp } from '../main.ts';
import { grade, parseCases, summary } from '../answer/grade.ts';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run eval -- FILE.jsonl');
  process.exit(2);
}
const app = await buildApp(loadConfig(), { quiet: true });
const report = await grade(parseCases(await readFile(file, 'utf8')), (q, sid) => app.answerer.ask(q, { sessionId: sid }));
for (const m of report.misses) console.log('  ' + m);
console.log(summary(report));
