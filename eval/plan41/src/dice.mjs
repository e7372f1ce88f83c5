// node src/dice.mjs : for every question, conversation turn and whole conversation, the highest
// character-bigram Dice coefficient against /tmp/earlier_plan_questions.txt and the nearest earlier text
// (same normalisation as check.mjs). Prints a Markdown table used in README.md.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const HERE = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const map = JSON.parse(fs.readFileSync(path.join(HERE, 'src/fold_map.json'), 'utf8'));
const fold = s => [...s].map(c => map[c] ?? c).join('');
const norm = s => fold(s).toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
const bg = s => { const a = [...norm(s)]; const o = new Set(); for (let i = 0; i + 1 < a.length; i++) o.add(a[i] + a[i + 1]); return o; };
const dice = (A, B) => { let c = 0; for (const g of A) if (B.has(g)) c++; return A.size + B.size ? 2 * c / (A.size + B.size) : 0; };
const old = fs.readFileSync('/tmp/earlier_plan_questions.txt', 'utf8').split('\n').filter(l => l.trim()).map(t => [t, bg(t)]);
const rd = f => fs.readFileSync(path.join(HERE, f), 'utf8').split('\n').filter(l => l.trim()).map(l => JSON.parse(l));
const near = t => { const g = bg(t); let m = 0, w = ''; for (const [o, e] of old) { const s = dice(g, e); if (s > m) { m = s; w = o; } } return [m, w]; };
console.log('| id | max Dice | nearest earlier question |\n|---|---|---|');
for (const o of [...rd('questions.jsonl'), ...rd('conversations.jsonl')]) {
  const texts = o.q !== undefined ? [o.q] : [...o.turns, o.turns.join(' ')];
  let best = [0, ''];
  for (const t of texts) { const r = near(t); if (r[0] > best[0]) best = r; }
  console.log(`| ${o.id} | ${best[0].toFixed(3)} | ${best[1].replace(/\|/g, '/')} |`);
}
