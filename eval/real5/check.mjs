// Standalone checker for the real5 set. No dependencies. Usage: node check.mjs [KNOWLEDGE_DIR]
// Checks: valid JSON, unique ids, kinds, oos cases have refuse:true and no must/passage, every must
// alternative and every passage occurs in the named document after removing whitespace, passage length,
// owners.json units occur in document 1. Exits 1 on any problem.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const kdir = process.argv[2] || path.join(here, 'knowledge');
const strip = (s) => s.replace(/\s+/g, '');
const docs = {};
for (const f of fs.readdirSync(kdir).filter((f) => f.endsWith('.txt'))) {
  const text = fs.readFileSync(path.join(kdir, f), 'utf8');
  const name = f.slice(0, -4);
  const first = text.split('\n')[0].trim();
  if (first !== name) { console.error(`FAIL title line != file name: ${f}`); process.exitCode = 1; }
  docs[name] = strip(text);
}
const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'multi']);
const problems = [];
const ids = new Set();
const byKind = {}, byDoc = {};
let cases = 0, refusals = 0, english = 0;

function checkFile(file) {
  const lines = fs.readFileSync(path.join(here, file), 'utf8').split('\n').filter((l) => l.trim());
  lines.forEach((line, i) => {
    let c;
    try { c = JSON.parse(line); } catch (e) { problems.push(`${file}:${i + 1} invalid JSON`); return; }
    cases++;
    const where = `${file}:${c.id}`;
    if (!c.id) problems.push(`${file}:${i + 1} no id`);
    if (ids.has(c.id)) problems.push(`${where} duplicate id`);
    ids.add(c.id);
    if (!KINDS.has(c.kind)) problems.push(`${where} bad kind ${c.kind}`);
    const qs = c.turns ? c.turns : [c.q];
    if (!qs.length || qs.some((x) => typeof x !== 'string' || !x.trim())) problems.push(`${where} empty question`);
    if (!/[\u4e00-\u9fff]/.test(qs[qs.length - 1])) english++;
    const docName = Object.keys(docs).find((d) => (c.note || '').endsWith(d));
    if (!docName) { problems.push(`${where} note does not name a document: ${c.note}`); return; }
    byDoc[docName] = (byDoc[docName] || 0) + 1;
    byKind[c.kind] = (byKind[c.kind] || 0) + 1;
    const doc = docs[docName];
    if (c.refuse) {
      refusals++;
      if (c.kind !== 'oos' && c.kind !== 'multi') problems.push(`${where} refusal must be kind oos`);
      if (c.must || c.passage) problems.push(`${where} refusal has must/passage`);
      return;
    }
    if (c.kind === 'oos') problems.push(`${where} oos without refuse:true`);
    if (!Array.isArray(c.must) || !c.must.length) problems.push(`${where} no must groups`);
    for (const group of c.must || []) {
      if (!Array.isArray(group) || !group.length) { problems.push(`${where} empty must group`); continue; }
      for (const alt of group) {
        if (!doc.includes(strip(alt))) problems.push(`${where} must "${alt}" not in document`);
      }
      const last = strip(qs[qs.length - 1]);
      if (group.every((alt) => last.includes(strip(alt)))) problems.push(`${where} must group ${JSON.stringify(group)} is echoed by the question`);
    }
    const p = strip(c.passage || '');
    if (p.length < 10 || p.length > 40) problems.push(`${where} passage length ${p.length} not in 10..40`);
    if (!doc.includes(p)) problems.push(`${where} passage not in document: ${c.passage}`);
  });
}
checkFile('questions.jsonl');
checkFile('conversations.jsonl');

// owners.json: every unit of every item occurs in document 1, items numbered 1..N in order
const owners = JSON.parse(fs.readFileSync(path.join(here, 'owners.json'), 'utf8'));
const d1 = Object.keys(docs).find((d) => d.startsWith('安徽省'));
owners.forEach((o, i) => {
  if (String(i + 1) !== o.no) problems.push(`owners.json item ${i + 1} numbered ${o.no}`);
  if (!o.units || !o.units.length) problems.push(`owners.json item ${o.no} has no units`);
  if (!docs[d1].includes(strip(`${o.no}.${o.title}`))) problems.push(`owners.json item ${o.no} title not found`);
  for (const u of o.units || []) if (!docs[d1].includes(strip(u))) problems.push(`owners.json item ${o.no} unit ${u} not in document`);
  for (const a of o.annotations || []) if (!docs[d1].includes(strip(a))) problems.push(`owners.json item ${o.no} annotation ${a} not in document`);
});

console.log(`cases ${cases} (refusals ${refusals}, English ${english}); owners.json items ${owners.length}`);
console.log('by kind:', JSON.stringify(byKind));
for (const [d, n] of Object.entries(byDoc)) console.log(`  ${n}\t${d}`);
if (problems.length) { for (const p of problems) console.error('FAIL ' + p); process.exit(1); }
console.log('OK');
