// Prints, for each case (or for ad-hoc strings given as args), the most similar earlier question (bigram Dice).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const HERE = path.dirname(fileURLToPath(import.meta.url));
const map = JSON.parse(fs.readFileSync(path.join(HERE, 'fold_map.json'), 'utf8'));
const fold = s => [...s].map(c => map[c] ?? c).join('');
const norm = s => fold(s).toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
const bg = s => { const a = [...norm(s)]; const o = new Set(); for (let i = 0; i + 1 < a.length; i++) o.add(a[i] + a[i + 1]); return o; };
const dice = (A, B) => { let c = 0; for (const g of A) if (B.has(g)) c++; return A.size + B.size ? 2 * c / (A.size + B.size) : 0; };
const old = fs.readFileSync('/tmp/earlier_plan/questions.txt', 'utf8').split('\n').filter(l => l.trim()).map(l => [l, bg(l)]);
let items = process.argv.slice(2).map((q, i) => ({ id: 'arg' + i, texts: [q] }));
if (!items.length) for (const f of ['questions.jsonl', 'conversations.jsonl']) {
  const p = path.join(HERE, '..', f); if (!fs.existsSync(p)) continue;
  for (const l of fs.readFileSync(p, 'utf8').split('\n').filter(Boolean)) { const o = JSON.parse(l); items.push({ id: o.id, texts: o.q ? [o.q] : [...o.turns, o.turns.join(' ')] }); }
}
for (const it of items) for (const t of it.texts) {
  let best = 0, who = ''; const g = bg(t);
  for (const [s, e] of old) { const d = dice(g, e); if (d > best) { best = d; who = s; } }
  console.log(`${best > 0.45 ? '!!' : best > 0.38 ? '~ ' : '  '} ${best.toFixed(3)} ${it.id} | ${t}\n        ~ ${who}`);
}
