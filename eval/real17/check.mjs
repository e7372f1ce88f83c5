// node check.mjs — validates suite real17 (no dependencies). Exits 1 on any problem.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const kdir = path.join(here, 'knowledge');
const problems = [];
const bad = (m) => problems.push(m);
const squash = (s) => s.replace(/\s+/g, '');
const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'multi']);

// documents: first line = file name without .txt, size
const docs = {};
for (const f of fs.readdirSync(kdir).filter((f) => f.endsWith('.txt'))) {
  const text = fs.readFileSync(path.join(kdir, f), 'utf8');
  const name = f.slice(0, -4);
  const first = text.split('\n')[0];
  if (first !== name) bad(`${f}: first line "${first}" is not the file name`);
  if (/[\\/:*?"<>|]/.test(name)) bad(`${f}: file name has a character illegal in file names`);
  const n = [...text].length;
  if (n < 1500 || n > 15000) bad(`${f}: ${n} characters, outside 1,500–15,000`);
  docs[name] = squash(text);
}
if (Object.keys(docs).length !== 3) bad(`expected 3 documents, found ${Object.keys(docs).length}`);

function readJsonl(file) {
  const out = [];
  fs.readFileSync(path.join(here, file), 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try { out.push(JSON.parse(line)); } catch (e) { bad(`${file}:${i + 1}: invalid JSON (${e.message})`); }
  });
  return out;
}

const questions = readJsonl('questions.jsonl');
const conversations = readJsonl('conversations.jsonl');
const ids = new Set();
const perDoc = {};

function checkCase(c, file) {
  const where = `${file} ${c.id}`;
  if (!c.id || ids.has(c.id)) bad(`${where}: missing or duplicate id`);
  ids.add(c.id);
  if (!/^r17[abcm]\d\d$/.test(c.id || '')) bad(`${where}: id does not have the r17 prefix`);
  if (!KINDS.has(c.kind)) bad(`${where}: bad kind ${c.kind}`);
  const note = String(c.note || '').split('; ');
  if (note.length !== 3 || !['named', 'bare'].includes(note[1])) bad(`${where}: note must be "<sub-kind>; named|bare; <doc>"`);
  const docName = note[2];
  const doc = docs[docName];
  if (!doc) { bad(`${where}: note names unknown document "${docName}"`); return; }
  perDoc[docName] ??= { answer: 0, refuse: 0, multi: 0, multiRefuse: 0, named: 0, bare: 0 };
  const s = perDoc[docName];
  const asked = c.turns ? c.turns : [c.q];
  if (c.turns) {
    if (file !== 'conversations.jsonl' || c.kind !== 'multi') bad(`${where}: turns only in conversations (kind multi)`);
    if (c.turns.length < 2 || c.turns.length > 3) bad(`${where}: conversations have 2–3 turns`);
  } else if (typeof c.q !== 'string' || !c.q) bad(`${where}: missing q`);
  if (c.refuse === true) {
    if (c.must || c.passage) bad(`${where}: a refusal has no must and no passage`);
    if (!c.turns && c.kind !== 'oos') bad(`${where}: a single-turn refusal has kind oos`);
    if (c.turns) s.multiRefuse++; else s.refuse++;
    return;
  }
  if (c.turns) s.multi++; else { s.answer++; s[note[1]]++; }
  if (!Array.isArray(c.must) || !c.must.length) bad(`${where}: must is empty`);
  for (const group of c.must || []) {
    if (!Array.isArray(group) || !group.length) { bad(`${where}: empty must group`); continue; }
    for (const alt of group) {
      if (typeof alt !== 'string' || !alt) { bad(`${where}: bad must alternative`); continue; }
      if (!doc.includes(squash(alt))) bad(`${where}: must "${alt}" not in document`);
      for (const t of asked) if (squash(t).includes(squash(alt))) bad(`${where}: must "${alt}" is contained in the question`);
    }
  }
  const p = c.passage;
  if (typeof p !== 'string') { bad(`${where}: missing passage`); return; }
  const plen = [...squash(p)].length;
  if (plen < 10 || plen > 40) bad(`${where}: passage length ${plen} not in 10–40`);
  if (!doc.includes(squash(p))) bad(`${where}: passage not in document: ${p}`);
  if (/[（）]/.test(p)) bad(`${where}: passage contains full-width parentheses`);
}

questions.forEach((c) => { if (c.turns) bad(`questions.jsonl ${c.id}: conversation in questions file`); checkCase(c, 'questions.jsonl'); });
conversations.forEach((c) => checkCase(c, 'conversations.jsonl'));

if (questions.length !== 72) bad(`questions.jsonl: ${questions.length} cases, expected 72`);
if (conversations.length !== 6) bad(`conversations.jsonl: ${conversations.length} cases, expected 6`);
const letters = {};
for (const c of questions) { const l = c.id.slice(3, 4); letters[l] ??= new Set(); letters[l].add(String(c.note).split('; ')[2]); }
for (const [l, set] of Object.entries(letters)) if (set.size !== 1) bad(`ids r17${l}.. span several documents`);
for (const [d, s] of Object.entries(perDoc)) {
  if (s.answer !== 21 || s.refuse !== 3) bad(`${d}: ${s.answer} answerable + ${s.refuse} refusals, expected 21 + 3`);
  if (s.multi + s.multiRefuse !== 2) bad(`${d}: ${s.multi + s.multiRefuse} conversations, expected 2`);
}
const mr = conversations.filter((c) => c.refuse).length;
if (mr !== 2) bad(`conversations: ${mr} end in a refusal, expected 2`);

// owners.json: every unit occurs in its document
try {
  const owners = JSON.parse(fs.readFileSync(path.join(here, 'owners.json'), 'utf8'));
  for (const it of owners.items) {
    if (!it.no || !it.title || !Array.isArray(it.units) || !it.units.length) bad(`owners.json: malformed item ${JSON.stringify(it).slice(0, 80)}`);
    const doc = docs[it.doc];
    if (!doc) { bad(`owners.json: unknown doc ${it.doc}`); continue; }
    if (!doc.includes(squash(it.title))) bad(`owners.json: title "${it.title}" not in document`);
    for (const u of it.units) if (!doc.includes(squash(u))) bad(`owners.json: unit "${u}" not in document`);
  }
} catch (e) { bad(`owners.json: ${e.message}`); }

const kinds = {};
for (const c of [...questions, ...conversations]) kinds[c.kind] = (kinds[c.kind] || 0) + 1;
console.log(`documents: ${Object.keys(docs).length}; questions: ${questions.length}; conversations: ${conversations.length}`);
console.log('kinds:', JSON.stringify(kinds));
for (const [d, s] of Object.entries(perDoc)) console.log(`  ${d}: ${JSON.stringify(s)}`);
if (problems.length) {
  console.log(`${problems.length} problem(s):`);
  for (const p of problems) console.log('  - ' + p);
  process.exit(1);
}
console.log('OK');
