// Verifies questions.jsonl and conversations.jsonl against the documents in knowledge/.
// Adapted from the earlier blind set's check.mjs (main/eval/real/check.mjs).
// Run: node check.mjs   (from any directory). Exits 1 on any problem.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kdir = join(here, 'knowledge');
const strip = (s) => String(s).replace(/\s+/gu, '');
const hasCJK = (s) => /[\u3400-\u9fff]/u.test(s);

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
const MIN_CHARS = 5000, MAX_CHARS = 25000;

if (Object.keys(docs).length !== 3) err('knowledge/', `expected 3 documents, found ${Object.keys(docs).length}`);
for (const [name, d] of Object.entries(docs)) {
  if (d.firstLine !== name) err(`knowledge/${name}.txt`, `first line "${d.firstLine}" is not the title (file name)`);
  const n = [...d.raw].length;
  if (n < MIN_CHARS || n > MAX_CHARS) err(`knowledge/${name}.txt`, `length ${n} outside ${MIN_CHARS}-${MAX_CHARS}`);
  if (/<[a-z][^>]*>/i.test(d.raw)) err(`knowledge/${name}.txt`, 'looks like it still contains HTML tags');
  if (d.raw.includes('\uFFFD')) err(`knowledge/${name}.txt`, 'contains U+FFFD (bad decoding)');
}

function checkCase(file, lineNo, o, isConv) {
  const where = `${file}:${lineNo} ${o.id ?? '(no id)'}`;
  if (!o.id) err(where, 'missing id');
  if (!o.note || !docs[o.note]) { err(where, `note "${o.note}" does not name a document`); return; }
  const doc = docs[o.note];
  let asked;
  if (isConv) {
    if (o.kind !== 'multi') err(where, 'kind must be "multi"');
    if (!Array.isArray(o.turns) || o.turns.length < 2 || o.turns.some((t) => typeof t !== 'string' || !t.trim()))
      err(where, 'turns must be an array of at least 2 non-empty strings');
    if ('q' in o) err(where, 'a conversation carries turns, not q');
    asked = (o.turns ?? []).join('\n');
  } else {
    if (!KINDS.has(o.kind)) err(where, `bad kind "${o.kind}"`);
    if (typeof o.q !== 'string' || !o.q.trim()) err(where, 'missing q');
    asked = o.q ?? '';
  }
  const refusal = o.refuse === true;
  if ('refuse' in o && o.refuse !== true) err(where, 'refuse must be true or absent');
  if (!isConv && refusal !== (o.kind === 'oos')) err(where, 'kind oos <-> refuse:true mismatch');
  if (refusal) {
    if ('must' in o || 'passage' in o) err(where, 'refusal must not carry must/passage');
    return;
  }
  const english = !hasCJK(isConv ? o.turns.at(-1) : o.q);
  if (!Array.isArray(o.must) || o.must.length === 0) { err(where, 'missing must'); }
  else {
    o.must.forEach((g, gi) => {
      if (!Array.isArray(g) || g.length === 0) { err(where, `must group ${gi} empty or not an array`); return; }
      for (const s of g) {
        if (typeof s !== 'string' || !s) { err(where, `must group ${gi} has a non-string`); continue; }
        if (!doc.flat.includes(strip(s))) err(where, `must string "${s}" not found in document`);
        if (strip(asked).includes(strip(s))) err(where, `must string "${s}" appears in the question`);
        if (english && !/[0-9]/.test(s)) err(where, `English question: must string "${s}" is not numeric`);
      }
    });
  }
  const p = o.passage;
  if (typeof p !== 'string') { err(where, 'missing passage'); return; }
  if (/[（）]/u.test(p)) err(where, `passage "${p}" contains full-width parentheses`);
  if (/[\r\n]/u.test(p)) err(where, 'passage contains a line break');
  const plen = [...p].length;
  if (plen < 8 || plen > 30) err(where, `passage "${p}" length ${plen} outside 8-30`);
  if (!doc.flat.includes(strip(p))) err(where, `passage "${p}" not found in document`);
}

const counts = {};
const perDoc = {};
const convPerDoc = {};
let english = 0, convRefusals = 0;
function readJsonl(file, isConv) {
  const lines = readFileSync(join(here, file), 'utf8').split('\n');
  let n = 0;
  const ids = new Set();
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let o;
    try { o = JSON.parse(line); } catch (e) { err(`${file}:${i + 1}`, `JSON parse error: ${e.message}`); return; }
    n++;
    const want = isConv ? `sc${String(n).padStart(2, '0')}` : `s${String(n).padStart(2, '0')}`;
    if (o.id !== want) err(`${file}:${i + 1}`, `id ${o.id} should be ${want}`);
    if (ids.has(o.id)) err(`${file}:${i + 1}`, `duplicate id ${o.id}`);
    ids.add(o.id);
    checkCase(file, i + 1, o, isConv);
    const k = isConv ? (o.refuse ? 'multi (refusal)' : 'multi') : o.kind;
    counts[k] = (counts[k] || 0) + 1;
    if (isConv) {
      convPerDoc[o.note] = (convPerDoc[o.note] || 0) + 1;
      if (o.refuse) convRefusals++;
    } else {
      perDoc[o.note] ??= { answerable: 0, oos: 0 };
      perDoc[o.note][o.kind === 'oos' ? 'oos' : 'answerable']++;
      if (typeof o.q === 'string' && !hasCJK(o.q)) english++;
    }
  });
  return n;
}

const nq = readJsonl('questions.jsonl', false);
const nc = readJsonl('conversations.jsonl', true);
if (nq !== 72) err('questions.jsonl', `${nq} cases, expected 72`);
if (nc !== 6) err('conversations.jsonl', `${nc} cases, expected 6`);
for (const name of Object.keys(docs)) {
  const c = perDoc[name] ?? { answerable: 0, oos: 0 };
  if (c.answerable !== 21 || c.oos !== 3) err('questions.jsonl', `${name}: ${c.answerable} answerable + ${c.oos} oos, expected 21 + 3`);
  if ((convPerDoc[name] ?? 0) !== 2) err('conversations.jsonl', `${name}: ${convPerDoc[name] ?? 0} conversations, expected 2`);
}
if (convRefusals !== 1) err('conversations.jsonl', `${convRefusals} refusals, expected 1`);
if (english !== 5) err('questions.jsonl', `${english} English questions, expected 5`);

console.log(`documents: ${Object.keys(docs).length}`);
for (const [name, d] of Object.entries(docs)) console.log(`  ${[...d.raw].length} chars  ${name}`);
console.log(`questions.jsonl: ${nq} lines; conversations.jsonl: ${nc} lines; English questions: ${english}`);
for (const [name, c] of Object.entries(perDoc)) console.log(`  ${name}: ${c.answerable} answerable + ${c.oos} oos`);
console.log('by kind:', JSON.stringify(counts));
if (errors.length) {
  console.log(`FAIL: ${errors.length} problem(s)`);
  for (const e of errors) console.log('  ' + e);
  process.exit(1);
}
console.log('PASS: every line parses; ids are in order; every must string and passage occurs in its document and no must string occurs in its question; no passage contains （）');
