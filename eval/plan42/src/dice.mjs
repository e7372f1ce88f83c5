// Prints, for every question, conversation turn and whole conversation of this suite, the highest
// character-bigram Dice similarity against /tmp/earlier_plan_questions.txt and the nearest earlier text
// (same normalisation as check.mjs). Run: node src/dice.mjs
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
const rd = f => fs.readFileSync(path.join(HERE, f), 'utf8').split('\n').filter(Boolean).map(JSON.parse);
let max = 0;
for (const o of [...rd('questions.jsonl'), ...rd('conversations.jsonl')]) {
  const texts = o.q !== undefined ? [o.q] : [...o.turns, o.turns.join(' ')];
  for (const t of texts) {
    const g = bg(t); let m = 0, w = '';
    for (const [l, e] of old) { const s = dice(g, e); if (s > m) { m = s; w = l; } }
    max = Math.max(max, m);
    console.log(`${o.id}\t${m.toFixed(3)}\t${t}\t<= ${w}`);
  }
}
console.log(`max ${max.toFixed(3)}`);
