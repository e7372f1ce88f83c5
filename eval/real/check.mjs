// Verifies questions.jsonl and conversations.jsonl against the documents in knowledge/.
// Run: node check.mjs   (from any directory)
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kdir = join(here, 'knowledge');
const strip = (s) => s.replace(/\s+/gu, '');

const docs = {};
for (const f of readdirSync(kdir)) {
  if (!f.endsWith('.txt')) continue;
  const raw = readFileSync(join(kdir, f), 'utf8');
  const name = f.slice(0, -4);
  const firstLine = raw.split('\n')[0].trim();
  docs[name] = { raw, flat: strip(raw), firstLine };
}

const errors = [];
const err = (where, msg) => errors.push(`${where}: ${msg}`);
const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos']);

for (const [name, d] of Object.entries(docs)) {
  if (d.firstLine !== name) err(`knowledge/${name}.txt`, `first line "${d.firstLine}" is not the title`);
  const n = d.raw.length;
  if (n < 2000 || n > 20000) err(`knowledge/${name}.txt`, `length ${n} outside 2000-20000`);
}

function checkCase(file, lineNo, o, isConv) {
  const where = `${file}:${lineNo} ${o.id ?? '(no id)'}`;
  if (!o.id) err(where, 'missing id');
  if (!o.note || !docs[o.note]) { err(where, `note "${o.note}" does not name a document`); return; }
  const doc = docs[o.note];
  if (isConv) {
    if (o.kind !== 'multi') err(where, 'kind must be "multi"');
    if (!Array.isArray(o.turns) || o.turns.length < 2 || o.turns.some((t) => typeof t !== 'string' || !t.trim()))
      err(where, 'turns must be an array of at least 2 non-empty strings');
  } else {
    if (!KINDS.has(o.kind)) err(where, `bad kind "${o.kind}"`);
    if (typeof o.q !== 'string' || !o.q.trim()) err(where, 'missing q');
  }
  const refusal = o.refuse === true;
  if (!isConv && refusal !== (o.kind === 'oos')) err(where, 'kind oos <-> refuse:true mismatch');
  if (refusal) {
    if ('must' in o || 'passage' in o) err(where, 'refusal must not carry must/passage');
    return;
  }
  if (!Array.isArray(o.must) || o.must.length === 0) { err(where, 'missing must'); }
  else {
    o.must.forEach((g, gi) => {
      if (!Array.isArray(g) || g.length === 0) { err(where, `must group ${gi} empty or not an array`); return; }
      for (const s of g) {
        if (typeof s !== 'string' || !s) { err(where, `must group ${gi} has a non-string`); continue; }
        if (!doc.flat.includes(strip(s))) err(where, `must string "${s}" not found in document`);
      }
    });
  }
  const p = o.passage;
  if (typeof p !== 'string') { err(where, 'missing passage'); return; }
  if (/[（）]/u.test(p)) err(where, `passage "${p}" contains full-width parentheses`);
  if (/[\r\n]/u.test(p)) err(where, `passage contains a line break`);
  const plen = [...p].length;
  if (plen < 8 || plen > 30) err(where, `passage "${p}" length ${plen} outside 8-30`);
  if (!doc.flat.includes(strip(p))) err(where, `passage "${p}" not found in document`);
}

const counts = {};
const perDoc = {};
function readJsonl(file, isConv) {
  const lines = readFileSync(join(here, file), 'utf8').split('\n');
  let n = 0;
  const ids = new Set();
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let o;
    try { o = JSON.parse(line); } catch (e) { err(`${file}:${i + 1}`, `JSON parse error: ${e.message}`); return; }
    n++;
    if (ids.has(o.id)) err(`${file}:${i + 1}`, `duplicate id ${o.id}`);
    ids.add(o.id);
    checkCase(file, i + 1, o, isConv);
    const k = isConv ? (o.refuse ? 'multi (refusal)' : 'multi') : o.kind;
    counts[k] = (counts[k] || 0) + 1;
    if (!isConv) {
      perDoc[o.note] ??= { answerable: 0, oos: 0 };
      perDoc[o.note][o.kind === 'oos' ? 'oos' : 'answerable']++;
    }
  });
  return n;
}

const nq = readJsonl('questions.jsonl', false);
const nc = readJsonl('conversations.jsonl', true);

console.log(`documents: ${Object.keys(docs).length}`);
for (const [name, d] of Object.entries(docs)) console.log(`  ${d.raw.length} chars  ${name}`);
console.log(`questions.jsonl: ${nq} lines; conversations.jsonl: ${nc} lines`);
for (const [name, c] of Object.entries(perDoc)) console.log(`  ${name}: ${c.answerable} answerable + ${c.oos} oos`);
console.log('by kind:', JSON.stringify(counts));
if (errors.length) {
  console.log(`FAIL: ${errors.length} problem(s)`);
  for (const e of errors) console.log('  ' + e);
  process.exit(1);
}
console.log('PASS: every line parses; every must string and passage occurs in its document; no passage contains （）');
