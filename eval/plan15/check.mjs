// node check.mjs  — validates the plan15 suite against the seed document.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
const here = path.dirname(fileURLToPath(import.meta.url));
const SEED = '/work/shared/seed/000_87c328761f19b533.txt';
const DOC = '盘锦市工业增长三年行动专项方案（新闻发布会解读）';
const errs = [];
const err = m => errs.push(m);

// Folding: drop pinyin glosses like "(shí)", traditional(hk) -> simplified(cn).
// opencc-js is the project's own module; if it cannot be loaded, fall back to the folded copy in src/.
const GLOSS = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+\)/g;
let conv = null;
try { conv = createRequire(import.meta.url)('/work/main/node_modules/opencc-js').Converter({ from: 'hk', to: 'cn' }); } catch (e) { }
const stored = fs.readFileSync(path.join(here, 'src', 'seed_folded.txt'), 'utf8');
let folded = stored;
if (conv && fs.existsSync(SEED)) {
  folded = conv(fs.readFileSync(SEED, 'utf8').replace(GLOSS, ''));
  if (folded !== stored) err('src/seed_folded.txt differs from a fresh fold of the seed');
} else console.log('note: opencc-js or seed not available, using src/seed_folded.txt');
const fold = s => (conv ? conv(s) : s);
const ws = s => s.replace(/\s+/g, '');
const doc = ws(folded);

const read = f => fs.readFileSync(path.join(here, f), 'utf8').split('\n').filter(l => l.trim()).map((l, i) => {
  try { return JSON.parse(l); } catch (e) { err(`${f}:${i + 1} bad JSON`); return null; }
}).filter(Boolean);
const qs = read('questions.jsonl'), cs = read('conversations.jsonl');
const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'multi']);
const ids = new Set();
for (const d of [...qs, ...cs]) {
  if (ids.has(d.id)) err(`duplicate id ${d.id}`); ids.add(d.id);
  if (!KINDS.has(d.kind)) err(`${d.id}: bad kind ${d.kind}`);
  if (!d.note) err(`${d.id}: no note`);
  const texts = d.q !== undefined ? [d.q] : d.turns;
  if (!Array.isArray(texts) || !texts.every(t => typeof t === 'string' && t.trim())) { err(`${d.id}: no q/turns`); continue; }
  const asked = ws(fold(texts.join('\n')));
  if (d.refuse) {
    if (d.refuse !== true) err(`${d.id}: refuse must be true`);
    if (d.must || d.passage) err(`${d.id}: refusal with must/passage`);
    continue;
  }
  if (!Array.isArray(d.must) || !d.must.length) { err(`${d.id}: no must`); continue; }
  for (const g of d.must) {
    if (!Array.isArray(g) || !g.length) { err(`${d.id}: empty must group`); continue; }
    for (const a of g) {
      const w = ws(a);
      if (!w || w !== a.trim()) err(`${d.id}: alternative "${a}" has inner/outer white space`);
      if ([...w].length > 12) err(`${d.id}: alternative "${a}" longer than 12 chars`);
      if (!doc.includes(w)) err(`${d.id}: alternative "${a}" not in document`);
      if (asked.includes(w)) err(`${d.id}: alternative "${a}" occurs in the question`);
    }
  }
  const p = ws(d.passage || '');
  const n = [...p].length;
  if (n < 10 || n > 40) err(`${d.id}: passage length ${n}`);
  if (/[（）]/.test(p)) err(`${d.id}: full-width parenthesis in passage`);
  if (!doc.includes(p)) err(`${d.id}: passage not in document: ${d.passage}`);
}
// counts
const single = qs.filter(d => d.q !== undefined), sref = single.filter(d => d.refuse);
if (single.length !== 48 || qs.length !== 48) err(`expected 48 single-turn cases, got ${single.length}/${qs.length}`);
if (sref.length !== 6) err(`expected 6 single-turn refusals, got ${sref.length}`);
if (cs.length !== 6 || !cs.every(d => Array.isArray(d.turns) && d.turns.length === 2 && d.kind === 'multi')) err('expected 6 two-turn multi conversations');
if (cs.filter(d => d.refuse).length !== 1) err('expected exactly one conversation ending in a refusal');
const want = [...Array(48)].map((_, i) => `p15-${String(i + 1).padStart(2, '0')}`).concat([...Array(6)].map((_, i) => `p15-m${String(i + 1).padStart(2, '0')}`));
for (const id of want) if (!ids.has(id)) err(`missing id ${id}`);
const en = single.filter(d => !/[\u4e00-\u9fff]{4,}/.test(d.q.replace(/[辽]/g, ''))).length;
// owners.json: this document has no per-item responsible units, so it must be an empty list; any entry's units must occur
const owners = JSON.parse(fs.readFileSync(path.join(here, 'owners.json'), 'utf8'));
if (!Array.isArray(owners)) err('owners.json is not a list');
for (const o of owners) for (const u of o.units || []) if (!doc.includes(ws(u))) err(`owners.json unit ${u} not in document`);

const kinds = {}; for (const d of [...qs, ...cs]) kinds[d.kind] = (kinds[d.kind] || 0) + 1;
console.log(`document: ${DOC} (${doc.length} chars folded, white space removed)`);
console.log(`single: ${single.length} (answerable ${single.length - sref.length}, refusals ${sref.length}, English ${en}); conversations: ${cs.length}`);
console.log('kinds:', JSON.stringify(kinds));
if (errs.length) { console.log(errs.join('\n')); console.log(`FAIL (${errs.length})`); process.exit(1); }
console.log('OK');
