// Character-bigram Dice similarity of every question / conversation turn of this suite against every
// line of the earlier plan questions (/tmp/earlier_plan_questions.txt, plus /tmp/earlier_plan/questions.txt
// when present). Lines holding " / " are conversation turns: each part and the joined text are compared.
// Usage: node src/dice.mjs [threshold=0.45]   -> prints max per case, exits 1 when any case exceeds.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const HERE = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const LIM = Number(process.argv[2] || 0.45);
const map = JSON.parse(fs.readFileSync(path.join(HERE, 'src/fold_map.json'), 'utf8'));
const fold = s => [...s].map(c => map[c] ?? c).join('');
const norm = s => fold(s).toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
const bg = s => { const a = [...norm(s)]; const o = new Set(); for (let i = 0; i + 1 < a.length; i++) o.add(a[i] + a[i + 1]); return o; };
const dice = (A, B) => { let c = 0; for (const g of A) if (B.has(g)) c++; return A.size + B.size ? 2 * c / (A.size + B.size) : 0; };
const rd = f => fs.readFileSync(path.join(HERE, f), 'utf8').split('\n').filter(l => l.trim()).map(l => JSON.parse(l));
const cases = [...rd('questions.jsonl'), ...rd('conversations.jsonl')];
const own = new Set(cases.filter(o => o.q).map(o => o.q.trim()));
const old = [];
for (const f of ['/tmp/earlier_plan_questions.txt', '/tmp/earlier_plan/questions.txt']) {
  if (!fs.existsSync(f)) continue;
  for (const l of fs.readFileSync(f, 'utf8').split('\n')) if (l.trim() && !own.has(l.trim())) {
    const parts = l.split(' / ');
    for (const t of parts.length > 1 ? [...parts, parts.join(' ')] : parts) old.push([t, bg(t)]);
  }
}
let bad = 0, top = 0;
for (const o of cases) {
  const texts = o.q !== undefined ? [o.q] : [...o.turns, o.turns.join(' ')];
  let max = 0, near = '', which = '';
  for (const t of texts) { const g = bg(t); for (const [s, e] of old) { const d = dice(g, e); if (d > max) { max = d; near = s; which = t; } } }
  top = Math.max(top, max);
  const flag = max > LIM ? 'OVER' : '    ';
  if (max > LIM) bad++;
  if (max > LIM || process.env.ALL) console.log(`${flag} ${o.id} ${max.toFixed(3)} | ${which}\n      ~ ${near}`);
}
console.log(`earlier texts ${old.length}; max ${top.toFixed(3)}; over ${LIM}: ${bad}`);
process.exit(bad ? 1 : 0);
