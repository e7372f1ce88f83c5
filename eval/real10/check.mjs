// Standalone checker for the real10 set. No dependencies. Usage: node check.mjs [KNOWLEDGE_DIR]
// Checks: title line = file name, exactly 3 documents, valid JSON, unique ids with r10a/r10b/r10c/r10m prefixes,
// kinds, refusals have refuse:true and no must/passage, every must alternative and every passage occurs in the
// named document (white space removed), passage length 10..40, no must group echoed by the question, 63 answerable
// + 9 refusal questions and 6 conversations (>= 1 ending in a refusal), owners.json (document A, section 四（一）
// items 1–4) matches the document. Exits 1 on any problem.
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
  if (text.includes('\r')) problems.push(`CR characters in ${f}`);
  docs[name] = strip(text);
}
if (Object.keys(docs).length !== 3) problems.push(`expected 3 documents, found ${Object.keys(docs).length}`);
const PREFIX = { r10a: '关于受理天河区人才公寓申请的公告', r10b: '广州市住房和城乡建设局关于进一步加强户籍家庭住房保障工作', r10c: '2025年，广州市企业职工基本养老金申领详解' };
const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'multi']);
const ids = new Set();
const byKind = {}, byDoc = {}, sub = {};
let cases = 0, refusals = 0, bare = 0, qRefusals = 0, qAnswerable = 0, mRefusals = 0, mCount = 0;

function checkFile(file, multi) {
  const lines = fs.readFileSync(path.join(here, file), 'utf8').split('\n').filter((l) => l.trim());
  lines.forEach((line, i) => {
    let c;
    try { c = JSON.parse(line); } catch (e) { problems.push(`${file}:${i + 1} invalid JSON`); return; }
    cases++;
    const where = `${file}:${c.id}`;
    if (!c.id || !/^r10[abcm]\d\d$/.test(c.id)) problems.push(`${where} bad id`);
    if (multi !== /^r10m/.test(c.id || '')) problems.push(`${where} id prefix r10m only in conversations.jsonl`);
    if (ids.has(c.id)) problems.push(`${where} duplicate id`);
    ids.add(c.id);
    if (!KINDS.has(c.kind)) problems.push(`${where} bad kind ${c.kind}`);
    if (multi !== (c.kind === 'multi')) problems.push(`${where} kind multi only in conversations.jsonl`);
    if (multi && (!Array.isArray(c.turns) || c.turns.length < 2 || c.turns.length > 3)) problems.push(`${where} conversation needs 2-3 turns`);
    if (!multi && typeof c.q !== 'string') problems.push(`${where} no q`);
    if (multi && 'q' in c) problems.push(`${where} conversation has q`);
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
    if (multi) mCount++;
    const doc = docs[docName];
    if (c.refuse) {
      refusals++;
      if (multi) mRefusals++; else qRefusals++;
      if (c.refuse !== true) problems.push(`${where} refuse must be true`);
      if (c.kind !== 'oos' && c.kind !== 'multi') problems.push(`${where} refusal must be kind oos or multi`);
      if (c.must || c.passage) problems.push(`${where} refusal has must/passage`);
      return;
    }
    if (!multi) qAnswerable++;
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
if (qAnswerable !== 63 || qRefusals !== 9) problems.push(`questions.jsonl: ${qAnswerable} answerable + ${qRefusals} refusals, expected 63 + 9`);
if (mCount !== 6 || mRefusals < 1) problems.push(`conversations.jsonl: ${mCount} conversations, ${mRefusals} refusals; expected 6 with >= 1 refusal`);

// owners.json: document A, 四、（一）申请受理责任部门, items 1..4
const owners = JSON.parse(fs.readFileSync(path.join(here, 'owners.json'), 'utf8'));
const dA = Object.keys(docs).find((d) => d.startsWith(PREFIX.r10a));
if (owners.length !== 4) problems.push(`owners.json has ${owners.length} items, expected 4`);
owners.forEach((o, i) => {
  if (String(i + 1) !== o.no) problems.push(`owners.json record ${i} numbered ${o.no}, expected ${i + 1}`);
  if (!o.lead || !o.lead.length) problems.push(`owners.json item ${o.no} has no lead unit`);
  if (!strip(o.annotation).startsWith(strip(`${o.no}.${o.title}。`))) problems.push(`owners.json item ${o.no} title does not open its annotation`);
  if (!docs[dA].includes(strip(o.annotation))) problems.push(`owners.json item ${o.no} annotation not in document`);
  for (const u of [...(o.lead || []), ...(o.partners || []), ...(o.phone || [])]) if (!strip(o.annotation).includes(strip(u))) problems.push(`owners.json item ${o.no} value ${u} not in its annotation`);
});

console.log(`cases ${cases} (refusals ${refusals}, not naming the document ${bare}); owners.json items ${owners.length}`);
console.log('by kind:', JSON.stringify(byKind));
console.log('by sub-kind:', JSON.stringify(sub));
for (const [d, n] of Object.entries(byDoc)) console.log(`  ${n}\t${d}`);
if (problems.length) { for (const p of problems) console.error('FAIL ' + p); process.exit(1); }
console.log('OK');
