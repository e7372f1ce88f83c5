// Self-check for suite laws8. Usage: node check.mjs   (no dependencies)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const LAWS = process.env.LAWS_DIR || '/work/shared/corpus/laws';
const USED = '/tmp/used_laws.txt';
const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'multi']);
const errors = [];
const err = (id, msg) => errors.push(`${id}: ${msg}`);
const strip = (s) => String(s).replace(/\s+/g, '');
const norm = (s) => strip(s).toLowerCase();

function readJsonl(file) {
  const out = [];
  const lines = fs.readFileSync(path.join(HERE, file), 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    try { out.push(JSON.parse(line)); } catch (e) { err(`${file}:${i + 1}`, 'JSON parse error ' + e.message); }
  });
  return out;
}

const docCache = new Map();
function doc(note) {
  if (!docCache.has(note)) {
    const p = path.join(LAWS, note);
    docCache.set(note, fs.existsSync(p) ? strip(fs.readFileSync(p, 'utf8')) : null);
  }
  return docCache.get(note);
}
const base = (p) => path.basename(p).replace(/\.md$/, '').replace(/\(\d{4}-\d{2}-\d{2}\)$/, '');

const qs = readJsonl('questions.jsonl');
const cs = readJsonl('conversations.jsonl');
const all = [...qs, ...cs];

// ids
const seen = new Set();
for (const c of all) {
  if (!c.id) { err('?', 'missing id'); continue; }
  if (seen.has(c.id)) err(c.id, 'duplicate id');
  seen.add(c.id);
}
qs.forEach((c, i) => { const want = `lw8-${String(i + 1).padStart(2, '0')}`; if (c.id !== want) err(c.id, `expected id ${want}`); });
cs.forEach((c, i) => { const want = `lw8-m${String(i + 1).padStart(2, '0')}`; if (c.id !== want) err(c.id, `expected id ${want}`); });

// used laws (other versions count as used)
const usedBases = new Set();
if (fs.existsSync(USED)) for (const l of fs.readFileSync(USED, 'utf8').split('\n')) if (l.trim()) usedBases.add(base(l.trim()));

const perDoc = new Map();
for (const c of all) {
  const id = c.id;
  if (!KINDS.has(c.kind)) err(id, `bad kind ${c.kind}`);
  if (!c.note) { err(id, 'missing note'); continue; }
  const d = doc(c.note);
  if (d == null) { err(id, `note file not found: ${c.note}`); continue; }
  if (usedBases.has(base(c.note))) err(id, `law already used (or another version of it): ${c.note}`);
  const isConv = Array.isArray(c.turns);
  if (isConv) {
    if (c.kind !== 'multi') err(id, 'conversation must have kind multi');
    if (c.turns.length !== 2) err(id, 'conversation must have 2 turns');
    if (c.q) err(id, 'conversation must not have q');
  } else {
    if (typeof c.q !== 'string' || !c.q.trim()) err(id, 'missing q');
    if (c.turns) err(id, 'single must not have turns');
  }
  const texts = isConv ? c.turns : [c.q];
  const k = perDoc.get(c.note) || { answer: 0, refuse: 0, multi: 0, multiRefuse: 0 };
  if (c.refuse) {
    if (c.refuse !== true) err(id, 'refuse must be true');
    if (c.must || c.passage) err(id, 'refusal must not have must/passage');
    if (!isConv && c.kind !== 'oos') err(id, 'single refusal must be kind oos');
    if (isConv) k.multiRefuse++; else k.refuse++;
  } else {
    if (!Array.isArray(c.must) || !c.must.length) err(id, 'missing must');
    for (const g of c.must || []) {
      if (!Array.isArray(g) || !g.length) { err(id, 'empty must group'); continue; }
      for (const alt of g) {
        const a = strip(alt);
        if (!a) { err(id, 'empty alternative'); continue; }
        if ([...a].length > 12) err(id, `alternative longer than 12 chars: ${alt}`);
        if (!d.includes(a)) err(id, `alternative not in law: ${alt}`);
        for (const t of texts) if (norm(t).includes(a.toLowerCase())) err(id, `alternative occurs in question: ${alt}`);
      }
    }
    const p = strip(c.passage || '');
    const n = [...p].length;
    if (n < 10 || n > 40) err(id, `passage length ${n} not in 10..40`);
    if (/[（）]/.test(p)) err(id, 'passage contains full-width parentheses');
    if (!d.includes(p)) err(id, `passage not in law: ${c.passage}`);
    if (isConv) k.multi++; else k.answer++;
  }
  perDoc.set(c.note, k);
}

// owners.json
let owners = [];
try { owners = JSON.parse(fs.readFileSync(path.join(HERE, 'owners.json'), 'utf8')); } catch (e) { err('owners.json', 'parse error ' + e.message); }
if (!Array.isArray(owners)) err('owners.json', 'must be an array');
for (const o of Array.isArray(owners) ? owners : []) {
  const d = doc(o.doc);
  if (d == null) { err('owners.json', `doc not found ${o.doc}`); continue; }
  for (const u of o.units || []) if (!d.includes(strip(u))) err('owners.json', `unit not in doc: ${u}`);
}

// suite shape
const singlesAns = qs.filter((c) => !c.refuse).length;
const singlesRef = qs.filter((c) => c.refuse).length;
const convRef = cs.filter((c) => c.refuse).length;
const english = qs.filter((c) => !c.refuse && /^[\x00-\x7F]+$/.test(c.q || '')).length;
if (qs.length !== 48) err('suite', `expected 48 single-turn cases, got ${qs.length}`);
if (singlesAns !== 42 || singlesRef !== 6) err('suite', `expected 42 answerable + 6 refusals, got ${singlesAns} + ${singlesRef}`);
if (cs.length !== 5 || convRef !== 1) err('suite', `expected 5 conversations with 1 refusal, got ${cs.length} / ${convRef}`);
if (english !== 3) err('suite', `expected 3 English questions, got ${english}`);
if (perDoc.size < 20 || perDoc.size > 24) err('suite', `expected 20-24 laws, got ${perDoc.size}`);

console.log('cases per law (answerable singles / single refusals / answerable conversations / refusal conversations):');
for (const [note, k] of [...perDoc.entries()].sort()) console.log(`  ${k.answer} / ${k.refuse} / ${k.multi} / ${k.multiRefuse}  ${note}`);
console.log(`laws: ${perDoc.size}; singles: ${qs.length} (${singlesAns} answerable, ${singlesRef} refusals, ${english} English); conversations: ${cs.length} (${convRef} refusal)`);
if (errors.length) { console.log(`\nFAIL (${errors.length})`); for (const e of errors) console.log('  ' + e); process.exit(1); }
console.log('OK');
