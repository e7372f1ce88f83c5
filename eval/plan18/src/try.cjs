// Quick check of candidate lines (stdin) against earlier questions; same measure as dice.cjs.
const fs = require('fs'), path = require('path');
const OpenCC = require('/work/main/node_modules/opencc-js');
const conv = OpenCC.Converter({ from: 'hk', to: 'cn' });
const norm = s => conv(s).toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
const bg = s => { const a = [...norm(s)]; const o = []; for (let i = 0; i + 1 < a.length; i++) o.push(a[i] + a[i + 1]); return o; };
const d = (x, y) => { const A = new Set(x), B = new Set(y); let c = 0; for (const g of A) if (B.has(g)) c++; return 2 * c / (A.size + B.size); };
const E = [];
for (const f of fs.readdirSync('/tmp/earlier_plan')) for (const l of fs.readFileSync('/tmp/earlier_plan/' + f, 'utf8').split('\n')) { if (!l.trim()) continue; const o = JSON.parse(l); const t = o.q ? [o.q] : [...o.turns, o.turns.join(' ')]; for (const x of t) E.push([o.id, x, bg(x)]); }
for (const line of fs.readFileSync(0, 'utf8').split('\n')) { if (!line.trim()) continue; const g = bg(line); let b = [0]; for (const e of E) { const s = d(g, e[2]); if (s > b[0]) b = [s, e[0], e[1]]; } console.log(b[0].toFixed(3), line, ' <~> ', b[1], b[2]); }
