// Self-check for suite real23. Run: node check.mjs   (no dependencies)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const errors = [];
const err = (m) => errors.push(m);
const squash = (s) => String(s).replace(/\s+/g, '');

// knowledge files
const kdir = path.join(dir, 'knowledge');
const docs = {};
for (const f of fs.readdirSync(kdir).filter((f) => f.endsWith('.txt'))) {
  const text = fs.readFileSync(path.join(kdir, f), 'utf8');
  const title = f.slice(0, -4);
  const first = text.split('\n')[0];
  if (first !== title) err(`${f}: first line "${first}" is not the title`);
  if (text.length < 1500 || text.length > 15000) err(`${f}: length ${text.length} outside 1500–15000`);
  if (text.includes('\uFFFD')) err(`${f}: contains U+FFFD`);
  docs[title] = squash(text);
}
const titles = Object.keys(docs);
if (titles.length !== 3) err(`expected 3 knowledge files, found ${titles.length}`);

function readJsonl(name) {
  const out = [];
  fs.readFileSync(path.join(dir, name), 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try { out.push(JSON.parse(line)); } catch (e) { err(`${name}:${i + 1}: bad JSON (${e.message})`); }
  });
  return out;
}
const qs = readJsonl('questions.jsonl');
const cs = readJsonl('conversations.jsonl');

const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'multi']);
const ids = new Set();
const perDoc = {};
for (const t of titles) perDoc[t] = { q: 0, ans: 0, ref: 0, conv: 0, convRef: 0 };
let english = 0;

function checkCase(c, isConv) {
  if (!c.id) err('case without id');
  if (ids.has(c.id)) err(`${c.id}: duplicate id`);
  ids.add(c.id);
  const prefix = isConv ? 'r23m' : 'r23';
  if (!String(c.id).startsWith(prefix)) err(`${c.id}: id prefix`);
  if (!KINDS.has(c.kind)) err(`${c.id}: bad kind ${c.kind}`);
  if (!docs[c.doc]) { err(`${c.id}: unknown doc ${c.doc}`); return; }
  const texts = isConv ? c.turns : [c.q];
  if (isConv) {
    if (!Array.isArray(c.turns) || c.turns.length < 2 || c.turns.length > 3) err(`${c.id}: needs 2–3 turns`);
    if (c.q) err(`${c.id}: conversation must not have q`);
  } else if (typeof c.q !== 'string' || !c.q.trim()) err(`${c.id}: missing q`);
  for (const t of texts) if (/^[\x00-\x7F]*[A-Za-z]{4,}/.test(t) && !/[\u4e00-\u9fff]{6,}/.test(t)) english++;
  const s = perDoc[c.doc];
  if (c.refuse === true) {
    if (c.must || c.passage) err(`${c.id}: refusal must not have must/passage`);
    if (c.kind !== 'oos') err(`${c.id}: refusal should be kind oos`);
    if (isConv) { s.conv++; s.convRef++; } else { s.q++; s.ref++; }
    return;
  }
  if (isConv) s.conv++; else { s.q++; s.ans++; }
  if (!Array.isArray(c.must) || !c.must.length) err(`${c.id}: missing must`);
  const joined = squash(texts.join(''));
  for (const g of c.must || []) {
    if (!Array.isArray(g) || !g.length) { err(`${c.id}: empty must group`); continue; }
    for (const a of g) {
      const sa = squash(a);
      if (!sa) err(`${c.id}: empty alternative`);
      if ([...sa].length > 12) err(`${c.id}: alternative "${a}" longer than 12 chars`);
      if (!docs[c.doc].includes(sa)) err(`${c.id}: alternative "${a}" not in document`);
      if (joined.includes(sa)) err(`${c.id}: alternative "${a}" occurs in the question/turns`);
    }
  }
  const p = squash(c.passage || '');
  const plen = [...p].length;
  if (plen < 10 || plen > 40) err(`${c.id}: passage length ${plen}`);
  if (/[（）]/.test(p)) err(`${c.id}: passage contains full-width parentheses`);
  if (!docs[c.doc].includes(p)) err(`${c.id}: passage not in document`);
}
qs.forEach((c) => checkCase(c, false));
cs.forEach((c) => checkCase(c, true));

for (const [t, s] of Object.entries(perDoc)) {
  if (s.q !== 24 || s.ans !== 21 || s.ref !== 3) err(`${t}: questions ${s.q} (answerable ${s.ans}, refusals ${s.ref}); want 24/21/3`);
  if (s.conv !== 2) err(`${t}: ${s.conv} conversations; want 2`);
}
const convRef = Object.values(perDoc).reduce((n, s) => n + s.convRef, 0);
if (cs.length !== 6) err(`conversations: ${cs.length}; want 6`);
if (convRef !== 2) err(`conversations ending in refusal: ${convRef}; want 2`);
if (qs.length !== 72) err(`questions: ${qs.length}; want 72`);
if (english < 2 || english > 3) err(`English questions: ${english}; want 2–3`);

// owners.json
const owners = JSON.parse(fs.readFileSync(path.join(dir, 'owners.json'), 'utf8'));
if (!Array.isArray(owners) || !owners.length) err('owners.json empty');
const nos = new Set();
for (const o of owners) {
  if (!docs[o.doc]) { err(`owners: unknown doc ${o.doc}`); continue; }
  if (nos.has(o.doc + o.no)) err(`owners: duplicate ${o.no}`);
  nos.add(o.doc + o.no);
  if (!docs[o.doc].includes(squash(o.no + o.title))) err(`owners ${o.no}: "${o.no}${o.title}" not in document`);
  if (!Array.isArray(o.units) || !o.units.length) err(`owners ${o.no}: no units`);
  for (const u of o.units || []) if (!docs[o.doc].includes(squash(u))) err(`owners ${o.no}: unit "${u}" not in document`);
}

for (const [t, s] of Object.entries(perDoc)) console.log(`${t}: ${s.q} questions (${s.ans} answerable, ${s.ref} refusals), ${s.conv} conversations (${s.convRef} refusals)`);
console.log(`owners.json: ${owners.length} items; English questions: ${english}`);
if (errors.length) { console.log(`FAIL (${errors.length})`); for (const e of errors) console.log(' - ' + e); process.exit(1); }
console.log('OK');
