// Character-bigram Dice similarity of this suite's questions/turns against /tmp/earlier_plan/questions.txt
// (same normalisation as check.mjs). Usage: node src/sim.mjs [top]   -> prints the closest pairs and the max.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const HERE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const map = JSON.parse(fs.readFileSync(path.join(HERE, 'src/fold_map.json'), 'utf8'));
const fold = s => [...s].map(c => map[c] ?? c).join('');
const norm = s => fold(s).toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
const bg = s => { const a = [...norm(s)]; const o = new Set(); for (let i = 0; i + 1 < a.length; i++) o.add(a[i] + a[i + 1]); return o; };
const dice = (A, B) => { let c = 0; for (const g of A) if (B.has(g)) c++; return A.size + B.size ? 2 * c / (A.size + B.size) : 0; };
const rd = f => fs.readFileSync(path.join(HERE, f), 'utf8').split('\n').filter(l => l.trim()).map(l => JSON.parse(l));
const qs = rd('questions.jsonl'), cs = rd('conversations.jsonl');
const own = new Set(qs.map(o => o.q.trim()));
const old = [];
for (const l of fs.readFileSync('/tmp/earlier_plan/questions.txt', 'utf8').split('\n')) if (l.trim() && !own.has(l.trim())) {
  const parts = l.split(' / ');
  for (const t of parts.length > 1 ? [...parts, parts.join(' ')] : parts) old.push([t, bg(t)]);
}
const texts = o => o.q !== undefined ? [o.q] : [...o.turns, o.turns.join(' ')];
const rows = [];
for (const o of [...qs, ...cs]) for (const t of texts(o)) {
  const g = bg(t); let best = 0, who = '';
  for (const [e, eg] of old) { const s = dice(g, eg); if (s > best) { best = s; who = e; } }
  rows.push([best, o.id, t, who]);
}
rows.sort((a, b) => b[0] - a[0]);
const top = Number(process.argv[2] || 10);
for (const r of rows.slice(0, top)) console.log(`${r[0].toFixed(3)} ${r[1]} | ${r[2]}\n      ~ ${r[3]}`);
console.log(`max ${rows[0][0].toFixed(3)} (${rows[0][1]}); over 0.45: ${rows.filter(r => r[0] > 0.45).length}; compared with ${old.length} earlier texts`);
