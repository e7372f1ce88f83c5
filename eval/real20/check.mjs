// Checks suite real20: node check.mjs   (no dependencies)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const errors = [];
const err = (m) => errors.push(m);
const ws = (s) => s.replace(/\s+/g, '');
const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'multi']);

// knowledge
const kdir = path.join(dir, 'knowledge');
const docs = {};
for (const f of fs.readdirSync(kdir).filter((f) => f.endsWith('.txt'))) {
  const text = fs.readFileSync(path.join(kdir, f), 'utf8');
  const title = f.slice(0, -4);
  const first = text.split('\n')[0];
  if (first !== title) err(`knowledge/${f}: first line "${first}" != file name`);
  const n = [...text].length;
  if (n < 1500 || n > 15000) err(`knowledge/${f}: ${n} characters, outside 1500-15000`);
  if (/<[a-zA-Z\/][^>]*>/.test(text)) err(`knowledge/${f}: contains an HTML tag`);
  docs[title] = ws(text);
}
if (Object.keys(docs).length !== 3) err(`expected 3 documents, found ${Object.keys(docs).length}`);

function readJsonl(name) {
  const out = [];
  fs.readFileSync(path.join(dir, name), 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try { out.push(JSON.parse(line)); } catch (e) { err(`${name}:${i + 1}: bad JSON: ${e.message}`); }
  });
  return out;
}
const questions = readJsonl('questions.jsonl');
const convs = readJsonl('conversations.jsonl');

const ids = new Set();
let english = 0;
const perDoc = {};
for (const t of Object.keys(docs)) perDoc[t] = { q: 0, ans: 0, ref: 0, conv: 0, convRef: 0 };

function checkCase(c, file) {
  const where = `${file} ${c.id}`;
  if (!c.id || typeof c.id !== 'string') err(`${file}: case without id`);
  if (ids.has(c.id)) err(`${where}: duplicate id`);
  ids.add(c.id);
  if (!KINDS.has(c.kind)) err(`${where}: bad kind ${c.kind}`);
  const doc = docs[c.doc];
  if (doc === undefined) { err(`${where}: unknown doc ${c.doc}`); return; }
  const asks = c.turns ? c.turns : [c.q];
  if (c.turns && c.q) err(`${where}: both q and turns`);
  if (!asks.every((s) => typeof s === 'string' && s.trim())) err(`${where}: empty question`);
  if (asks.some((s) => /^[\x00-\x7F]*$/.test(s))) english++;
  const askText = ws(asks.join('\n'));
  if (c.refuse === true) {
    if (c.must || c.passage) err(`${where}: refusal with must/passage`);
    return 'ref';
  }
  if (!Array.isArray(c.must) || !c.must.length) err(`${where}: no must`);
  for (const g of c.must || []) {
    if (!Array.isArray(g) || !g.length) { err(`${where}: empty must group`); continue; }
    for (const a0 of g) {
      const a = ws(a0);
      if (!a) err(`${where}: empty alternative`);
      if ([...a].length > 12) err(`${where}: alternative too long: ${a0}`);
      if (!doc.includes(a)) err(`${where}: alternative not in document: ${a0}`);
      if (askText.includes(a)) err(`${where}: alternative occurs in the question: ${a0}`);
    }
  }
  const p = ws(c.passage || '');
  const pl = [...p].length;
  if (pl < 10 || pl > 40) err(`${where}: passage length ${pl}`);
  if (/[（）]/.test(p)) err(`${where}: passage has full-width parentheses`);
  if (!doc.includes(p)) err(`${where}: passage not in document: ${c.passage}`);
  return 'ans';
}

for (const c of questions) {
  if (c.turns) err(`questions.jsonl ${c.id}: turns in single-question file`);
  const r = checkCase(c, 'questions.jsonl');
  const d = perDoc[c.doc];
  if (!d || !r) continue;
  d.q++; if (r === 'ans') d.ans++; else d.ref++;
  if (r === 'ref' && c.kind !== 'oos') err(`questions.jsonl ${c.id}: refusal should be kind oos`);
}
let convRefusals = 0;
for (const c of convs) {
  if (!Array.isArray(c.turns) || c.turns.length < 2 || c.turns.length > 3) err(`conversations.jsonl ${c.id}: needs 2-3 turns`);
  if (c.kind !== 'multi') err(`conversations.jsonl ${c.id}: kind should be multi`);
  const r = checkCase(c, 'conversations.jsonl');
  const d = perDoc[c.doc];
  if (!d || !r) continue;
  d.conv++; if (r === 'ref') { d.convRef++; convRefusals++; }
}
for (const [t, d] of Object.entries(perDoc)) {
  if (d.q !== 24 || d.ans !== 21 || d.ref !== 3) err(`${t}: ${d.q} questions (${d.ans} answerable, ${d.ref} refusals), want 24 (21+3)`);
  if (d.conv !== 2) err(`${t}: ${d.conv} conversations, want 2`);
}
if (questions.length !== 72) err(`questions.jsonl: ${questions.length} cases, want 72`);
if (convs.length !== 6) err(`conversations.jsonl: ${convs.length} cases, want 6`);
if (convRefusals !== 2) err(`conversations: ${convRefusals} end in a refusal, want 2`);
if (english < 2 || english > 3) err(`${english} English questions, want 2-3`);
for (const c of questions) if (!/^r20[abc]\d\d$/.test(c.id)) err(`bad id ${c.id}`);
for (const c of convs) if (!/^r20m\d\d$/.test(c.id)) err(`bad id ${c.id}`);

// owners
let owners = [];
try { owners = JSON.parse(fs.readFileSync(path.join(dir, 'owners.json'), 'utf8')); } catch (e) { err(`owners.json: ${e.message}`); }
for (const o of owners) {
  const doc = docs[o.doc];
  if (doc === undefined) { err(`owners.json: unknown doc ${o.doc}`); continue; }
  if (!doc.includes(ws(o.no + o.title))) err(`owners.json: item "${o.no}${o.title}" not in document`);
  if (!Array.isArray(o.units) || !o.units.length) err(`owners.json ${o.no}: no units`);
  for (const u of o.units || []) if (!doc.includes(ws(u))) err(`owners.json ${o.no}: unit not in document: ${u}`);
}

for (const [t, d] of Object.entries(perDoc)) console.log(`${t}: ${d.q} questions (${d.ans}+${d.ref}), ${d.conv} conversations (${d.convRef} refusal)`);
console.log(`owners: ${owners.length} items; English questions: ${english}`);
if (errors.length) { console.log(`\n${errors.length} problem(s):`); for (const e of errors) console.log(' - ' + e); process.exit(1); }
console.log('OK');
