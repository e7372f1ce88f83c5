// Character-bigram Dice similarity of each new question (and each conversation turn, and each
// conversation's joined turns) against every earlier question / turn / joined conversation in
// /tmp/earlier_plan/*.jsonl. Text is folded to simplified (opencc hk->cn), lower-cased, and
// stripped of white space and punctuation before bigrams are taken. Set-based Dice:
// 2|A∩B|/(|A|+|B|). Multiset Dice is reported as well. Usage: node src/dice.cjs [limit]
const fs = require('fs');
const path = require('path');
const OpenCC = require('/work/main/node_modules/opencc-js');
const conv = OpenCC.Converter({ from: 'hk', to: 'cn' });
const LIMIT = Number(process.argv[2] || 0.45);
const norm = s => conv(s).toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
const bigrams = s => { const a = [...norm(s)]; const out = []; for (let i = 0; i + 1 < a.length; i++) out.push(a[i] + a[i + 1]); if (a.length === 1) out.push(a[0]); return out; };
const diceSet = (x, y) => { const A = new Set(x), B = new Set(y); if (!A.size || !B.size) return 0; let c = 0; for (const g of A) if (B.has(g)) c++; return 2 * c / (A.size + B.size); };
const diceMulti = (x, y) => { if (!x.length || !y.length) return 0; const m = new Map(); for (const g of x) m.set(g, (m.get(g) || 0) + 1); let c = 0; for (const g of y) { const k = m.get(g); if (k) { c++; m.set(g, k - 1); } } return 2 * c / (x.length + y.length); };
const texts = o => { const t = []; if (o.q) t.push(o.q); if (o.turns) { t.push(...o.turns); t.push(o.turns.join(' ')); } return t; };
const dir = '/tmp/earlier_plan';
const earlier = [];
for (const f of fs.readdirSync(dir).filter(f => f.endsWith('.jsonl'))) {
  for (const line of fs.readFileSync(path.join(dir, f), 'utf8').split('\n')) {
    if (!line.trim()) continue; const o = JSON.parse(line);
    for (const t of texts(o)) earlier.push({ id: o.id, file: f, t, g: bigrams(t) });
  }
}
const mine = [];
for (const f of ['questions.jsonl', 'conversations.jsonl']) {
  const p = path.join(__dirname, '..', f); if (!fs.existsSync(p)) continue;
  for (const line of fs.readFileSync(p, 'utf8').split('\n')) { if (line.trim()) mine.push(JSON.parse(line)); }
}
let worst = 0, worstMulti = 0, bad = 0; const rows = [];
for (const o of mine) {
  let best = { s: 0 }, bestM = 0;
  for (const t of texts(o)) {
    const g = bigrams(t);
    for (const e of earlier) { const s = diceSet(g, e.g); if (s > best.s) best = { s, t, e }; const m = diceMulti(g, e.g); if (m > bestM) bestM = m; }
  }
  worst = Math.max(worst, best.s); worstMulti = Math.max(worstMulti, bestM);
  if (best.s > LIMIT || bestM > LIMIT) bad++;
  rows.push(`${(best.s > LIMIT || bestM > LIMIT) ? 'OVER' : '    '} ${o.id} set=${best.s.toFixed(3)} multi=${bestM.toFixed(3)}  ${best.t}  <~>  ${best.e ? best.e.id + ' ' + best.e.t : ''}`);
}
// within-suite near duplicates
const within = [];
for (let i = 0; i < mine.length; i++) for (let j = i + 1; j < mine.length; j++) {
  const s = diceSet(bigrams(texts(mine[i]).join(' ')), bigrams(texts(mine[j]).join(' ')));
  if (s > LIMIT) within.push(`within ${mine[i].id} ~ ${mine[j].id} ${s.toFixed(3)}`);
}
console.log(rows.join('\n'));
console.log(within.join('\n'));
console.log(`earlier texts: ${earlier.length}; new cases: ${mine.length}; max set-Dice ${worst.toFixed(3)}; max multiset-Dice ${worstMulti.toFixed(3)}; over ${LIMIT}: ${bad}`);
process.exit(bad || within.length ? 1 : 0);
