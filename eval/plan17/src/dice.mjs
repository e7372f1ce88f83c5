// For each new question (every single-turn q and every conversation turn) compute the highest
// character-bigram Dice similarity to every earlier question (/tmp/earlier_plan/*.jsonl, q and each turn).
// Text is folded hk->cn, lower-cased, and stripped of white space and punctuation/symbols before bigramming.
// Bigrams are counted as a multiset: dice = 2*|A∩B| / (|A|+|B|).
import fs from 'fs';
import { createRequire } from 'module';
const require = createRequire(import.meta.url);
const OpenCC = require('/work/main/node_modules/opencc-js');
const toCn = OpenCC.Converter({ from: 'hk', to: 'cn' });
const dir = new URL('..', import.meta.url).pathname;
const LIMIT = 0.45;
const norm = s => toCn(s).toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
function bigrams(s) { const m = new Map(); const a = [...norm(s)];
  for (let i = 0; i + 1 < a.length; i++) { const b = a[i] + a[i + 1]; m.set(b, (m.get(b) || 0) + 1); } return m; }
function dice(A, B) { let n = 0, sa = 0, sb = 0; for (const v of A.values()) sa += v; for (const v of B.values()) sb += v;
  for (const [k, v] of A) if (B.has(k)) n += Math.min(v, B.get(k)); return sa + sb ? 2 * n / (sa + sb) : 0; }
const readL = f => fs.readFileSync(f, 'utf8').split('\n').filter(l => l.trim()).map(JSON.parse);
const texts = o => o.q ? [o.q] : o.turns;
const earlier = [];
for (const f of fs.readdirSync('/tmp/earlier_plan').filter(f => f.endsWith('.jsonl')))
  for (const o of readL('/tmp/earlier_plan/' + f)) texts(o).forEach((t, i) => earlier.push({ id: o.id + (o.turns ? `#${i + 1}` : ''), t, bg: bigrams(t) }));
const mine = [];
for (const f of ['questions.jsonl', 'conversations.jsonl'])
  for (const o of readL(dir + f)) texts(o).forEach((t, i) => mine.push({ id: o.id + (o.turns ? `#${i + 1}` : ''), t, bg: bigrams(t) }));
let worst = 0, bad = 0; const rows = [];
for (const m of mine) {
  let best = { d: 0 };
  for (const e of earlier) { const d = dice(m.bg, e.bg); if (d > best.d) best = { d, e }; }
  let self = { d: 0 };
  for (const o of mine) if (o !== m) { const d = dice(m.bg, o.bg); if (d > self.d) self = { d, o }; }
  worst = Math.max(worst, best.d); if (best.d > LIMIT) bad++;
  rows.push(`${best.d > LIMIT ? 'FAIL' : 'ok  '} ${best.d.toFixed(3)} ${m.id} ${m.t}\n       ~ ${best.e ? best.e.id + ' ' + best.e.t : ''}   [within suite max ${self.d.toFixed(3)} ${self.o ? self.o.id : ''}]`);
}
if (process.argv.includes('-v')) console.log(rows.join('\n'));
console.log(`earlier questions/turns: ${earlier.length}; new questions/turns: ${mine.length}; max Dice vs earlier: ${worst.toFixed(3)}; over ${LIMIT}: ${bad}`);
process.exit(bad ? 1 : 0);
