// Dice of candidate questions (one per line on stdin) against /tmp/earlier_plan_questions.txt; used while drafting.
// Usage: node src/try_dice.mjs < candidates.txt
import fs from 'node:fs';
const map = JSON.parse(fs.readFileSync('/work/main/eval/plan35/src/fold_map.json', 'utf8'));
const fold = s => [...s].map(c => map[c] ?? c).join('');
const norm = s => fold(s).toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
const bg = s => { const a = [...norm(s)]; const o = new Set(); for (let i = 0; i + 1 < a.length; i++) o.add(a[i] + a[i + 1]); return o; };
const dice = (A, B) => { let c = 0; for (const g of A) if (B.has(g)) c++; return A.size + B.size ? 2 * c / (A.size + B.size) : 0; };
const old = [];
for (const l of fs.readFileSync('/tmp/earlier_plan_questions.txt', 'utf8').split('\n')) if (l.trim()) { const parts = l.split(' / '); for (const t of parts.length > 1 ? [...parts, parts.join(' ')] : parts) old.push([t, bg(t)]); }
for (const t of fs.readFileSync(0, 'utf8').split('\n').filter(x => x.trim())) { const g = bg(t); let b = 0, w = ''; for (const [e, eg] of old) { const s = dice(g, eg); if (s > b) { b = s; w = e; } } console.log(b.toFixed(3), t, '\n   ~', w); }
