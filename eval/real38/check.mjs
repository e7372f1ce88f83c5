// Checks the real38 suite. Run: node check.mjs
// Adapted from the real30 self-check (blind template). Uses /work/main/node_modules/opencc-js
// (traditional -> simplified folding) when it can be found; plain text otherwise.
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

// ---------- documents ----------
const docs = {}, docLines = {}, rawLines = {};
for (const f of fs.readdirSync(path.join(dir, 'knowledge'))) {
  if (!f.endsWith('.txt')) continue;
  const text = fs.readFileSync(path.join(dir, 'knowledge', f), 'utf8');
  const title = f.slice(0, -4);
  if (text.split('\n')[0].trim() !== title) err(`${f}: first line is not the title`);
  const n = [...text].length;
  if (n < 2000 || n > 12000) err(`${f}: ${n} characters, outside 2000-12000`);
  if (/\r/.test(text)) err(`${f}: contains CR characters`);
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

// ---------- ids ----------
const ids = new Set();
const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'multi']);
const per = {};
const letter = {};
let english = 0;
for (const c of qs) {
  const m = /^r38([abc])(\d\d)$/.exec(c.id || '');
  if (!m) { err(`${c.id}: question id must be r38a01…r38c24`); continue; }
  (letter[m[1]] ||= new Set()).add(c.doc);
}
for (const c of cs) if (!/^r38m0[1-6]$/.test(c.id || '')) err(`${c.id}: conversation id must be r38m01…r38m06`);
for (const [l, s] of Object.entries(letter)) if (s.size !== 1) err(`ids r38${l}..: more than one doc`);

// ---------- cases ----------
for (const c of [...qs, ...cs]) {
  if (ids.has(c.id)) err(`duplicate id ${c.id}`);
  ids.add(c.id);
  if (!KINDS.has(c.kind)) err(`${c.id}: bad kind ${c.kind}`);
  if (c.turns && c.kind !== 'multi') err(`${c.id}: conversation kind must be multi`);
  if (!c.turns && c.kind === 'multi') err(`${c.id}: single question with kind multi`);
  if (c.q && c.refuse && c.kind !== 'oos') err(`${c.id}: refusal kind must be oos`);
  if (c.q && !c.refuse && c.kind === 'oos') err(`${c.id}: oos question without refuse`);
  if (c.refuse !== undefined && c.refuse !== true) err(`${c.id}: refuse must be true when present`);
  const d = docs[c.doc];
  if (!d) { err(`${c.id}: unknown doc ${c.doc}`); continue; }
  if (!c.q && !(Array.isArray(c.turns) && c.turns.length >= 2 && c.turns.length <= 3)) err(`${c.id}: needs q or 2-3 turns`);
  if (c.q && c.turns) err(`${c.id}: both q and turns`);
  if (c.turns && c.turns.some(t => typeof t !== 'string' || !t.trim())) err(`${c.id}: empty turn`);
  // must strings may not occur in the question (for conversations: in the last turn)
  const asked = ws(c.turns ? c.turns[c.turns.length - 1] : c.q);
  const all = ws((c.turns || [c.q]).join('\n'));
  if (!/[\u4e00-\u9fff]/.test(all)) english++;
  const p = (per[c.doc] ||= { q: 0, ans: 0, ref: 0, conv: 0, convRef: 0, owner: 0 });
  if (c.turns) { p.conv++; if (c.refuse) p.convRef++; } else { p.q++; if (c.refuse) p.ref++; else p.ans++; }
  if (c.kind === 'owner') p.owner++;
  if (c.refuse) {
    if (c.must || c.passage) err(`${c.id}: refusal with must/passage`);
    continue;
  }
  if (!Array.isArray(c.must) || !c.must.length) { err(`${c.id}: no must`); continue; }
  for (const g of c.must) {
    if (!Array.isArray(g) || !g.length) { err(`${c.id}: empty must group`); continue; }
    for (const alt of g) {
      const a = ws(alt);
      if (!a) err(`${c.id}: empty must alternative`);
      if (!d.includes(a)) err(`${c.id}: must "${alt}" not in document`);
      if (asked.includes(a)) err(`${c.id}: must "${alt}" occurs in the question`);
      if ([...a].length > 12) err(`${c.id}: must "${alt}" longer than 12 characters`);
    }
  }
  const ps = c.passage || '';
  const pl = [...ws(ps)].length;
  if (pl < 10 || pl > 40) err(`${c.id}: passage length ${pl}`);
  if (/[（）]/.test(ps)) err(`${c.id}: passage has full-width parentheses`);
  if (!d.includes(ws(ps))) err(`${c.id}: passage not in document`);
  else if (!docLines[c.doc].some(l => l.includes(ws(ps)))) err(`${c.id}: passage spans more than one line`);
  // every must group should be answered near the passage: at least one alternative of each group
  // occurs in the passage's line or in the document (already checked); nothing stricter here.
}

for (const [doc, p] of Object.entries(per)) {
  if (p.q !== 24 || p.ans !== 21 || p.ref !== 3) err(`${doc}: ${p.q} questions (${p.ans} answerable, ${p.ref} refusals), want 24 (21+3)`);
  if (p.conv !== 2) err(`${doc}: ${p.conv} conversations, want 2`);
}
if (qs.length !== 72) err(`questions: ${qs.length}, want 72`);
if (cs.length !== 6) err(`conversations: ${cs.length}, want 6`);
const convRef = Object.values(per).reduce((s, p) => s + p.convRef, 0);
if (convRef !== 1) err(`conversations ending in refusal: ${convRef}, want 1`);
if (english < 3) err(`English questions: ${english}, want at least 3`);
const ownerQs = Object.values(per).reduce((s, p) => s + p.owner, 0);
if (ownerQs < 8) err(`owner questions: ${ownerQs}, want at least 8`);

// ---------- owners.json ----------
// rows: {doc, item, title, task, owner, lead:[...], support:[...], annotation}
// task = the line (prefix) that opens the item; annotation = the item's own
// "牵头单位：…，配合单位：…" line, i.e. the first such line after the task line.
const owners = JSON.parse(fs.readFileSync(path.join(dir, 'owners.json'), 'utf8'));
if (!Array.isArray(owners) || !owners.length) err('owners.json must be a non-empty array');
const ownerDocs = new Set();
const items = new Set();
const usedAnn = new Map();
const ANN = /^牵头单位：/;
for (const o of owners) {
  const d = docs[o.doc];
  if (!d) { err(`owners: unknown doc ${o.doc}`); continue; }
  ownerDocs.add(o.doc);
  if (items.has(o.item)) err(`owners: duplicate item ${o.item}`);
  items.add(o.item);
  for (const k of ['item', 'title', 'task', 'owner', 'annotation']) if (typeof o[k] !== 'string' || !o[k]) err(`owners ${o.item}: missing ${k}`);
  if (!Array.isArray(o.lead) || !o.lead.length) { err(`owners ${o.item}: no lead unit`); continue; }
  if (o.owner !== o.lead.join('、')) err(`owners ${o.item}: owner is not the lead list`);
  const lines = rawLines[o.doc];
  const at = lines.map((l, i) => [l, i]).filter(([l]) => l.startsWith(o.task)).map(([, i]) => i);
  if (at.length !== 1) { err(`owners ${o.item}: task line found ${at.length} times`); continue; }
  if (!ws(lines[at[0]]).includes(ws(o.title))) err(`owners ${o.item}: title not on the task line`);
  const annIdx = lines.findIndex((l, i) => i > at[0] && ANN.test(l));
  if (annIdx < 0) { err(`owners ${o.item}: no annotation after the task line`); continue; }
  // no other item heading between the task line and its annotation
  for (let i = at[0] + 1; i < annIdx; i++) if (/^（[一二三四五六七八九十]+）/.test(lines[i])) err(`owners ${o.item}: another item starts before its annotation`);
  if (lines[annIdx] !== o.annotation) err(`owners ${o.item}: annotation differs from the document line`);
  if (usedAnn.has(annIdx)) err(`owners ${o.item}: annotation already used by ${usedAnn.get(annIdx)}`);
  usedAnn.set(annIdx, o.item);
  const leadPart = ws(o.annotation.split('配合单位：')[0]);
  const supPart = ws(o.annotation.split('配合单位：')[1] || '');
  for (const u of o.lead) if (!leadPart.includes(ws(u))) err(`owners ${o.item}: lead "${u}" not in the lead part of its annotation`);
  for (const u of o.support || []) if (!supPart.includes(ws(u))) err(`owners ${o.item}: support "${u}" not in the support part of its annotation`);
}
for (const doc of ownerDocs) {
  // every annotation line of the document is listed exactly once
  const annotated = rawLines[doc].filter(l => ANN.test(l)).length;
  const listed = owners.filter(o => o.doc === doc).length;
  if (annotated !== listed) err(`owners: ${listed} rows for ${annotated} annotation lines`);
  // owner questions ask for a lead unit as written in the item's own annotation
  const leads = new Set(owners.filter(o => o.doc === doc).flatMap(o => o.lead.map(ws)));
  for (const c of qs.filter(c => c.doc === doc && c.kind === 'owner')) {
    const g = (c.must || [])[0] || [];
    if (!g.some(a => leads.has(ws(a)) || [...leads].some(l => l.endsWith(ws(a)) && ws(a).length >= 4))) err(`${c.id}: first must group is not a lead unit of any item`);
  }
}
for (const c of qs.filter(c => c.kind === 'owner')) if (!ownerDocs.has(c.doc)) err(`${c.id}: owner question on a document without owners rows`);

if (errors.length) { console.log(errors.join('\n')); console.log(`FAIL: ${errors.length} problem(s)`); process.exit(1); }
console.log(`OK: ${qs.length} questions, ${cs.length} conversations, ${owners.length} owner rows, ${Object.keys(docs).length} documents, ${english} in English, ${ownerQs} owner questions`);
for (const [doc, p] of Object.entries(per)) console.log(`  ${doc}: ${p.ans}+${p.ref} questions (${p.owner} owner), ${p.conv} conversations (${p.convRef} refusal)`);
