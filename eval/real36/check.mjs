// Checks the real36 suite. Run: node check.mjs
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

// documents: knowledge/<short-name>.txt|.md, first line = the document's title
const docs = {}, docLines = {}, rawLines = {};
for (const f of fs.readdirSync(path.join(dir, 'knowledge')).sort()) {
  if (!/\.(txt|md)$/.test(f)) continue;
  const text = fs.readFileSync(path.join(dir, 'knowledge', f), 'utf8');
  const first = text.split('\n')[0].trim();
  if (!/(通知|意见|方案|办法|规定|细则|措施)$/.test(first)) err(`${f}: first line is not a document title: ${first}`);
  const n = [...text].length;
  if (n < 2000 || n > 12000) err(`${f}: ${n} characters, outside 2000-12000`);
  if (/[\uFFFD]/.test(text)) err(`${f}: contains replacement characters`);
  docs[f] = ws(text);
  rawLines[f] = text.split('\n');
  docLines[f] = rawLines[f].map(ws);
}
if (Object.keys(docs).length !== 3) err(`want 3 documents, have ${Object.keys(docs).length}`);

const readJsonl = f => fs.readFileSync(path.join(dir, f), 'utf8').split('\n').filter(l => l.trim()).map((l, i) => {
  try { return JSON.parse(l); } catch (e) { err(`${f}:${i + 1}: bad JSON`); return null; }
}).filter(Boolean);
const qs = readJsonl('questions.jsonl');
const cs = readJsonl('conversations.jsonl');

const ids = new Set();
const KINDS = new Set(['fact', 'owner', 'number', 'date', 'list', 'amount', 'condition', 'oos', 'multi']);
const per = {};
const kinds = {};
let english = 0;
qs.forEach((c, i) => { if (c.id !== `r36a${String(i + 1).padStart(2, '0')}`) err(`question ${i + 1}: id ${c.id}, want r36a${String(i + 1).padStart(2, '0')}`); });
cs.forEach((c, i) => { if (c.id !== `r36m0${i + 1}`) err(`conversation ${i + 1}: id ${c.id}, want r36m0${i + 1}`); });

for (const c of [...qs, ...cs]) {
  if (ids.has(c.id)) err(`duplicate id ${c.id}`);
  ids.add(c.id);
  if (!KINDS.has(c.kind)) err(`${c.id}: bad kind ${c.kind}`);
  kinds[c.kind] = (kinds[c.kind] || 0) + 1;
  if (c.turns && c.kind !== 'multi') err(`${c.id}: conversation kind must be multi`);
  if (!c.turns && c.kind === 'multi') err(`${c.id}: single question with kind multi`);
  if (c.q && c.refuse && c.kind !== 'oos') err(`${c.id}: refusal kind must be oos`);
  if (c.q && !c.refuse && c.kind === 'oos') err(`${c.id}: oos question without refuse`);
  if (c.refuse !== undefined && c.refuse !== true) err(`${c.id}: refuse must be true when present`);
  const d = docs[c.doc];
  if (!d) { err(`${c.id}: unknown doc ${c.doc}`); continue; }
  if (!c.q && !(Array.isArray(c.turns) && c.turns.length >= 2 && c.turns.length <= 3)) err(`${c.id}: needs q or 2-3 turns`);
  if (c.q && c.turns) err(`${c.id}: both q and turns`);
  const turns = c.turns || [c.q];
  if (turns.some(t => typeof t !== 'string' || !t.trim())) { err(`${c.id}: empty question text`); continue; }
  if (!/[\u4e00-\u9fff]/.test(turns.join(''))) english++;
  // must alternatives may not be given away by the question (for conversations: by the last turn)
  const asked = ws(turns[turns.length - 1]);
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
      if (!a) { err(`${c.id}: empty must alternative`); continue; }
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
  // the passage's line must hold at least one must group (the answer is where the passage points)
  else {
    const line = docLines[c.doc].find(l => l.includes(ws(ps)));
    if (!c.must.some(g => g.some(alt => line.includes(ws(alt))))) err(`${c.id}: passage line holds no must group`);
  }
}

for (const [doc, p] of Object.entries(per)) {
  if (p.q !== 24 || p.ans !== 21 || p.ref !== 3) err(`${doc}: ${p.q} questions (${p.ans} answerable, ${p.ref} refusals), want 24 (21+3)`);
  if (p.conv !== 2) err(`${doc}: ${p.conv} conversations, want 2`);
}
for (const doc of Object.keys(docs)) if (!per[doc]) err(`${doc}: no cases`);
if (qs.length !== 72) err(`questions: ${qs.length}, want 72`);
const refusals = qs.filter(c => c.refuse).length;
if (refusals !== 9) err(`refusals: ${refusals}, want 9`);
if (cs.length !== 6) err(`conversations: ${cs.length}, want 6`);
const convRef = cs.filter(c => c.refuse).length;
if (convRef !== 1) err(`conversations ending in refusal: ${convRef}, want 1`);
if (english < 3) err(`English questions: ${english}, want at least 3`);

// owners.json: [{doc, item, owner:[...]}] for every numbered item of the annotated document that carries a 责任单位 annotation
const owners = JSON.parse(fs.readFileSync(path.join(dir, 'owners.json'), 'utf8'));
if (!Array.isArray(owners) || !owners.length) err('owners.json must be a non-empty array');
const ownerDocs = new Set();
const items = new Set();
for (const o of owners) {
  const d = docs[o.doc];
  if (!d) { err(`owners: unknown doc ${o.doc}`); continue; }
  ownerDocs.add(o.doc);
  const key = o.doc + '|' + o.item;
  if (items.has(key)) err(`owners: duplicate item ${o.item}`);
  items.add(key);
  if (!/^\d+\./.test(o.item || '')) err(`owners: item without number: ${o.item}`);
  const line = docLines[o.doc].find(l => l.startsWith(ws(o.item || '-')));
  if (!line) { err(`owners: item not at the start of a line: ${o.item}`); continue; }
  if (!Array.isArray(o.owner) || !o.owner.length) err(`owners ${o.item}: no owner unit`);
  // the units must come from the item's own annotation, not from elsewhere on the line
  const ann = line.slice(line.search(/[（〔]责任单位：/));
  if (!/[（〔]责任单位：/.test(line)) err(`owners ${o.item}: line has no 责任单位 annotation`);
  for (const u of o.owner || []) if (!ann.includes(ws(u))) err(`owners ${o.item}: unit "${u}" not in the item's annotation`);
}
for (const doc of ownerDocs) {
  const annotated = rawLines[doc].filter(l => /^\d+\./.test(l) && /[（〔]责任单位：/.test(l)).length;
  const listed = owners.filter(o => o.doc === doc).length;
  if (annotated !== listed) err(`owners: ${listed} rows for ${annotated} annotated items in ${doc}`);
  const ownerQs = per[doc] ? per[doc].owner : 0;
  if (ownerQs < 8) err(`${doc}: ${ownerQs} owner questions, want at least 8`);
}
if (ownerDocs.size < 1) err('owners.json names no annotated document');

if (errors.length) { console.log(errors.join('\n')); console.log(`FAIL: ${errors.length} problem(s)`); process.exit(1); }
console.log(`OK: ${qs.length} questions (${qs.length - refusals} answerable, ${refusals} refusals), ${cs.length} conversations (${convRef} refusal), ${owners.length} owner rows, ${Object.keys(docs).length} documents, ${english} in English`);
console.log('  kinds: ' + Object.entries(kinds).map(([k, n]) => `${k} ${n}`).join(', '));
for (const [doc, p] of Object.entries(per)) console.log(`  ${doc}: ${p.ans}+${p.ref} questions (${p.owner} owner), ${p.conv} conversations (${p.convRef} refusal)`);
