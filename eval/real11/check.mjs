// Standalone checker for the real11 set. No dependencies. Usage: node check.mjs [KNOWLEDGE_DIR]
// Checks: exactly 3 documents, title line = file name, valid JSON, unique ids with r11a/r11b/r11c/r11m prefixes,
// kinds, refusals have refuse:true and no must/passage, every must alternative and every passage occurs in the named
// document (white space removed), passage length 8..60 and on one line of the document, no must group echoed by the
// (last) question, 72 questions (63 answerable + 9 refusals, 24 per document), 6 conversations with 2–3 turns,
// owners.json (document A, items （1）–（19）) matches the document. Exits 1 on any problem.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const kdir = process.argv[2] || path.join(here, 'knowledge');
const strip = (s) => s.replace(/\s+/g, '');
const problems = [];
const docs = {};
const docLines = {};
for (const f of fs.readdirSync(kdir).filter((f) => f.endsWith('.txt'))) {
  const text = fs.readFileSync(path.join(kdir, f), 'utf8');
  const name = f.slice(0, -4);
  if (text.split('\n')[0].trim() !== name) problems.push(`title line != file name: ${f}`);
  if (/\r/.test(text)) problems.push(`carriage return in ${f}`);
  docs[name] = strip(text);
  docLines[name] = text.split('\n').map(strip);
}
if (Object.keys(docs).length !== 3) problems.push(`expected 3 documents, found ${Object.keys(docs).length}`);
const PREFIX = { r11a: '加快数字化高质量发展', r11b: '广州市人民政府办公厅关于印发广州市公共租赁住房', r11c: '“社保服务进万家”' };
const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'multi']);
const ids = new Set();
const byKind = {}, byDoc = {}, sub = {};
let cases = 0, refusals = 0, bare = 0, qCount = 0, qRefusals = 0, convCount = 0;

function checkFile(file, multi) {
  const lines = fs.readFileSync(path.join(here, file), 'utf8').split('\n').filter((l) => l.trim());
  lines.forEach((line, i) => {
    let c;
    try { c = JSON.parse(line); } catch (e) { problems.push(`${file}:${i + 1} invalid JSON`); return; }
    cases++;
    if (multi) convCount++; else qCount++;
    const where = `${file}:${c.id}`;
    if (!c.id || !/^r11[abcm]\d\d$/.test(c.id)) problems.push(`${where} bad id`);
    if (multi !== (c.id || '').startsWith('r11m')) problems.push(`${where} r11m ids only in conversations.jsonl`);
    if (ids.has(c.id)) problems.push(`${where} duplicate id`);
    ids.add(c.id);
    if (!KINDS.has(c.kind)) problems.push(`${where} bad kind ${c.kind}`);
    if (multi !== (c.kind === 'multi')) problems.push(`${where} kind multi only in conversations.jsonl`);
    if (multi && (!Array.isArray(c.turns) || c.turns.length < 2 || c.turns.length > 3)) problems.push(`${where} conversation needs 2-3 turns`);
    if (!multi && typeof c.q !== 'string') problems.push(`${where} no q`);
    if (multi && c.q !== undefined) problems.push(`${where} conversation must not have q`);
    const qs = c.turns ? c.turns : [c.q];
    if (!qs.length || qs.some((x) => typeof x !== 'string' || !x.trim())) problems.push(`${where} empty question`);
    const docName = Object.keys(docs).find((d) => (c.note || '').endsWith('; ' + d));
    if (!docName) { problems.push(`${where} note does not end with a document title: ${c.note}`); return; }
    const pre = (c.id || '').slice(0, 4);
    if (PREFIX[pre] && !docName.startsWith(PREFIX[pre])) problems.push(`${where} id prefix does not match document`);
    if (/; bare; /.test(c.note)) bare++;
    const s = (c.note || '').split(';')[0];
    sub[s] = (sub[s] || 0) + 1;
    byDoc[docName] = byDoc[docName] || { cases: 0, refusals: 0 };
    byDoc[docName].cases++;
    byKind[c.kind] = (byKind[c.kind] || 0) + 1;
    const doc = docs[docName];
    if (c.refuse !== undefined) {
      refusals++;
      byDoc[docName].refusals++;
      if (!multi) qRefusals++;
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
    if (typeof c.passage !== 'string') { problems.push(`${where} no passage`); return; }
    if (/\n/.test(c.passage)) problems.push(`${where} passage has a line break`);
    const p = strip(c.passage);
    if (p.length < 8 || p.length > 60) problems.push(`${where} passage length ${p.length} not in 8..60`);
    if (!doc.includes(p)) problems.push(`${where} passage not in document: ${c.passage}`);
    else if (!docLines[docName].some((l) => l.includes(p))) problems.push(`${where} passage spans lines: ${c.passage}`);
  });
}
checkFile('questions.jsonl', false);
checkFile('conversations.jsonl', true);
if (qCount !== 72) problems.push(`questions.jsonl has ${qCount} cases, expected 72`);
if (qRefusals !== 9) problems.push(`questions.jsonl has ${qRefusals} refusals, expected 9`);
if (convCount !== 6) problems.push(`conversations.jsonl has ${convCount} cases, expected 6`);

// owners.json: document A items （1）–（19） in order; title, annotation and every unit as written in the document
const owners = JSON.parse(fs.readFileSync(path.join(here, 'owners.json'), 'utf8'));
const dA = Object.keys(docs).find((d) => d.startsWith(PREFIX.r11a));
if (owners.length !== 19) problems.push(`owners.json has ${owners.length} items, expected 19`);
owners.forEach((o, i) => {
  if (String(i + 1) !== o.no) problems.push(`owners.json record ${i} numbered ${o.no}, expected ${i + 1}`);
  if (!o.units || !o.units.length) problems.push(`owners.json item ${o.no} has no units`);
  const line = docLines[dA].find((l) => l.startsWith(strip(`（${o.no}）${o.title}。`)));
  if (!line) { problems.push(`owners.json item ${o.no} title not found at a line start`); return; }
  if (!line.endsWith(strip(o.annotation))) problems.push(`owners.json item ${o.no} annotation does not close its item`);
  if (strip(o.annotation) !== strip(`（责任单位：${(o.units || []).join('、')}）`)) problems.push(`owners.json item ${o.no} units do not rebuild the annotation`);
  for (const k of ['group', 'subgroup']) if (!docLines[dA].includes(strip(o[k] || '-'))) problems.push(`owners.json item ${o.no} ${k} not a line of the document`);
});

console.log(`cases ${cases} (refusals ${refusals}, not naming the document ${bare}); owners.json items ${owners.length}`);
console.log('by kind:', JSON.stringify(byKind));
console.log('by sub-kind:', JSON.stringify(sub));
for (const [d, n] of Object.entries(byDoc)) console.log(`  ${n.cases} (${n.refusals} refusals)\t${d}`);
if (problems.length) { for (const p of problems) console.error('FAIL ' + p); process.exit(1); }
console.log('OK');
