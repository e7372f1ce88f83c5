// Standalone checker for the real12 set. No dependencies. Usage: node check.mjs [KNOWLEDGE_DIR]
// Checks: title line = file name, valid JSON, unique ids with r12a/r12b/r12c/r12m prefixes, kinds, refusals have
// refuse:true and no must/passage, every must alternative and every passage occurs in the named document (white
// space removed), passage length 10..40, no must group echoed by the question. (No owners.json: none of the three texts
// closes its items with owner annotations.) Exits 1 on any problem.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const kdir = process.argv[2] || path.join(here, 'knowledge');
const strip = (s) => s.replace(/\s+/g, '');
const problems = [];
const docs = {};
for (const f of fs.readdirSync(kdir).filter((f) => f.endsWith('.txt'))) {
  const text = fs.readFileSync(path.join(kdir, f), 'utf8');
  const name = f.slice(0, -4);
  if (text.split('\n')[0].trim() !== name) problems.push(`title line != file name: ${f}`);
  docs[name] = strip(text);
}
if (Object.keys(docs).length !== 3) problems.push(`expected 3 documents, found ${Object.keys(docs).length}`);
const PREFIX = { r12a: '安顺市', r12b: '重庆市粮食局', r12c: '生态环境部' };
const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'multi']);
const ids = new Set();
const byKind = {}, byDoc = {}, sub = {};
let cases = 0, refusals = 0, bare = 0;

function checkFile(file, multi) {
  const lines = fs.readFileSync(path.join(here, file), 'utf8').split('\n').filter((l) => l.trim());
  lines.forEach((line, i) => {
    let c;
    try { c = JSON.parse(line); } catch (e) { problems.push(`${file}:${i + 1} invalid JSON`); return; }
    cases++;
    const where = `${file}:${c.id}`;
    if (!c.id || !/^r12[abcm]\d\d$/.test(c.id)) problems.push(`${where} bad id`);
    if (ids.has(c.id)) problems.push(`${where} duplicate id`);
    ids.add(c.id);
    if (!KINDS.has(c.kind)) problems.push(`${where} bad kind ${c.kind}`);
    if (multi !== (c.kind === 'multi')) problems.push(`${where} kind multi only in conversations.jsonl`);
    if (multi && (!Array.isArray(c.turns) || c.turns.length < 2)) problems.push(`${where} conversation needs >= 2 turns`);
    if (!multi && typeof c.q !== 'string') problems.push(`${where} no q`);
    const qs = c.turns ? c.turns : [c.q];
    if (!qs.length || qs.some((x) => typeof x !== 'string' || !x.trim())) problems.push(`${where} empty question`);
    const docName = Object.keys(docs).find((d) => (c.note || '').endsWith(d));
    if (!docName) { problems.push(`${where} note does not name a document: ${c.note}`); return; }
    const pre = (c.id || '').slice(0, 4);
    if (PREFIX[pre] && !docName.startsWith(PREFIX[pre])) problems.push(`${where} id prefix does not match document`);
    if (/; bare; /.test(c.note)) bare++;
    const s = (c.note || '').split(';')[0];
    sub[s] = (sub[s] || 0) + 1;
    byDoc[docName] = (byDoc[docName] || 0) + 1;
    byKind[c.kind] = (byKind[c.kind] || 0) + 1;
    const doc = docs[docName];
    if (c.refuse) {
      refusals++;
      if (c.refuse !== true) problems.push(`${where} refuse must be true`);
      if (c.kind !== 'oos' && c.kind !== 'multi') problems.push(`${where} refusal must be kind oos or multi`);
      if (c.must || c.passage) problems.push(`${where} refusal has must/passage`);
      return;
    }
    if (c.kind === 'oos') problems.push(`${where} oos without refuse:true`);
    if (!Array.isArray(c.must) || !c.must.length) problems.push(`${where} no must groups`);
    const last = strip(qs[qs.length - 1]);
    for (const group of c.must || []) {
      if (!Array.isArray(group) || !group.length) { problems.push(`${where} empty must group`); continue; }
      for (const alt of group) {
        if (typeof alt !== 'string' || !alt.trim()) problems.push(`${where} empty must alternative`);
        else if (!doc.includes(strip(alt))) problems.push(`${where} must "${alt}" not in document`);
      }
      if (group.every((alt) => last.includes(strip(alt)))) problems.push(`${where} must group ${JSON.stringify(group)} is echoed by the question`);
    }
    const p = strip(c.passage || '');
    if (p.length < 10 || p.length > 40) problems.push(`${where} passage length ${p.length} not in 10..40`);
    if (!doc.includes(p)) problems.push(`${where} passage not in document: ${c.passage}`);
  });
}
checkFile('questions.jsonl', false);
checkFile('conversations.jsonl', true);

console.log(`cases ${cases} (refusals ${refusals}, not naming the document ${bare})`);
console.log('by kind:', JSON.stringify(byKind));
console.log('by sub-kind:', JSON.stringify(sub));
for (const [d, n] of Object.entries(byDoc)) console.log(`  ${n}\t${d}`);
if (problems.length) { for (const p of problems) console.error('FAIL ' + p); process.exit(1); }
console.log('OK');
