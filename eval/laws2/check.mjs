// Check questions.jsonl and conversations.jsonl against the law corpus.
// Usage: node check.mjs [lawsDir]   (default /work/shared/corpus/laws)
// No dependencies. Exits 1 on any problem.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const lawsDir = process.argv[2] || new URL('../../../shared/corpus/laws', import.meta.url).pathname;
const strip = s => s.replace(/[\s\u200b\u3000\ufeff]+/g, '');
const KINDS = new Set(['article', 'fact', 'owner', 'overview', 'policy', 'oos', 'multi']);
const cache = new Map();
const load = rel => {
  if (!cache.has(rel)) {
    const p = path.join(lawsDir, rel);
    cache.set(rel, fs.existsSync(p) ? strip(fs.readFileSync(p, 'utf8')) : null);
  }
  return cache.get(rel);
};
// For refusals the note may be "path；explanation" or only an explanation; for answerable cases it is the path.
const lawPath = note => note.split('；')[0].trim();

const errors = [];
const ids = new Set();
const counts = {};
const laws = new Set();
let english = 0;
let total = 0;

function checkFile(file, multi) {
  const p = path.join(here, file);
  if (!fs.existsSync(p)) { errors.push(`${file}: missing`); return; }
  const lines = fs.readFileSync(p, 'utf8').split('\n').filter(l => l.trim());
  lines.forEach((line, i) => {
    total++;
    let o;
    try { o = JSON.parse(line); } catch (e) { errors.push(`${file}:${i + 1}: JSON parse error ${e.message}`); return; }
    const id = o.id || `${file}:${i + 1}`;
    if (!o.id) errors.push(`${id}: missing id`);
    if (ids.has(id)) errors.push(`${id}: duplicate id`);
    ids.add(id);
    if (!KINDS.has(o.kind)) errors.push(`${id}: bad kind ${o.kind}`);
    if (multi && o.kind !== 'multi') errors.push(`${id}: conversation kind must be multi`);
    if (!multi && o.kind === 'multi') errors.push(`${id}: multi kind outside conversations.jsonl`);
    counts[o.kind] = (counts[o.kind] || 0) + 1;
    let lastQ;
    if (multi) {
      if (!Array.isArray(o.turns) || o.turns.length < 2 || o.turns.some(t => typeof t !== 'string' || !t.trim())) errors.push(`${id}: turns must be 2+ non-empty strings`);
      else lastQ = o.turns[o.turns.length - 1];
      if ('q' in o) errors.push(`${id}: conversation should use turns, not q`);
    } else {
      if (typeof o.q !== 'string' || !o.q.trim()) errors.push(`${id}: missing q`);
      lastQ = o.q;
      if (/^[\x00-\x7f]*$/.test(o.q || '')) english++;
    }
    if (typeof o.note !== 'string' || !o.note.trim()) errors.push(`${id}: missing note`);
    const refusal = o.kind === 'oos' || o.refuse === true;
    if (refusal) {
      if (o.refuse !== true) errors.push(`${id}: refusal without refuse:true`);
      if ('must' in o || 'passage' in o) errors.push(`${id}: refusal must not carry must/passage`);
      return;
    }
    const rel = lawPath(o.note || '');
    const text = load(rel);
    if (text === null) { errors.push(`${id}: law file not found: ${rel}`); return; }
    laws.add(rel);
    if (!Array.isArray(o.must) || !o.must.length) errors.push(`${id}: must missing/empty`);
    else for (const g of o.must) {
      if (!Array.isArray(g) || !g.length) { errors.push(`${id}: bad must group ${JSON.stringify(g)}`); continue; }
      for (const s of g) if (typeof s !== 'string' || !s.trim() || !text.includes(strip(s))) errors.push(`${id}: must string not in law: ${s}`);
    }
    const ps = o.passage;
    if (typeof ps !== 'string') { errors.push(`${id}: passage missing`); return; }
    if (/[\r\n]/.test(ps)) errors.push(`${id}: passage has line break`);
    if (/[（）]/.test(ps)) errors.push(`${id}: passage has full-width parentheses`);
    const n = [...strip(ps)].length;
    if (n < 8 || n > 30) errors.push(`${id}: passage length ${n} not in 8..30`);
    if (!text.includes(strip(ps))) errors.push(`${id}: passage not in law: ${ps}`);
  });
}

checkFile('questions.jsonl', false);
checkFile('conversations.jsonl', true);

console.log(`cases: ${total}; by kind: ${JSON.stringify(counts)}; English questions: ${english}; law files cited: ${laws.size}`);
if (errors.length) {
  console.log(`FAIL (${errors.length})`);
  for (const e of errors) console.log('  ' + e);
  process.exit(1);
}
console.log('OK: every line parses, ids are unique, refusals carry no must/passage, every must string and passage occurs in its law file');
