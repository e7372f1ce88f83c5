// Self-check for suite laws45 (adapted from /tmp/blind_templates/laws_check.mjs; ids are lw45-001..lw45-048 and lw45c01..lw45c05;
// note = path of the law file under the corpus root; refusals also carry src/refusal_evidence.json). Usage: node check.mjs  (LAWS_DIR overrides the corpus path; opencc-js optional)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const LAWS = process.env.LAWS_DIR || '/work/shared/corpus/laws';
let fold = (s) => s;
try {
  const { createRequire } = await import('node:module');
  const req = createRequire(import.meta.url);
  let OpenCC;
  try { OpenCC = req('opencc-js'); } catch { OpenCC = req('/work/main/node_modules/opencc-js'); }
  fold = OpenCC.Converter({ from: 'tw', to: 'cn' });
} catch { /* opencc-js not found: documents are already simplified */ }
const titleOf = (p) => path.basename(p).replace(/\.md$/, '').replace(/\(\d{4}-\d{2}-\d{2}\)$/, '');
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
let owners = [];
if (fs.existsSync(path.join(here, 'owners.json'))) {
  try { owners = JSON.parse(fs.readFileSync(path.join(here, 'owners.json'), 'utf8')); } catch (e) { err('owners.json', 'parse error'); }
}

// laws39/40/41: also accepts the kinds listed in the common rules (fact, number, date, condition, procedure, list, definition).
const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'multi',
  'fact', 'number', 'date', 'condition', 'procedure', 'list', 'definition']);
const docCache = new Map();
const lineCache = new Map();
function doc(note) {
  if (!docCache.has(note)) {
    const p = path.join(LAWS, note);
    const raw = fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : null;
    docCache.set(note, raw == null ? null : strip(raw));
    lineCache.set(note, raw == null ? [] : raw.split('\n').map(strip));
  }
  return docCache.get(note);
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
  if (!c.doc) err(id, 'missing doc (title of the text)');
  else if (c.note && c.doc !== titleOf(c.note)) err(id, `doc "${c.doc}" is not the title of ${c.note}`);
  const isConv = Array.isArray(c.turns);
  if (isConv ? !/^lw45c\d{2}$/.test(c.id) : !/^lw45-\d{3}$/.test(c.id)) err(id, 'id does not follow lw45-NNN / lw45cNN');
  if (isConv && c.kind !== 'multi') err(id, 'conversation kind must be multi');
  if (!isConv && c.refuse === true && c.kind !== 'oos') err(id, 'single-turn refusal kind must be oos');
  if (!isConv && c.refuse !== true && c.kind === 'oos') err(id, 'oos case must carry refuse: true');
  if (!c.note) { err(id, 'missing note'); continue; }
  const text = doc(c.note);
  if (text == null) { err(id, 'law file not found: ' + c.note); continue; }
  const asked = c.q != null ? [c.q] : c.turns;
  if (!Array.isArray(asked) || !asked.length || asked.some((t) => typeof t !== 'string' || !t.trim())) err(id, 'missing q/turns');
  if (c.turns && c.turns.length < 2) err(id, 'conversation needs >=2 turns');
  const askedFlat = strip((asked || []).join('\n'));
  perDoc[c.note] = perDoc[c.note] || { answerable: 0, refuse: 0 };
  if (c.refuse === true) {
    perDoc[c.note].refuse++;
    if (c.must || c.passage) err(id, 'refusal must not carry must/passage');
    continue;
  }
  perDoc[c.note].answerable++;
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
  if (plen < 10 || plen > 30) err(id, `passage length ${plen}`);
  if (/[（）]/.test(p)) err(id, 'passage contains full-width parentheses');
  if (!text.includes(p)) err(id, `passage not in law: ${c.passage}`);
  else if (!lineCache.get(c.note).some((l) => l.includes(p))) err(id, `passage spans lines: ${c.passage}`);
}

for (const o of owners) {
  const text = doc(o.doc);
  if (text == null) { err('owners', 'doc not found ' + o.doc); continue; }
  for (const u of o.units || []) if (!text.includes(strip(u))) err('owners', `unit not in doc: ${u}`);
}

// Paraphrase check: no question/turn may share a run of >= 12 characters with its law.
for (const c of all) {
  if (!c.note || doc(c.note) == null) continue;
  const text = doc(c.note);
  for (const t of (c.q != null ? [c.q] : c.turns || [])) {
    const q = [...strip(t)];
    let best = 0;
    for (let i = 0; i < q.length; i++) {
      for (let j = i + best + 1; j <= q.length; j++) {
        if (text.includes(q.slice(i, j).join(''))) best = j - i; else break;
      }
    }
    if (best >= 12) err(c.id, `question copies ${best} characters of the law`);
  }
}

// Law selection: not previously used (when /tmp/used_laws.txt is present), title unique in the corpus.
const readList = (p) => (fs.existsSync(p) ? fs.readFileSync(p, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean) : null);
const usedLaws = readList('/tmp/used_laws.txt');
const corpusFiles = [];
(function walk(d) {
  if (!fs.existsSync(d)) return;
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p); else if (e.name.endsWith('.md')) corpusFiles.push(path.relative(LAWS, p));
  }
})(LAWS);
const titleCount = {};
for (const f of corpusFiles) titleCount[titleOf(f)] = (titleCount[titleOf(f)] || 0) + 1;
for (const note of new Set(all.map((c) => c.note).filter(Boolean))) {
  if (usedLaws && usedLaws.includes(note)) err('suite', `law already used: ${note}`);
  if (usedLaws && usedLaws.some((u) => titleOf(u) === titleOf(note))) err('suite', `law title already used: ${titleOf(note)}`);
  // laws38/39: the used list mixes "中华人民共和国X法" and "X法"; compare without that prefix too.
  const bare = (t) => titleOf(t).replace(/^中华人民共和国/, '');
  if (usedLaws && usedLaws.some((u) => bare(u) === bare(note))) err('suite', `law title already used (prefix-folded): ${bare(note)}`);
  if (corpusFiles.length && titleCount[titleOf(note)] !== 1) err('suite', `title not unique in corpus: ${titleOf(note)}`);
}

// Refusals: the strings an answer would need must not occur in the law (see src/build.mjs, written to src/refusal_proof.json).
const REFUSAL_PROOF = JSON.parse(fs.readFileSync(path.join(here, 'src', 'refusal_proof.json'), 'utf8'));
for (const c of all.filter((x) => x.refuse === true)) {
  const proof = REFUSAL_PROOF[c.id];
  if (!proof) { err(c.id, 'refusal without absence proof'); continue; }
  const text = doc(c.note);
  if (text == null) continue;
  for (const s of proof) if (text.includes(strip(s))) err(c.id, `refusal string occurs in the law: ${s}`);
}
// laws38/39: key strings of each refusal must also be absent from the whole corpus (src/corpus_absent.json),
// so no other law in the corpus answers the refusal either.
{
  const CORPUS_ABSENT = JSON.parse(fs.readFileSync(path.join(here, 'src', 'corpus_absent.json'), 'utf8'));
  const texts = corpusFiles.map((f) => strip(fs.readFileSync(path.join(LAWS, f), 'utf8')));
  for (const [id, list] of Object.entries(CORPUS_ABSENT)) {
    if (!all.some((c) => c.id === id && c.refuse === true)) err(id, 'corpus_absent entry for a case that is not a refusal');
    for (const s of list) { const k = strip(s); const n = texts.filter((t) => t.includes(k)).length; if (n) err(id, `refusal key string occurs in ${n} corpus file(s): ${s}`); }
  }
  for (const c of all.filter((x) => x.refuse === true)) if (!CORPUS_ABSENT[c.id]) err(c.id, 'refusal without corpus-wide absence list');
}
// laws39/40/41: every passage occurs in exactly one corpus file, the case's own law.
{
  const texts = corpusFiles.map((f) => [f, strip(fs.readFileSync(path.join(LAWS, f), 'utf8'))]);
  for (const c of all.filter((x) => x.refuse !== true && x.passage)) {
    const hits = texts.filter(([, t]) => t.includes(strip(c.passage))).map(([f]) => f);
    if (hits.length !== 1 || hits[0] !== c.note) err(c.id, `passage not unique to its law in the corpus: ${hits.join(', ')}`);
  }
}
// laws45: src/refusal_evidence.json documents every refusal (law, key strings absent from the law and from the corpus).
{
  const EV = JSON.parse(fs.readFileSync(path.join(here, 'src', 'refusal_evidence.json'), 'utf8'));
  for (const c of all.filter((x) => x.refuse === true)) {
    const e = EV[c.id];
    if (!e) { err(c.id, 'refusal without src/refusal_evidence.json entry'); continue; }
    if (e.law !== c.note) err(c.id, 'refusal evidence names another law');
    const text = doc(c.note);
    if (!Array.isArray(e.absent_in_law) || !e.absent_in_law.length) err(c.id, 'refusal evidence lacks absent_in_law');
    for (const s of e.absent_in_law || []) if (text != null && text.includes(strip(s))) err(c.id, `evidence string occurs in the law: ${s}`);
    if (JSON.stringify(e.absent_in_law) !== JSON.stringify(REFUSAL_PROOF[c.id])) err(c.id, 'refusal_evidence.json and refusal_proof.json disagree');
  }
  for (const id of Object.keys(EV)) if (!all.some((c) => c.id === id && c.refuse === true)) err(id, 'evidence for a case that is not a refusal');
}
for (const id of Object.keys(REFUSAL_PROOF)) if (!all.some((c) => c.id === id && c.refuse === true)) err(id, 'absence proof for a case that is not a refusal');

// Every law carries 2-4 answerable cases.
for (const [k, v] of Object.entries(perDoc)) if (v.answerable < 2 || v.answerable > 4) err('suite', `${k}: ${v.answerable} answerable cases (want 2-4)`);

// English questions: every must alternative is a number or contains Chinese (a name shared by both languages).
for (const c of all) {
  const asked = c.q != null ? [c.q] : c.turns || [];
  if (asked.some((t) => !/[\u4e00-\u9fff]/.test(t)) && c.must) {
    for (const g of c.must) for (const a of g) if (!/^[0-9]+$/.test(a) && !/[\u4e00-\u9fff]/.test(a)) err(c.id, `English case must be a number or Chinese name: ${a}`);
  }
}

// Provenance (kept from the laws35 template): every law file still has the length and SHA-256 recorded in src/sources.tsv.
{
  const { createHash } = await import('node:crypto');
  const rows = fs.readFileSync(path.join(here, 'src', 'sources.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
  const listed = new Set(rows.map((r) => r[0]));
  for (const note of new Set(all.map((c) => c.note).filter(Boolean))) if (!listed.has(note)) err('sources', `not in src/sources.tsv: ${note}`);
  for (const [note, bytes, , sha] of rows) {
    const p = path.join(LAWS, note);
    if (!fs.existsSync(p)) { err('sources', 'missing ' + note); continue; }
    const buf = fs.readFileSync(p);
    if (String(buf.length) !== bytes || createHash('sha256').update(buf).digest('hex') !== sha) err('sources', `changed since the suite was built: ${note}`);
  }
}

// Suite-shape checks
const single = questions.filter((c) => c.q != null);
const refuseSingle = single.filter((c) => c.refuse).length;
const refuseConv = convs.filter((c) => c.refuse).length;
if (single.length !== 48) err('suite', `expected 48 single-turn cases, got ${single.length}`);
if (refuseSingle !== 6) err('suite', `expected 6 single-turn refusals, got ${refuseSingle}`);
if (convs.length !== 5) err('suite', `expected 5 conversations, got ${convs.length}`);
if (refuseConv !== 1) err('suite', `expected 1 refusing conversation, got ${refuseConv}`);
const english = single.filter((c) => !/[\u4e00-\u9fff]/.test(c.q)).length;
if (english !== 2) err('suite', `expected 2 English questions, got ${english}`);
const expectIds = Array.from({ length: 48 }, (_, i) => `lw45-${String(i + 1).padStart(3, '0')}`);
if (single.map((c) => c.id).join() !== expectIds.join()) err('suite', 'single-turn ids are not lw45-001..lw45-048 in order');
const expectConv = Array.from({ length: 5 }, (_, i) => `lw45c${String(i + 1).padStart(2, '0')}`);
if (convs.map((c) => c.id).join() !== expectConv.join()) err('suite', 'conversation ids are not lw45c01..lw45c05 in order');
const lawCount = new Set(all.map((c) => c.note)).size;
if (lawCount !== 20) err('suite', `expected 20 laws, got ${lawCount}`);

console.log('cases per law (answerable / refusal):');
for (const [k, v] of Object.entries(perDoc).sort()) console.log(`  ${v.answerable} / ${v.refuse}  ${k}`);
console.log(`laws: ${Object.keys(perDoc).length}, single: ${single.length} (refusals ${refuseSingle}, English ${english}), conversations: ${convs.length} (refusals ${refuseConv})`);
if (errors.length) { console.log('\nFAIL'); for (const e of errors) console.log('  ' + e); process.exit(1); }
console.log('OK');
