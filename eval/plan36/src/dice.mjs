// Prints, for every question / turn / whole conversation of this suite (or for texts given on stdin, one per
// line), the highest character-bigram Dice similarity against /tmp/earlier_plan_questions.txt and the nearest
// earlier text. Same normalisation as check.mjs (fold to simplified, lower case, drop white space/punctuation).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const HERE = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const map = JSON.parse(fs.readFileSync(path.join(HERE, 'src/fold_map.json'), 'utf8'));
const fold = s => [...s].map(c => map[c] ?? c).join('');
const norm = s => fold(s).toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
const bg = s => { const a = [...norm(s)]; const o = new Set(); for (let i = 0; i + 1 < a.length; i++) o.add(a[i] + a[i + 1]); return o; };
const dice = (A, B) => { let c = 0; for (const g of A) if (B.has(g)) c++; return A.size + B.size ? 2 * c / (A.size + B.size) : 0; };
const old = [];
for (const l of fs.readFileSync('/tmp/earlier_plan_questions.txt', 'utf8').split('\n')) if (l.trim()) {
  const parts = l.split(' / ');
  for (const t of parts.length > 1 ? [...parts, parts.join(' ')] : parts) old.push([t, bg(t)]);
}
const items = [];
if (process.argv[2] === '-') for (const l of fs.readFileSync(0, 'utf8').split('\n')) { if (l.trim()) items.push(['stdin', l]); }
else {
  for (const f of ['questions.jsonl', 'conversations.jsonl']) for (const l of fs.readFileSync(path.join(HERE, f), 'utf8').split('\n')) if (l.trim()) {
    const o = JSON.parse(l);
    if (o.q !== undefined) items.push([o.id, o.q]); else { o.turns.forEach(t => items.push([o.id, t])); items.push([o.id + '*', o.turns.join(' ')]); }
  }
}
let max = 0;
for (const [id, t] of items) {
  const g = bg(t); let m = 0, who = '';
  for (const [et, e] of old) { const s = dice(g, e); if (s > m) { m = s; who = et; } }
  if (m > max) max = m;
  console.log(`${m.toFixed(3)}${m > 0.40 ? ' !!' : '   '} ${id}  ${t}\n        ~ ${who}`);
}
console.log(`max ${max.toFixed(3)}`);
