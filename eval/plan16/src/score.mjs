// ad-hoc: node src/score.mjs "candidate" ... -> best Dice vs earlier questions
import fs from 'fs'; import path from 'path'; import { fold } from './fold.mjs';
const norm = s => fold(s).toLowerCase().replace(/[^\p{Script=Han}a-z0-9]/gu, '');
const bg = s => { const n = norm(s), S = new Set(); for (let i = 0; i + 1 < n.length; i++) S.add(n.slice(i, i + 2)); return S; };
const dice = (a, b) => { let c = 0; for (const x of a) if (b.has(x)) c++; return 2 * c / (a.size + b.size); };
const E = [];
for (const f of fs.readdirSync('/tmp/earlier_plan')) for (const l of fs.readFileSync(path.join('/tmp/earlier_plan', f), 'utf8').split('\n')) if (l.trim()) { const o = JSON.parse(l); for (const t of (o.q ? [o.q] : [...o.turns, o.turns.join('')])) E.push([t, bg(t)]); }
for (const c of process.argv.slice(2)) { const b = bg(c); let best = [0, '']; for (const [t, e] of E) { const d = dice(b, e); if (d > best[0]) best = [d, t]; } console.log(best[0].toFixed(3), c, '\n   ~', best[1]); }
