// Self-check for suite real21. Usage: node check.mjs   (no dependencies)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const norm = (s) => String(s).replace(/\s+/g, '');
const errors = [];
const err = (m) => errors.push(m);

// knowledge
const kdir = path.join(dir, 'knowledge');
const docs = {};
for (const f of fs.readdirSync(kdir).filter((f) => f.endsWith('.txt'))) {
  const title = f.slice(0, -4);
  const text = fs.readFileSync(path.join(kdir, f), 'utf8');
  if (text.split('\n')[0].trim() !== title) err(`knowledge ${f}: first line is not the title`);
  if (text.length < 1500 || text.length > 15000) err(`knowledge ${f}: length ${text.length} outside 1500-15000`);
  if (text.includes('\uFFFD')) err(`knowledge ${f}: replacement character (bad decoding)`);
  docs[title] = norm(text);
}
if (Object.keys(docs).length !== 3) err(`expected 3 documents, found ${Object.keys(docs).length}`);

const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'multi']);
const readJsonl = (f) =>
  fs.readFileSync(path.join(dir, f), 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => {
    try { return JSON.parse(l); } catch (e) { err(`${f}:${i + 1}: bad JSON (${e.message})`); return null; }
  }).filter(Boolean);

const qs = readJsonl('questions.jsonl');
const cs = readJsonl('conversations.jsonl');
const ids = new Set();
const perDoc = {};
for (const [file, list, conv] of [['questions.jsonl', qs, false], ['conversations.jsonl', cs, true]]) {
  for (const c of list) {
    const where = `${file} ${c.id}`;
    if (!c.id) err(`${file}: case without id`);
    if (ids.has(c.id)) err(`${where}: duplicate id`);
    ids.add(c.id);
    if (!KINDS.has(c.kind)) err(`${where}: bad kind ${c.kind}`);
    if (!(c.doc in docs)) { err(`${where}: unknown doc ${c.doc}`); continue; }
    const d = (perDoc[c.doc] ||= { q: 0, ans: 0, ref: 0, conv: 0, convRef: 0 });
    let asked;
    if (conv) {
      if (!Array.isArray(c.turns) || c.turns.length < 2 || c.turns.length > 3) err(`${where}: needs 2-3 turns`);
      if (c.q) err(`${where}: conversation must use turns, not q`);
      asked = (c.turns || []).join(' ');
      d.conv++; if (c.refuse) d.convRef++;
    } else {
      if (typeof c.q !== 'string' || !c.q.trim()) err(`${where}: missing q`);
      asked = c.q || '';
      d.q++; if (c.refuse) d.ref++; else d.ans++;
    }
    if (c.refuse) {
      if (c.must || c.passage) err(`${where}: refusal must not carry must/passage`);
      continue;
    }
    if (!Array.isArray(c.must) || !c.must.length) { err(`${where}: missing must`); continue; }
    for (const g of c.must) {
      if (!Array.isArray(g) || !g.length) { err(`${where}: empty must group`); continue; }
      for (const alt of g) {
        const a = norm(alt);
        if (!a) err(`${where}: empty alternative`);
        if (!docs[c.doc].includes(a)) err(`${where}: alternative not in document: ${alt}`);
        if (norm(asked).includes(a)) err(`${where}: alternative occurs in the question: ${alt}`);
        if (a.length > 14) err(`${where}: alternative too long (${a.length}): ${alt}`);
      }
    }
    const p = norm(c.passage || '');
    if (p.length < 10 || p.length > 40) err(`${where}: passage length ${p.length}`);
    if (/[（）]/.test(c.passage || '')) err(`${where}: passage contains full-width parentheses`);
    if (!docs[c.doc].includes(p)) err(`${where}: passage not in document: ${c.passage}`);
  }
}
for (const [doc, d] of Object.entries(perDoc)) {
  if (d.q !== 24 || d.ans !== 21 || d.ref !== 3) err(`counts for ${doc}: ${JSON.stringify(d)} (want 24 = 21 + 3)`);
  if (d.conv !== 2) err(`conversations for ${doc}: ${d.conv} (want 2)`);
}
const totalConvRef = Object.values(perDoc).reduce((n, d) => n + d.convRef, 0);
if (qs.length !== 72) err(`questions: ${qs.length} (want 72)`);
if (cs.length !== 6) err(`conversations: ${cs.length} (want 6)`);
if (totalConvRef !== 2) err(`conversations ending in refusal: ${totalConvRef} (want 2)`);
const english = qs.filter((c) => /^[\x00-\x7F]*[A-Za-z][\x00-\x7F（）\u4e00-\u9fff]*$/.test(c.q) && /[A-Za-z]{4,}\s+[A-Za-z]{3,}/.test(c.q)).length;
if (english < 2 || english > 3) err(`English questions: ${english} (want 2-3)`);

// owners.json
const owners = JSON.parse(fs.readFileSync(path.join(dir, 'owners.json'), 'utf8'));
const seen = new Set();
for (const o of owners) {
  if (!(o.doc in docs)) { err(`owners: unknown doc ${o.doc}`); continue; }
  const key = o.doc + '|' + o.no;
  if (seen.has(key)) err(`owners: duplicate item ${key}`);
  seen.add(key);
  if (!o.title || !docs[o.doc].includes(norm(o.title))) err(`owners ${o.no}: title not in document`);
  if (!Array.isArray(o.units) || !o.units.length) err(`owners ${o.no}: no units`);
  for (const u of o.units || []) if (!docs[o.doc].includes(norm(u))) err(`owners ${o.no}: unit not in document: ${u}`);
}

if (errors.length) {
  console.log(errors.join('\n'));
  console.log(`FAIL (${errors.length} problems)`);
  process.exit(1);
}
console.log(`OK: ${qs.length} questions, ${cs.length} conversations, ${owners.length} owner items, ${Object.keys(docs).length} documents`);
for (const [doc, d] of Object.entries(perDoc)) console.log(`  ${doc}: ${d.ans} answerable + ${d.ref} refusals, ${d.conv} conversations (${d.convRef} refusal)`);
console.log(`  English questions: ${english}`);
