// Checks the real28 suite. Run: node check.mjs  (no dependencies; opencc-js is used for tw->cn folding when present)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
const dir = path.dirname(new URL(import.meta.url).pathname);
let fold = s => s;
try {
  const req = createRequire(import.meta.url);
  let OpenCC;
  try { OpenCC = req('opencc-js'); } catch { OpenCC = req('/work/main/node_modules/opencc-js'); }
  fold = OpenCC.Converter({ from: 'tw', to: 'cn' });
} catch { /* the documents are published in simplified characters, so folding is a no-op for them */ }
const ws = s => fold(String(s)).replace(/\s+/g, '');
const errors = [];
const err = m => errors.push(m);
const docs = {}, docLines = {};
for (const f of fs.readdirSync(path.join(dir, 'knowledge'))) {
  if (!f.endsWith('.txt')) continue;
  const text = fs.readFileSync(path.join(dir, 'knowledge', f), 'utf8');
  const title = f.slice(0, -4);
  if (text.split('\n')[0].trim() !== title) err(`${f}: first line is not the title`);
  const n = [...text].length;
  if (n < 3000 || n > 15000) err(`${f}: ${n} characters, outside 3000-15000`);
  docs[title] = ws(text);
  docLines[title] = text.split('\n').map(ws);
}
const readJsonl = f => fs.readFileSync(path.join(dir, f), 'utf8').split('\n').filter(l => l.trim()).map((l, i) => {
  try { return JSON.parse(l); } catch (e) { err(`${f}:${i + 1}: bad JSON`); return null; }
}).filter(Boolean);
const qs = readJsonl('questions.jsonl');
const cs = readJsonl('conversations.jsonl');
const ids = new Set();
const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'multi']);
const per = {};
const letter = {};
let english = 0;
for (const c of qs) {
  const m = /^r28([abc])(\d\d)$/.exec(c.id || '');
  if (!m) { err(`${c.id}: question id must be r28a01…r28c24`); continue; }
  (letter[m[1]] ||= new Set()).add(c.doc);
}
for (const c of cs) if (!/^r28m0[1-6]$/.test(c.id || '')) err(`${c.id}: conversation id must be r28m01…r28m06`);
for (const [l, s] of Object.entries(letter)) if (s.size !== 1) err(`ids r28${l}..: more than one doc`);
for (const c of [...qs, ...cs]) {
  if (ids.has(c.id)) err(`duplicate id ${c.id}`);
  ids.add(c.id);
  if (!KINDS.has(c.kind)) err(`${c.id}: bad kind ${c.kind}`);
  if (c.turns && c.kind !== 'multi') err(`${c.id}: conversation kind must be multi`);
  if (c.refuse && c.q && c.kind !== 'oos') err(`${c.id}: refusal kind must be oos`);
  const d = docs[c.doc];
  if (!d) { err(`${c.id}: unknown doc ${c.doc}`); continue; }
  const asked = ws((c.turns || [c.q]).join('\n'));
  if (!/[\u4e00-\u9fff]/.test(asked)) english++;
  if (!c.q && !(Array.isArray(c.turns) && c.turns.length >= 2 && c.turns.length <= 3)) err(`${c.id}: needs q or 2-3 turns`);
  if (c.q && c.turns) err(`${c.id}: both q and turns`);
  const p = (per[c.doc] ||= {q: 0, ans: 0, ref: 0, conv: 0, convRef: 0});
  if (c.turns) { p.conv++; if (c.refuse) p.convRef++; } else { p.q++; if (c.refuse) p.ref++; else p.ans++; }
  if (c.refuse) {
    if (c.must || c.passage) err(`${c.id}: refusal with must/passage`);
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
if (english !== 3) err(`English questions: ${english}, want 3`);
if (Object.keys(docs).length !== 3) err(`want 3 documents, have ${Object.keys(docs).length}`);
const owners = JSON.parse(fs.readFileSync(path.join(dir, 'owners.json'), 'utf8'));
let ownerRows = 0;
for (const o of owners) {
  const d = docs[o.doc];
  if (!d) { err(`owners: unknown doc ${o.doc}`); continue; }
  for (const it of o.items) {
    ownerRows++;
    if (!d.includes(ws(it.title))) err(`owners ${it.no}: title not in document`);
    if (!d.includes(ws(it.no + it.title))) err(`owners ${it.no}: number and title not adjacent`);
    if (!it.lead.length) err(`owners ${it.no}: no lead unit`);
    for (const u of [...it.lead, ...it.support]) if (!d.includes(ws(u))) err(`owners ${it.no}: unit "${u}" not in document`);
  }
  const ownerQs = qs.filter(c => c.doc === o.doc && c.kind === 'owner').length;
  if (ownerQs < 6 || ownerQs > 8) err(`${o.doc}: ${ownerQs} owner questions, want about 7`);
}
if (errors.length) { console.log(errors.join('\n')); console.log(`FAIL: ${errors.length} problem(s)`); process.exit(1); }
console.log(`OK: ${qs.length} questions, ${cs.length} conversations, ${ownerRows} owner rows, ${Object.keys(docs).length} documents, ${english} in English`);
for (const [doc, p] of Object.entries(per)) console.log(`  ${doc}: ${p.ans}+${p.ref} questions, ${p.conv} conversations`);
const kinds = {};
for (const c of [...qs, ...cs]) kinds[c.kind] = (kinds[c.kind] || 0) + 1;
console.log('  kinds:', Object.entries(kinds).map(([k, n]) => `${k} ${n}`).join(', '));
