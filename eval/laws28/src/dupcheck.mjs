// For each chosen law, list other corpus files sharing >= 3 of its long lines (near-duplicate copies).
import fs from 'node:fs'; import path from 'node:path';
const LAWS = '/work/shared/corpus/laws';
const notes = [...new Set(fs.readFileSync(new URL('../questions.jsonl', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l).note))];
const files = []; (function w(d) { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) w(p); else if (e.name.endsWith('.md')) files.push(path.relative(LAWS, p)); } })(LAWS);
const lines = (f) => new Set(fs.readFileSync(path.join(LAWS, f), 'utf8').split('\n').map((l) => l.replace(/\s+/g, '')).filter((l) => l.length >= 30));
const all = files.map((f) => [f, lines(f)]);
for (const n of notes) {
  const mine = lines(n);
  const dup = all.filter(([f, s]) => f !== n && [...mine].filter((l) => s.has(l)).length >= 3).map(([f, s]) => `${f} (${[...mine].filter((l) => s.has(l)).length}/${mine.size})`);
  console.log(n, '=>', dup.join('; ') || '-');
}
