// Character-bigram Dice similarity of every question (and every conversation turn, plus the
// joined conversation) against every line of /tmp/earlier_plan_questions.txt.
// Normalisation: fold traditional->simplified (src/fold_map.json), lowercase, drop whitespace,
// punctuation and symbols. Prints per-case max, the closest earlier line, and the overall max.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const HERE = path.dirname(fileURLToPath(import.meta.url));
const EARLIER = process.argv[2] || '/tmp/earlier_plan_questions.txt';
const map = JSON.parse(fs.readFileSync(path.join(HERE, 'fold_map.json'), 'utf8'));
const fold = s => [...s].map(c => map[c] ?? c).join('');
const norm = s => fold(s).toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
const bg = s => { const a = [...norm(s)]; const o = new Set(); for (let i = 0; i + 1 < a.length; i++) o.add(a[i] + a[i + 1]); return o; };
const dice = (A, B) => { let c = 0; for (const g of A) if (B.has(g)) c++; return A.size + B.size ? 2 * c / (A.size + B.size) : 0; };
const old = fs.readFileSync(EARLIER, 'utf8').split('\n').filter(l => l.trim()).map(l => ({ l, g: bg(l) }));
const rd = f => fs.readFileSync(path.join(HERE, '..', f), 'utf8').split('\n').filter(l => l.trim()).map(l => JSON.parse(l));
const cases = [...rd('questions.jsonl'), ...rd('conversations.jsonl')];
let overall = 0, who = '';
const rows = [];
for (const o of cases) {
  const texts = o.q !== undefined ? [o.q] : [...o.turns, o.turns.join(' ')];
  let m = 0, near = '', t0 = '';
  for (const t of texts) { const g = bg(t); for (const e of old) { const s = dice(g, e.g); if (s > m) { m = s; near = e.l; t0 = t; } } }
  rows.push({ id: o.id, max: m, t0, near });
  if (m > overall) { overall = m; who = o.id; }
}
rows.sort((a, b) => b.max - a.max);
for (const r of rows) console.log(`${r.id}\t${r.max.toFixed(3)}\t${r.t0}\n\t\t<= ${r.near}`);
console.log(`OVERALL max ${overall.toFixed(3)} (${who}) over ${old.length} earlier lines`);
if (overall > 0.45) process.exitCode = 1;
