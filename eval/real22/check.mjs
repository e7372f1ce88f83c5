// Self-check for the real22 suite. No dependencies beyond node. Run: node check.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const ws = (s) => s.replace(/\s+/g, '');
const errors = [];
const err = (m) => errors.push(m);

// knowledge
const kdir = path.join(here, 'knowledge');
const docs = {};
for (const f of fs.readdirSync(kdir)) {
  if (!f.endsWith('.txt')) continue;
  const title = f.slice(0, -4);
  const text = fs.readFileSync(path.join(kdir, f), 'utf8');
  if (text.split('\n')[0].trim() !== title) err(`knowledge/${f}: first line is not the title`);
  if (text.length < 1500 || text.length > 15000) err(`knowledge/${f}: length ${text.length} outside 1500-15000`);
  docs[title] = { text, flat: ws(text) };
}
if (Object.keys(docs).length !== 3) err(`expected 3 documents, found ${Object.keys(docs).length}`);

const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'multi']);
const ids = new Set();
const perDoc = {};
for (const t of Object.keys(docs)) perDoc[t] = { q: 0, ans: 0, ref: 0, conv: 0, convRef: 0 };

function load(file) {
  const lines = fs.readFileSync(path.join(here, file), 'utf8').split('\n').filter((l) => l.trim());
  return lines.map((l, i) => {
    try { return JSON.parse(l); } catch (e) { err(`${file}:${i + 1}: bad JSON (${e.message})`); return null; }
  }).filter(Boolean);
}

function checkCase(c, file) {
  const where = `${file} ${c.id}`;
  if (!c.id) err(`${file}: case without id`);
  if (ids.has(c.id)) err(`${where}: duplicate id`);
  ids.add(c.id);
  if (!KINDS.has(c.kind)) err(`${where}: bad kind ${c.kind}`);
  const d = docs[c.doc];
  if (!d) { err(`${where}: unknown doc ${c.doc}`); return; }
  const asks = c.turns ? c.turns : [c.q];
  if (!asks.length || asks.some((a) => typeof a !== 'string' || !a.trim())) err(`${where}: empty question/turns`);
  if (c.turns && (c.turns.length < 2 || c.turns.length > 3)) err(`${where}: conversations need 2-3 turns`);
  const askFlat = asks.map(ws);
  if (c.refuse) {
    if (c.must || c.passage) err(`${where}: refusal must not have must/passage`);
  } else {
    if (!Array.isArray(c.must) || !c.must.length) err(`${where}: missing must`);
    for (const g of c.must || []) {
      if (!Array.isArray(g) || !g.length) { err(`${where}: empty must group`); continue; }
      for (const alt of g) {
        const a = ws(alt);
        if (!a) err(`${where}: empty alternative`);
        if (a.length > 12) err(`${where}: alternative too long "${alt}"`);
        if (!d.flat.includes(a)) err(`${where}: alternative not in document "${alt}"`);
        if (askFlat.some((q) => q.includes(a))) err(`${where}: alternative occurs in question "${alt}"`);
      }
    }
    const p = c.passage || '';
    if (p.length < 10 || p.length > 40) err(`${where}: passage length ${p.length}`);
    if (/[（）]/.test(p)) err(`${where}: passage contains full-width parentheses`);
    if (!d.flat.includes(ws(p))) err(`${where}: passage not in document "${p}"`);
  }
  const s = perDoc[c.doc];
  if (c.turns) { s.conv++; if (c.refuse) s.convRef++; }
  else { s.q++; if (c.refuse) s.ref++; else s.ans++; }
}

for (const c of load('questions.jsonl')) { if (c.turns) err(`questions.jsonl ${c.id}: has turns`); checkCase(c, 'questions.jsonl'); }
for (const c of load('conversations.jsonl')) { if (!c.turns) err(`conversations.jsonl ${c.id}: no turns`); checkCase(c, 'conversations.jsonl'); }

let convTotal = 0, convRefTotal = 0;
for (const [t, s] of Object.entries(perDoc)) {
  if (s.q !== 24 || s.ans !== 21 || s.ref !== 3) err(`${t}: ${s.q} questions (${s.ans} answerable, ${s.ref} refusals); want 24/21/3`);
  if (s.conv !== 2) err(`${t}: ${s.conv} conversations; want 2`);
  convTotal += s.conv; convRefTotal += s.convRef;
}
if (convTotal !== 6 || convRefTotal !== 2) err(`conversations: ${convTotal} total, ${convRefTotal} refusals; want 6 and 2`);

// owners.json
const owners = JSON.parse(fs.readFileSync(path.join(here, 'owners.json'), 'utf8'));
for (const o of owners) {
  const d = docs[o.doc];
  if (!d) { err(`owners.json: unknown doc ${o.doc}`); continue; }
  if (!d.flat.includes(ws(o.no + o.title))) err(`owners.json ${o.no}: "${o.no}${o.title}" not in document`);
  if (!o.units || !o.units.length) err(`owners.json ${o.no}: no units`);
  for (const u of o.units || []) if (!d.flat.includes(ws(u))) err(`owners.json ${o.no}: unit "${u}" not in document`);
}

for (const [t, s] of Object.entries(perDoc)) console.log(`${t}: ${s.q} questions (${s.ans}+${s.ref} refusals), ${s.conv} conversations`);
console.log(`owners.json: ${owners.length} items`);
if (errors.length) { for (const e of errors) console.log('FAIL ' + e); console.log(`${errors.length} problem(s)`); process.exit(1); }
console.log('all checks passed');
