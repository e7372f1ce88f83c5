// Checks suite laws12 against the national-law corpus. No dependencies beyond node.
// Usage: node check.mjs [LAWS_DIR]   (default /work/shared/corpus/laws)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const LAWS = process.argv[2] || '/work/shared/corpus/laws';
const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'multi']);
const errors = [];
const err = (id, m) => errors.push(`${id}: ${m}`);
const norm = s => String(s).replace(/\s+/g, '');

function readJsonl(file) {
  const out = [];
  fs.readFileSync(path.join(here, file), 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try { out.push(JSON.parse(line)); } catch (e) { err(`${file}:${i + 1}`, `JSON parse error ${e.message}`); }
  });
  return out;
}

const docCache = new Map();
function doc(note) {
  if (!docCache.has(note)) {
    const p = path.join(LAWS, note);
    docCache.set(note, fs.existsSync(p) ? norm(fs.readFileSync(p, 'utf8')) : null);
  }
  return docCache.get(note);
}

const used = fs.existsSync('/tmp/used_laws.txt')
  ? new Set(fs.readFileSync('/tmp/used_laws.txt', 'utf8').split('\n').map(s => s.trim()).filter(Boolean)) : null;

const singles = readJsonl('questions.jsonl');
const convs = readJsonl('conversations.jsonl');
const ids = new Set();
const perDoc = {};

function checkCase(c, isConv) {
  const id = c.id || '(no id)';
  if (ids.has(id)) err(id, 'duplicate id'); ids.add(id);
  if (!KINDS.has(c.kind)) err(id, `bad kind ${c.kind}`);
  if (isConv && c.kind !== 'multi') err(id, 'conversation kind must be multi');
  if (!c.note) { err(id, 'missing note'); return; }
  const text = doc(c.note);
  if (text == null) { err(id, `note not found: ${c.note}`); return; }
  if (used && used.has(c.note)) err(id, `law already used: ${c.note}`);
  const qs = isConv ? c.turns : [c.q];
  if (isConv) { if (!Array.isArray(c.turns) || c.turns.length !== 2) err(id, 'turns must have 2 questions'); if (c.q) err(id, 'conversation has q'); }
  else if (typeof c.q !== 'string' || !c.q.trim()) err(id, 'missing q');
  const qn = (qs || []).map(norm);
  const d = (perDoc[c.note] ||= { answer: 0, refuse: 0, conv: 0 });
  if (isConv) d.conv++;
  if (c.refuse === true) {
    d.refuse++;
    if (c.must || c.passage) err(id, 'refusal must not have must/passage');
    return;
  }
  d.answer++;
  if (!Array.isArray(c.must) || !c.must.length) err(id, 'missing must');
  for (const g of c.must || []) {
    if (!Array.isArray(g) || !g.length) { err(id, 'empty must group'); continue; }
    for (const alt of g) {
      const a = norm(alt);
      if (!a) err(id, 'empty alternative');
      if ([...a].length > 12) err(id, `alternative longer than 12 chars: ${alt}`);
      if (!text.includes(a)) err(id, `must alternative not in law: ${alt}`);
      if (qn.some(q => q.includes(a))) err(id, `must alternative occurs in question: ${alt}`);
    }
  }
  const p = norm(c.passage || '');
  const plen = [...p].length;
  if (plen < 10 || plen > 40) err(id, `passage length ${plen}`);
  if (/[（）]/.test(p)) err(id, 'passage contains full-width parentheses');
  if (!text.includes(p)) err(id, `passage not in law: ${c.passage}`);
}

singles.forEach(c => checkCase(c, false));
convs.forEach(c => checkCase(c, true));

// ids and counts
const want = [...Array(48)].map((_, i) => `lw12-${String(i + 1).padStart(2, '0')}`);
want.forEach(w => { if (!singles.some(c => c.id === w)) err(w, 'missing single-turn id'); });
['m01', 'm02', 'm03', 'm04', 'm05'].forEach(m => { if (!convs.some(c => c.id === `lw12-${m}`)) err(`lw12-${m}`, 'missing conversation id'); });
const sRef = singles.filter(c => c.refuse).length;
if (singles.length !== 48) err('suite', `expected 48 single-turn cases, got ${singles.length}`);
if (sRef !== 6) err('suite', `expected 6 single-turn refusals, got ${sRef}`);
if (convs.length !== 5) err('suite', `expected 5 conversations, got ${convs.length}`);
if (convs.filter(c => c.refuse).length !== 1) err('suite', 'expected exactly 1 conversation ending in a refusal');
const english = singles.filter(c => c.q && /^[A-Za-z]/.test(c.q) && !c.refuse).length;
if (english !== 3) err('suite', `expected 3 English answerable questions, got ${english}`);
const nDocs = Object.keys(perDoc).length;
if (nDocs < 20 || nDocs > 24) err('suite', `expected 20-24 laws, got ${nDocs}`);

// owners.json
let owners = [];
try { owners = JSON.parse(fs.readFileSync(path.join(here, 'owners.json'), 'utf8')); } catch (e) { err('owners.json', e.message); }
for (const o of owners) {
  const text = doc(o.doc);
  if (text == null) { err('owners.json', `doc not found ${o.doc}`); continue; }
  if (!perDoc[o.doc]) err('owners.json', `doc not used by any case ${o.doc}`);
  if (!text.includes(norm(o.no))) err('owners.json', `item ${o.no} not in ${o.doc}`);
  for (const u of o.units || []) if (!text.includes(norm(u))) err('owners.json', `unit ${u} not in ${o.doc}`);
}

console.log('cases per law (answerable / refusal / of which conversations):');
for (const [k, v] of Object.entries(perDoc).sort()) console.log(`  ${v.answer} / ${v.refuse} / ${v.conv}  ${k}`);
console.log(`laws: ${nDocs}; single-turn: ${singles.length} (${singles.length - sRef} answerable, ${sRef} refusals, ${english} English); conversations: ${convs.length}; owners: ${owners.length}`);
if (errors.length) { console.log(`\nFAIL (${errors.length})`); errors.forEach(e => console.log('  ' + e)); process.exit(1); }
console.log('OK');
