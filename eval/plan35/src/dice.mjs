// Character-bigram Dice of every question / turn / whole conversation of this suite against
// /tmp/earlier_plan_questions.txt (same normalisation as check.mjs). Prints the nearest earlier text
// for every case, worst first.  Usage: node src/dice.mjs [limit]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const HERE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const map = JSON.parse(fs.readFileSync(path.join(HERE, 'src/fold_map.json'), 'utf8'));
const fold = s => [...s].map(c => map[c] ?? c).join('');
const norm = s => fold(s).toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
const bg = s => { const a = [...norm(s)]; const o = new Set(); for (let i = 0; i + 1 < a.length; i++) o.add(a[i] + a[i + 1]); return o; };
const dice = (A, B) => { let c = 0; for (const g of A) if (B.has(g)) c++; return A.size + B.size ? 2 * c / (A.size + B.size) : 0; };
const read = f => fs.readFileSync(path.join(HERE, f), 'utf8').split('\n').filter(l => l.trim()).map(l => JSON.parse(l));
const cases = [...read('questions.jsonl'), ...read('conversations.jsonl')];
const old = [];
for (const l of fs.readFileSync('/tmp/earlier_plan_questions.txt', 'utf8').split('\n')) if (l.trim()) {
  const parts = l.split(' / ');
  for (const t of parts.length > 1 ? [...parts, parts.join(' ')] : parts) old.push([t, bg(t)]);
}
const rows = [];
for (const o of cases) for (const t of (o.q !== undefined ? [o.q] : [...o.turns, o.turns.join(' ')])) {
  const g = bg(t); let best = 0, who = '';
  for (const [e, eg] of old) { const s = dice(g, eg); if (s > best) { best = s; who = e; } }
  rows.push([best, o.id, t, who]);
}
rows.sort((a, b) => b[0] - a[0]);
for (const [s, id, t, w] of rows.slice(0, Number(process.argv[2] || 20))) console.log(`${s.toFixed(3)} ${id} | ${t}\n      ~ ${w}`);
