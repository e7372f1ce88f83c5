// Lists, per case text, the most similar earlier question (character-bigram Dice, as check.mjs computes it).
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
const own = new Set(fs.readFileSync(path.join(HERE, 'questions.jsonl'), 'utf8').split('\n').filter(Boolean).map(l => JSON.parse(l).q.trim()));
for (const l of fs.readFileSync('/tmp/earlier_plan/questions.txt', 'utf8').split('\n')) if (l.trim() && !own.has(l.trim())) {
  const parts = l.split(' / ');
  for (const t of parts.length > 1 ? [...parts, parts.join(' ')] : parts) old.push(t);
}
const oldB = old.map(bg);
const limit = Number(process.argv[2] ?? 0.35);
for (const f of ['questions.jsonl', 'conversations.jsonl'])
  for (const l of fs.readFileSync(path.join(HERE, f), 'utf8').split('\n').filter(Boolean)) {
    const o = JSON.parse(l);
    const texts = o.q !== undefined ? [o.q] : [...o.turns, o.turns.join(' ')];
    for (const t of texts) { const g = bg(t); let m = 0, w = ''; oldB.forEach((e, i) => { const s = dice(g, e); if (s > m) { m = s; w = old[i]; } }); if (m > limit) console.log(o.id, m.toFixed(2), t, '<=>', w); }
  }
