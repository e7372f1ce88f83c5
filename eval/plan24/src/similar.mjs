// Lists this suite's question texts whose character-bigram Dice against any earlier question
// (/tmp/earlier_plan/questions.txt) is above a threshold (default 0.38), with the nearest earlier text.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const HERE = path.dirname(fileURLToPath(import.meta.url));
const TH = Number(process.argv[2] || 0.38);
const map = JSON.parse(fs.readFileSync(path.join(HERE, 'fold_map.json'), 'utf8'));
const fold = s => [...s].map(c => map[c] ?? c).join('');
const norm = s => fold(s).toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
const bg = s => { const a = [...norm(s)]; const o = new Set(); for (let i = 0; i + 1 < a.length; i++) o.add(a[i] + a[i + 1]); return o; };
const dice = (A, B) => { let c = 0; for (const g of A) if (B.has(g)) c++; return A.size + B.size ? 2 * c / (A.size + B.size) : 0; };
const rd = f => fs.readFileSync(path.join(HERE, '..', f), 'utf8').split('\n').filter(Boolean).map(l => JSON.parse(l));
const qs = rd('questions.jsonl'), cs = rd('conversations.jsonl');
const own = new Set(qs.map(o => o.q.trim()));
const old = [];
for (const l of fs.readFileSync('/tmp/earlier_plan/questions.txt', 'utf8').split('\n')) if (l.trim() && !own.has(l.trim())) {
  const parts = l.split(' / ');
  for (const t of parts.length > 1 ? [...parts, parts.join(' ')] : parts) old.push([t, bg(t)]);
}
for (const o of [...qs, ...cs]) for (const t of o.q !== undefined ? [o.q] : [...o.turns, o.turns.join(' ')]) {
  const g = bg(t); let best = 0, who = '';
  for (const [s, e] of old) { const d = dice(g, e); if (d > best) { best = d; who = s; } }
  if (best > TH) console.log(`${o.id} ${best.toFixed(3)}\n   ours: ${t}\n   old : ${who}`);
}
