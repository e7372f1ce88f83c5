// Standalone checker for the real8 set. No dependencies. Usage: node check.mjs [KNOWLEDGE_DIR]
// Checks: knowledge files (title line = file name, no HTML tags/entities, no U+FFFD, no CR); valid JSON;
// unique ids of the form r8[abc]NN / r8mNN whose letter matches the document named at the end of `note`;
// kinds; refusals have refuse:true and no must/passage; every must alternative occurs in the named document
// after removing whitespace; no must group is echoed by the graded turn; every passage is 10..40 characters,
// has no full-width parenthesis and no line break, and occurs within ONE line of the document; set-level
// counts (24 questions, 3 refusals, 6..10 bare questions and 2 conversations per document, >= 1 refusal
// conversation); owners.json: 30 records, each annotation closes the line of its numbered measure and
// its units rebuild the annotation. Exits 1 on any problem.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const kdir = process.argv[2] || path.join(here, 'knowledge');
const strip = (s) => s.replace(/\s+/g, '');
const problems = [];

const DOCS = {
  a: '国务院办公厅关于对真抓实干成效明显地方进一步加大激励支持力度的通知',
  b: '广州市民政局广州市财政局广州市市场监督管理局关于印发广州市老年人助餐配餐服务管理办法的通知',
  c: '创业担保贷款常见问题',
};
const docs = {};      // name -> whole text, whitespace removed
const docLines = {};  // name -> lines, whitespace removed
for (const f of fs.readdirSync(kdir).filter((f) => f.endsWith('.txt'))) {
  const raw = fs.readFileSync(path.join(kdir, f), 'utf8');
  const name = f.slice(0, -4);
  if (raw.split('\n')[0] !== name) problems.push(`knowledge ${f}: first line is not the file name`);
  if (/<[a-zA-Z\/][^>]*>/.test(raw)) problems.push(`knowledge ${f}: HTML tag left`);
  if (/&(nbsp|amp|lt|gt|quot|ldquo|rdquo|mdash|#\d+);/.test(raw)) problems.push(`knowledge ${f}: HTML entity left`);
  if (raw.includes('\uFFFD')) problems.push(`knowledge ${f}: U+FFFD`);
  if (raw.includes('\r')) problems.push(`knowledge ${f}: CR`);
  docs[name] = strip(raw);
  docLines[name] = raw.split('\n').map(strip);
}
for (const [k, d] of Object.entries(DOCS)) if (!(d in docs)) problems.push(`document ${k} missing: ${d}`);

const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'multi']);
const ids = new Set();
const byKind = {};
const perDoc = { a: { q: 0, refuse: 0, bare: 0, conv: 0, convRefuse: 0 }, b: { q: 0, refuse: 0, bare: 0, conv: 0, convRefuse: 0 }, c: { q: 0, refuse: 0, bare: 0, conv: 0, convRefuse: 0 } };

function checkFile(file, isConv) {
  const lines = fs.readFileSync(path.join(here, file), 'utf8').split('\n').filter((l) => l.trim());
  lines.forEach((line, i) => {
    let c;
    try { c = JSON.parse(line); } catch (e) { problems.push(`${file}:${i + 1} invalid JSON`); return; }
    const where = `${file}:${c.id}`;
    if (!c.id) { problems.push(`${file}:${i + 1} no id`); return; }
    if (ids.has(c.id)) problems.push(`${where} duplicate id`);
    ids.add(c.id);
    const m = isConv ? /^r8m\d\d$/.test(c.id) : /^r8([abc])\d\d$/.exec(c.id);
    if (!m) problems.push(`${where} id does not match ${isConv ? 'r8mNN' : 'r8[abc]NN'}`);
    if (!KINDS.has(c.kind)) problems.push(`${where} bad kind ${c.kind}`);
    if (isConv && c.kind !== 'multi') problems.push(`${where} conversation kind must be multi`);
    if (!isConv && c.kind === 'multi') problems.push(`${where} single question with kind multi`);
    const qs = isConv ? c.turns : [c.q];
    if (!Array.isArray(qs) || !qs.length || qs.some((x) => typeof x !== 'string' || !x.trim())) { problems.push(`${where} empty question/turns`); return; }
    if (isConv && qs.length < 2) problems.push(`${where} conversation needs >= 2 turns`);
    const letter = Object.keys(DOCS).find((k) => (c.note || '').endsWith(DOCS[k]));
    if (!letter) { problems.push(`${where} note does not end with a document name`); return; }
    if (!isConv && m && m[1] !== letter) problems.push(`${where} id letter ${m[1]} but note names document ${letter}`);
    const doc = docs[DOCS[letter]];
    const stats = perDoc[letter];
    byKind[c.kind] = (byKind[c.kind] || 0) + 1;
    if (isConv) stats.conv++; else stats.q++;
    if (!isConv) {
      if (!/^[^;]+; (named|bare); /.test(c.note)) problems.push(`${where} note must read "<type>; named|bare; <document>"`);
      if (/; bare; /.test(c.note)) stats.bare++;
    }
    if (c.refuse) {
      if (c.refuse !== true) problems.push(`${where} refuse must be true`);
      if (!isConv && c.kind !== 'oos') problems.push(`${where} refusal must be kind oos`);
      if (c.must || c.passage) problems.push(`${where} refusal has must/passage`);
      if (isConv) stats.convRefuse++; else stats.refuse++;
      return;
    }
    if (c.kind === 'oos') problems.push(`${where} oos without refuse:true`);
    if (!Array.isArray(c.must) || !c.must.length) problems.push(`${where} no must groups`);
    const last = strip(qs[qs.length - 1]);
    for (const group of c.must || []) {
      if (!Array.isArray(group) || !group.length) { problems.push(`${where} empty must group`); continue; }
      for (const alt of group) {
        if (typeof alt !== 'string' || !alt.trim()) { problems.push(`${where} empty must string`); continue; }
        if (!doc.includes(strip(alt))) problems.push(`${where} must "${alt}" not in document`);
      }
      if (group.every((alt) => last.includes(strip(alt)))) problems.push(`${where} must group ${JSON.stringify(group)} is echoed by the question`);
    }
    if (typeof c.passage !== 'string') { problems.push(`${where} no passage`); return; }
    if (/[（）]/.test(c.passage)) problems.push(`${where} passage has a full-width parenthesis`);
    if (/[\r\n]/.test(c.passage)) problems.push(`${where} passage has a line break`);
    const p = strip(c.passage);
    if (p.length < 10 || p.length > 40) problems.push(`${where} passage length ${p.length} not in 10..40`);
    if (!doc.includes(p)) problems.push(`${where} passage not in document: ${c.passage}`);
    else if (!docLines[DOCS[letter]].some((l) => l.includes(p))) problems.push(`${where} passage spans lines: ${c.passage}`);
  });
}
checkFile('questions.jsonl', false);
checkFile('conversations.jsonl', true);

for (const [k, s] of Object.entries(perDoc)) {
  if (s.q !== 24) problems.push(`document ${k}: ${s.q} questions, want 24`);
  if (s.refuse !== 3) problems.push(`document ${k}: ${s.refuse} refusals, want 3`);
  if (s.bare < 6 || s.bare > 10) problems.push(`document ${k}: ${s.bare} bare questions, want 6..10`);
  if (s.conv !== 2) problems.push(`document ${k}: ${s.conv} conversations, want 2`);
}
const convRefusals = Object.values(perDoc).reduce((n, s) => n + s.convRefuse, 0);
if (convRefusals < 1) problems.push('no refusal conversation');

// owners.json: every numbered measure of document a, in order
const NUM = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十',
  '二十一', '二十二', '二十三', '二十四', '二十五', '二十六', '二十七', '二十八', '二十九', '三十'];
const owners = JSON.parse(fs.readFileSync(path.join(here, 'owners.json'), 'utf8'));
const aLines = docLines[DOCS.a] || [];
if (owners.length !== 30) problems.push(`owners.json has ${owners.length} records, want 30`);
owners.forEach((o, i) => {
  const w = `owners.json record ${i + 1}`;
  if (o.no !== String(i + 1) || o.numeral !== NUM[i]) { problems.push(`${w} numbered ${o.no}/${o.numeral}`); return; }
  const line = aLines.find((l) => l.startsWith(o.numeral + '、'));
  if (!line) { problems.push(`${w}: no line starts with ${o.numeral}、`); return; }
  if (!line.startsWith(strip(o.numeral + '、' + o.start))) problems.push(`${w}: start does not match its line`);
  if (!line.endsWith(strip(o.annotation))) problems.push(`${w}: annotation ${o.annotation} does not close its line`);
  const rebuilt = '（' + o.units.join('、') + (o.with_other_departments ? '会同有关部门' : '') + '负责）';
  if (rebuilt !== o.annotation) problems.push(`${w}: units rebuild ${rebuilt}, not ${o.annotation}`);
  for (const u of o.units) if (!u || !line.includes(u)) problems.push(`${w}: unit ${u} not on its line`);
});
const measureLines = aLines.filter((l) => /^[一二三四五六七八九十]+、/.test(l));
if (measureLines.length !== 30) problems.push(`document a has ${measureLines.length} numbered measure lines, want 30`);

console.log(`questions ${Object.values(perDoc).reduce((n, s) => n + s.q, 0)}, conversations ${Object.values(perDoc).reduce((n, s) => n + s.conv, 0)} (refusal conversations ${convRefusals}); owners.json records ${owners.length}`);
console.log('by kind:', JSON.stringify(byKind));
for (const [k, s] of Object.entries(perDoc)) console.log(`  ${k}: ${s.q} questions (${s.refuse} refusals, ${s.bare} bare), ${s.conv} conversations\t${DOCS[k]}`);
if (problems.length) { for (const p of problems) console.error('FAIL ' + p); process.exit(1); }
console.log('OK');
