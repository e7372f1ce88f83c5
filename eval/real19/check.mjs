// node check.mjs — validates the real19 suite; exits 1 on any problem. No dependencies.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
const kdir = path.join(root, 'knowledge');
const problems = [];
const bad = (m) => problems.push(m);
const squash = (s) => String(s).replace(/\s+/gu, '');

// knowledge: first line = title = file name without .txt; UTF-8; 1,500–15,000 characters
const docs = {};
for (const f of fs.readdirSync(kdir).filter((f) => f.endsWith('.txt'))) {
  const raw = fs.readFileSync(path.join(kdir, f));
  const text = raw.toString('utf8');
  if (Buffer.compare(Buffer.from(text, 'utf8'), raw) !== 0) bad(`${f}: not valid UTF-8`);
  const title = text.split('\n')[0];
  if (title !== f.slice(0, -4)) bad(`${f}: first line "${title}" is not the file name`);
  const n = squash(text).length;
  if (n < 1500 || n > 15000) bad(`${f}: ${n} characters (without white space), outside 1,500–15,000`);
  docs[f.slice(0, -4)] = squash(text);
}
if (Object.keys(docs).length !== 3) bad(`expected 3 documents in knowledge/, found ${Object.keys(docs).length}`);

const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'multi']);
const ids = new Set();
const perDoc = {};
function checkCase(c, where, isConv) {
  const id = c.id ?? '(no id)';
  if (!/^r19[abcm]\d\d$/.test(id)) bad(`${where}: id ${id} lacks the r19 prefix form`);
  if (ids.has(id)) bad(`${where}: duplicate id ${id}`);
  ids.add(id);
  if (!KINDS.has(c.kind)) bad(`${id}: kind ${c.kind} not allowed`);
  if (isConv) {
    if (c.kind !== 'multi') bad(`${id}: conversation kind must be multi`);
    if (!Array.isArray(c.turns) || c.turns.length < 2 || c.turns.length > 3) bad(`${id}: needs 2–3 turns`);
    if ('q' in c) bad(`${id}: conversation has q`);
  } else {
    if (typeof c.q !== 'string' || !c.q) bad(`${id}: missing q`);
    if (c.kind === 'multi') bad(`${id}: kind multi outside conversations.jsonl`);
    if (!/^r19[abc]/.test(id)) bad(`${id}: question id must be r19a/b/c`);
  }
  const note = String(c.note ?? '').split('; ');
  if (note.length !== 3 || !['named', 'bare'].includes(note[1])) bad(`${id}: note must be "<sub-kind>; named|bare; <doc>"`);
  const doc = docs[note[2]];
  if (doc === undefined) { bad(`${id}: note names unknown document "${note[2]}"`); return; }
  perDoc[note[2]] ??= { answer: 0, refuse: 0, named: 0, bare: 0, conv: 0 };
  if (isConv) perDoc[note[2]].conv++; else perDoc[note[2]][note[1]]++;
  const asked = squash(isConv ? c.turns.join('') : c.q);
  if (c.refuse === true) {
    if (!isConv) { perDoc[note[2]].refuse++; if (c.kind !== 'oos') bad(`${id}: refusal should be kind oos`); }
    if ('must' in c || 'passage' in c) bad(`${id}: refusal carries must/passage`);
    return;
  }
  if (!isConv) perDoc[note[2]].answer++;
  if (c.kind === 'oos') bad(`${id}: oos case without refuse:true`);
  if (!Array.isArray(c.must) || !c.must.length) bad(`${id}: must missing`);
  for (const group of c.must ?? []) {
    if (!Array.isArray(group) || !group.length) { bad(`${id}: empty must group`); continue; }
    for (const alt of group) {
      const a = squash(alt);
      if (!a) bad(`${id}: empty must alternative`);
      if (!doc.includes(a)) bad(`${id}: must "${alt}" not in document`);
      if (asked.includes(a)) bad(`${id}: must "${alt}" is contained in the question`);
    }
  }
  const p = squash(c.passage ?? '');
  if (!p) bad(`${id}: passage missing`);
  else {
    if (!doc.includes(p)) bad(`${id}: passage "${c.passage}" not in document`);
    const len = [...String(c.passage)].length;
    if (len < 10 || len > 40) bad(`${id}: passage length ${len} outside 10–40`);
  }
}

function readJsonl(file) {
  const out = [];
  fs.readFileSync(path.join(root, file), 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try { out.push(JSON.parse(line)); } catch (e) { bad(`${file}:${i + 1}: invalid JSON (${e.message})`); }
  });
  return out;
}
const qs = readJsonl('questions.jsonl');
const cs = readJsonl('conversations.jsonl');
qs.forEach((c, i) => checkCase(c, `questions.jsonl:${i + 1}`, false));
cs.forEach((c, i) => checkCase(c, `conversations.jsonl:${i + 1}`, true));

if (qs.length !== 72) bad(`questions.jsonl has ${qs.length} cases, expected 72`);
if (cs.length !== 6) bad(`conversations.jsonl has ${cs.length} cases, expected 6`);
for (const [d, s] of Object.entries(perDoc)) {
  if (s.answer !== 21 || s.refuse !== 3) bad(`${d}: ${s.answer} answerable + ${s.refuse} refusals, expected 21 + 3`);
  if (s.conv !== 2) bad(`${d}: ${s.conv} conversations, expected 2`);
}
if (cs.filter((c) => c.refuse === true).length !== 2) bad('expected 2 conversations ending in a refusal');

// owners.json: {"items":[{"no","title","units"}]}; no+title and every unit occur in the document
try {
  const o = JSON.parse(fs.readFileSync(path.join(root, 'owners.json'), 'utf8'));
  if (!Array.isArray(o.items) || !o.items.length) bad('owners.json: no items');
  for (const it of o.items ?? []) {
    const doc = docs[it.doc ?? o.doc];
    if (!doc) { bad(`owners.json ${it.no}: unknown doc`); continue; }
    if (typeof it.no !== 'string' || typeof it.title !== 'string' || !Array.isArray(it.units) || !it.units.length) bad(`owners.json ${it.no}: needs no, title, units`);
    if (!doc.includes(squash(it.no + it.title))) bad(`owners.json ${it.no}: "${it.no}${it.title}" not in document`);
    for (const u of it.units ?? []) if (!doc.includes(squash(u))) bad(`owners.json ${it.no}: unit ${u} not in document`);
  }
} catch (e) { bad(`owners.json: ${e.message}`); }

const kinds = {};
for (const c of [...qs, ...cs]) kinds[c.kind] = (kinds[c.kind] ?? 0) + 1;
console.log(`documents ${Object.keys(docs).length}, questions ${qs.length}, conversations ${cs.length}`);
console.log('kinds', JSON.stringify(kinds));
for (const [d, s] of Object.entries(perDoc)) console.log(`  ${d.slice(0, 36)}…: answerable ${s.answer}, refusals ${s.refuse}, named ${s.named}, bare ${s.bare}, conversations ${s.conv}`);
if (problems.length) { console.log(`${problems.length} problem(s):`); for (const p of problems) console.log('  - ' + p); process.exit(1); }
console.log('OK');
