// Highest character-bigram Dice similarity of every new question (and every conversation turn)
// against every earlier question / turn in /tmp/earlier_plan/*.jsonl.
// Normalisation: fold to simplified (opencc hk->cn), lower-case, keep only CJK / letters / digits.
// Dice = 2|A∩B| / (|A|+|B|) over SETS of adjacent-character bigrams.
import fs from 'fs';
import path from 'path';
import { fold } from './fold.mjs';
const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.join(here, '..');
const EARLIER = '/tmp/earlier_plan';
const LIMIT = 0.45;
const norm = s => fold(s).toLowerCase().replace(/[^\p{Script=Han}a-z0-9]/gu, '');
const bigrams = s => { const n = norm(s); const set = new Set(); for (let i = 0; i + 1 < n.length; i++) set.add(n.slice(i, i + 2)); return set; };
const dice = (a, b) => { if (!a.size || !b.size) return 0; let c = 0; for (const x of a) if (b.has(x)) c++; return 2 * c / (a.size + b.size); };
const texts = o => (o.q ? [o.q] : o.turns.length > 1 ? [...o.turns, o.turns.join('')] : o.turns);
const read = f => fs.readFileSync(f, 'utf8').split('\n').filter(l => l.trim()).map(l => JSON.parse(l));
const earlier = [];
for (const f of fs.readdirSync(EARLIER).filter(f => f.endsWith('.jsonl')))
  for (const o of read(path.join(EARLIER, f))) for (const t of texts(o)) earlier.push({ id: `${f}:${o.id}`, t, bg: bigrams(t) });
const mine = [...read(path.join(root, 'questions.jsonl')), ...read(path.join(root, 'conversations.jsonl'))];
let worst = 0, bad = 0; const rows = [];
for (const o of mine) for (const t of texts(o)) {
  const bg = bigrams(t); let best = { d: 0 };
  for (const e of earlier) { const d = dice(bg, e.bg); if (d > best.d) best = { d, e }; }
  rows.push({ id: o.id, d: best.d, t, near: best.e ? `${best.e.id} ${best.e.t}` : '' });
  worst = Math.max(worst, best.d); if (best.d > LIMIT) bad++;
}
rows.sort((a, b) => b.d - a.d);
const verbose = process.argv.includes('-v');
for (const r of rows) if (verbose || r.d > LIMIT) console.log(r.d.toFixed(3), r.id, r.t, '\n      ~', r.near);
console.log(`earlier texts: ${earlier.length}; new texts: ${rows.length}; max Dice ${worst.toFixed(3)}; over ${LIMIT}: ${bad}`);
process.exit(bad ? 1 : 0);
