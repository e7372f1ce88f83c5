// Character-bigram Dice of texts against /tmp/earlier_plan_questions.txt (same normalisation as check.mjs).
// Usage: node src/dice.mjs "question one" "question two" ...   -> prints max Dice and the nearest earlier text
// As a module: import { nearest } from './dice.mjs'
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const HERE = path.dirname(fileURLToPath(import.meta.url));
const map = JSON.parse(fs.readFileSync(path.join(HERE, 'fold_map.json'), 'utf8'));
const fold = s => [...s].map(c => map[c] ?? c).join('');
const norm = s => fold(s).toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
export const bg = s => { const a = [...norm(s)]; const o = new Set(); for (let i = 0; i + 1 < a.length; i++) o.add(a[i] + a[i + 1]); return o; };
export const dice = (A, B) => { let c = 0; for (const g of A) if (B.has(g)) c++; return A.size + B.size ? 2 * c / (A.size + B.size) : 0; };
export const EARLIER_FILE = '/tmp/earlier_plan_questions.txt';
// earlier texts: every line, and for lines made of turns joined by " / ", every turn and the turns joined
export function loadEarlier(own = new Set()) {
  const old = [];
  for (const l of fs.readFileSync(EARLIER_FILE, 'utf8').split('\n')) if (l.trim() && !own.has(l.trim())) {
    const parts = l.split(' / ');
    for (const t of parts.length > 1 ? [...parts, parts.join(' ')] : parts) if (!own.has(t.trim())) old.push({ t, g: bg(t) });
  }
  return old;
}
export function nearest(text, old) {
  const g = bg(text); let m = 0, who = '';
  for (const e of old) { const s = dice(g, e.g); if (s > m) { m = s; who = e.t; } }
  return { max: m, nearest: who };
}
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const old = loadEarlier();
  for (const t of process.argv.slice(2)) { const r = nearest(t, old); console.log(r.max.toFixed(3), t, '<=>', r.nearest); }
}
