// Report, for each question / conversation turn (and joined turns), the highest character-bigram Dice
// against the lines of /tmp/earlier_plan_questions.txt. Usage: node src/dice.mjs [threshold]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const HERE = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const map = JSON.parse(fs.readFileSync(path.join(HERE, 'src/fold_map.json'), 'utf8'));
const fold = s => [...s].map(c => map[c] ?? c).join('');
const norm = s => fold(s).toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
const bg = s => { const a = [...norm(s)]; const o = new Set(); for (let i = 0; i + 1 < a.length; i++) o.add(a[i] + a[i + 1]); return o; };
const dice = (A, B) => { let c = 0; for (const g of A) if (B.has(g)) c++; return A.size + B.size ? 2 * c / (A.size + B.size) : 0; };
const lines = fs.readFileSync('/tmp/earlier_plan_questions.txt', 'utf8').split('\n').filter(l => l.trim());
const old = lines.map(l => [l, bg(l)]);
const th = Number(process.argv[2] ?? 0.4);
const rd = f => fs.readFileSync(path.join(HERE, f), 'utf8').split('\n').filter(l => l.trim()).map(l => JSON.parse(l));
for (const o of [...rd('questions.jsonl'), ...rd('conversations.jsonl')]) {
  const texts = o.q !== undefined ? [o.q] : [...o.turns, o.turns.join(' ')];
  for (const t of texts) {
    let best = 0, who = '';
    const g = bg(t);
    for (const [l, e] of old) { const s = dice(g, e); if (s > best) { best = s; who = l; } }
    if (best > th) console.log(`${o.id} ${best.toFixed(3)}\n  ours: ${t}\n  old:  ${who}`);
  }
}
