// Usage: node src/sim.mjs "candidate 1" "candidate 2" ...  -> max bigram Dice vs earlier question lists
import fs from 'node:fs';
const map = JSON.parse(fs.readFileSync(new URL('./fold_map.json', import.meta.url), 'utf8'));
const fold = s => [...s].map(c => map[c] ?? c).join('');
const norm = s => fold(s).toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
const bg = s => { const a = [...norm(s)]; const o = new Set(); for (let i = 0; i + 1 < a.length; i++) o.add(a[i] + a[i + 1]); return o; };
const dice = (A, B) => { let c = 0; for (const g of A) if (B.has(g)) c++; return A.size + B.size ? 2 * c / (A.size + B.size) : 0; };
const old = [];
for (const f of ['/tmp/earlier_plan_questions.txt', '/tmp/earlier_plan/questions.txt'].filter(f => fs.existsSync(f)))
  for (const l of fs.readFileSync(f, 'utf8').split('\n')) if (l.trim()) { const p = l.split(' / '); for (const t of p.length > 1 ? [...p, p.join(' ')] : p) old.push([bg(t), t]); }
for (const c of process.argv.slice(2)) { const g = bg(c); let m = 0, w = ''; for (const [e, t] of old) { const s = dice(g, e); if (s > m) { m = s; w = t; } } console.log(m.toFixed(3), c, '<=>', w); }
