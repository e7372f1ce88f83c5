// Checks the real37 suite (real documents, thirty-seventh blind set). Run: node check.mjs
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
const docs = {}, docLines = {};
for (const f of fs.readdirSync(path.join(dir, 'knowledge'))) {
  if (!f.endsWith('.txt')) continue;
  const text = fs.readFileSync(path.join(dir, 'knowledge', f), 'utf8');
  const title = f.slice(0, -4);
  if (text.split('\n')[0].trim() !== title) err(`${f}: first line is not the title`);
  const n = [...text].length;
  if (n < 2000 || n > 12000) err(`${f}: ${n} characters, outside 2000-12000`);
  docs[title] = ws(text);
  docLines[title] = text.split('\n').map(ws);
}
if (Object.keys(docs).length !== 3) err(`want 3 documents, have ${Object.keys(docs).length}`);

const readJsonl = f => fs.readFileSync(path.join(dir, f), 'utf8').split('\n').filter(l => l.trim()).map((l, i) => {
  try { return JSON.parse(l); } catch (e) { err(`${f}:${i + 1}: bad JSON`); return null; }
}).filter(Boolean);
const qs = readJsonl('questions.jsonl');
const cs = readJsonl('conversations.jsonl');

const ids = new Set();
const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'multi']);
const per = {};
let english = 0, owner = 0;
for (const c of qs) if (!/^r37a(0[1-9]|[1-6]\d|7[0-2])$/.test(c.id || '')) err(`${c.id}: question id must be r37a01…r37a72`);
for (const c of cs) if (!/^r37m0[1-6]$/.test(c.id || '')) err(`${c.id}: conversation id must be r37m01…r37m06`);

for (const c of [...qs, ...cs]) {
  if (ids.has(c.id)) err(`duplicate id ${c.id}`);
  ids.add(c.id);
  if (!KINDS.has(c.kind)) err(`${c.id}: bad kind ${c.kind}`);
  if (c.turns && c.kind !== 'multi') err(`${c.id}: conversation kind must be multi`);
  if (!c.turns && c.kind === 'multi') err(`${c.id}: single question with kind multi`);
  if (c.q && c.refuse && c.kind !== 'oos') err(`${c.id}: refusal kind must be oos`);
  if (c.q && !c.refuse && c.kind === 'oos') err(`${c.id}: oos question without refuse`);
  if ('refuse' in c && c.refuse !== true) err(`${c.id}: refuse must be true when present`);
  const d = docs[c.doc];
  if (!d) { err(`${c.id}: unknown doc ${c.doc}`); continue; }
  if (!c.q && !(Array.isArray(c.turns) && c.turns.length >= 2 && c.turns.length <= 3)) err(`${c.id}: needs q or 2-3 turns`);
  if (c.q && c.turns) err(`${c.id}: both q and turns`);
  const turns = c.turns || [c.q];
  if (turns.some(t => typeof t !== 'string' || !t.trim())) err(`${c.id}: empty question text`);
  // must strings may not occur in the question; for conversations: not in the last turn
  const asked = ws(turns[turns.length - 1]);
  if (!/[\u4e00-\u9fff]/.test(turns.join(''))) english++;
  const p = (per[c.doc] ||= { q: 0, ans: 0, ref: 0, conv: 0, convRef: 0, owner: 0 });
  if (c.turns) { p.conv++; if (c.refuse) p.convRef++; } else { p.q++; if (c.refuse) p.ref++; else p.ans++; }
  if (c.kind === 'owner') { p.owner++; owner++; }
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
}

for (const [doc, p] of Object.entries(per)) {
  if (p.q !== 24 || p.ans !== 21 || p.ref !== 3) err(`${doc}: ${p.q} questions (${p.ans} answerable, ${p.ref} refusals), want 24 (21+3)`);
  if (p.conv !== 2) err(`${doc}: ${p.conv} conversations, want 2`);
}
if (qs.length !== 72) err(`questions: ${qs.length}, want 72`);
if (qs.filter(c => !c.refuse).length !== 63) err(`answerable questions: want 63`);
if (qs.filter(c => c.refuse).length !== 9) err(`refusals: want 9`);
if (cs.length !== 6) err(`conversations: ${cs.length}, want 6`);
const convRef = Object.values(per).reduce((s, p) => s + p.convRef, 0);
if (convRef !== 1) err(`conversations ending in refusal: ${convRef}, want 1`);
if (english < 3) err(`English questions: ${english}, want at least 3`);
if (owner < 8) err(`owner questions: ${owner}, want at least 8`);

// owners.json: [{doc, item, parent?, task, lead:[...], support?:[...]}]
// The owner document (国办函〔2004〕71号) numbers its items 一、…十一、; items 八 and 十 are split into 1./2./3.
// Each item names its handling departments in prose: "X会同Y…研究提出了办理意见" (X = lead, Y = support).
// For a top-level item that sentence is on the line after the item line; for a sub-item it is on the same line.
const owners = JSON.parse(fs.readFileSync(path.join(dir, 'owners.json'), 'utf8'));
if (!Array.isArray(owners) || !owners.length) err('owners.json must be a non-empty array');
const ownerDocs = new Set();
const tasks = new Set();
const TOP = /^[一二三四五六七八九十]+、关于/;
const SUB = /^\d\.关于/;
for (const o of owners) {
  const d = docs[o.doc];
  if (!d) { err(`owners: unknown doc ${o.doc}`); continue; }
  ownerDocs.add(o.doc);
  const lines = docLines[o.doc];
  if (tasks.has(o.task)) err(`owners: duplicate task ${o.task}`);
  tasks.add(o.task);
  if (!TOP.test(ws(o.task || '')) && !SUB.test(ws(o.task || ''))) err(`owners: task without item number: ${o.task}`);
  if (SUB.test(ws(o.task || '')) && !o.parent) err(`owners ${o.task}: sub-item without parent`);
  if (!Array.isArray(o.lead) || !o.lead.length) err(`owners ${o.task}: no lead unit`);
  // locate the item (after its parent for sub-items) and its block up to the next numbered line
  let from = 0;
  if (o.parent) {
    from = lines.findIndex(l => l.startsWith(ws(o.parent)));
    if (from < 0) { err(`owners ${o.task}: parent not at the start of a line`); continue; }
  }
  const at = lines.findIndex((l, i) => i >= from && l.startsWith(ws(o.task)));
  if (at < 0) { err(`owners: task not at the start of a line: ${o.task}`); continue; }
  let end = at + 1;
  while (end < lines.length && !TOP.test(lines[end]) && !SUB.test(lines[end]) && !lines[end].startsWith('国务院办公厅')) end++;
  const block = lines.slice(at, end).join('');
  for (const u of [...(o.lead || []), ...(o.support || [])]) if (!block.includes(ws(u))) err(`owners ${o.task}: unit "${u}" not in the item's text`);
  // the lead unit(s) open the handling sentence: "<lead>…会同…研究提出了办理意见" or "<lead>已会同…"
  const m = /([^。：]*?)(?:研究提出了办理意见|已会同)/.exec(block.slice(SUB.test(ws(o.task)) ? ws(o.task).length : lines[at].length));
  if (!m) err(`owners ${o.task}: no handling sentence in the item`);
  else for (const u of o.lead || []) if (!m[1].split('会同')[0].includes(ws(u))) err(`owners ${o.task}: lead "${u}" is not the lead of the handling sentence`);
}
for (const doc of ownerDocs) {
  // every numbered item is listed: a top-level item directly or through its sub-items
  const lines = docLines[doc];
  let parent = null;
  for (const l of lines) {
    if (TOP.test(l)) {
      parent = l;
      const key = l.split('。')[0];
      const direct = owners.some(o => o.doc === doc && !o.parent && ws(o.task) === key);
      const viaSub = owners.some(o => o.doc === doc && o.parent && ws(o.parent) === key);
      if (!direct && !viaSub) err(`owners: item not listed: ${key}`);
    } else if (SUB.test(l)) {
      const key = l.split('。')[0];
      if (!owners.some(o => o.doc === doc && ws(o.task) === key && parent && parent.startsWith(ws(o.parent)))) err(`owners: sub-item not listed: ${key}`);
    }
  }
}
if (ownerDocs.size < 1) err('owners.json covers no document');

if (errors.length) { console.log(errors.join('\n')); console.log(`FAIL: ${errors.length} problem(s)`); process.exit(1); }
console.log(`OK: ${qs.length} questions, ${cs.length} conversations, ${owners.length} owner rows, ${Object.keys(docs).length} documents, ${english} in English, ${owner} owner questions`);
for (const [doc, p] of Object.entries(per)) console.log(`  ${doc}: ${p.ans}+${p.ref} questions (${p.owner} owner), ${p.conv} conversations (${p.convRef} refusal)`);
