// node check.mjs — verifies the laws7 suite; exits 1 on any problem. No dependencies.
// Documents are law files of the shared corpus (LAWS_DIR overrides /work/shared/corpus/laws); the note of every
// answerable case is the file's path relative to that folder. Nothing is copied into a knowledge folder.
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname, basename, resolve, relative, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const LAWS = process.env.LAWS_DIR || '/work/shared/corpus/laws';
const PREFIX = 'lw7';
const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'multi']);
const problems = [];
const bad = (id, msg) => problems.push(`${id}: ${msg}`);
const squash = (s) => s.replace(/\s+/gu, '');
const len = (s) => [...s].length;

const docs = new Map();
function loadDoc(rel, id) {
  if (docs.has(rel)) return docs.get(rel);
  const path = resolve(LAWS, rel);
  const inside = relative(LAWS, path);
  let doc = null;
  if (!rel.endsWith('.md') || inside.startsWith('..') || isAbsolute(inside) || !existsSync(path)) {
    bad(id, `note is not a law file under ${LAWS}: ${rel}`);
  } else {
    const text = readFileSync(path, 'utf8');
    // title line "# <title>" must match the file name "<title without 中华人民共和国>(<date>).md"
    const first = text.split('\n')[0];
    const title = first.replace(/^#\s*/, '').trim().replace(/^中华人民共和国/, '');
    const fileTitle = basename(rel, '.md').replace(/\([^()]*\)$/, '');
    if (!first.startsWith('# ') || title !== fileTitle) bad(id, `title line "${first}" does not match file name "${basename(rel)}"`);
    doc = squash(text);
  }
  docs.set(rel, doc);
  return doc;
}

function readJsonl(name) {
  const out = [];
  readFileSync(join(HERE, name), 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try { out.push(JSON.parse(line)); } catch (e) { bad(`${name}:${i + 1}`, `invalid JSON: ${e.message}`); }
  });
  return out;
}

const ids = new Set();
const n = { single: 0, answerable: 0, refuse: 0, conv: 0, convRefuse: 0, english: 0, named: 0, bare: 0 };
const byKind = {};
const laws = new Map();
const ALLOWED = new Set(['id', 'kind', 'q', 'turns', 'must', 'passage', 'refuse', 'note', 'mustNot']);

function checkCase(c, isConv) {
  const id = c.id ?? '(no id)';
  const idRe = isConv ? new RegExp(`^${PREFIX}-c\\d\\d$`) : new RegExp(`^${PREFIX}-\\d\\d$`);
  if (typeof c.id !== 'string' || !idRe.test(c.id)) bad(id, `id must be ${PREFIX}-${isConv ? 'cNN' : 'NN'}`);
  if (ids.has(c.id)) bad(id, 'duplicate id');
  ids.add(c.id);
  for (const k of Object.keys(c)) if (!ALLOWED.has(k)) bad(id, `unknown field ${k}`);
  if (!KINDS.has(c.kind)) bad(id, `unknown kind ${c.kind}`);
  if (isConv !== (c.kind === 'multi')) bad(id, 'kind multi exactly for conversations');
  byKind[c.kind] = (byKind[c.kind] || 0) + 1;

  let asked;
  if (isConv) {
    if (!Array.isArray(c.turns) || c.turns.length < 2 || c.turns.length > 3 || c.turns.some((t) => typeof t !== 'string' || !t.trim()))
      bad(id, 'turns must be 2–3 non-empty strings');
    if ('q' in c) bad(id, 'conversation has q');
    asked = (c.turns || []).join('\n');
  } else {
    if (typeof c.q !== 'string' || !c.q.trim()) bad(id, 'missing q');
    if ('turns' in c) bad(id, 'single case has turns');
    asked = c.q || '';
  }
  if (/^[\x00-\x7f]+$/.test(asked)) n.english++;
  if (typeof c.note !== 'string' || !c.note) { bad(id, 'missing note'); return; }

  if (c.refuse === true) {
    if (!isConv && c.kind !== 'oos') bad(id, 'single refusal must have kind oos');
    if ('must' in c || 'passage' in c) bad(id, 'refusal carries must/passage');
    if (!c.note.startsWith('oos: ') || len(c.note) < 20) bad(id, 'refusal note must be "oos: <why>"');
    isConv ? n.convRefuse++ : n.refuse++;
    return;
  }
  if ('refuse' in c) bad(id, 'refuse must be true or absent');
  if (c.kind === 'oos') bad(id, 'kind oos without refuse:true');
  if (!isConv) n.answerable++;
  const doc = loadDoc(c.note, id);
  laws.set(c.note, (laws.get(c.note) || 0) + 1);
  if (!isConv) {
    // named = the question names the law (its short title) or an article 第X条, or (English) names the act
    const short = basename(c.note, '.md').replace(/\([^()]*\)$/, '');
    const named = /第[一二三四五六七八九十百零]+条/.test(asked) || asked.includes(short)
      || /\b(Law|Measures|Regulations?|Provisions)\b/.test(asked);
    named ? n.named++ : n.bare++;
  }
  if (!Array.isArray(c.must) || c.must.length === 0) bad(id, 'must must be a non-empty list of groups');
  for (const group of c.must || []) {
    if (!Array.isArray(group) || group.length === 0) { bad(id, 'empty must group'); continue; }
    for (const alt of group) {
      if (typeof alt !== 'string' || !squash(alt)) { bad(id, 'must alternative not a string'); continue; }
      if (len(alt) > 20) bad(id, `must alternative too long: ${alt}`);
      if (doc && !doc.includes(squash(alt))) bad(id, `must "${alt}" not in ${c.note}`);
      if (squash(asked).includes(squash(alt))) bad(id, `must "${alt}" is contained in the question`);
    }
  }
  if (typeof c.passage !== 'string') bad(id, 'missing passage');
  else {
    const l = len(c.passage);
    if (l < 10 || l > 40) bad(id, `passage length ${l} not in 10–40`);
    if (doc && !doc.includes(squash(c.passage))) bad(id, `passage "${c.passage}" not in ${c.note}`);
  }
}

readJsonl('questions.jsonl').forEach((c) => { n.single++; checkCase(c, false); });
readJsonl('conversations.jsonl').forEach((c) => { n.conv++; checkCase(c, true); });

// suite shape required by the brief
for (const [what, got, want] of [['single cases', n.single, 48], ['answerable singles', n.answerable, 42], ['single refusals', n.refuse, 6],
  ['conversations', n.conv, 5], ['conversations ending in a refusal', n.convRefuse, 1], ['English cases', n.english, 3]])
  if (got !== want) bad('suite', `${what}: ${got}, expected ${want}`);
if (Math.abs(n.named - n.bare) > 8) bad('suite', `named ${n.named} vs bare ${n.bare}: should be about half each`);

console.log(`questions ${n.single} (answerable ${n.answerable}: named ${n.named}, bare ${n.bare}; refusals ${n.refuse}), conversations ${n.conv} (ending in refusal ${n.convRefuse}), English ${n.english}`);
console.log(`kinds ${JSON.stringify(byKind)}`);
console.log(`laws ${laws.size}: ${[...laws].map(([k, v]) => `${basename(k, '.md')}×${v}`).join(', ')}`);
if (problems.length) {
  for (const p of problems) console.log('PROBLEM ' + p);
  console.log(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log('OK');
