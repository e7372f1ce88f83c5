// Checks suite laws11 against the national-law corpus. No dependencies beyond node.
// Usage: node check.mjs [LAWS_DIR]   (default /work/shared/corpus/laws)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const LAWS = process.argv[2] || '/work/shared/corpus/laws';
const USED = '/tmp/used_laws.txt';
const errors = [];
const err = (m) => errors.push(m);
const strip = (s) => String(s).replace(/\s+/g, '');
const len = (s) => [...s].length;

function readJsonl(f) {
  const out = [];
  fs.readFileSync(path.join(here, f), 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try { out.push(JSON.parse(line)); } catch (e) { err(`${f}:${i + 1} JSON parse error: ${e.message}`); }
  });
  return out;
}

const singles = readJsonl('questions.jsonl');
const convs = readJsonl('conversations.jsonl');
let owners = [];
try { owners = JSON.parse(fs.readFileSync(path.join(here, 'owners.json'), 'utf8')); } catch (e) { err('owners.json: ' + e.message); }

const docCache = new Map();
function doc(note) {
  if (!docCache.has(note)) {
    const p = path.join(LAWS, note);
    if (!fs.existsSync(p)) { err(`law file missing: ${note}`); docCache.set(note, null); }
    else docCache.set(note, strip(fs.readFileSync(p, 'utf8')));
  }
  return docCache.get(note);
}

const used = fs.existsSync(USED) ? new Set(fs.readFileSync(USED, 'utf8').split('\n').map((s) => s.trim()).filter(Boolean)) : new Set();
const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'multi']);
const ids = new Set();
const perDoc = {};

function checkCase(c, isMulti) {
  const tag = c.id || '(no id)';
  if (!c.id) err(`case without id`);
  if (ids.has(c.id)) err(`${tag}: duplicate id`);
  ids.add(c.id);
  if (!KINDS.has(c.kind)) err(`${tag}: bad kind ${c.kind}`);
  if (isMulti && c.kind !== 'multi') err(`${tag}: conversation kind must be multi`);
  if (!c.note) { err(`${tag}: no note`); return; }
  if (used.has(c.note)) err(`${tag}: law already used: ${c.note}`);
  const text = doc(c.note);
  if (text == null) return;
  const qs = isMulti ? c.turns : [c.q];
  if (!Array.isArray(qs) || qs.some((q) => typeof q !== 'string' || !q.trim())) { err(`${tag}: bad q/turns`); return; }
  if (isMulti && qs.length < 2) err(`${tag}: conversation needs >=2 turns`);
  const qAll = qs.map(strip);
  const d = (perDoc[c.note] ||= { answer: 0, refuse: 0, multi: 0 });
  if (isMulti) d.multi++;
  if (c.refuse) {
    if (c.refuse !== true) err(`${tag}: refuse must be true`);
    if (c.must || c.passage) err(`${tag}: refusal must not have must/passage`);
    if (!isMulti) d.refuse++;
    return;
  }
  if (!isMulti) d.answer++;
  if (!Array.isArray(c.must) || !c.must.length) err(`${tag}: must missing`);
  for (const g of c.must || []) {
    if (!Array.isArray(g) || !g.length) { err(`${tag}: empty must group`); continue; }
    for (const a of g) {
      const s = strip(a);
      if (!s) err(`${tag}: empty alternative`);
      if (len(s) > 12) err(`${tag}: alternative too long (${len(s)}): ${a}`);
      if (!text.includes(s)) err(`${tag}: alternative not in law: ${a}`);
      if (qAll.some((q) => q.includes(s))) err(`${tag}: alternative occurs in question: ${a}`);
    }
  }
  const p = strip(c.passage || '');
  if (len(p) < 10 || len(p) > 40) err(`${tag}: passage length ${len(p)}`);
  if (/[（）]/.test(p)) err(`${tag}: passage has full-width parentheses`);
  if (!text.includes(p)) err(`${tag}: passage not in law: ${c.passage}`);
}

singles.forEach((c) => { if (c.turns) err(`${c.id}: single case has turns`); checkCase(c, false); });
convs.forEach((c) => { if (c.q) err(`${c.id}: conversation has q`); checkCase(c, true); });

// id format
singles.forEach((c, i) => { if (c.id !== `lw11-${String(i + 1).padStart(2, '0')}`) err(`${c.id}: expected lw11-${String(i + 1).padStart(2, '0')}`); });
convs.forEach((c, i) => { if (c.id !== `lw11-m${String(i + 1).padStart(2, '0')}`) err(`${c.id}: expected lw11-m${String(i + 1).padStart(2, '0')}`); });

// totals
const nAns = singles.filter((c) => !c.refuse).length;
const nRef = singles.filter((c) => c.refuse).length;
const nConvRef = convs.filter((c) => c.refuse).length;
if (singles.length !== 48) err(`expected 48 single cases, got ${singles.length}`);
if (nAns !== 42 || nRef !== 6) err(`expected 42 answerable + 6 refusals, got ${nAns} + ${nRef}`);
if (convs.length !== 5) err(`expected 5 conversations, got ${convs.length}`);
if (nConvRef !== 1) err(`expected 1 conversation refusal, got ${nConvRef}`);
if (convs.some((c) => (c.turns || []).length !== 2)) err('every conversation must have 2 turns');
const nDocs = Object.keys(perDoc).length;
if (nDocs < 20 || nDocs > 24) err(`expected 20-24 laws, got ${nDocs}`);
const english = singles.filter((c) => /^[\x00-\x7F]+$/.test(c.q)).length;
if (english < 2 || english > 4) err(`expected about 3 English questions, got ${english}`);

// owners
if (!Array.isArray(owners)) err('owners.json must be an array');
for (const o of owners || []) {
  const text = doc(o.doc);
  if (text == null) continue;
  if (!o.no || !o.title || !Array.isArray(o.units) || !o.units.length) err(`owners: incomplete entry ${JSON.stringify(o)}`);
  if (!text.includes(strip(o.no))) err(`owners: ${o.no} not in ${o.doc}`);
  for (const u of o.units || []) if (!text.includes(strip(u))) err(`owners: unit not in ${o.doc}: ${u}`);
}

console.log('law'.padEnd(50), 'ans ref multi');
for (const [k, v] of Object.entries(perDoc).sort()) console.log(k.padEnd(50), String(v.answer).padStart(3), String(v.refuse).padStart(3), String(v.multi).padStart(5));
console.log(`laws ${nDocs}; singles ${singles.length} (answerable ${nAns}, refusals ${nRef}, English ${english}); conversations ${convs.length} (refusal ${nConvRef}); owners ${owners.length}`);
if (errors.length) { console.log(`\nFAIL: ${errors.length} problem(s)`); errors.forEach((e) => console.log(' - ' + e)); process.exit(1); }
console.log('OK');
