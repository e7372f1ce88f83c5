// ad-hoc helper used while drafting: max Dice of candidate strings (argv) against the earlier questions
import fs from 'node:fs';
const map = JSON.parse(fs.readFileSync(new URL('./fold_map.json', import.meta.url), 'utf8'));
const fold = s => [...s].map(c => map[c] ?? c).join('');
const norm = s => fold(s).toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
const bg = s => { const a = [...norm(s)]; const o = new Set(); for (let i = 0; i + 1 < a.length; i++) o.add(a[i] + a[i + 1]); return o; };
const dice = (A, B) => { let c = 0; for (const g of A) if (B.has(g)) c++; return A.size + B.size ? 2 * c / (A.size + B.size) : 0; };
const old = fs.readFileSync('/tmp/earlier_plan_questions.txt', 'utf8').split('\n').filter(l => l.trim()).map(l => ({ l, g: bg(l) }));
for (const t of process.argv.slice(2)) { let m = 0, n = ''; const g = bg(t); for (const e of old) { const s = dice(g, e.g); if (s > m) { m = s; n = e.l; } } console.log(m.toFixed(3), t, '<=', n); }
