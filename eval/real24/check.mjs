// Self-check of the real24 suite. No dependencies: `node check.mjs` (run from any folder).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const errors = [];
const err = (m) => errors.push(m);
const strip = (s) => String(s).replace(/\s+/g, '');

// ---- knowledge files
const kdir = path.join(dir, 'knowledge');
const docs = {};
for (const f of fs.readdirSync(kdir).filter((f) => f.endsWith('.txt'))) {
  const raw = fs.readFileSync(path.join(kdir, f), 'utf8');
  const title = f.slice(0, -4);
  const first = raw.split('\n')[0];
  if (first !== title) err(`knowledge/${f}: first line is not the title`);
  if (raw.length < 1500 || raw.length > 15000) err(`knowledge/${f}: length ${raw.length} outside 1500..15000`);
  if (/<[a-zA-Z\/][^>]*>/.test(raw)) err(`knowledge/${f}: HTML tag left`);
  if (raw.includes('\uFFFD')) err(`knowledge/${f}: replacement character`);
  docs[title] = strip(raw);
}
const titles = Object.keys(docs);
if (titles.length !== 3) err(`expected 3 documents, found ${titles.length}`);

// ---- cases
const readJsonl = (f) =>
  fs.readFileSync(path.join(dir, f), 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => {
    try { return JSON.parse(l); } catch (e) { err(`${f}:${i + 1}: JSON parse error ${e.message}`); return null; }
  }).filter(Boolean);
const questions = readJsonl('questions.jsonl');
const convs = readJsonl('conversations.jsonl');
const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'multi']);
const ids = new Set();
const FWPAREN = /[（）]/;

function checkCase(c, where) {
  if (!c.id) err(`${where}: no id`);
  if (ids.has(c.id)) err(`${where}: duplicate id ${c.id}`);
  ids.add(c.id);
  if (!KINDS.has(c.kind)) err(`${c.id}: bad kind ${c.kind}`);
  if (!(c.doc in docs)) { err(`${c.id}: unknown doc ${c.doc}`); return; }
  const texts = c.turns ? c.turns : [c.q];
  if (!texts.length || texts.some((t) => typeof t !== 'string' || !t.trim())) err(`${c.id}: empty question/turn`);
  const asked = texts.map(strip).join('\n');
  const doc = docs[c.doc];
  if (c.refuse) {
    if (c.refuse !== true) err(`${c.id}: refuse must be true`);
    if (c.must || c.passage) err(`${c.id}: refusal with must/passage`);
    return;
  }
  if (!Array.isArray(c.must) || !c.must.length) err(`${c.id}: no must groups`);
  for (const g of c.must || []) {
    if (!Array.isArray(g) || !g.length) { err(`${c.id}: empty must group`); continue; }
    for (const alt of g) {
      const a = strip(alt);
      if (alt !== alt.trim() || /\s/.test(alt)) err(`${c.id}: alternative "${alt}" has white space`);
      if (!a) err(`${c.id}: empty alternative`);
      if ([...a].length > 12) err(`${c.id}: alternative "${alt}" longer than 12 chars`);
      if (!doc.includes(a)) err(`${c.id}: alternative "${alt}" not in document`);
      if (asked.includes(a)) err(`${c.id}: alternative "${alt}" occurs in the question`);
    }
  }
  const p = c.passage;
  if (typeof p !== 'string') { err(`${c.id}: no passage`); return; }
  const pl = [...strip(p)].length;
  if (pl < 10 || pl > 40) err(`${c.id}: passage length ${pl} outside 10..40`);
  if (FWPAREN.test(p)) err(`${c.id}: passage has full-width parentheses`);
  if (!doc.includes(strip(p))) err(`${c.id}: passage not in document`);
}
questions.forEach((c, i) => { if (c.turns) err(`questions.jsonl:${i + 1}: has turns`); checkCase(c, `questions.jsonl:${i + 1}`); });
convs.forEach((c, i) => {
  if (c.kind !== 'multi') err(`${c.id}: conversation kind must be multi`);
  if (!Array.isArray(c.turns) || c.turns.length < 2 || c.turns.length > 3) err(`${c.id}: needs 2-3 turns`);
  checkCase(c, `conversations.jsonl:${i + 1}`);
});

// ---- counts
for (const t of titles) {
  const qs = questions.filter((c) => c.doc === t);
  const ans = qs.filter((c) => !c.refuse).length, ref = qs.filter((c) => c.refuse).length;
  if (ans !== 21 || ref !== 3) err(`${t}: ${ans} answerable + ${ref} refusals (want 21 + 3)`);
  const cs = convs.filter((c) => c.doc === t);
  if (cs.length !== 2) err(`${t}: ${cs.length} conversations (want 2)`);
  const en = qs.filter((c) => /^[\x00-\x7F]+$/.test(c.q)).length;
  if (en < 1) err(`${t}: no English question`);
}
if (questions.length !== 72) err(`questions: ${questions.length} (want 72)`);
if (convs.length !== 6) err(`conversations: ${convs.length} (want 6)`);
if (convs.filter((c) => c.refuse).length !== 2) err('conversations: want exactly 2 ending in a refusal');

// ---- owners
const owners = JSON.parse(fs.readFileSync(path.join(dir, 'owners.json'), 'utf8'));
const seenNo = new Set();
for (const o of owners) {
  if (!(o.doc in docs)) { err(`owners: unknown doc ${o.doc}`); continue; }
  const doc = docs[o.doc];
  if (seenNo.has(o.doc + o.no)) err(`owners: duplicate item ${o.no}`);
  seenNo.add(o.doc + o.no);
  if (!doc.includes(strip(o.no + o.title))) err(`owners: item "${o.no}${o.title}" not in document`);
  if (!o.units || !o.units.length) err(`owners: ${o.no} has no units`);
  for (const u of o.units || []) if (!doc.includes(strip(u))) err(`owners: ${o.no} unit "${u}" not in document`);
}

const summary = titles.map((t) => `${t.slice(0, 24)}…: ${questions.filter((c) => c.doc === t).length} q, ${convs.filter((c) => c.doc === t).length} conv`).join('\n');
if (errors.length) {
  console.error(errors.join('\n'));
  console.error(`\nFAIL: ${errors.length} problem(s)`);
  process.exit(1);
}
console.log(summary);
console.log(`OK: ${questions.length} questions, ${convs.length} conversations, ${owners.length} owner items`);
