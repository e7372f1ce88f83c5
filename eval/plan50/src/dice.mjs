// Prints, for every question/turn (or for texts given on the command line), the highest character- and
// word-bigram Dice against src/earlier_plan_questions.txt (copy of /tmp/earlier_plan_questions.txt) and the nearest earlier text. Same measures as check.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const SRC = path.dirname(fileURLToPath(import.meta.url));
const map = JSON.parse(fs.readFileSync(path.join(SRC, 'fold_map.json'), 'utf8'));
const fold = s => [...s].map(c => map[c] ?? c).join('');
const norm = s => fold(s).toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
const seg = new Intl.Segmenter('zh', { granularity: 'word' });
const words = s => [...seg.segment(fold(s).toLowerCase())].filter(x => x.isWordLike).map(x => x.segment);
const pairs = a => { const o = new Set(); for (let i = 0; i + 1 < a.length; i++) o.add(a[i] + '\u0001' + a[i + 1]); return o; };
const M = { char: s => pairs([...norm(s)]), word: s => pairs(words(s)) };
const dice = (A, B) => { let c = 0; for (const g of A) if (B.has(g)) c++; return A.size + B.size ? 2 * c / (A.size + B.size) : 0; };
const old = [];
for (const l of fs.readFileSync(path.join(SRC, 'earlier_plan_questions.txt'), 'utf8').split('\n')) if (l.trim()) {
  const parts = l.split(' / ');
  for (const t of parts.length > 1 ? [...parts, parts.join(' ')] : parts) old.push(t);
}
const oldB = Object.fromEntries(Object.entries(M).map(([k, f]) => [k, old.map(f)]));
export function nearest(t) {
  const r = {};
  for (const [k, f] of Object.entries(M)) {
    const g = f(t); let m = 0, who = '';
    oldB[k].forEach((e, i) => { const s = dice(g, e); if (s > m) { m = s; who = old[i]; } });
    r[k] = [m, who];
  }
  return r;
}
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let texts = process.argv.slice(2).map(t => ['arg', t]);
  if (!texts.length) {
    const HERE = path.join(SRC, '..');
    for (const f of ['questions.jsonl', 'conversations.jsonl']) for (const l of fs.readFileSync(path.join(HERE, f), 'utf8').split('\n').filter(Boolean)) {
      const o = JSON.parse(l);
      if (o.q) texts.push([o.id, o.q]); else { o.turns.forEach(t => texts.push([o.id, t])); texts.push([o.id, o.turns.join(' ')]); }
    }
  }
  const onlyBad = process.env.BAD === '1';
  for (const [id, t] of texts) {
    const r = nearest(t);
    const bad = r.char[0] > 0.4 || r.word[0] > 0.4;
    if (onlyBad && !bad) continue;
    console.log(`${bad ? '!!' : 'ok'} ${id} c=${r.char[0].toFixed(3)} w=${r.word[0].toFixed(3)} ${t}\n     c~ ${r.char[1]}\n     w~ ${r.word[1]}`);
  }
}
