// Character-bigram Dice similarity of new questions against earlier suites' questions.
// Usage: node src/dice.mjs [threshold]  (reads ../questions.jsonl and ../conversations.jsonl)
import fs from 'fs';
import path from 'path';
import { loadOpencc } from './fold.mjs';
const OpenCC = loadOpencc();
const t2s = OpenCC ? OpenCC.Converter({ from: 'hk', to: 'cn' }) : (s) => s;
const norm = (s) => t2s(s).replace(/\s+/g, '').toLowerCase();
function bigrams(s) {
  const m = new Map();
  for (let i = 0; i + 1 < s.length; i++) { const b = s.slice(i, i + 2); m.set(b, (m.get(b) || 0) + 1); }
  return m;
}
export function dice(a, b) {
  const A = bigrams(norm(a)), B = bigrams(norm(b));
  let na = 0, nb = 0, inter = 0;
  for (const v of A.values()) na += v;
  for (const v of B.values()) nb += v;
  for (const [k, v] of A) if (B.has(k)) inter += Math.min(v, B.get(k));
  return na + nb ? (2 * inter) / (na + nb) : 0;
}
const EARLIER = '/tmp/earlier_plan';
const readJsonl = (f) => fs.readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const earlier = [];
for (const f of fs.readdirSync(EARLIER).filter((f) => f.endsWith('.jsonl'))) {
  for (const o of readJsonl(path.join(EARLIER, f))) {
    if (o.q) earlier.push({ id: o.id, q: o.q });
    if (o.turns) { o.turns.forEach((t, i) => earlier.push({ id: `${o.id}#${i + 1}`, q: t })); earlier.push({ id: `${o.id}#all`, q: o.turns.join('') }); }
  }
}
const here = path.dirname(new URL(import.meta.url).pathname);
const mine = [];
for (const f of ['questions.jsonl', 'conversations.jsonl']) {
  const p = path.join(here, '..', f);
  if (!fs.existsSync(p)) continue;
  for (const o of readJsonl(p)) {
    if (o.q) mine.push({ id: o.id, q: o.q });
    if (o.turns) { o.turns.forEach((t, i) => mine.push({ id: `${o.id}#${i + 1}`, q: t })); mine.push({ id: `${o.id}#all`, q: o.turns.join('') }); }
  }
}
const thr = Number(process.argv[2] || 0.45);
let worst = 0, bad = 0;
for (const m of mine) {
  let best = { s: 0 };
  for (const e of earlier) { const s = dice(m.q, e.q); if (s > best.s) best = { s, e }; }
  // also against the other new questions (not the same case)
  let bestOwn = { s: 0 };
  for (const o of mine) { if (o.id.split('#')[0] === m.id.split('#')[0]) continue; const s = dice(m.q, o.q); if (s > bestOwn.s) bestOwn = { s, o }; }
  worst = Math.max(worst, best.s);
  const flag = best.s > thr ? 'OVER' : '';
  if (flag) bad++;
  console.log(`${best.s.toFixed(3)} ${flag.padEnd(4)} ${m.id}  ${m.q}\n        ~ ${best.e ? best.e.id + ' ' + best.e.q : ''}${bestOwn.s > thr ? `\n        own ${bestOwn.s.toFixed(3)} ~ ${bestOwn.o.id} ${bestOwn.o.q}` : ''}`);
}
console.log(`earlier questions: ${earlier.length}; new: ${mine.length}; max Dice vs earlier = ${worst.toFixed(3)}; over ${thr}: ${bad}`);
process.exitCode = bad ? 1 : 0;
