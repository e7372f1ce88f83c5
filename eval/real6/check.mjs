// Standalone checker for the real6 set. No dependencies. Usage: node check.mjs [KNOWLEDGE_DIR]
// Checks: knowledge files (title line = file name, no HTML left, no U+FFFD); valid JSON lines; unique ids;
// kinds; refusals (kind oos / multi, refuse:true, no must/passage); every must alternative and every passage
// occurs in the document named at the end of `note` after removing whitespace; no must group echoed by the
// (last) question; passages 8..40 characters, one line of the document, no full-width parentheses;
// set-level counts; owners.json against the table lines of document A. Exits 1 on any problem.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const kdir = process.argv[2] || path.join(here, 'knowledge');
const strip = (s) => s.replace(/\s+/g, '');
const problems = [];

const A = '国务院办公厅关于推广第二批支持创新相关改革举措的通知';
const B = '广州市人民政府办公厅关于印发广州市临时救助实施细则的通知';
const C = '2025年度积分制入户工作热点13问';
const LETTER = { a: A, b: B, c: C };

// ---- knowledge ----
const docs = {}, docLines = {};
for (const f of fs.readdirSync(kdir).filter((f) => f.endsWith('.txt'))) {
  const text = fs.readFileSync(path.join(kdir, f), 'utf8');
  const name = f.slice(0, -4);
  const lines = text.split('\n');
  if (lines[0] !== name) problems.push(`knowledge ${f}: first line is not the file name`);
  if (/<\/?[a-z][^>]*>|&[a-z]+;|&#\d+;/i.test(text)) problems.push(`knowledge ${f}: HTML tag or entity left`);
  if (text.includes('\uFFFD')) problems.push(`knowledge ${f}: U+FFFD`);
  if (text.includes('\r')) problems.push(`knowledge ${f}: CR line ends`);
  docs[name] = strip(text);
  docLines[name] = lines.map(strip);
}
for (const d of [A, B, C]) if (!docs[d]) problems.push(`knowledge: missing ${d}.txt`);

// ---- cases ----
const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'multi']);
const ids = new Set();
const stat = {};
const bump = (k) => { stat[k] = (stat[k] || 0) + 1; };

function checkFile(file, isConv) {
  const lines = fs.readFileSync(path.join(here, file), 'utf8').split('\n').filter((l) => l.trim());
  lines.forEach((line, i) => {
    let c;
    try { c = JSON.parse(line); } catch { problems.push(`${file}:${i + 1} invalid JSON`); return; }
    const where = `${file}:${c.id || i + 1}`;
    if (!c.id) problems.push(`${where} no id`);
    if (ids.has(c.id)) problems.push(`${where} duplicate id`);
    ids.add(c.id);
    if (!KINDS.has(c.kind)) problems.push(`${where} bad kind ${c.kind}`);
    if (isConv) {
      if (c.kind !== 'multi') problems.push(`${where} conversation must be kind multi`);
      if (!Array.isArray(c.turns) || c.turns.length < 2 || c.turns.length > 4) problems.push(`${where} needs 2..4 turns`);
      if (c.q) problems.push(`${where} conversation has q`);
      if (!/^r6m\d\d$/.test(c.id)) problems.push(`${where} id pattern`);
    } else {
      if (c.kind === 'multi' || c.turns) problems.push(`${where} multi case in questions.jsonl`);
      if (!/^r6[abc]\d\d$/.test(c.id)) problems.push(`${where} id pattern`);
    }
    const qs = isConv ? (c.turns || []) : [c.q];
    if (!qs.length || qs.some((x) => typeof x !== 'string' || !x.trim())) problems.push(`${where} empty question`);
    const note = c.note || '';
    const docName = [A, B, C].find((d) => note.endsWith(`| ${d}`));
    if (!docName) { problems.push(`${where} note does not end with "| <document>"`); return; }
    if (!isConv && LETTER[c.id[2]] !== docName) problems.push(`${where} id letter does not match the note's document`);
    const style = isConv ? 'conv' : note.split(';')[0];
    if (!isConv && style !== 'named' && style !== 'bare') problems.push(`${where} note must start with named; or bare;`);
    bump(`${isConv ? 'conv' : 'q'}|${docName}`);
    bump(`${isConv ? 'conv' : 'q'}|${docName}|${style}`);
    bump(`kind|${c.kind}`);
    const doc = docs[docName];
    if (c.refuse) {
      bump(`${isConv ? 'conv' : 'q'}|${docName}|refuse`);
      bump(isConv ? 'conv|refuse' : 'q|refuse');
      if (!isConv && c.kind !== 'oos') problems.push(`${where} refusal must be kind oos`);
      if (c.must || c.passage) problems.push(`${where} refusal has must/passage`);
      return;
    }
    if (c.kind === 'oos') problems.push(`${where} oos without refuse:true`);
    if (c.refuse !== undefined && c.refuse !== true) problems.push(`${where} refuse must be true or absent`);
    if (!Array.isArray(c.must) || !c.must.length) problems.push(`${where} no must groups`);
    const last = strip(qs[qs.length - 1] || '');
    for (const group of c.must || []) {
      if (!Array.isArray(group) || !group.length) { problems.push(`${where} empty must group`); continue; }
      for (const alt of group) {
        if (typeof alt !== 'string' || !strip(alt)) { problems.push(`${where} empty must alternative`); continue; }
        if (!doc.includes(strip(alt))) problems.push(`${where} must "${alt}" not in document`);
      }
      if (group.every((alt) => last.includes(strip(alt)))) problems.push(`${where} must group ${JSON.stringify(group)} is echoed by the question`);
    }
    const p = strip(c.passage || '');
    if (p.length < 8 || p.length > 40) problems.push(`${where} passage length ${p.length} not in 8..40`);
    if (/[（）\n]/.test(c.passage || '')) problems.push(`${where} passage has a full-width parenthesis or a line break`);
    if (!doc.includes(p)) problems.push(`${where} passage not in document: ${c.passage}`);
    else if (!docLines[docName].some((l) => l.includes(p))) problems.push(`${where} passage spans a line break in the document`);
  });
}
checkFile('questions.jsonl', false);
checkFile('conversations.jsonl', true);

// ---- set-level counts ----
for (const d of [A, B, C]) {
  if (stat[`q|${d}`] !== 24) problems.push(`questions for ${d}: ${stat[`q|${d}`]} (want 24)`);
  if (stat[`q|${d}|refuse`] !== 3) problems.push(`refusals for ${d}: ${stat[`q|${d}|refuse`]} (want 3)`);
  const named = stat[`q|${d}|named`] || 0;
  if (named < 10 || named > 14) problems.push(`questions naming ${d}: ${named} (want about half, 10..14)`);
  if (stat[`conv|${d}`] !== 2) problems.push(`conversations for ${d}: ${stat[`conv|${d}`]} (want 2)`);
}
if (!(stat['conv|refuse'] >= 1)) problems.push('no refusal conversation');

// ---- owners.json against the 附件 table of document A ----
const owners = JSON.parse(fs.readFileSync(path.join(here, 'owners.json'), 'utf8'));
const raw = fs.readFileSync(path.join(kdir, `${A}.txt`), 'utf8').split('\n');
const tableNos = raw.map((l, i) => (/^\d+$/.test(l) && i > raw.indexOf('推广范围') ? i : -1)).filter((i) => i >= 0);
if (owners.length !== tableNos.length) problems.push(`owners.json has ${owners.length} records, the table ${tableNos.length} rows`);
owners.forEach((o, k) => {
  const i = tableNos[k];
  if (i === undefined) return;
  if (raw[i] !== o.no) problems.push(`owners.json record ${k + 1}: no ${o.no}, table row ${raw[i]}`);
  if (raw[i + 1] !== o.title) problems.push(`owners.json ${o.no}: title differs from the table line`);
  if (raw[i + 3] !== (o.annotations || [])[0]) problems.push(`owners.json ${o.no}: annotation differs from the 指导部门 line`);
  if (raw[i + 4] !== o.scope) problems.push(`owners.json ${o.no}: scope differs from the 推广范围 line`);
  if ((o.units || []).join('、') !== raw[i + 3]) problems.push(`owners.json ${o.no}: units do not rebuild the 指导部门 line`);
  for (const u of o.units || []) if (!docs[A].includes(strip(u))) problems.push(`owners.json ${o.no}: unit ${u} not in document`);
});

// ---- report ----
const nq = [A, B, C].reduce((s, d) => s + (stat[`q|${d}`] || 0), 0);
const nc = [A, B, C].reduce((s, d) => s + (stat[`conv|${d}`] || 0), 0);
console.log(`questions ${nq} (refusals ${stat['q|refuse'] || 0}), conversations ${nc} (refusals ${stat['conv|refuse'] || 0}), owners.json ${owners.length} records`);
console.log('by kind:', JSON.stringify(Object.fromEntries(Object.entries(stat).filter(([k]) => k.startsWith('kind|')).map(([k, v]) => [k.slice(5), v]))));
for (const d of [A, B, C]) console.log(`  ${stat[`q|${d}`] || 0} q (${stat[`q|${d}|named`] || 0} named, ${stat[`q|${d}|bare`] || 0} bare), ${stat[`conv|${d}`] || 0} conv\t${d}`);
if (problems.length) { for (const p of problems) console.error('FAIL ' + p); process.exit(1); }
console.log('OK');
