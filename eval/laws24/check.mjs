// Self-check for suite laws24. Usage: node check.mjs
// LAWS_DIR overrides the corpus path; USED_LIST overrides the list of law files used by earlier suites.
// opencc-js (traditional -> simplified folding) is taken from node resolution or /work/main/node_modules; optional.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = path.dirname(fileURLToPath(import.meta.url));
const LAWS = process.env.LAWS_DIR || '/work/shared/corpus/laws';
const USED = process.env.USED_LIST || '/tmp/used_laws.txt';
let fold = (s) => s;
let folding = 'none';
try {
  const req = createRequire(import.meta.url);
  let OpenCC;
  try { OpenCC = req('opencc-js'); } catch { OpenCC = req('/work/main/node_modules/opencc-js'); }
  fold = OpenCC.Converter({ from: 'tw', to: 'cn' });
  folding = 'opencc-js tw->cn';
} catch { /* opencc-js not found: the documents are already simplified */ }
const strip = (s) => fold(String(s)).replace(/\s+/g, '');
const errors = [];
const err = (id, msg) => errors.push(`${id}: ${msg}`);

function readJsonl(name) {
  const lines = fs.readFileSync(path.join(here, name), 'utf8').split('\n').filter((l) => l.trim());
  return lines.map((l, i) => {
    try { return JSON.parse(l); } catch (e) { err(`${name}:${i + 1}`, 'JSON parse error ' + e.message); return null; }
  }).filter(Boolean);
}

const questions = readJsonl('questions.jsonl');
const convs = readJsonl('conversations.jsonl');

const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'multi']);
const docCache = new Map();
const lineCache = new Map();
const titleCache = new Map();
function load(note) {
  if (!docCache.has(note)) {
    const p = path.join(LAWS, note);
    const raw = fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : null;
    docCache.set(note, raw == null ? null : strip(raw));
    lineCache.set(note, raw == null ? [] : raw.split('\n').map(strip));
    const m = raw == null ? null : /^# (.+)$/m.exec(raw);
    titleCache.set(note, m ? m[1].trim() : null);
  }
  return docCache.get(note);
}

// Laws used by earlier suites: neither the same file nor a law with the same title may be used again.
let usedNotes = new Set();
const usedTitles = new Set();
if (fs.existsSync(USED)) {
  usedNotes = new Set(fs.readFileSync(USED, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean));
  for (const u of usedNotes) { if (load(u) != null && titleCache.get(u)) usedTitles.add(titleCache.get(u)); }
} else {
  console.log(`note: ${USED} not found, reuse check skipped`);
}

const ids = new Set();
const perDoc = {};
const all = [...questions, ...convs];
for (const c of all) {
  const id = c.id || '(no id)';
  if (!c.id) err(id, 'missing id');
  if (ids.has(c.id)) err(id, 'duplicate id');
  ids.add(c.id);
  if (!KINDS.has(c.kind)) err(id, 'bad kind ' + c.kind);
  const isConv = Array.isArray(c.turns);
  if (isConv ? !/^lw24-m\d{2}$/.test(c.id) : !/^lw24-\d{2}$/.test(c.id)) err(id, 'id does not follow lw24-NN / lw24-mNN');
  if (isConv && c.kind !== 'multi') err(id, 'conversation kind must be multi');
  if (!isConv && c.kind === 'multi') err(id, 'single question with kind multi');
  if (isConv && c.q != null) err(id, 'conversation carries q');
  if (!isConv && c.refuse === true && c.kind !== 'oos') err(id, 'single-turn refusal kind must be oos');
  if (!isConv && c.refuse !== true && c.kind === 'oos') err(id, 'oos case must carry refuse: true');
  if (!c.note) { err(id, 'missing note'); continue; }
  if (!/\.md$/.test(c.note)) err(id, 'note must end with .md');
  const text = load(c.note);
  if (text == null) { err(id, 'law file not found: ' + c.note); continue; }
  if (typeof c.doc !== 'string' || !c.doc) err(id, 'missing doc (law title)');
  else if (c.doc !== titleCache.get(c.note)) err(id, `doc "${c.doc}" is not the title of ${c.note} ("${titleCache.get(c.note)}")`);
  if (usedNotes.has(c.note)) err(id, 'law already used by an earlier suite: ' + c.note);
  if (usedTitles.has(titleCache.get(c.note))) err(id, 'another version of a used law: ' + titleCache.get(c.note));
  const asked = c.q != null ? [c.q] : c.turns;
  if (!Array.isArray(asked) || !asked.length || asked.some((t) => typeof t !== 'string' || !t.trim())) { err(id, 'missing q/turns'); continue; }
  if (isConv && (c.turns.length < 2 || c.turns.length > 4)) err(id, 'conversation needs 2-4 turns');
  // must strings may not occur in the question; for conversations in any turn (stricter than "last turn").
  const askedFlat = strip(asked.join('\n'));
  perDoc[c.note] = perDoc[c.note] || { answerable: 0, refuse: 0, conv: 0, kinds: new Set() };
  if (isConv) perDoc[c.note].conv++;
  if (c.refuse === true) {
    if (!isConv) perDoc[c.note].refuse++;
    if (c.must || c.passage) err(id, 'refusal must not carry must/passage');
    continue;
  }
  if (c.refuse != null && c.refuse !== false) err(id, 'refuse must be true or absent');
  if (!isConv) { perDoc[c.note].answerable++; perDoc[c.note].kinds.add(c.kind); }
  if (!Array.isArray(c.must) || !c.must.length) err(id, 'missing must');
  for (const group of c.must || []) {
    if (!Array.isArray(group) || !group.length) { err(id, 'empty must group'); continue; }
    for (const alt of group) {
      const a = strip(alt);
      if (!a) err(id, 'empty alternative');
      if ([...a].length > 12) err(id, `alternative too long: ${alt}`);
      if (!text.includes(a)) err(id, `must alternative not in law: ${alt}`);
      if (askedFlat.includes(a)) err(id, `must alternative occurs in question: ${alt}`);
    }
  }
  const p = strip(c.passage || '');
  const plen = [...p].length;
  if (plen < 10 || plen > 40) err(id, `passage length ${plen}`);
  if (/[（）]/.test(p)) err(id, 'passage contains full-width parentheses');
  if (!text.includes(p)) err(id, `passage not in law: ${c.passage}`);
  else if (!lineCache.get(c.note).some((l) => l.includes(p))) err(id, `passage spans lines: ${c.passage}`);
}

// Suite-shape checks
const single = questions.filter((c) => c.q != null);
const refuseSingle = single.filter((c) => c.refuse).length;
const refuseConv = convs.filter((c) => c.refuse).length;
if (single.length !== 48) err('suite', `expected 48 single-turn cases, got ${single.length}`);
if (single.length !== questions.length) err('suite', 'questions.jsonl holds cases without q');
if (refuseSingle !== 6) err('suite', `expected 6 single-turn refusals, got ${refuseSingle}`);
if (single.length - refuseSingle !== 42) err('suite', `expected 42 answerable single-turn cases, got ${single.length - refuseSingle}`);
if (convs.length !== 5) err('suite', `expected 5 conversations, got ${convs.length}`);
if (refuseConv !== 1) err('suite', `expected 1 refusing conversation, got ${refuseConv}`);
if (convs.length && !convs[convs.length - 1].refuse) console.log('note: the refusing conversation is not the last one');
const english = single.filter((c) => !/[\u4e00-\u9fff]/.test(c.q)).length;
if (english !== 3) err('suite', `expected 3 English questions, got ${english}`);
const expectIds = Array.from({ length: 48 }, (_, i) => `lw24-${String(i + 1).padStart(2, '0')}`);
if (single.map((c) => c.id).join() !== expectIds.join()) err('suite', 'single-turn ids are not lw24-01..lw24-48 in order');
const expectConv = Array.from({ length: 5 }, (_, i) => `lw24-m${String(i + 1).padStart(2, '0')}`);
if (convs.map((c) => c.id).join() !== expectConv.join()) err('suite', 'conversation ids are not lw24-m01..lw24-m05 in order');
const lawCount = new Set(all.map((c) => c.note)).size;
if (lawCount !== 20) err('suite', `expected 20 laws, got ${lawCount}`);
for (const [k, v] of Object.entries(perDoc)) if (v.answerable + v.refuse === 0) err('suite', `law only in conversations: ${k}`);
const titles = new Set(all.map((c) => c.doc));
if (titles.size < lawCount) err('suite', 'two notes share one title (two versions of one law)');
const top = new Set(all.map((c) => c.note.split('/')[0]));
for (const need of ['行政法规', '司法解释', '部门规章']) if (!top.has(need)) err('suite', `no law from ${need}`);

console.log(`folding: ${folding}`);
console.log('cases per law (answerable / refusal / conversations):');
for (const [k, v] of Object.entries(perDoc).sort()) console.log(`  ${v.answerable} / ${v.refuse} / ${v.conv}  ${k}`);
const kinds = {};
for (const c of all) kinds[c.kind] = (kinds[c.kind] || 0) + 1;
console.log('kinds:', JSON.stringify(kinds));
console.log(`laws: ${lawCount}, single: ${single.length} (refusals ${refuseSingle}, English ${english}), conversations: ${convs.length} (refusals ${refuseConv})`);
if (errors.length) { console.log('\nFAIL'); for (const e of errors) console.log('  ' + e); process.exit(1); }
console.log('OK');
