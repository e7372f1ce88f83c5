// usage: node src/try.mjs "candidate 1" "candidate 2" ... -> best Dice vs earlier questions
import fs from 'fs';
import { createRequire } from 'module';
const require = createRequire(import.meta.url);
const toCn = require('/work/main/node_modules/opencc-js').Converter({ from: 'hk', to: 'cn' });
const norm = s => toCn(s).toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
const bg = s => { const m = new Map(), a = [...norm(s)]; for (let i = 0; i + 1 < a.length; i++) { const b = a[i] + a[i + 1]; m.set(b, (m.get(b) || 0) + 1); } return m; };
const dice = (A, B) => { let n = 0, sa = 0, sb = 0; for (const v of A.values()) sa += v; for (const v of B.values()) sb += v; for (const [k, v] of A) if (B.has(k)) n += Math.min(v, B.get(k)); return 2 * n / (sa + sb || 1); };
const E = [];
for (const f of fs.readdirSync('/tmp/earlier_plan')) for (const l of fs.readFileSync('/tmp/earlier_plan/' + f, 'utf8').split('\n').filter(x => x.trim())) { const o = JSON.parse(l); (o.q ? [o.q] : o.turns).forEach(t => E.push([t, bg(t)])); }
for (const c of process.argv.slice(2)) { const B = bg(c); let best = [0, '']; for (const [t, b] of E) { const d = dice(B, b); if (d > best[0]) best = [d, t]; } console.log(best[0].toFixed(3), c, ' ~ ', best[1]); }
