// Standalone checker for the "owners" blind set. No dependencies.
// Run from anywhere: node check.mjs   -> prints a summary, exits 1 on any problem.
//
// Checks:
//  - knowledge/*.txt: first line is the title (= file name), no HTML, no U+FFFD;
//  - questions.jsonl, conversations.jsonl: every line is JSON, ids unique across both files,
//    known kinds, every `must` alternative and every `passage` occurs in the named document
//    (whitespace removed), no `must`/`mustNot` string occurs in the question, passages are
//    10-40 characters without full-width parentheses, oos/refusal cases carry no must/passage,
//    `mustNot` strings occur in the document but never inside the asked item's own text;
//  - owners.json: one entry per numbered item of the main document, in text order; each entry's
//    lead + support units are exactly the units of the item's own `（责任单位：…）` annotation
//    and each occurs in the item's own text span; title and section headings occur in the text;
//  - owner questions: their `must` groups equal the item's units, one unit per group.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kdir = join(here, 'knowledge');
const MAIN = '安徽省工业互联网创新发展行动计划（2021-2023年）';
const DISTRACTOR = '支持工业互联网发展若干政策';
const flat = (s) => String(s).replace(/\s+/gu, '');
const hasCJK = (s) => /[\u3400-\u9fff]/u.test(s);
const errors = [];
const err = (where, msg) => errors.push(`${where}: ${msg}`);

// ---------- documents ----------
const docs = {};
for (const f of readdirSync(kdir)) {
  if (!f.endsWith('.txt')) continue;
  const raw = readFileSync(join(kdir, f), 'utf8');
  const name = f.slice(0, -4);
  docs[name] = { raw, flat: flat(raw), lines: raw.split('\n') };
  const first = raw.split('\n')[0].trim();
  if (first !== name) err(`knowledge/${f}`, `first line "${first}" is not the file name`);
  if (/<[a-z][^>]*>/i.test(raw)) err(`knowledge/${f}`, 'contains HTML tags');
  if (raw.includes('\uFFFD')) err(`knowledge/${f}`, 'contains U+FFFD');
}
for (const n of [MAIN, DISTRACTOR]) if (!docs[n]) err('knowledge/', `missing ${n}.txt`);
if (Object.keys(docs).length !== 2) err('knowledge/', `expected 2 documents, found ${Object.keys(docs).length}`);

// ---------- item spans of the main document ----------
const CN = '一二三四五六七八九十';
function itemSpans(doc) {
  const lines = doc.lines;
  const starts = []; // {no, line, part, group}
  let part = null, group = null;
  const isPart = (t) => new RegExp(`^[${CN}]+、`).test(t) && t.length < 40;
  const isGroup = (t) => new RegExp(`^（[${CN}]+）`).test(t) && t.length < 20;
  lines.forEach((l, i) => {
    const t = l.trim();
    if (isPart(t)) { part = t; group = null; return; }
    if (isGroup(t) && part && part.startsWith('二、')) { group = t; return; }
    let m = t.match(/^(\d+)﹒/);
    if (m) { starts.push({ no: m[1], line: i, part, group }); return; }
    m = t.match(new RegExp(`^（([${CN}]+)）`));
    if (m && part && /^[三四]、/.test(part)) starts.push({ no: `（${m[1]}）`, line: i, part, group });
  });
  const bounds = lines.map((l, i) => (isPart(l.trim()) || isGroup(l.trim()) ? i : -1)).filter((i) => i >= 0);
  return starts.map((s, k) => {
    const nextItem = k + 1 < starts.length ? starts[k + 1].line : lines.length;
    const nextHead = bounds.find((b) => b > s.line) ?? lines.length;
    const end = Math.min(nextItem, nextHead);
    return { ...s, text: lines.slice(s.line, end).join('\n') };
  });
}
const spans = docs[MAIN] ? itemSpans(docs[MAIN]) : [];

// ---------- owners.json ----------
let owners = [];
try { owners = JSON.parse(readFileSync(join(here, 'owners.json'), 'utf8')); } catch (e) { err('owners.json', `not JSON: ${e.message}`); }
if (owners.length !== spans.length) err('owners.json', `${owners.length} entries, but the text has ${spans.length} numbered items`);
const KEYS = ['no', 'title', 'lead', 'support', 'deadline', 'section'];
owners.forEach((o, k) => {
  const where = `owners.json[${k}] (${o.no})`;
  for (const key of KEYS) if (!(key in o)) err(where, `missing key ${key}`);
  const sp = spans[k];
  if (!sp) return;
  if (sp.no !== o.no) err(where, `number ${o.no} but item ${k + 1} of the text is numbered ${sp.no}`);
  const st = flat(sp.text);
  if (!st.includes(flat(o.title))) err(where, `title "${o.title}" not in the item's text`);
  const ann = [...sp.text.matchAll(/（责任单位：([^）]*)）/gu)].map((m) => m[1]);
  if (ann.length !== 1) err(where, `item text has ${ann.length} 责任单位 annotations, expected 1`);
  const annUnits = ann.length ? ann[0].split(/[、，]/u).filter(Boolean) : [];
  const units = [...(o.lead || []), ...(o.support || [])];
  if (!Array.isArray(o.lead) || o.lead.length === 0) err(where, 'lead must be a non-empty array');
  if (JSON.stringify(units) !== JSON.stringify(annUnits)) err(where, `lead+support ${JSON.stringify(units)} != annotation ${JSON.stringify(annUnits)}`);
  for (const u of units) if (!st.includes(flat(u))) err(where, `unit "${u}" not in the item's own text span`);
  if (o.deadline !== null && !st.includes(flat(o.deadline))) err(where, `deadline "${o.deadline}" not in the item's text`);
  const secParts = String(o.section).split(' > ');
  for (const p of secParts) if (!docs[MAIN].flat.includes(flat(p))) err(where, `section heading "${p}" not in the text`);
  const expected = sp.group ? `${sp.part} > ${sp.group}` : sp.part;
  if (o.section !== expected) err(where, `section "${o.section}" but the item sits under "${expected}"`);
});
const itemKey = (o, k) => (k < 24 ? o.no : `${owners[k].section.slice(0, 2)}${o.no}`);
const ownerByKey = new Map(owners.map((o, k) => [itemKey(o, k), { o, k }]));

// ---------- cases ----------
const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'multi']);
const ids = new Set();
const counts = {}; const perDoc = {}; const styles = {};
let english = 0;
function checkCase(file, lineNo, o, isConv) {
  const where = `${file}:${lineNo} ${o.id ?? '(no id)'}`;
  if (!o.id) err(where, 'missing id');
  else if (ids.has(o.id)) err(where, 'duplicate id'); else ids.add(o.id);
  if (!KINDS.has(o.kind)) err(where, `bad kind ${o.kind}`);
  if (isConv !== (o.kind === 'multi')) err(where, 'conversations are kind multi, questions are not');
  const doc = docs[o.note];
  if (!doc) { err(where, `note "${o.note}" names no document`); return; }
  let asked;
  if (isConv) {
    if (!Array.isArray(o.turns) || o.turns.length < 2 || o.turns.length > 3 || o.turns.some((t) => typeof t !== 'string' || !t.trim())) err(where, 'turns must be 2-3 non-empty strings');
    if ('q' in o) err(where, 'conversation has q');
    asked = (o.turns || []).join('\n');
  } else {
    if (typeof o.q !== 'string' || !o.q.trim()) err(where, 'missing q');
    asked = o.q || '';
    if (!hasCJK(asked)) english++;
  }
  const k = isConv ? (o.refuse ? 'multi(refuse)' : 'multi') : o.kind;
  counts[k] = (counts[k] || 0) + 1;
  perDoc[o.note] = (perDoc[o.note] || 0) + 1;
  if ('refuse' in o && o.refuse !== true) err(where, 'refuse must be true or absent');
  if (!isConv && (o.kind === 'oos') !== (o.refuse === true)) err(where, 'kind oos <-> refuse:true');
  if (o.refuse) {
    if ('must' in o || 'passage' in o || 'mustNot' in o) err(where, 'refusal carries must/passage/mustNot');
    return;
  }
  if (!Array.isArray(o.must) || !o.must.length) err(where, 'missing must');
  for (const [gi, g] of (o.must || []).entries()) {
    if (!Array.isArray(g) || !g.length) { err(where, `must group ${gi} empty`); continue; }
    for (const s of g) {
      if (typeof s !== 'string' || !s) { err(where, `must group ${gi} has a non-string`); continue; }
      if (!doc.flat.includes(flat(s))) err(where, `must "${s}" not in ${o.note}`);
      if (flat(asked).includes(flat(s))) err(where, `must "${s}" appears in the question`);
      if (!isConv && !hasCJK(o.q) && !/[0-9]/.test(s)) err(where, `English question with non-numeric must "${s}"`);
    }
  }
  if (o.mustNot !== undefined) {
    if (!Array.isArray(o.mustNot) || !o.mustNot.length) err(where, 'mustNot must be a non-empty array');
    for (const s of o.mustNot || []) {
      if (flat(asked).includes(flat(s))) err(where, `mustNot "${s}" appears in the question`);
      if (!docs[MAIN].flat.includes(flat(s)) && !docs[DISTRACTOR].flat.includes(flat(s))) err(where, `mustNot "${s}" occurs in no document`);
      for (const g of o.must || []) for (const m of g) if (flat(m).includes(flat(s)) || flat(s).includes(flat(m))) err(where, `mustNot "${s}" overlaps must "${m}"`);
    }
  }
  const p = o.passage;
  if (typeof p !== 'string') err(where, 'missing passage');
  else {
    const n = [...flat(p)].length;
    if (n < 10 || n > 40) err(where, `passage length ${n} outside 10-40`);
    if (/[（）]/u.test(p)) err(where, 'passage contains full-width parentheses');
    if (!doc.flat.includes(flat(p))) err(where, `passage "${p}" not in ${o.note}`);
  }
  if (o.kind === 'owner' && o.note === MAIN) {
    styles[o.style] = (styles[o.style] || 0) + 1;
    const hit = ownerByKey.get(o.item);
    if (!hit) { err(where, `owner case names unknown item "${o.item}"`); return; }
    const units = [...hit.o.lead, ...hit.o.support];
    const want = JSON.stringify(units.map((u) => [u]));
    if (JSON.stringify(o.must) !== want) err(where, `must ${JSON.stringify(o.must)} != item units ${want}`);
    const st = flat(spans[hit.k].text);
    if (!st.includes(flat(p))) err(where, 'passage is not inside the asked item');
    for (const s of o.mustNot || []) if (st.includes(flat(s))) err(where, `mustNot "${s}" occurs in the item's own text`);
  }
}
function readJsonl(file, isConv) {
  const lines = readFileSync(join(here, file), 'utf8').split('\n');
  let n = 0;
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let o;
    try { o = JSON.parse(line); } catch (e) { err(`${file}:${i + 1}`, `JSON: ${e.message}`); return; }
    n++;
    checkCase(file, i + 1, o, isConv);
  });
  return n;
}
const nq = readJsonl('questions.jsonl', false);
const nc = readJsonl('conversations.jsonl', true);

// every numbered item has exactly one owner question
const ownerItems = readFileSync(join(here, 'questions.jsonl'), 'utf8').split('\n').filter((l) => l.trim())
  .map((l) => { try { return JSON.parse(l); } catch { return {}; } }).filter((o) => o.kind === 'owner' && o.note === MAIN).map((o) => o.item);
for (const key of ownerByKey.keys()) {
  const c = ownerItems.filter((x) => x === key).length;
  if (c !== 1) err('questions.jsonl', `item ${key} has ${c} owner questions, expected 1`);
}

console.log('documents:');
for (const [name, d] of Object.entries(docs)) console.log(`  ${[...d.raw].length} chars  ${name}`);
console.log(`owners.json: ${owners.length} items; numbered items found in the text: ${spans.length}`);
console.log(`questions.jsonl: ${nq} cases; conversations.jsonl: ${nc} cases; English questions: ${english}`);
console.log('by kind:', JSON.stringify(counts));
console.log('by document:', JSON.stringify(perDoc));
console.log('owner question styles:', JSON.stringify(styles));
if (errors.length) {
  console.log(`FAIL: ${errors.length} problem(s)`);
  for (const e of errors) console.log('  ' + e);
  process.exit(1);
}
console.log('PASS');
