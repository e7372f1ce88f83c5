// Character-bigram Dice of candidate texts against /tmp/earlier_plan_questions.txt (same normalisation
// as check.mjs). Usage: node src/dice.mjs "text" ...   or imported by make.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const HERE = path.dirname(fileURLToPath(import.meta.url));
const map = JSON.parse(fs.readFileSync(path.join(HERE, 'fold_map.json'), 'utf8'));
const fold = s => [...s].map(c => map[c] ?? c).join('');
const norm = s => fold(s).toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
export const bg = s => { const a = [...norm(s)]; const o = new Set(); for (let i = 0; i + 1 < a.length; i++) o.add(a[i] + a[i + 1]); return o; };
export const dice = (A, B) => { let c = 0; for (const g of A) if (B.has(g)) c++; return A.size + B.size ? 2 * c / (A.size + B.size) : 0; };
const old = [];
for (const l of fs.readFileSync('/tmp/earlier_plan_questions.txt', 'utf8').split('\n')) if (l.trim()) {
  const parts = l.split(' / ');
  for (const t of parts.length > 1 ? [...parts, parts.join(' ')] : parts) old.push([t, bg(t)]);
}
export function nearest(t) {
  const g = bg(t); let m = 0, who = '';
  for (const [s, e] of old) { const d = dice(g, e); if (d > m) { m = d; who = s; } }
  return [m, who];
}
if (process.argv[1] === fileURLToPath(import.meta.url))
  for (const t of process.argv.slice(2)) { const [m, w] = nearest(t); console.log(m.toFixed(3), t, '<=>', w); }
