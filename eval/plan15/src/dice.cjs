// For each new question (single q, and every turn of a conversation) compute the highest
// character-bigram Dice similarity to every earlier question/turn in /tmp/earlier_plan/*.jsonl.
// Normalisation: traditional->simplified (opencc hk->cn), lower-case, keep only letters/digits/CJK.
// Bigrams are counted as a multiset. Limit: every new question must be <= 0.45.
const fs = require('fs'), path = require('path');
let fold = s => s;
try { const O = require('/work/main/node_modules/opencc-js'); fold = O.Converter({ from: 'hk', to: 'cn' }); } catch (e) {}
const norm = s => fold(s).toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
function grams(s) { const m = new Map(); for (let i = 0; i + 1 < s.length; i++) { const g = s.slice(i, i + 2); m.set(g, (m.get(g) || 0) + 1); } return m; }
function dice(A, B) { let n = 0, a = 0, b = 0; for (const v of A.values()) a += v; for (const v of B.values()) b += v; for (const [g, v] of A) if (B.has(g)) n += Math.min(v, B.get(g)); return a + b ? 2 * n / (a + b) : 0; }
const texts = d => d.q ? [d.q] : d.turns;
const dir = '/tmp/earlier_plan';
const old = [];
for (const f of fs.readdirSync(dir).filter(f => f.endsWith('.jsonl'))) for (const l of fs.readFileSync(path.join(dir, f), 'utf8').split('\n')) if (l.trim()) { const d = JSON.parse(l); texts(d).forEach((t, i) => old.push({ id: d.id + (d.turns ? '#' + (i + 1) : ''), t, g: grams(norm(t)) })); }
const LIMIT = 0.45; let worst = 0, bad = 0; const rows = [];
for (const f of ['questions.jsonl', 'conversations.jsonl']) for (const l of fs.readFileSync(path.join(__dirname, '..', f), 'utf8').split('\n')) if (l.trim()) { const d = JSON.parse(l); texts(d).forEach((t, i) => {
  const g = grams(norm(t)); let best = { s: 0 };
  for (const o of old) { const s = dice(g, o.g); if (s > best.s) best = { s, o }; }
  worst = Math.max(worst, best.s); if (best.s > LIMIT) bad++;
  rows.push(`${best.s > LIMIT ? 'FAIL' : 'ok  '} ${best.s.toFixed(3)} ${d.id}${d.turns ? '#' + (i + 1) : ''} ${t}\n        ~ ${best.o ? best.o.id + ' ' + best.o.t : ''}`);
}); }
if (process.argv.includes('-v')) console.log(rows.join('\n'));
console.log(`earlier questions/turns: ${old.length}; new: ${rows.length}; max Dice = ${worst.toFixed(3)}; over ${LIMIT}: ${bad}`);
process.exit(bad ? 1 : 0);
