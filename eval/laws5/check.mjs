// node check.mjs  — verifies the laws5 suite; exits 1 on any problem. No dependencies.
// LAWS_DIR overrides the corpus location (default /work/shared/corpus/laws).
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const LAWS = process.env.LAWS_DIR || '/work/shared/corpus/laws';
const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'multi']);
const problems = [];
const bad = (id, msg) => problems.push(`${id}: ${msg}`);
const squash = (s) => s.replace(/\s+/gu, '');

const docCache = new Map();
function loadDoc(rel, id) {
  if (docCache.has(rel)) return docCache.get(rel);
  const path = join(LAWS, rel);
  if (!rel.endsWith('.md') || rel.includes('..') || !existsSync(path)) {
    bad(id, `note is not a law file under ${LAWS}: ${rel}`);
    docCache.set(rel, null);
    return null;
  }
  const text = readFileSync(path, 'utf8');
  // title line: "# <title>" and the file name is "<title without 中华人民共和国>(<date>).md"
  const first = text.split('\n')[0];
  const title = first.replace(/^#\s*/, '').trim().replace(/^中华人民共和国/, '');
  const fileTitle = basename(rel, '.md').replace(/\([^()]*\)$/, '');
  if (!first.startsWith('# ') || title !== fileTitle) bad(id, `title line "${first}" does not match file name "${basename(rel)}"`);
  const doc = squash(text);
  docCache.set(rel, doc);
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

const questions = readJsonl('questions.jsonl');
const conversations = readJsonl('conversations.jsonl');
const ids = new Set();
const count = { single: 0, answerable: 0, refuse: 0, conv: 0, convRefuse: 0, english: 0 };
const byKind = {};
const laws = new Set();

function checkCase(c, isConv) {
  const id = c.id ?? '(no id)';
  if (typeof c.id !== 'string' || !/^zc?\d\d$/.test(c.id)) bad(id, 'id must be z01… or zc01…');
  if (isConv !== c.id?.startsWith('zc')) bad(id, 'z… ids in questions.jsonl, zc… ids in conversations.jsonl');
  if (ids.has(c.id)) bad(id, 'duplicate id');
  ids.add(c.id);
  if (!KINDS.has(c.kind)) bad(id, `unknown kind ${c.kind}`);
  if (isConv && c.kind !== 'multi') bad(id, 'conversation kind must be multi');
  if (!isConv && c.kind === 'multi') bad(id, 'multi only in conversations.jsonl');
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
  if (/^[\x00-\x7f]+$/.test(asked)) count.english++;
  if (typeof c.note !== 'string' || !c.note) { bad(id, 'missing note'); return; }

  if (c.refuse === true) {
    if (!isConv && c.kind !== 'oos') bad(id, 'single refusal must have kind oos');
    if ('must' in c || 'passage' in c) bad(id, 'refusal must not carry must/passage');
    if (!c.note.startsWith('oos: ') || c.note.length < 20) bad(id, 'refusal note must be "oos: <reason>"');
    isConv ? count.convRefuse++ : count.refuse++;
    return;
  }
  if ('refuse' in c) bad(id, 'refuse must be true or absent');
  if (c.kind === 'oos') bad(id, 'kind oos without refuse:true');
  if (!isConv) count.answerable++;
  const doc = loadDoc(c.note, id);
  laws.add(c.note);
  if (!Array.isArray(c.must) || c.must.length === 0) bad(id, 'must must be a non-empty list of groups');
  for (const group of c.must || []) {
    if (!Array.isArray(group) || group.length === 0) { bad(id, 'empty must group'); continue; }
    for (const alt of group) {
      if (typeof alt !== 'string' || !squash(alt)) { bad(id, 'must alternative not a string'); continue; }
      if ([...alt].length > 20) bad(id, `must alternative too long: ${alt}`);
      if (doc && !doc.includes(squash(alt))) bad(id, `must "${alt}" not in ${c.note}`);
      if (squash(asked).includes(squash(alt))) bad(id, `must "${alt}" is contained in the question`);
    }
  }
  if (typeof c.passage !== 'string') bad(id, 'missing passage');
  else {
    const n = [...c.passage].length;
    if (n < 10 || n > 40) bad(id, `passage length ${n} not in 10–40`);
    if (doc && !doc.includes(squash(c.passage))) bad(id, `passage "${c.passage}" not in ${c.note}`);
  }
}

questions.forEach((c) => { count.single++; checkCase(c, false); });
conversations.forEach((c) => { count.conv++; checkCase(c, true); });

// suite shape required by the brief
const want = [['single cases', count.single, 48], ['answerable', count.answerable, 42], ['single refusals', count.refuse, 6],
  ['conversations', count.conv, 5], ['conversations ending in refusal', count.convRefuse, 1], ['English cases', count.english, 3]];
for (const [what, got, exp] of want) if (got !== exp) bad('suite', `${what}: ${got}, expected ${exp}`);

console.log(`questions ${count.single} (answerable ${count.answerable}, refusals ${count.refuse}), conversations ${count.conv} (refusal ${count.convRefuse}), English ${count.english}`);
console.log(`kinds ${JSON.stringify(byKind)}; laws ${laws.size}`);
if (problems.length) {
  for (const p of problems) console.log('PROBLEM ' + p);
  console.log(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log('OK');
