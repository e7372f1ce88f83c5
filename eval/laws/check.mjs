// Verify questions.jsonl against the law corpus.
// Usage: node check.mjs [lawsDir]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const lawsDir = process.argv[2] || '/work/shared/corpus/laws';
const strip = s => s.replace(/[\s\u200b\u3000\ufeff]+/g, '');
const KINDS = new Set(['article', 'fact', 'owner', 'overview', 'policy', 'oos']);
const cache = new Map();
const load = rel => {
  if (!cache.has(rel)) {
    const p = path.join(lawsDir, rel);
    cache.set(rel, fs.existsSync(p) ? strip(fs.readFileSync(p, 'utf8')) : null);
  }
  return cache.get(rel);
};

const lines = fs.readFileSync(path.join(here, 'questions.jsonl'), 'utf8').split('\n').filter(l => l.trim());
const errors = [];
const counts = {};
const ids = new Set();
const laws = new Set();
let english = 0;
lines.forEach((line, i) => {
  let o;
  try { o = JSON.parse(line); } catch (e) { errors.push(`line ${i + 1}: JSON parse error ${e.message}`); return; }
  const id = o.id || `line${i + 1}`;
  if (ids.has(id)) errors.push(`${id}: duplicate id`);
  ids.add(id);
  if (!KINDS.has(o.kind)) errors.push(`${id}: bad kind ${o.kind}`);
  counts[o.kind] = (counts[o.kind] || 0) + 1;
  if (typeof o.q !== 'string' || !o.q.trim()) errors.push(`${id}: missing q`);
  if (typeof o.note !== 'string' || !o.note.trim()) errors.push(`${id}: missing note`);
  if (/^[\x00-\x7f]*$/.test(o.q || '')) english++;
  if (o.kind === 'oos') {
    if (o.refuse !== true) errors.push(`${id}: oos without refuse:true`);
    if (o.must || o.passage) errors.push(`${id}: oos should not carry must/passage`);
    return;
  }
  const text = load(o.note);
  if (text === null) { errors.push(`${id}: law file not found: ${o.note}`); return; }
  laws.add(o.note);
  if (!Array.isArray(o.must) || !o.must.length) errors.push(`${id}: must missing/empty`);
  else for (const g of o.must) {
    if (!Array.isArray(g) || !g.length) { errors.push(`${id}: bad must group ${JSON.stringify(g)}`); continue; }
    for (const s of g) if (typeof s !== 'string' || !s || !text.includes(strip(s))) errors.push(`${id}: must string not in law: ${s}`);
  }
  const p = o.passage;
  if (typeof p !== 'string') { errors.push(`${id}: passage missing`); return; }
  if (/[\r\n]/.test(p)) errors.push(`${id}: passage has line break`);
  if (/[（）]/.test(p)) errors.push(`${id}: passage has full-width parentheses`);
  const n = [...strip(p)].length;
  if (n < 8 || n > 30) errors.push(`${id}: passage length ${n} not in 8..30`);
  if (!text.includes(strip(p))) errors.push(`${id}: passage not in law: ${p}`);
});

console.log(`cases: ${lines.length}; by kind: ${JSON.stringify(counts)}; English: ${english}; laws: ${laws.size}`);
if (errors.length) { console.log(`FAIL (${errors.length})`); errors.forEach(e => console.log('  ' + e)); process.exit(1); }
console.log('OK: all lines parse; all must strings and passages found in the cited law files');
