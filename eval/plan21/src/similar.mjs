// Lists, for each case text, the most similar earlier question (character-bigram Dice, same measure as check.mjs).
import fs from 'node:fs';
const map = JSON.parse(fs.readFileSync(new URL('./fold_map.json', import.meta.url), 'utf8'));
const fold = s => [...s].map(c => map[c] ?? c).join('');
const norm = s => fold(s).toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
const bg = s => { const a = [...norm(s)]; const o = new Set(); for (let i = 0; i + 1 < a.length; i++) o.add(a[i] + a[i + 1]); return o; };
const dice = (A, B) => { let c = 0; for (const g of A) if (B.has(g)) c++; return A.size + B.size ? 2 * c / (A.size + B.size) : 0; };
const old = [];
for (const l of fs.readFileSync('/tmp/earlier_plan/questions.txt', 'utf8').split('\n')) if (l.trim()) {
  const parts = l.split(' / ');
  for (const t of parts.length > 1 ? [...parts, parts.join(' ')] : parts) old.push(t);
}
const rd = f => fs.readFileSync(new URL('../' + f, import.meta.url), 'utf8').split('\n').filter(Boolean).map(JSON.parse);
const min = Number(process.argv[2] || 0.3);
for (const o of [...rd('questions.jsonl'), ...rd('conversations.jsonl')]) {
  const texts = o.q !== undefined ? [o.q] : [...o.turns, o.turns.join(' ')];
  for (const t of texts) {
    let best = 0, who = '';
    for (const e of old) { const s = dice(bg(t), bg(e)); if (s > best) { best = s; who = e; } }
    if (best >= min) console.log(`${o.id} ${best.toFixed(3)} | ${t} | ${who}`);
  }
}
