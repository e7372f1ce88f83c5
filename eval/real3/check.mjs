#!/usr/bin/env node
// Standalone checker for the real3 eval set (no dependencies).
// node check.mjs   -> prints a summary, exits 1 on any problem.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kdir = join(here, 'knowledge');
const problems = [];
const bad = (msg) => problems.push(msg);
const strip = (s) => s.replace(/\s+/gu, '');
const hasCJK = (s) => /[\u3400-\u9fff]/u.test(s);

// ---- documents ----
const docs = {};
for (const f of readdirSync(kdir).filter((f) => f.endsWith('.txt')).sort()) {
  const name = f.slice(0, -4);
  const text = readFileSync(join(kdir, f), 'utf8');
  const first = text.split('\n')[0].trim();
  if (first !== name) bad(`${f}: first line "${first}" is not the file name`);
  if (/<\/?[a-z][^>]*>/i.test(text)) bad(`${f}: HTML tag left in text`);
  if (text.includes('\uFFFD')) bad(`${f}: U+FFFD in text`);
  const n = [...text].length;
  if (n < 3500 || n > 15000) bad(`${f}: ${n} characters, outside 3,500–15,000`);
  docs[name] = { text, flat: strip(text), chars: n };
}
if (Object.keys(docs).length !== 3) bad(`expected 3 documents, found ${Object.keys(docs).length}`);

// ---- cases ----
function load(file) {
  const lines = readFileSync(join(here, file), 'utf8').split('\n').filter((l) => l.trim());
  return lines.map((l, i) => {
    try { return JSON.parse(l); } catch (e) { bad(`${file}:${i + 1}: invalid JSON (${e.message})`); return null; }
  }).filter(Boolean);
}
const questions = load('questions.jsonl');
const conversations = load('conversations.jsonl');
const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'multi']);
const ids = new Set();
const perDoc = {};
const perKind = {};
let english = 0;

function checkCase(c, file, isConv) {
  const where = `${file} ${c.id ?? '(no id)'}`;
  if (!c.id) bad(`${where}: missing id`);
  if (ids.has(c.id)) bad(`${where}: duplicate id`);
  ids.add(c.id);
  if (!KINDS.has(c.kind)) bad(`${where}: unknown kind ${c.kind}`);
  const doc = docs[c.note];
  if (!doc) { bad(`${where}: note "${c.note}" names no document in knowledge/`); return; }
  const asked = isConv ? c.turns : [c.q];
  if (isConv) {
    if (c.kind !== 'multi') bad(`${where}: conversation kind must be multi`);
    if (!Array.isArray(c.turns) || c.turns.length < 2 || c.turns.length > 3) bad(`${where}: needs 2–3 turns`);
    if ('q' in c) bad(`${where}: conversation has q`);
  } else {
    if (typeof c.q !== 'string' || !c.q.trim()) bad(`${where}: missing q`);
    if ((c.kind === 'oos') !== (c.refuse === true)) bad(`${where}: kind oos <=> refuse:true`);
    if (!hasCJK(c.q)) english++;
  }
  if (c.refuse === true) {
    if ('must' in c) bad(`${where}: refusal has must`);
    if ('passage' in c) bad(`${where}: refusal has passage`);
  } else {
    if (!Array.isArray(c.must) || c.must.length === 0) bad(`${where}: missing must`);
    for (const group of c.must ?? []) {
      if (!Array.isArray(group) || group.length === 0) { bad(`${where}: empty must group`); continue; }
      for (const alt of group) {
        if (typeof alt !== 'string' || !strip(alt)) bad(`${where}: bad must alternative ${JSON.stringify(alt)}`);
        else if (!doc.flat.includes(strip(alt))) bad(`${where}: must "${alt}" not in document`);
        if (asked.some((t) => strip(t).includes(strip(alt)))) bad(`${where}: must "${alt}" already occurs in the question`);
      }
    }
    const p = c.passage;
    if (typeof p !== 'string') bad(`${where}: missing passage`);
    else {
      const n = [...strip(p)].length;
      if (n < 10 || n > 40) bad(`${where}: passage length ${n} not in 10–40`);
      if (/[（）\n]/u.test(p)) bad(`${where}: passage contains （） or a line break`);
      if (!doc.flat.includes(strip(p))) bad(`${where}: passage "${p}" not in document`);
    }
  }
  const key = c.note;
  perDoc[key] ??= { answerable: 0, oos: 0, conv: 0, convRefuse: 0 };
  if (isConv) { perDoc[key].conv++; if (c.refuse) perDoc[key].convRefuse++; }
  else if (c.refuse) perDoc[key].oos++; else perDoc[key].answerable++;
  perKind[c.kind] = (perKind[c.kind] ?? 0) + 1;
}
questions.forEach((c) => checkCase(c, 'questions.jsonl', false));
conversations.forEach((c) => checkCase(c, 'conversations.jsonl', true));

if (questions.length !== 72) bad(`questions.jsonl: ${questions.length} cases, expected 72`);
if (conversations.length !== 6) bad(`conversations.jsonl: ${conversations.length} cases, expected 6`);
for (const [name, s] of Object.entries(perDoc)) {
  if (s.answerable !== 21 || s.oos !== 3) bad(`${name}: ${s.answerable} answerable + ${s.oos} oos, expected 21 + 3`);
  if (s.conv !== 2) bad(`${name}: ${s.conv} conversations, expected 2`);
}
const convRefusals = conversations.filter((c) => c.refuse).length;
if (convRefusals !== 1) bad(`conversations: ${convRefusals} refusals, expected 1`);
if (english < 2 || english > 3) bad(`${english} English questions, expected 2–3`);

// ---- summary ----
console.log('documents:');
for (const [name, d] of Object.entries(docs)) console.log(`  ${d.chars.toString().padStart(6)} chars  ${name}`);
console.log('cases per document (answerable / oos / conversations):');
for (const [name, s] of Object.entries(perDoc)) console.log(`  ${s.answerable} / ${s.oos} / ${s.conv}  ${name}`);
console.log('cases per kind:', JSON.stringify(perKind));
console.log(`English questions: ${english}; conversation refusals: ${convRefusals}`);
if (problems.length) {
  console.log(`\n${problems.length} problem(s):`);
  for (const p of problems) console.log('  - ' + p);
  process.exit(1);
}
console.log('\nOK: all checks passed');
