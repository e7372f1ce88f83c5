// Checks the real35 suite. Run: node check.mjs
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
const KINDS = new Set(['owner', 'target', 'amount', 'item', 'list', 'count', 'date', 'condition', 'ordinal', 'definition', 'oos', 'multi']);
const per = {};
let english = 0;
qs.forEach((c, i) => { if (c.id !== `r35a${String(i + 1).padStart(2, '0')}`) err(`question ${i + 1}: id ${c.id}, want r35a${String(i + 1).padStart(2, '0')}`); });
cs.forEach((c, i) => { if (c.id !== `r35m0${i + 1}`) err(`conversation ${i + 1}: id ${c.id}, want r35m0${i + 1}`); });

for (const c of [...qs, ...cs]) {
  if (ids.has(c.id)) err(`duplicate id ${c.id}`);
  ids.add(c.id);
  if (!KINDS.has(c.kind)) err(`${c.id}: bad kind ${c.kind}`);
  if (typeof c.note !== 'string') err(`${c.id}: note missing`);
  if (c.turns && c.kind !== 'multi') err(`${c.id}: conversation kind must be multi`);
  if (!c.turns && c.kind === 'multi') err(`${c.id}: single question with kind multi`);
  if (c.q && c.refuse && c.kind !== 'oos') err(`${c.id}: refusal kind must be oos`);
  if (c.q && !c.refuse && c.kind === 'oos') err(`${c.id}: oos question without refuse`);
  if ('refuse' in c && c.refuse !== true) err(`${c.id}: refuse must be true when present`);
  const d = docs[c.doc];
  if (!d) { err(`${c.id}: unknown doc ${c.doc}`); continue; }
  if (!c.q && !(Array.isArray(c.turns) && c.turns.length >= 2 && c.turns.length <= 4)) err(`${c.id}: needs q or 2-4 turns`);
  if (c.q && c.turns) err(`${c.id}: both q and turns`);
  const turns = c.turns || [c.q];
  if (turns.some(t => typeof t !== 'string' || !t.trim())) err(`${c.id}: empty question/turn`);
  if (!/[\u4e00-\u9fff]/.test(turns.join(''))) english++;
  const asked = ws(turns[turns.length - 1]).toLowerCase(); // must must not be given away by the (last) question
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
      if (!a) err(`${c.id}: empty alternative`);
      if (!d.includes(a)) err(`${c.id}: must "${alt}" not in document`);
      if (asked.includes(a.toLowerCase())) err(`${c.id}: must "${alt}" occurs in the question`);
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
if (qs.filter(c => !c.refuse).length !== 63) err('want 63 answerable questions');
if (qs.filter(c => c.refuse).length !== 9) err('want 9 refusals');
if (cs.length !== 6) err(`conversations: ${cs.length}, want 6`);
const convRef = cs.filter(c => c.refuse).length;
if (convRef !== 1) err(`conversations ending in refusal: ${convRef}, want 1`);
if (english < 3) err(`English questions: ${english}, want at least 3`);

// owners.json: [{doc, task, lead:[...], support:[...]}]
const owners = JSON.parse(fs.readFileSync(path.join(dir, 'owners.json'), 'utf8'));
if (!Array.isArray(owners) || !owners.length) err('owners.json must be a non-empty array');
const ownerDocs = new Set();
const tasks = new Set();
const ITEM = /^（[一二三四五六七八九十]+）/;
for (const o of owners) {
  const d = docs[o.doc];
  if (!d) { err(`owners: unknown doc ${o.doc}`); continue; }
  ownerDocs.add(o.doc);
  if (tasks.has(o.task)) err(`owners: duplicate task ${o.task}`);
  tasks.add(o.task);
  if (!ITEM.test(o.task || '')) err(`owners: task without item number: ${o.task}`);
  const line = docLines[o.doc].find(l => l.startsWith(ws(o.task))) || '';
  if (!line) err(`owners: task not at the start of a line: ${o.task}`);
  if (!Array.isArray(o.lead) || !o.lead.length) err(`owners ${o.task}: no lead unit`);
  if (!Array.isArray(o.support)) err(`owners ${o.task}: support must be an array`);
  const ann = (/（责任单位：([^）]+)）$/.exec(line) || [])[1] || '';
  const listed = [...(o.lead || []), ...(o.support || [])];
  // the unit list must be exactly the item's own annotation, in order
  if (listed.map(ws).join('、') !== ann) err(`owners ${o.task}: units ${listed.join('、')} differ from annotation ${ann}`);
}
for (const doc of ownerDocs) {
  // every annotated item is listed
  const annotated = docLines[doc].filter(l => ITEM.test(l) && /（责任单位：[^）]+）$/.test(l)).length;
  const listed = owners.filter(o => o.doc === doc).length;
  if (annotated !== listed) err(`owners: ${listed} rows for ${annotated} annotated items`);
  const ownerQs = per[doc] ? per[doc].owner : 0;
  if (ownerQs < 8) err(`${doc}: ${ownerQs} owner questions, want at least 8`);
}
if (ownerDocs.size < 1) err('no owner-annotated document');

if (errors.length) { console.log(errors.join('\n')); console.log(`FAIL: ${errors.length} problem(s)`); process.exit(1); }
console.log(`OK: ${qs.length} questions, ${cs.length} conversations, ${owners.length} owner rows, ${Object.keys(docs).length} documents, ${english} in English`);
for (const [doc, p] of Object.entries(per)) console.log(`  ${doc}: ${p.ans}+${p.ref} questions (${p.owner} owner), ${p.conv} conversations (${p.convRef} refusal)`);
