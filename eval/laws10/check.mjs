// check.mjs — validates suite laws10 against the national-law corpus. No dependencies beyond node.
// Usage: node check.mjs [LAWS_DIR]   (default /work/shared/corpus/laws)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const LAWS = process.argv[2] || '/work/shared/corpus/laws';
const USED = '/tmp/used_laws.txt';
const strip = (s) => String(s).replace(/\s+/g, '');
const errors = [];
const err = (id, m) => errors.push(`${id}: ${m}`);

function readJsonl(f) {
  const out = [];
  fs.readFileSync(path.join(here, f), 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try { out.push(JSON.parse(line)); } catch (e) { errors.push(`${f}:${i + 1}: bad JSON (${e.message})`); }
  });
  return out;
}

const qs = readJsonl('questions.jsonl');
const convs = readJsonl('conversations.jsonl');
let owners = [];
try { owners = JSON.parse(fs.readFileSync(path.join(here, 'owners.json'), 'utf8')); }
catch (e) { errors.push(`owners.json: bad JSON (${e.message})`); }

const used = fs.existsSync(USED) ? new Set(fs.readFileSync(USED, 'utf8').split('\n').map((s) => s.trim()).filter(Boolean)) : new Set();
const docCache = new Map();
function doc(note) {
  if (!docCache.has(note)) {
    const p = path.join(LAWS, note);
    docCache.set(note, fs.existsSync(p) ? strip(fs.readFileSync(p, 'utf8')) : null);
  }
  return docCache.get(note);
}

const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'multi']);
const ids = new Set();
const perDoc = {};
let answerable = 0, refusals = 0, english = 0, convRefusals = 0;

function checkCase(c, isConv) {
  const id = c.id || '(no id)';
  if (!c.id) err(id, 'missing id');
  if (ids.has(c.id)) err(id, 'duplicate id');
  ids.add(c.id);
  if (!KINDS.has(c.kind)) err(id, `bad kind ${c.kind}`);
  if (!c.note) { err(id, 'missing note'); return; }
  if (used.has(c.note)) err(id, `law already used: ${c.note}`);
  const text = doc(c.note);
  if (text === null) { err(id, `law file not found: ${c.note}`); return; }
  const qtexts = isConv ? c.turns : [c.q];
  if (isConv) {
    if (!Array.isArray(c.turns) || c.turns.length < 2) err(id, 'conversation needs >= 2 turns');
    if (c.kind !== 'multi') err(id, 'conversation kind must be multi');
  } else if (typeof c.q !== 'string' || !c.q.trim()) err(id, 'missing q');
  const qAll = (qtexts || []).map(strip);
  if (!isConv && /[a-zA-Z]{4,}.*[a-zA-Z]{4,}/.test(c.q) && !/[\u4e00-\u9fff]/.test(c.q)) english++;
  perDoc[c.note] = perDoc[c.note] || { answerable: 0, refuse: 0, multi: 0 };
  if (isConv) perDoc[c.note].multi++;
  if (c.refuse) {
    if (c.refuse !== true) err(id, 'refuse must be true');
    if (c.must || c.passage) err(id, 'refusal must not have must/passage');
    if (isConv) convRefusals++; else { refusals++; perDoc[c.note].refuse++; }
    return;
  }
  if (!isConv) { answerable++; perDoc[c.note].answerable++; }
  if (!Array.isArray(c.must) || !c.must.length) err(id, 'missing must');
  for (const g of c.must || []) {
    if (!Array.isArray(g) || !g.length) { err(id, 'empty must group'); continue; }
    for (const alt of g) {
      const a = strip(alt);
      if (!a) { err(id, 'empty alternative'); continue; }
      if (a.length > 16) err(id, `alternative too long: ${alt}`);
      if (!text.includes(a)) err(id, `alternative not in law: ${alt}`);
      if (qAll.some((q) => q.includes(a))) err(id, `alternative occurs in question: ${alt}`);
    }
  }
  const p = strip(c.passage || '');
  if (p.length < 10 || p.length > 40) err(id, `passage length ${p.length}`);
  if (/[（）]/.test(p)) err(id, 'passage has full-width parentheses');
  if (!text.includes(p)) err(id, `passage not in law: ${c.passage}`);
}

qs.forEach((c) => checkCase(c, false));
convs.forEach((c) => checkCase(c, true));

if (!Array.isArray(owners)) errors.push('owners.json must be an array');
else for (const o of owners) {
  const t = doc(o.doc);
  if (t === null) { errors.push(`owners: doc not found ${o.doc}`); continue; }
  for (const u of o.units || []) if (!t.includes(strip(u))) errors.push(`owners: unit not in doc: ${u}`);
}

const expect = (cond, m) => { if (!cond) errors.push(m); };
expect(qs.length === 48, `expected 48 single-turn cases, got ${qs.length}`);
expect(answerable === 42, `expected 42 answerable, got ${answerable}`);
expect(refusals === 6, `expected 6 refusals, got ${refusals}`);
expect(convs.length === 5, `expected 5 conversations, got ${convs.length}`);
expect(convRefusals === 1, `expected 1 conversation refusal, got ${convRefusals}`);
expect(english >= 2 && english <= 3, `expected 2-3 English questions, got ${english}`);
const nDocs = Object.keys(perDoc).length;
expect(nDocs >= 20 && nDocs <= 24, `expected 20-24 laws, got ${nDocs}`);
for (let i = 1; i <= 48; i++) expect(ids.has(`lw10-${String(i).padStart(2, '0')}`), `missing id lw10-${i}`);

console.log('cases per law (answerable / refuse / multi):');
for (const [d, n] of Object.entries(perDoc).sort()) console.log(`  ${n.answerable} / ${n.refuse} / ${n.multi}  ${d}`);
console.log(`laws ${nDocs}, single ${qs.length} (answerable ${answerable}, refusals ${refusals}, English ${english}), conversations ${convs.length} (refusal ${convRefusals})`);
if (errors.length) { console.log(`\nFAIL — ${errors.length} problem(s):`); errors.forEach((e) => console.log('  ' + e)); process.exit(1); }
console.log('OK');
