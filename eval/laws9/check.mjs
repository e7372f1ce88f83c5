// Checks suite laws9 against the national-law corpus. Run: node check.mjs  (no dependencies)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const LAWS = process.env.LAWS_DIR || '/work/shared/corpus/laws';
const USED = '/tmp/used_laws.txt';
const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'multi']);
const errors = [];
const err = (id, m) => errors.push(`${id}: ${m}`);
const squash = (s) => String(s).replace(/\s+/g, '');

function readJsonl(name) {
  const out = [];
  fs.readFileSync(path.join(here, name), 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try { out.push(JSON.parse(line)); } catch (e) { err(`${name}:${i + 1}`, `JSON parse: ${e.message}`); }
  });
  return out;
}

const qs = readJsonl('questions.jsonl');
const cs = readJsonl('conversations.jsonl');
let owners = [];
try { owners = JSON.parse(fs.readFileSync(path.join(here, 'owners.json'), 'utf8')); }
catch (e) { err('owners.json', `JSON parse: ${e.message}`); }

const docCache = new Map();
function doc(note) {
  if (!docCache.has(note)) {
    const p = path.join(LAWS, note);
    docCache.set(note, fs.existsSync(p) ? squash(fs.readFileSync(p, 'utf8')) : null);
  }
  return docCache.get(note);
}

const used = fs.existsSync(USED)
  ? new Set(fs.readFileSync(USED, 'utf8').split('\n').map((s) => s.trim()).filter(Boolean)) : null;

const ids = new Set();
const perDoc = {};
function checkCase(c, isConv) {
  const id = c.id || '(no id)';
  if (ids.has(id)) err(id, 'duplicate id'); ids.add(id);
  if (!KINDS.has(c.kind)) err(id, `bad kind ${c.kind}`);
  if (isConv && c.kind !== 'multi') err(id, 'conversation kind must be multi');
  if (!c.note) { err(id, 'missing note'); return; }
  if (used && used.has(c.note)) err(id, `law already used: ${c.note}`);
  const text = doc(c.note);
  if (text === null) { err(id, `law file not found: ${c.note}`); return; }
  perDoc[c.note] = perDoc[c.note] || { q: 0, ref: 0, conv: 0 };
  if (isConv) perDoc[c.note].conv++; else perDoc[c.note].q++;
  let asked;
  if (isConv) {
    if (!Array.isArray(c.turns) || c.turns.length !== 2) err(id, 'conversation needs exactly 2 turns');
    asked = (c.turns || []).map(squash);
  } else {
    if (typeof c.q !== 'string' || !c.q.trim()) err(id, 'missing q');
    asked = [squash(c.q || '')];
  }
  if (c.refuse === true) {
    perDoc[c.note].ref++;
    if (c.must || c.passage) err(id, 'refusal must not have must/passage');
    if (c.kind !== 'oos' && !isConv) err(id, 'single-turn refusal should be kind oos');
    return;
  }
  if (!Array.isArray(c.must) || !c.must.length) err(id, 'missing must');
  for (const group of c.must || []) {
    if (!Array.isArray(group) || !group.length) { err(id, 'empty must group'); continue; }
    for (const alt of group) {
      const a = squash(alt);
      if (!a) err(id, 'empty alternative');
      if (a.length > 12) err(id, `alternative too long (${a.length}): ${alt}`);
      if (!text.includes(a)) err(id, `must not in law: ${alt}`);
      if (asked.some((t) => t.includes(a))) err(id, `must occurs in question: ${alt}`);
    }
  }
  const p = squash(c.passage || '');
  if (p.length < 10 || p.length > 40) err(id, `passage length ${p.length}`);
  if (/[（）]/.test(p)) err(id, 'passage contains full-width parentheses');
  if (!text.includes(p)) err(id, `passage not in law: ${c.passage}`);
}

qs.forEach((c) => checkCase(c, false));
cs.forEach((c) => checkCase(c, true));

// expected shape of the suite
const singleIds = qs.map((c) => c.id);
const want = Array.from({ length: 48 }, (_, i) => `lw9-${String(i + 1).padStart(2, '0')}`);
if (JSON.stringify(singleIds) !== JSON.stringify(want)) err('questions', 'ids must be lw9-01..lw9-48 in order');
const convIds = cs.map((c) => c.id);
if (JSON.stringify(convIds) !== JSON.stringify(['lw9-m01', 'lw9-m02', 'lw9-m03', 'lw9-m04', 'lw9-m05'])) err('conversations', 'ids must be lw9-m01..m05');
const refusals = qs.filter((c) => c.refuse).length;
if (refusals !== 6) err('questions', `expected 6 refusals, got ${refusals}`);
if (qs.length - refusals !== 42) err('questions', `expected 42 answerable, got ${qs.length - refusals}`);
if (cs.filter((c) => c.refuse).length !== 1) err('conversations', 'expected exactly 1 refusal conversation');
const english = qs.filter((c) => !c.refuse && !/[\u4e00-\u9fff]{4,}/.test(c.q.replace(/（[^）]*）|\([^)]*\)/g, ''))).length;
if (english !== 3) err('questions', `expected 3 English questions, got ${english}`);
const nLaws = Object.keys(perDoc).length;
if (nLaws < 20 || nLaws > 24) err('suite', `expected 20-24 laws, got ${nLaws}`);
for (const [note, n] of Object.entries(perDoc)) if (n.q + n.conv > 5) err(note, `too many cases (${n.q + n.conv})`);

// owners.json: units must occur in the named document
if (!Array.isArray(owners)) err('owners.json', 'must be an array');
for (const o of Array.isArray(owners) ? owners : []) {
  const text = doc(o.doc);
  if (text === null) { err('owners.json', `doc not found: ${o.doc}`); continue; }
  for (const u of o.units || []) if (!text.includes(squash(u))) err('owners.json', `unit not in doc: ${u}`);
}

console.log('cases per law (single / refusals / conversations):');
for (const [note, n] of Object.entries(perDoc).sort()) console.log(`  ${n.q} / ${n.ref} / ${n.conv}  ${note}`);
const kinds = {};
for (const c of [...qs, ...cs]) kinds[c.kind] = (kinds[c.kind] || 0) + 1;
console.log('kinds:', JSON.stringify(kinds));
console.log(`single-turn ${qs.length} (answerable ${qs.length - refusals}, refusals ${refusals}, English ${english}); conversations ${cs.length}; laws ${nLaws}`);
if (errors.length) { console.log(`\nFAIL (${errors.length})`); errors.forEach((e) => console.log('  ' + e)); process.exit(1); }
console.log('\nOK');
