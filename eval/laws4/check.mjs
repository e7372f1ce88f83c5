#!/usr/bin/env node
// Checks questions.jsonl and conversations.jsonl of the laws4 set against the law files.
// Usage: node check.mjs [lawsDir]   (default /work/shared/corpus/laws)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const lawsDir = process.argv[2] || '/work/shared/corpus/laws';
const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'multi']);
const strip = (s) => s.replace(/\s+/g, '');
const errors = [];
const err = (id, msg) => errors.push(`${id}: ${msg}`);
const ids = new Set();
const byKind = {};
const byLaw = {};
const cache = new Map();
let english = 0, total = 0;

function lawText(note) {
  if (!cache.has(note)) {
    const p = path.join(lawsDir, note);
    cache.set(note, fs.existsSync(p) ? strip(fs.readFileSync(p, 'utf8')) : null);
  }
  return cache.get(note);
}

function checkCase(c, file, line) {
  const id = c.id ?? `${file}:${line}`;
  if (typeof c.id !== 'string' || !c.id) err(id, 'missing id');
  if (ids.has(c.id)) err(id, 'duplicate id');
  ids.add(c.id);
  if (!KINDS.has(c.kind)) err(id, `bad kind ${c.kind}`);
  byKind[c.kind] = (byKind[c.kind] || 0) + 1;
  const isConv = file === 'conversations.jsonl';
  if (isConv) {
    if (c.kind !== 'multi') err(id, 'conversation kind must be multi');
    if (!Array.isArray(c.turns) || c.turns.length < 2 || c.turns.length > 3 || c.turns.some((t) => typeof t !== 'string' || !t.trim()))
      err(id, 'turns must be 2-3 non-empty strings');
    if ('q' in c) err(id, 'conversation must not have q');
  } else {
    if (typeof c.q !== 'string' || !c.q.trim()) err(id, 'missing q');
    if ('turns' in c) err(id, 'question must not have turns');
    if (c.kind === 'multi') err(id, 'multi only in conversations.jsonl');
  }
  const lastQ = isConv ? (c.turns || []).at(-1) || '' : c.q || '';
  if (!/[\u4e00-\u9fff]/.test(lastQ)) english++;
  if ('refuse' in c && c.refuse !== true) err(id, 'refuse must be true when present');
  if (c.refuse) {
    if (c.refuse !== true) err(id, 'refuse must be true');
    if (!isConv && c.kind !== 'oos') err(id, 'refusal question must have kind oos');
    if ('must' in c || 'passage' in c) err(id, 'refusal must not have must/passage');
    if (typeof c.note !== 'string' || !c.note.startsWith('oos:')) err(id, 'refusal note must start with "oos:"');
    return;
  }
  if (c.kind === 'oos') err(id, 'oos case must have refuse:true');
  const text = lawText(c.note || '');
  if (text == null) { err(id, `law file not found: ${c.note}`); return; }
  byLaw[c.note] = (byLaw[c.note] || 0) + 1;
  if (!Array.isArray(c.must) || c.must.length === 0) err(id, 'must must be a non-empty list');
  for (const g of c.must || []) {
    if (!Array.isArray(g) || g.length === 0) { err(id, 'empty must group'); continue; }
    for (const alt of g) {
      if (typeof alt !== 'string' || !strip(alt)) err(id, 'bad must alternative');
      else if (!text.includes(strip(alt))) err(id, `must "${alt}" not in ${c.note}`);
    }
  }
  const p = c.passage;
  if (typeof p !== 'string') { err(id, 'missing passage'); return; }
  const n = [...strip(p)].length;
  if (n < 10 || n > 40) err(id, `passage length ${n} not in 10-40`);
  if (/[\r\n]/.test(p)) err(id, 'passage has a line break');
  if (!text.includes(strip(p))) err(id, `passage not in ${c.note}`);
}

for (const file of ['questions.jsonl', 'conversations.jsonl']) {
  const fp = path.join(here, file);
  if (!fs.existsSync(fp)) { err(file, 'file missing'); continue; }
  fs.readFileSync(fp, 'utf8').split('\n').forEach((raw, i) => {
    if (!raw.trim()) return;
    let c;
    try { c = JSON.parse(raw); } catch (e) { err(`${file}:${i + 1}`, 'invalid JSON'); return; }
    total++;
    checkCase(c, file, i + 1);
  });
}

console.log(`cases: ${total}; by kind: ${JSON.stringify(byKind)}; English: ${english}; law files cited: ${Object.keys(byLaw).length}`);
for (const [law, k] of Object.entries(byLaw).sort()) console.log(`  ${k}  ${law}`);
if (errors.length) {
  console.log(`\n${errors.length} problem(s):`);
  for (const e of errors) console.log('  ' + e);
  process.exit(1);
}
console.log('OK');
