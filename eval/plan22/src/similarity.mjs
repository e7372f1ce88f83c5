// Lists, for each case text, the most similar earlier question (character-bigram Dice, as in check.mjs).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const HERE = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const map = JSON.parse(fs.readFileSync(path.join(HERE, 'src/fold_map.json'), 'utf8'));
const fold = s => [...s].map(c => map[c] ?? c).join('');
const norm = s => fold(s).toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
const bg = s => { const a = [...norm(s)]; const o = new Set(); for (let i = 0; i + 1 < a.length; i++) o.add(a[i] + a[i + 1]); return o; };
const dice = (A, B) => { let c = 0; for (const g of A) if (B.has(g)) c++; return A.size + B.size ? 2 * c / (A.size + B.size) : 0; };
const old = [];
for (const l of fs.readFileSync('/tmp/earlier_plan/questions.txt', 'utf8').split('\n')) if (l.trim()) {
  const parts = l.split(' / ');
  for (const t of parts.length > 1 ? [...parts, parts.join(' ')] : parts) old.push(t);
}
const oldBg = old.map(bg);
const rows = [];
for (const f of ['questions.jsonl', 'conversations.jsonl'])
  for (const l of fs.readFileSync(path.join(HERE, f), 'utf8').split('\n').filter(Boolean)) {
    const o = JSON.parse(l);
    for (const t of o.q !== undefined ? [o.q] : [...o.turns, o.turns.join(' ')]) {
      const g = bg(t); let best = 0, who = '';
      oldBg.forEach((e, i) => { const s = dice(g, e); if (s > best) { best = s; who = old[i]; } });
      rows.push([best, o.id, t, who]);
    }
  }
rows.sort((a, b) => b[0] - a[0]);
for (const r of rows.slice(0, Number(process.argv[2] || 15))) console.log(r[0].toFixed(3), r[1], r[2], '<=>', r[3]);
