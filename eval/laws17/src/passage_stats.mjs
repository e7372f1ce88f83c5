// For each case: how many lines of its law contain the passage, and how many corpus files contain it
// (whitespace-stripped). Usage: node src/passage_stats.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const here = path.dirname(fileURLToPath(import.meta.url));
const LAWS = process.env.LAWS_DIR || '/work/shared/corpus/laws';
const strip = (s) => String(s).replace(/\s+/g, '');
const files = [];
(function walk(d) { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else if (p.endsWith('.md')) files.push(p); } })(LAWS);
const corpus = files.map((f) => [path.relative(LAWS, f), strip(fs.readFileSync(f, 'utf8'))]);
const cases = ['questions.jsonl', 'conversations.jsonl'].flatMap((n) => fs.readFileSync(path.join(here, '..', n), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)));
for (const c of cases) {
  if (!c.passage) continue;
  const p = strip(c.passage);
  const lines = fs.readFileSync(path.join(LAWS, c.note), 'utf8').split('\n').map(strip).filter((l) => l.includes(p)).length;
  const others = corpus.filter(([n, t]) => n !== c.note && t.includes(p)).map(([n]) => n);
  console.log(`${c.id}\tlines=${lines}\tother_files=${others.length}\t${others.slice(0, 3).join(' | ')}`);
}
