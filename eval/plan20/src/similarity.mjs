// Lists each question/turn whose character-bigram Dice against /tmp/earlier_plan/questions.txt exceeds 0.3 (run from the suite folder).
import fs from 'node:fs';
const map = JSON.parse(fs.readFileSync('src/fold_map.json','utf8'));
const fold = s => [...s].map(c => map[c] ?? c).join('');
const norm = s => fold(s).toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
const bg = s => { const a = [...norm(s)]; const o = new Set(); for (let i = 0; i + 1 < a.length; i++) o.add(a[i] + a[i + 1]); return o; };
const dice = (A, B) => { let c = 0; for (const g of A) if (B.has(g)) c++; return A.size + B.size ? 2 * c / (A.size + B.size) : 0; };
const old = [];
for (const l of fs.readFileSync('/tmp/earlier_plan/questions.txt','utf8').split('\n')) if (l.trim()) { const p = l.split(' / '); for (const t of p.length>1?[...p,p.join(' ')]:p) old.push(t); }
const ob = old.map(t => [t, bg(t)]);
const rd = f => fs.readFileSync(f,'utf8').split('\n').filter(Boolean).map(JSON.parse);
for (const o of [...rd('questions.jsonl'), ...rd('conversations.jsonl')]) {
  const ts = o.q !== undefined ? [o.q] : [...o.turns, o.turns.join(' ')];
  for (const t of ts) { let m = 0, w = ''; const g = bg(t); for (const [e, b] of ob) { const s = dice(g, b); if (s > m) { m = s; w = e; } } if (m > 0.3) console.log(o.id, m.toFixed(2), t, '<->', w); }
}
