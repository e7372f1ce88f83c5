// Quick test: max Dice of candidate strings (argv or stdin lines) against the earlier questions.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const map = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/fold_map.json'), 'utf8'));
const fold = s => [...s].map(c => map[c] ?? c).join('');
const norm = s => fold(s).toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
const bg = s => { const a = [...norm(s)]; const o = new Set(); for (let i = 0; i + 1 < a.length; i++) o.add(a[i] + a[i + 1]); return o; };
const dice = (A, B) => { let c = 0; for (const g of A) if (B.has(g)) c++; return A.size + B.size ? 2 * c / (A.size + B.size) : 0; };
const old = fs.readFileSync('/tmp/earlier_plan_questions.txt', 'utf8').split('\n').filter(l => l.trim()).map(l => [l, bg(l)]);
const cands = process.argv.length > 2 ? process.argv.slice(2) : fs.readFileSync(0, 'utf8').split('\n').filter(l => l.trim());
for (const t of cands) { const g = bg(t); let m = 0, who = ''; for (const [l, e] of old) { const s = dice(g, e); if (s > m) { m = s; who = l; } } console.log(`${m.toFixed(3)} ${t}\n      ~ ${who}`); }
