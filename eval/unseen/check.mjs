// Verifies questions.jsonl and conversations.jsonl against the document in ./knowledge/.
// The text is folded the way the grader folds answers: traditional -> simplified (opencc-js, hk -> cn),
// all whitespace removed. (The document is already simplified; the fold is kept so the check
// matches grade.mjs.)
// usage: node check.mjs            (exit 0 = pass, 1 = problems)
import fs from 'node:fs';
import path from 'node:path';
import * as OpenCC from '/work/main/node_modules/opencc-js/dist/esm/full.js';

const HERE = path.dirname(new URL(import.meta.url).pathname);
const KDIR = path.join(HERE, 'knowledge');
const errs = [];
const files = fs.readdirSync(KDIR).filter(n => n.endsWith('.txt'));
if (files.length !== 1) errs.push(`knowledge/ should hold exactly one .txt, has ${files.length}`);
const raw = fs.readFileSync(path.join(KDIR, files[0]), 'utf8');

// document shape: UTF-8, first line = title = file name, 4k-20k characters, no HTML left
const title = raw.split('\n')[0].trim();
if (title + '.txt' !== files[0]) errs.push(`first line "${title}" is not the file name`);
const nChars = [...raw].length;
if (nChars < 4000 || nChars > 20000) errs.push(`document has ${nChars} characters, not 4k-20k`);
if (/<\/?[a-z][^>]*>/i.test(raw) || /&nbsp;|&amp;/.test(raw)) errs.push('HTML left in the document');
if (raw.includes('\uFFFD')) errs.push('replacement character in the document');

const conv = OpenCC.Converter({ from: 'hk', to: 'cn' });
const fold = s => conv(String(s)).replace(/\s+/g, '');
const text = fold(raw);

const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos']);
const ids = new Set();
const counts = {};
let nMust = 0, nPass = 0, nRefuse = 0, nEnglish = 0;

function checkAnswerable(id, c, questionText) {
  if (!Array.isArray(c.must) || !c.must.length) errs.push(`${id}: no must groups`);
  for (const g of c.must ?? []) {
    if (!Array.isArray(g) || !g.length) { errs.push(`${id}: empty/bad must group`); continue; }
    for (const w of g) {
      nMust++;
      if (typeof w !== 'string' || !w) { errs.push(`${id}: bad must string`); continue; }
      if (w !== fold(w)) errs.push(`${id}: must "${w}" is not simplified / has whitespace`);
      if (!text.includes(fold(w))) errs.push(`${id}: must "${w}" not in text`);
      if (questionText.includes(fold(w))) errs.push(`${id}: must "${w}" occurs in the question itself`);
    }
  }
  const p = c.passage;
  if (typeof p !== 'string') { errs.push(`${id}: no passage`); return; }
  nPass++;
  const n = [...p].length;
  if (n < 8 || n > 30) errs.push(`${id}: passage length ${n} not in 8..30`);
  if (/[（）\n\r]/.test(p)) errs.push(`${id}: passage has full-width parenthesis or line break`);
  if (!text.includes(fold(p))) errs.push(`${id}: passage "${p}" not in text`);
}

function load(file) {
  const lines = fs.readFileSync(path.join(HERE, file), 'utf8').split('\n').filter(l => l.trim());
  const out = [];
  lines.forEach((l, i) => {
    try { out.push(JSON.parse(l)); } catch (e) { errs.push(`${file} line ${i + 1}: does not parse: ${e.message}`); }
  });
  return out;
}

// questions.jsonl: u01..u16, 12 answerable + 4 refusals (kind oos)
const qs = load('questions.jsonl');
qs.forEach((c, i) => {
  const id = c.id ?? `questions line ${i + 1}`;
  const want = `u${String(i + 1).padStart(2, '0')}`;
  if (c.id !== want) errs.push(`${id}: expected id ${want}`);
  if (ids.has(c.id)) errs.push(`${id}: duplicate id`); ids.add(c.id);
  if (!KINDS.has(c.kind)) errs.push(`${id}: bad kind ${c.kind}`);
  counts[c.kind] = (counts[c.kind] ?? 0) + 1;
  if (typeof c.q !== 'string' || !c.q.trim()) { errs.push(`${id}: no question`); return; }
  if (typeof c.note !== 'string' || !c.note) errs.push(`${id}: no note`);
  if (!/\p{Script=Han}/u.test(c.q)) nEnglish++;
  if (c.refuse !== undefined || c.kind === 'oos') {
    if (c.refuse !== true) errs.push(`${id}: refusal must have refuse:true`);
    if (c.kind !== 'oos') errs.push(`${id}: refuse but kind ${c.kind}`);
    if (c.must || c.passage) errs.push(`${id}: refusal should carry no must/passage`);
    nRefuse++;
    return;
  }
  checkAnswerable(id, c, fold(c.q));
  if (!/\p{Script=Han}/u.test(c.q) && !c.must.flat().some(w => /\d/.test(w)))
    errs.push(`${id}: English question without a numeric must`);
});
if (qs.length !== 16) errs.push(`questions.jsonl has ${qs.length} cases, want 16`);
if (nRefuse !== 4) errs.push(`questions.jsonl has ${nRefuse} refusals, want 4`);
if (nEnglish !== 1) errs.push(`questions.jsonl has ${nEnglish} English questions, want 1`);

// conversations.jsonl: uc01..uc04, kind multi, >=2 turns, exactly one refusal
const cs = load('conversations.jsonl');
let convRefuse = 0;
cs.forEach((c, i) => {
  const id = c.id ?? `conversations line ${i + 1}`;
  const want = `uc${String(i + 1).padStart(2, '0')}`;
  if (c.id !== want) errs.push(`${id}: expected id ${want}`);
  if (ids.has(c.id)) errs.push(`${id}: duplicate id`); ids.add(c.id);
  if (c.kind !== 'multi') errs.push(`${id}: kind should be multi`);
  if (c.q !== undefined) errs.push(`${id}: multi case should use turns, not q`);
  if (!Array.isArray(c.turns) || c.turns.length < 2 || c.turns.some(t => typeof t !== 'string' || !t.trim()))
    { errs.push(`${id}: needs at least two non-empty turns`); return; }
  if (typeof c.note !== 'string' || !c.note) errs.push(`${id}: no note`);
  if (c.refuse !== undefined) {
    if (c.refuse !== true) errs.push(`${id}: refuse must be true when present`);
    if (c.must || c.passage) errs.push(`${id}: refusal should carry no must/passage`);
    convRefuse++;
    return;
  }
  // a must string may not be echoed by any turn of the conversation
  checkAnswerable(id, c, fold(c.turns.join('')));
});
if (cs.length !== 4) errs.push(`conversations.jsonl has ${cs.length} cases, want 4`);
if (convRefuse !== 1) errs.push(`conversations.jsonl has ${convRefuse} refusals, want 1`);

// refusal topics must really be absent from the text
for (const w of ['电话', '2025', '报名', '补助', '财政补助']) if (text.includes(w)) errs.push(`refusal term "${w}" occurs in the text`);
if (/[0-9]+元|万元/.test(text)) errs.push('the text states a money amount; check the fee refusal (u13)');

for (const e of errs) console.log('FAIL ' + e);
console.log(`document: ${files[0]} (${nChars} chars)`);
console.log(`questions ${qs.length} (kinds ${JSON.stringify(counts)}, ${nEnglish} English), conversations ${cs.length}; ` +
  `${nMust} must strings, ${nPass} passages checked`);
console.log(errs.length ? `${errs.length} problem(s)` : 'OK: all cases parse, ids unique, every must string and passage occurs in the folded text, refusals well-formed');
process.exit(errs.length ? 1 : 0);
