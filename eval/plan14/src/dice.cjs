// Character-bigram Dice similarity of each new question (single q, and every conversation turn)
// against every earlier plan-suite question/turn in /tmp/earlier_plan/*.jsonl.
// Text is folded to simplified, lower-cased, white space and punctuation removed; bigrams counted as multisets.
const fs = require('fs');
const path = require('path');
const { conv } = require('./fold.cjs');
function norm(s) { return conv(String(s)).toLowerCase().replace(/[\s\p{P}\p{S}]/gu, ''); }
function bigrams(s) { const m = new Map(); for (let i = 0; i + 1 < s.length; i++) { const b = s.slice(i, i + 2); m.set(b, (m.get(b) || 0) + 1); } return m; }
function dice(a, b) {
  const A = bigrams(norm(a)), B = bigrams(norm(b));
  let na = 0, nb = 0, inter = 0;
  for (const v of A.values()) na += v; for (const v of B.values()) nb += v;
  for (const [k, v] of A) if (B.has(k)) inter += Math.min(v, B.get(k));
  return na + nb ? 2 * inter / (na + nb) : 0;
}
function units(file) {
  const out = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line);
    if (o.q) out.push({ id: o.id, text: o.q });
    (o.turns || []).forEach((t, i) => out.push({ id: `${o.id}#${i + 1}`, text: t }));
  }
  return out;
}
const DIR = '/tmp/earlier_plan';
const earlier = fs.readdirSync(DIR).filter(f => f.endsWith('.jsonl')).flatMap(f => units(path.join(DIR, f)).map(u => ({ ...u, file: f })));
const here = path.join(__dirname, '..');
const mine = ['questions.jsonl', 'conversations.jsonl'].flatMap(f => units(path.join(here, f)));
const LIMIT = 0.45;
let worst = { s: 0 }, bad = 0, rows = [];
for (const u of mine) {
  let best = { s: -1 };
  for (const e of earlier) { const s = dice(u.text, e.text); if (s > best.s) best = { s, e }; }
  rows.push(`${best.s.toFixed(3)}  ${u.id}  ~ ${best.e.id}  | ${u.text}  ||  ${best.e.text}`);
  if (best.s > LIMIT) bad++;
  if (best.s > worst.s) worst = { s: best.s, id: u.id, other: best.e.id };
}
// also within the suite (informative)
let inWorst = { s: 0 };
for (let i = 0; i < mine.length; i++) for (let j = i + 1; j < mine.length; j++) {
  const s = dice(mine[i].text, mine[j].text); if (s > inWorst.s) inWorst = { s, a: mine[i].id, b: mine[j].id };
}
if (process.argv.includes('-v')) console.log(rows.sort().reverse().join('\n'));
console.log(`earlier units: ${earlier.length}; new units: ${mine.length}`);
console.log(`max Dice vs earlier: ${worst.s.toFixed(3)} (${worst.id} ~ ${worst.other}); over ${LIMIT}: ${bad}`);
console.log(`max Dice within suite: ${inWorst.s.toFixed(3)} (${inWorst.a} ~ ${inWorst.b})`);
process.exit(bad ? 1 : 0);
