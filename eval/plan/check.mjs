// Verifies questions.jsonl against the plan text in /work/main/knowledge/.
// The text is folded the way the grader folds answers: traditional -> simplified (opencc-js, hk -> cn),
// pinyin glosses after Han characters removed (e.g. 實(shí) -> 实), all whitespace removed.
// usage: node check.mjs [questions.jsonl]
import fs from 'node:fs';
import path from 'node:path';
import * as OpenCC from '/work/main/node_modules/opencc-js/dist/esm/full.js';

const DIR = '/work/main/knowledge/';
const file = fs.readdirSync(DIR).find(n => n.endsWith('.txt'));
const raw = fs.readFileSync(path.join(DIR, file), 'utf8');
const conv = OpenCC.Converter({ from: 'hk', to: 'cn' });
const TONE = 'a-zA-ZüÜāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
const glossRe = new RegExp(`(\\p{Script=Han})[(（][${TONE}]+[)）]`, 'gu');
const stripGloss = s => s.replace(glossRe, '$1');
const text = conv(stripGloss(raw)).replace(/\s+/g, '');
const fold = s => conv(String(s)).replace(/\s+/g, '');
if (/[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+[)）]/u.test(text)) console.log('warning: a pinyin gloss survived stripping');

const qfile = process.argv[2] ?? new URL('./questions.jsonl', import.meta.url).pathname;
const lines = fs.readFileSync(qfile, 'utf8').split('\n').filter(l => l.trim());
const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos']);
const errs = []; const ids = new Set(); const counts = {}; let nMust = 0, nPass = 0;
lines.forEach((l, i) => {
  let c;
  try { c = JSON.parse(l); } catch (e) { errs.push(`line ${i + 1}: does not parse: ${e.message}`); return; }
  const id = c.id ?? `line ${i + 1}`;
  if (!c.id) errs.push(`${id}: no id`);
  if (ids.has(c.id)) errs.push(`${id}: duplicate id`); ids.add(c.id);
  if (!KINDS.has(c.kind)) errs.push(`${id}: bad kind ${c.kind}`);
  counts[c.kind] = (counts[c.kind] ?? 0) + 1;
  if (typeof c.q !== 'string' || !c.q.trim()) errs.push(`${id}: no question`);
  if (c.refuse) {
    if (c.kind !== 'oos') errs.push(`${id}: refuse but kind ${c.kind}`);
    if (c.must || c.passage) errs.push(`${id}: refusal should carry no must/passage`);
    return;
  }
  if (c.kind === 'oos') errs.push(`${id}: oos without refuse:true`);
  if (!Array.isArray(c.must) || !c.must.length) errs.push(`${id}: no must groups`);
  for (const g of c.must ?? []) {
    if (!Array.isArray(g) || !g.length) { errs.push(`${id}: empty/bad must group`); continue; }
    for (const w of g) {
      nMust++;
      if (w !== fold(w)) errs.push(`${id}: must "${w}" is not simplified / has whitespace`);
      if (!text.includes(fold(w))) errs.push(`${id}: must "${w}" not in text`);
    }
  }
  const p = c.passage;
  if (typeof p !== 'string') { errs.push(`${id}: no passage`); return; }
  nPass++;
  const n = [...p].length;
  if (n < 8 || n > 30) errs.push(`${id}: passage length ${n} not in 8..30`);
  if (/[（）\n\r]/.test(p)) errs.push(`${id}: passage has full-width parenthesis or line break`);
  if (!text.includes(fold(p))) errs.push(`${id}: passage "${p}" not in text`);
});
for (const e of errs) console.log('FAIL ' + e);
console.log(`${lines.length} cases; kinds ${JSON.stringify(counts)}; ${nMust} must strings, ${nPass} passages checked`);
console.log(errs.length ? `${errs.length} problem(s)` : 'OK: every line parses, every must string and passage occurs in the folded text');
process.exit(errs.length ? 1 : 0);
