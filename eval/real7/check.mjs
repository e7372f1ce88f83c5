// Standalone checker for the real7 set. No dependencies. Usage: node check.mjs [KNOWLEDGE_DIR]
// Checks: every knowledge file's first line equals its file name; every line of questions.jsonl and
// conversations.jsonl is valid JSON; ids unique and prefixed r7a/r7b/r7c (questions) or r7m (conversations);
// kinds valid; refusals are kind oos (or multi) with refuse:true and no must/passage; every answerable case has
// must groups whose every alternative occurs in the named document (after removing white space) and is not
// echoed by the question; every passage occurs in the named document, is 10..40 characters, holds no full-width
// parentheses and sits inside one line of the document; the note ends with the document name;
// owners.json titles, annotations and units occur in document B. Exits 1 on any problem.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const kdir = process.argv[2] || path.join(here, 'knowledge');
const strip = (s) => s.replace(/\s+/g, '');
const problems = [];
const docs = {}, docLines = {};
for (const f of fs.readdirSync(kdir).filter((f) => f.endsWith('.txt'))) {
  const text = fs.readFileSync(path.join(kdir, f), 'utf8');
  const name = f.slice(0, -4);
  if (text.split('\n')[0].trim() !== name) problems.push(`title line != file name: ${f}`);
  docs[name] = strip(text);
  docLines[name] = text.split('\n').map(strip);
}
if (Object.keys(docs).length !== 3) problems.push(`expected 3 documents, found ${Object.keys(docs).length}`);
const PREFIX = { r7a: '关于受理2017年东莞市第二批专利申请资助项目申报的通知', r7b: '国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见', r7c: '广东多项医保新措1月1日起实施' };
const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'multi']);
const ids = new Set();
const byKind = {}, byDoc = {};
let cases = 0, refusals = 0;

function checkFile(file, conv) {
  const lines = fs.readFileSync(path.join(here, file), 'utf8').split('\n').filter((l) => l.trim());
  lines.forEach((line, i) => {
    let c;
    try { c = JSON.parse(line); } catch (e) { problems.push(`${file}:${i + 1} invalid JSON`); return; }
    cases++;
    const where = `${file}:${c.id}`;
    if (!c.id) problems.push(`${file}:${i + 1} no id`);
    if (ids.has(c.id)) problems.push(`${where} duplicate id`);
    ids.add(c.id);
    if (conv ? !/^r7m\d\d$/.test(c.id) : !/^r7[abc]\d\d$/.test(c.id)) problems.push(`${where} bad id prefix`);
    if (!KINDS.has(c.kind)) problems.push(`${where} bad kind ${c.kind}`);
    if (conv !== (c.kind === 'multi')) problems.push(`${where} kind multi only in conversations.jsonl`);
    if (conv && !(Array.isArray(c.turns) && c.turns.length >= 2)) problems.push(`${where} needs 2+ turns`);
    if (!conv && (typeof c.q !== 'string' || c.turns)) problems.push(`${where} needs q and no turns`);
    const qs = c.turns ? c.turns : [c.q];
    if (qs.some((x) => typeof x !== 'string' || !x.trim())) problems.push(`${where} empty question`);
    const docName = Object.keys(docs).find((d) => (c.note || '').endsWith(d));
    if (!docName) { problems.push(`${where} note does not end with a document name: ${c.note}`); return; }
    if (!conv && PREFIX[c.id.slice(0, 3)] !== docName) problems.push(`${where} id prefix does not match document`);
    byDoc[docName] = (byDoc[docName] || 0) + 1;
    byKind[c.kind] = (byKind[c.kind] || 0) + 1;
    const doc = docs[docName];
    if (c.refuse !== undefined && c.refuse !== true) problems.push(`${where} refuse must be true or absent`);
    if (c.refuse) {
      refusals++;
      if (c.kind !== 'oos' && c.kind !== 'multi') problems.push(`${where} refusal must be kind oos`);
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
      if (group.some((alt) => last.includes(strip(alt)))) problems.push(`${where} must group ${JSON.stringify(group)} is echoed by the question`);
    }
    const p = strip(c.passage || '');
    if (p.length < 10 || p.length > 40) problems.push(`${where} passage length ${p.length} not in 10..40`);
    if (/[（）]/.test(p)) problems.push(`${where} passage has full-width parentheses`);
    if (!doc.includes(p)) problems.push(`${where} passage not in document: ${c.passage}`);
    else if (!docLines[docName].some((l) => l.includes(p))) problems.push(`${where} passage spans a line break`);
  });
}
checkFile('questions.jsonl', false);
checkFile('conversations.jsonl', true);

// owners.json: one record per numbered item (三)…(二十) of document B, in order
const owners = JSON.parse(fs.readFileSync(path.join(here, 'owners.json'), 'utf8'));
const dB = PREFIX.r7b;
const NUMS = ['三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];
if (owners.length !== NUMS.length) problems.push(`owners.json has ${owners.length} records, expected ${NUMS.length}`);
owners.forEach((o, i) => {
  if (o.no !== NUMS[i]) problems.push(`owners.json record ${i + 1} numbered ${o.no}`);
  const line = docLines[dB].find((l) => l.startsWith(`（${o.no}）${o.title}。`));
  if (!line) { problems.push(`owners.json item ${o.no} title not found at a line start`); return; }
  if (!line.endsWith(strip(o.annotation))) problems.push(`owners.json item ${o.no} annotation does not close its line`);
  if (!o.units || !o.units.length) problems.push(`owners.json item ${o.no} has no units`);
  for (const u of o.units || []) if (!strip(o.annotation).includes(u)) problems.push(`owners.json item ${o.no} unit ${u} not in its annotation`);
  if (!Array.isArray(o.lead) || !o.lead.length || o.lead.some((u) => !o.units.includes(u))) problems.push(`owners.json item ${o.no} bad lead`);
});

console.log(`cases ${cases} (refusals ${refusals}); owners.json items ${owners.length}`);
console.log('by kind:', JSON.stringify(byKind));
for (const [d, n] of Object.entries(byDoc)) console.log(`  ${n}\t${d}`);
if (problems.length) { for (const p of problems) console.error('FAIL ' + p); process.exit(1); }
console.log('OK');
