// Checks the real34 suite. Run: node check.mjs
// Uses /work/main/node_modules/opencc-js (traditional -> simplified folding) when it can be found; plain text otherwise.
import fs from 'node:fs';
import path from 'node:path';
const dir = path.dirname(new URL(import.meta.url).pathname);
let fold = s => s;
try {
  const OpenCC = await import('opencc-js');
  const conv = OpenCC.Converter({ from: 't', to: 'cn' });
  fold = s => conv(s);
} catch {
  try {
    const OpenCC = await import(path.join(dir, '..', '..', 'node_modules', 'opencc-js', 'dist', 'esm', 'full.js'));
    const conv = OpenCC.Converter({ from: 't', to: 'cn' });
    fold = s => conv(s);
  } catch { console.log('note: opencc-js not found, no traditional->simplified folding'); }
}
const ws = s => fold(s.replace(/\s+/g, ''));
const errors = [];
const err = m => errors.push(m);

// documents
const docs = {}, docLines = {}, rawLines = {};
for (const f of fs.readdirSync(path.join(dir, 'knowledge'))) {
  if (!f.endsWith('.txt')) continue;
  const text = fs.readFileSync(path.join(dir, 'knowledge', f), 'utf8');
  const title = f.slice(0, -4);
  if (text.split('\n')[0].trim() !== title) err(`${f}: first line is not the title`);
  const n = [...text].length;
  if (n < 3000 || n > 15000) err(`${f}: ${n} characters, outside 3000-15000`);
  docs[title] = ws(text);
  rawLines[title] = text.split('\n');
  docLines[title] = rawLines[title].map(ws);
}
if (Object.keys(docs).length !== 3) err(`want 3 documents, have ${Object.keys(docs).length}`);

const readJsonl = f => fs.readFileSync(path.join(dir, f), 'utf8').split('\n').filter(l => l.trim()).map((l, i) => {
  try { return JSON.parse(l); } catch (e) { err(`${f}:${i + 1}: bad JSON`); return null; }
}).filter(Boolean);
const qs = readJsonl('questions.jsonl');
const cs = readJsonl('conversations.jsonl');

const ids = new Set();
const KINDS = new Set(['owner', 'amount', 'date', 'count', 'list', 'item', 'fact', 'target', 'measure', 'oos', 'multi']);
const per = {};
const letter = {};
let english = 0;
for (const c of qs) {
  const m = /^r34([abc])(\d\d)$/.exec(c.id || '');
  if (!m) { err(`${c.id}: question id must be r34a01…r34c24`); continue; }
  if (+m[2] < 1 || +m[2] > 24) err(`${c.id}: number outside 01-24`);
  (letter[m[1]] ||= new Set()).add(c.doc);
}
for (const c of cs) if (!/^r34m0[1-6]$/.test(c.id || '')) err(`${c.id}: conversation id must be r34m01…r34m06`);
for (const [l, s] of Object.entries(letter)) if (s.size !== 1) err(`ids r34${l}..: more than one doc`);
if (new Set(Object.values(letter).map(s => [...s][0])).size !== 3) err('the three id letters must name three different documents');

for (const c of [...qs, ...cs]) {
  if (ids.has(c.id)) err(`duplicate id ${c.id}`);
  ids.add(c.id);
  if (!KINDS.has(c.kind)) err(`${c.id}: bad kind ${c.kind}`);
  if (c.turns && c.kind !== 'multi') err(`${c.id}: conversation kind must be multi`);
  if (!c.turns && c.kind === 'multi') err(`${c.id}: single question with kind multi`);
  if (c.q && c.refuse && c.kind !== 'oos') err(`${c.id}: refusal kind must be oos`);
  if (c.q && !c.refuse && c.kind === 'oos') err(`${c.id}: oos question without refuse`);
  const d = docs[c.doc];
  if (!d) { err(`${c.id}: unknown doc ${c.doc}`); continue; }
  if (!c.q && !(Array.isArray(c.turns) && c.turns.length >= 2 && c.turns.length <= 3)) err(`${c.id}: needs q or 2-3 turns`);
  if (c.q && c.turns) err(`${c.id}: both q and turns`);
  const asked = ws((c.turns || [c.q]).join('\n'));
  if (!/[\u3400-\u9fff]/.test(asked)) english++;
  const p = (per[c.doc] ||= { q: 0, ans: 0, ref: 0, conv: 0, convRef: 0, owner: 0 });
  if (c.turns) { p.conv++; if (c.refuse) p.convRef++; } else { p.q++; if (c.refuse) p.ref++; else p.ans++; }
  if (c.kind === 'owner') p.owner++;
  if (c.refuse) {
    if (c.must || c.passage) err(`${c.id}: refusal with must/passage`);
    if (c.refuse !== true) err(`${c.id}: refuse must be true`);
    continue;
  }
  if (!Array.isArray(c.must) || !c.must.length) { err(`${c.id}: no must`); continue; }
  for (const g of c.must) {
    if (!Array.isArray(g) || !g.length) { err(`${c.id}: empty must group`); continue; }
    for (const alt of g) {
      const a = ws(alt);
      if (!d.includes(a)) err(`${c.id}: must "${alt}" not in document`);
      if (asked.includes(a)) err(`${c.id}: must "${alt}" occurs in the question`);
      if ([...a].length > 12) err(`${c.id}: must "${alt}" longer than 12 characters`);
    }
  }
  if (c.turns) continue; // conversations carry no passage
  const ps = c.passage || '';
  const pl = [...ws(ps)].length;
  if (pl < 10 || pl > 40) err(`${c.id}: passage length ${pl}`);
  if (/[（）]/.test(ps)) err(`${c.id}: passage has full-width parentheses`);
  if (!d.includes(ws(ps))) err(`${c.id}: passage not in document`);
  else if (!docLines[c.doc].some(l => l.includes(ws(ps)))) err(`${c.id}: passage spans more than one line`);
}

for (const [doc, p] of Object.entries(per)) {
  if (p.q !== 24 || p.ans !== 21 || p.ref !== 3) err(`${doc}: ${p.q} questions (${p.ans} answerable, ${p.ref} refusals), want 24 (21+3)`);
  if (p.conv !== 2) err(`${doc}: ${p.conv} conversations, want 2`);
}
if (qs.length !== 72) err(`questions: ${qs.length}, want 72`);
if (cs.length !== 6) err(`conversations: ${cs.length}, want 6`);
const convRef = Object.values(per).reduce((s, p) => s + p.convRef, 0);
if (convRef !== 2) err(`conversations ending in refusal: ${convRef}, want 2`);
if (english < 2 || english > 3) err(`English questions: ${english}, want 2-3`);

// owners.json: [{doc, task, lead:[...], support:[...]}]; task = the item's "N.title" prefix.
// An annotated item is a line "N.title。…（…牵头/负责/落实…）" of the owner document.
const ANNOTATED = /^\d+\.[^。]+。.*（[^（）]*(牵头|负责|落实)[^（）]*）$/;
const owners = JSON.parse(fs.readFileSync(path.join(dir, 'owners.json'), 'utf8'));
if (!Array.isArray(owners) || !owners.length) err('owners.json must be a non-empty array');
const ownerDocs = new Set();
const tasks = new Set();
for (const o of owners) {
  const d = docs[o.doc];
  if (!d) { err(`owners: unknown doc ${o.doc}`); continue; }
  ownerDocs.add(o.doc);
  if (tasks.has(o.task)) err(`owners: duplicate task ${o.task}`);
  tasks.add(o.task);
  if (!/^\d+\.\S/.test(o.task || '')) err(`owners: task without item number: ${o.task}`);
  const idx = rawLines[o.doc].findIndex(l => l.startsWith(o.task + '。'));
  if (idx < 0) { err(`owners: task not at the start of a line: ${o.task}`); continue; }
  const line = docLines[o.doc][idx];
  const ann = (/（([^（）]*)）$/.exec(rawLines[o.doc][idx]) || [])[1] || '';
  if (!Array.isArray(o.lead) || !o.lead.length) err(`owners ${o.task}: no lead unit`);
  if (!Array.isArray(o.support)) err(`owners ${o.task}: support must be an array`);
  // every unit is written on the item's own line, inside its closing annotation
  for (const u of [...(o.lead || []), ...(o.support || [])]) {
    if (!line.includes(ws(u))) err(`owners ${o.task}: unit "${u}" not on the item's line`);
    if (!ann.includes(u)) err(`owners ${o.task}: unit "${u}" not in the item's annotation`);
  }
  // the lead units come before "牵头" when the annotation names a leader
  if (ann.includes('牵头')) {
    const head = ann.split('牵头')[0];
    for (const u of o.lead || []) if (!head.includes(u)) err(`owners ${o.task}: lead "${u}" not before 牵头`);
    for (const u of o.support || []) if (head.includes(u) && !ann.split('牵头')[1].includes(u)) err(`owners ${o.task}: support "${u}" is a lead unit`);
  }
}
for (const doc of ownerDocs) {
  const annotated = rawLines[doc].filter(l => ANNOTATED.test(l)).length;
  const listed = owners.filter(o => o.doc === doc).length;
  if (annotated !== listed) err(`owners: ${listed} rows for ${annotated} annotated items`);
  const ownerQs = per[doc] ? per[doc].owner : 0;
  if (ownerQs < 10 || ownerQs > 14) err(`${doc}: ${ownerQs} owner questions, want about 12`);
}
if (!ownerDocs.size) err('owners.json names no document');

if (errors.length) { console.log(errors.join('\n')); console.log(`FAIL: ${errors.length} problem(s)`); process.exit(1); }
console.log(`OK: ${qs.length} questions, ${cs.length} conversations, ${owners.length} owner rows, ${Object.keys(docs).length} documents, ${english} in English`);
for (const [doc, p] of Object.entries(per)) console.log(`  ${doc}: ${p.ans}+${p.ref} questions (${p.owner} owner), ${p.conv} conversations (${p.convRef} refusal)`);
