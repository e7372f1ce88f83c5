// Prints the nearest earlier question (bigram Dice) for each argument. Usage: node src/dice.mjs "text" ...
import fs from 'node:fs';
const map = JSON.parse(fs.readFileSync(new URL('./fold_map.json', import.meta.url), 'utf8'));
const fold = s => [...s].map(c => map[c] ?? c).join('');
const norm = s => fold(s).toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
const bg = s => { const a = [...norm(s)]; const o = new Set(); for (let i = 0; i + 1 < a.length; i++) o.add(a[i] + a[i + 1]); return o; };
const dice = (A, B) => { let c = 0; for (const g of A) if (B.has(g)) c++; return A.size + B.size ? 2 * c / (A.size + B.size) : 0; };
const old = [];
for (const l of fs.readFileSync('/tmp/earlier_plan_questions.txt', 'utf8').split('\n')) if (l.trim()) {
  const parts = l.split(' / ');
  for (const t of parts.length > 1 ? [...parts, parts.join(' ')] : parts) old.push([t, bg(t)]);
}
for (const t of process.argv.slice(2)) {
  const g = bg(t); let m = 0, near = '';
  for (const [s, e] of old) { const d = dice(g, e); if (d > m) { m = d; near = s; } }
  console.log(m.toFixed(3), t, ' <=> ', near);
}
