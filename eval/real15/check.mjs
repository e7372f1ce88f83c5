// node check.mjs — validates the real15 suite; exits 1 on any problem. No dependencies.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'multi']);
const problems = [];
const bad = (m) => problems.push(m);
const squash = (s) => s.replace(/\s+/g, '');

// knowledge
const kdir = path.join(dir, 'knowledge');
const docs = {};
for (const f of fs.readdirSync(kdir).filter((f) => f.endsWith('.txt'))) {
  const text = fs.readFileSync(path.join(kdir, f), 'utf8');
  const name = f.slice(0, -4);
  const first = text.split('\n')[0];
  if (first !== name) bad(`${f}: first line "${first}" != file name`);
  if (/[\\/:*?"<>|]/.test(name)) bad(`${f}: illegal character in file name`);
  if (/<[a-z][^>]*>/i.test(text)) bad(`${f}: HTML tag left`);
  for (const chrome of ['返回政策原文列表', '上一篇', '下一篇', '来源：公众号']) if (text.includes(chrome)) bad(`${f}: chrome "${chrome}" left`);
  if (text.length < 1500 || text.length > 15000) bad(`${f}: ${text.length} characters, outside 1,500–15,000`);
  docs[name] = squash(text);
}
if (Object.keys(docs).length !== 3) bad(`expected 3 documents, found ${Object.keys(docs).length}`);

function load(file) {
  const out = [];
  fs.readFileSync(path.join(dir, file), 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try { out.push(JSON.parse(line)); } catch (e) { bad(`${file}:${i + 1}: invalid JSON (${e.message})`); }
  });
  return out;
}
const questions = load('questions.jsonl');
const convs = load('conversations.jsonl');
const ids = new Set();
const perDoc = {};

function checkCase(c, file) {
  const where = `${file} ${c.id}`;
  if (typeof c.id !== 'string' || !c.id.startsWith('r15')) bad(`${where}: id must start with r15`);
  if (ids.has(c.id)) bad(`${where}: duplicate id`);
  ids.add(c.id);
  if (!KINDS.has(c.kind)) bad(`${where}: bad kind ${c.kind}`);
  const parts = String(c.note || '').split('; ');
  if (parts.length !== 3 || !['named', 'bare'].includes(parts[1])) { bad(`${where}: note must be "<sub-kind>; named|bare; <doc>"`); return; }
  const doc = docs[squash(parts[2]) in docs ? squash(parts[2]) : parts[2]];
  if (doc === undefined) { bad(`${where}: note names unknown document "${parts[2]}"`); return; }
  (perDoc[parts[2]] ??= { n: 0, refuse: 0, named: 0 });
  const asked = c.q !== undefined ? [c.q] : c.turns;
  if (!Array.isArray(asked) || asked.some((t) => typeof t !== 'string' || !t.trim())) { bad(`${where}: needs q or turns`); return; }
  if (c.turns && (c.turns.length < 2 || c.turns.length > 3)) bad(`${where}: 2–3 turns expected`);
  if (c.refuse) {
    if (c.refuse !== true) bad(`${where}: refuse must be true`);
    if (c.must || c.passage) bad(`${where}: a refusal has no must/passage`);
    return { doc: parts[2], refuse: true, named: parts[1] === 'named' };
  }
  if (!Array.isArray(c.must) || !c.must.length) bad(`${where}: must missing`);
  for (const group of c.must || []) {
    if (!Array.isArray(group) || !group.length) { bad(`${where}: empty must group`); continue; }
    for (const alt of group) {
      if (typeof alt !== 'string' || !alt.trim()) { bad(`${where}: empty must alternative`); continue; }
      if (!doc.includes(squash(alt))) bad(`${where}: must "${alt}" not in document`);
      for (const t of asked) if (squash(t).includes(squash(alt))) bad(`${where}: must "${alt}" is contained in the question`);
    }
  }
  const p = c.passage;
  if (typeof p !== 'string') bad(`${where}: passage missing`);
  else {
    const len = [...squash(p)].length;
    if (len < 10 || len > 40) bad(`${where}: passage length ${len} not in 10–40`);
    if (!doc.includes(squash(p))) bad(`${where}: passage "${p}" not in document`);
    if (/[（）]/.test(p)) bad(`${where}: passage contains full-width parentheses`);
  }
  return { doc: parts[2], refuse: false, named: parts[1] === 'named' };
}

const kindCount = {};
for (const c of questions) {
  if (c.turns) bad(`questions.jsonl ${c.id}: single-turn file has turns`);
  const r = checkCase(c, 'questions.jsonl');
  kindCount[c.kind] = (kindCount[c.kind] || 0) + 1;
  if (!r) continue;
  perDoc[r.doc].n++; if (r.refuse) perDoc[r.doc].refuse++; if (r.named) perDoc[r.doc].named++;
  if (r.refuse !== (c.kind === 'oos')) bad(`questions.jsonl ${c.id}: kind oos iff refuse`);
}
let convRefuse = 0;
for (const c of convs) {
  if (!c.turns) bad(`conversations.jsonl ${c.id}: turns missing`);
  if (c.kind !== 'multi') bad(`conversations.jsonl ${c.id}: kind must be multi`);
  const r = checkCase(c, 'conversations.jsonl');
  if (r && r.refuse) convRefuse++;
}
if (questions.length !== 72) bad(`expected 72 questions, found ${questions.length}`);
for (const [d, s] of Object.entries(perDoc)) {
  if (s.n !== 24 || s.refuse !== 3) bad(`${d}: ${s.n} questions / ${s.refuse} refusals (want 24 / 3)`);
}
if (convs.length !== 6) bad(`expected 6 conversations, found ${convs.length}`);
if (convRefuse !== 2) bad(`expected 2 conversations ending in a refusal, found ${convRefuse}`);

// owners.json
const owners = JSON.parse(fs.readFileSync(path.join(dir, 'owners.json'), 'utf8'));
const odoc = docs[owners.document];
if (!odoc) bad('owners.json: unknown document');
else for (const it of owners.items || []) {
  if (!it.no || !it.title || !Array.isArray(it.units) || !it.units.length) bad(`owners.json: bad item ${JSON.stringify(it)}`);
  for (const u of it.units || []) if (!odoc.includes(squash(u))) bad(`owners.json: unit "${u}" not in document`);
}

for (const [d, s] of Object.entries(perDoc)) console.log(`${d}: ${s.n} questions, ${s.refuse} refusals, ${s.named} named`);
console.log('kinds:', JSON.stringify(kindCount), `| conversations: ${convs.length} (${convRefuse} refusals) | owners items: ${owners.items?.length}`);
if (problems.length) { for (const p of problems) console.log('PROBLEM:', p); console.log(`${problems.length} problem(s)`); process.exit(1); }
console.log('OK');
