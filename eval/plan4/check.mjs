// Verifies questions.jsonl and conversations.jsonl against the one plan text in ./knowledge/.
// The text is folded the way the grader folds answers (opencc-js hk -> cn, whitespace removed).
// usage: node check.mjs [file.jsonl ...]   (default: questions.jsonl conversations.jsonl)
import fs from 'node:fs';
import path from 'node:path';
import * as OpenCC from '/work/main/node_modules/opencc-js/dist/esm/full.js';

const HERE = path.dirname(new URL(import.meta.url).pathname);
const DIR = path.join(HERE, 'knowledge');
const txts = fs.readdirSync(DIR).filter(n => n.endsWith('.txt'));
const errs = [];
if (txts.length !== 1) errs.push(`knowledge/ should hold exactly one .txt, has ${txts.length}`);
const raw = fs.readFileSync(path.join(DIR, txts[0]), 'utf8');
const conv = OpenCC.Converter({ from: 'hk', to: 'cn' });
const fold = s => conv(String(s)).replace(/\s+/g, '');
const text = fold(raw);

// document shape
const nChars = [...raw].length;
if (nChars < 3000 || nChars > 6000) errs.push(`document has ${nChars} characters, not 3000..6000`);
if (conv(raw) !== raw) errs.push('document is not purely simplified (opencc changes it)');
if (/^\uFEFF/.test(raw) || raw.includes('\r')) errs.push('document has a BOM or CR line endings');
if (!txts[0].startsWith('《') || !txts[0].includes('》解读')) errs.push('file name is not 《title》解读.txt');
const aspectLines = raw.split('\n').filter(l => /^[一二三四五六七八九十]+是推动/.test(l));
const perAspect = aspectLines.map(l => +(l.match(/设置了.*?(\d+)项任务/) ?? [, NaN])[1]);
const totalTasks = perAspect.reduce((a, b) => a + b, 0);
const declared = raw.match(/(\d+)个方面共计(\d+)项任务/);
if (!declared || +declared[1] !== aspectLines.length || +declared[2] !== totalTasks)
  errs.push(`declared ${declared?.[0]} but found ${aspectLines.length} aspects / ${totalTasks} tasks (${perAspect})`);

const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'multi']);
const files = process.argv.slice(2).length ? process.argv.slice(2)
  : ['questions.jsonl', 'conversations.jsonl'].map(f => path.join(HERE, f));
const ids = new Set(); const counts = {}; let nCases = 0, nMust = 0, nPass = 0, nRef = 0;
for (const qfile of files) {
  const lines = fs.readFileSync(qfile, 'utf8').split('\n').filter(l => l.trim());
  lines.forEach((l, i) => {
    let c;
    const where = `${path.basename(qfile)}:${i + 1}`;
    try { c = JSON.parse(l); } catch (e) { errs.push(`${where}: does not parse: ${e.message}`); return; }
    nCases++;
    const id = c.id ?? where;
    if (!c.id) errs.push(`${where}: no id`);
    if (ids.has(c.id)) errs.push(`${id}: duplicate id`); ids.add(c.id);
    if (!KINDS.has(c.kind)) errs.push(`${id}: bad kind ${c.kind}`);
    counts[c.kind] = (counts[c.kind] ?? 0) + 1;
    if (typeof c.note !== 'string' || !/^(named|bare)/.test(c.note)) errs.push(`${id}: note should start with named/bare`);
    let asked;
    if (c.kind === 'multi') {
      if (c.q !== undefined) errs.push(`${id}: multi case should have turns, not q`);
      if (!Array.isArray(c.turns) || c.turns.length < 2 || c.turns.some(t => typeof t !== 'string' || !t.trim()))
        errs.push(`${id}: multi needs >= 2 non-empty turns`);
      asked = (c.turns ?? []).join('\n');
    } else {
      if (c.turns !== undefined) errs.push(`${id}: single case has turns`);
      if (typeof c.q !== 'string' || !c.q.trim()) errs.push(`${id}: no question`);
      asked = c.q ?? '';
    }
    if (c.refuse !== undefined && c.refuse !== true) errs.push(`${id}: refuse must be true or absent`);
    if (c.refuse) {
      nRef++;
      if (c.kind !== 'oos' && c.kind !== 'multi') errs.push(`${id}: refuse but kind ${c.kind}`);
      if (c.must || c.passage) errs.push(`${id}: refusal should carry no must/passage`);
      return;
    }
    if (c.kind === 'oos') errs.push(`${id}: oos without refuse:true`);
    if (!Array.isArray(c.must) || !c.must.length) errs.push(`${id}: no must groups`);
    for (const g of c.must ?? []) {
      if (!Array.isArray(g) || !g.length) { errs.push(`${id}: empty/bad must group`); continue; }
      for (const w of g) {
        nMust++;
        if (typeof w !== 'string' || !w) { errs.push(`${id}: bad must entry`); continue; }
        if (w !== fold(w)) errs.push(`${id}: must "${w}" is not simplified / has whitespace`);
        if (!text.includes(fold(w))) errs.push(`${id}: must "${w}" not in text`);
        if (fold(asked).includes(fold(w))) errs.push(`${id}: must "${w}" occurs in the question`);
      }
    }
    const p = c.passage;
    if (typeof p !== 'string') { errs.push(`${id}: no passage`); return; }
    nPass++;
    const n = [...p].length;
    if (n < 8 || n > 30) errs.push(`${id}: passage length ${n} not in 8..30`);
    if (/[\n\r]/.test(p)) errs.push(`${id}: passage has a line break`);
    if (!raw.includes(p)) errs.push(`${id}: passage "${p}" not verbatim in the raw text`);
  });
}
for (const e of errs) console.log('FAIL ' + e);
console.log(`document ${txts[0]}: ${nChars} chars, ${aspectLines.length} task aspects, ${totalTasks} tasks (${perAspect.join('+')})`);
console.log(`${nCases} cases; kinds ${JSON.stringify(counts)}; ${nRef} refusals; ${nMust} must strings, ${nPass} passages checked`);
console.log(errs.length ? `${errs.length} problem(s)` : 'OK');
process.exit(errs.length ? 1 : 0);
