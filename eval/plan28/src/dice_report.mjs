// Per-case maximum character-bigram Dice against /tmp/earlier_plan_questions.txt (same normalisation as check.mjs).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const map = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/fold_map.json'), 'utf8'));
const fold = s => [...s].map(c => map[c] ?? c).join('');
const norm = s => fold(s).toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
const bg = s => { const a = [...norm(s)]; const o = new Set(); for (let i = 0; i + 1 < a.length; i++) o.add(a[i] + a[i + 1]); return o; };
const dice = (A, B) => { let c = 0; for (const g of A) if (B.has(g)) c++; return A.size + B.size ? 2 * c / (A.size + B.size) : 0; };
const lines = fs.readFileSync('/tmp/earlier_plan_questions.txt', 'utf8').split('\n').filter(l => l.trim());
const old = lines.map(l => [l, bg(l)]);
const read = f => fs.readFileSync(path.join(ROOT, f), 'utf8').split('\n').filter(l => l.trim()).map(l => JSON.parse(l));
const thr = Number(process.argv[2] ?? 0);
for (const o of [...read('questions.jsonl'), ...read('conversations.jsonl')]) {
  const texts = o.q !== undefined ? [o.q] : [...o.turns, o.turns.join(' ')];
  for (const t of texts) {
    const g = bg(t); let m = 0, who = '';
    for (const [l, e] of old) { const s = dice(g, e); if (s > m) { m = s; who = l; } }
    if (m >= thr) console.log(`${m.toFixed(3)} ${o.id} ${t}\n      ~ ${who}`);
  }
}
