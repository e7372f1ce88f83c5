// Similarity helper: for each case in questions.jsonl / conversations.jsonl, print the max
// character-bigram Dice against /tmp/earlier_plan/questions.txt and the nearest earlier text.
// Same normalisation as check.mjs (fold, lower-case, drop whitespace/punctuation/symbols).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const HERE = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
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
const thr = Number(process.argv[2] ?? 0.38);
let gmax = 0;
for (const o of [...qs, ...cs]) {
  let max = 0, near = '', mine = '';
  for (const t of texts(o)) { const g = bg(t); for (const [e, eg] of old) { const s = dice(g, eg); if (s > max) { max = s; near = e; mine = t; } } }
  gmax = Math.max(gmax, max);
  if (max >= thr) console.log(`${o.id} ${max.toFixed(3)}\n   mine: ${mine}\n   old : ${near}`);
}
console.log('max', gmax.toFixed(3));
