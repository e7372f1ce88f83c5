// Checks suite plan13. Node only; folds with opencc-js from the project if it is there,
// else falls back to src/seed.folded.txt (written by src/fold.mjs).
import fs from 'fs';
import path from 'path';
import { createRequire } from 'module';
const here = path.dirname(new URL(import.meta.url).pathname);
const require = createRequire(import.meta.url);
const SEED = '/work/shared/seed/000_87c328761f19b533.txt';
const DOC = '盘锦市工业增长三年行动专项方案';
const ws = (s) => s.replace(/\s+/g, '');
const stripGloss = (s) => s.replace(/\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]+\)/g, '');
let conv = null;
try { const O = require('/work/main/node_modules/opencc-js'); conv = O.Converter({ from: 'hk', to: 'cn' }); } catch {}
const errors = [];
const err = (m) => errors.push(m);
let folded;
const fallback = path.join(here, 'src', 'seed.folded.txt');
if (conv) folded = conv(stripGloss(fs.readFileSync(SEED, 'utf8')));
else {
  folded = fs.readFileSync(fallback, 'utf8');
  if (fs.existsSync(SEED) && ws(stripGloss(fs.readFileSync(SEED, 'utf8'))).length !== ws(folded).length) err('fallback folded text does not match the seed length');
}
const doc = ws(folded);
const foldQ = (s) => ws(conv ? conv(s) : s);
const readJsonl = (f) => fs.readFileSync(path.join(here, f), 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => {
  try { return JSON.parse(l); } catch (e) { err(`${f}:${i + 1} bad JSON`); return null; }
}).filter(Boolean);
const qs = readJsonl('questions.jsonl');
const cs = readJsonl('conversations.jsonl');
const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'multi']);
const ids = new Set();
for (const o of [...qs, ...cs]) {
  if (ids.has(o.id)) err(`duplicate id ${o.id}`); ids.add(o.id);
  if (!KINDS.has(o.kind)) err(`${o.id}: bad kind ${o.kind}`);
  const asked = o.q ? [o.q] : o.turns;
  if (!asked || !asked.length || asked.some((t) => typeof t !== 'string' || !t.trim())) { err(`${o.id}: no question`); continue; }
  if (o.refuse) {
    if (o.must || o.passage) err(`${o.id}: refusal with must/passage`);
    continue;
  }
  if (!Array.isArray(o.must) || !o.must.length) { err(`${o.id}: no must`); continue; }
  for (const g of o.must) {
    if (!Array.isArray(g) || !g.length) err(`${o.id}: empty must group`);
    for (const a of g) {
      const w = ws(a);
      if (w.length > 12) err(`${o.id}: alternative too long "${a}"`);
      if (!doc.includes(w)) err(`${o.id}: alternative not in document "${a}"`);
      for (const t of asked) if (foldQ(t).includes(w)) err(`${o.id}: alternative "${a}" occurs in the question`);
    }
  }
  const p = ws(o.passage || '');
  if (p.length < 10 || p.length > 40) err(`${o.id}: passage length ${p.length}`);
  if (/[（）]/.test(p)) err(`${o.id}: full-width parenthesis in passage`);
  if (!doc.includes(p)) err(`${o.id}: passage not in document "${o.passage}"`);
}
// counts
const qa = qs.filter((o) => !o.refuse).length, qr = qs.filter((o) => o.refuse).length;
if (qs.length !== 48 || qa !== 42 || qr !== 6) err(`questions: ${qs.length} (${qa} answerable, ${qr} refusals), want 48 (42/6)`);
if (cs.length !== 6) err(`conversations: ${cs.length}, want 6`);
if (cs.some((o) => !o.turns || o.turns.length !== 2 || o.kind !== 'multi')) err('every conversation must have 2 turns and kind multi');
if (cs.filter((o) => o.refuse).length !== 1) err('exactly one conversation must end in a refusal');
if (qs.some((o) => !o.q)) err('single-turn cases need q');
const eng = qs.filter((o) => !/[\u4e00-\u9fff]/.test(o.q.replace(/Chinese/g, ''))).length;
if (eng !== 3) err(`English questions: ${eng}, want 3`);
const wantIds = [...Array(48)].map((_, i) => `p13-${String(i + 1).padStart(2, '0')}`).concat([...Array(6)].map((_, i) => `p13-m${String(i + 1).padStart(2, '0')}`));
for (const id of wantIds) if (!ids.has(id)) err(`missing id ${id}`);
// owners.json: this document has no per-item responsible units, so it is an empty list; any entry must still check out
const owners = JSON.parse(fs.readFileSync(path.join(here, 'owners.json'), 'utf8'));
if (!Array.isArray(owners)) err('owners.json must be a list');
for (const r of owners) {
  if (r.doc !== DOC) err(`owners: unknown doc ${r.doc}`);
  for (const u of r.units || []) if (!doc.includes(ws(u))) err(`owners: unit not in document ${u}`);
}
const byKind = {};
for (const o of [...qs, ...cs]) byKind[o.kind] = (byKind[o.kind] || 0) + 1;
console.log(`document "${DOC}" (${doc.length} chars folded, ${conv ? 'opencc-js' : 'fallback fold'})`);
console.log(`questions ${qs.length} (${qa} answerable, ${qr} refusals), conversations ${cs.length}, English ${eng}`);
console.log('by kind', JSON.stringify(byKind));
if (errors.length) { console.log(errors.join('\n')); console.log(`FAIL: ${errors.length} problem(s)`); process.exit(1); }
console.log('OK');
