// node check.mjs — verifies the real14 suite; exits 1 on any problem. No dependencies.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const kdir = path.join(dir, 'knowledge');
const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'multi']);
const problems = [];
const bad = (m) => problems.push(m);
const ws = (s) => s.replace(/\s+/g, '');

// knowledge files: UTF-8, first line = file name without .txt, size 1,500–15,000 characters
const docs = {};
for (const f of fs.readdirSync(kdir).filter((f) => f.endsWith('.txt'))) {
  const buf = fs.readFileSync(path.join(kdir, f));
  const text = buf.toString('utf8');
  if (Buffer.compare(Buffer.from(text, 'utf8'), buf) !== 0) bad(`${f}: not valid UTF-8`);
  const first = text.split('\n')[0].trim();
  if (first !== f.slice(0, -4)) bad(`${f}: first line "${first}" is not the file name`);
  const n = [...text].length;
  if (n < 1500 || n > 15000) bad(`${f}: ${n} characters, outside 1,500–15,000`);
  docs[f.slice(0, -4)] = ws(text);
}
if (Object.keys(docs).length !== 3) bad(`expected 3 knowledge files, found ${Object.keys(docs).length}`);

const ids = new Set();
const perDoc = {};
function checkCase(c, file, line) {
  const where = `${file}:${line} ${c.id ?? '?'}`;
  if (!c.id || typeof c.id !== 'string' || !c.id.startsWith('r14')) bad(`${where}: id missing or without prefix r14`);
  if (ids.has(c.id)) bad(`${where}: duplicate id`);
  ids.add(c.id);
  if (!KINDS.has(c.kind)) bad(`${where}: bad kind ${c.kind}`);
  const qs = c.turns ?? (c.q !== undefined ? [c.q] : null);
  if (!qs || !qs.length || qs.some((t) => typeof t !== 'string' || !t.trim())) bad(`${where}: no q / turns`);
  if (c.turns && (c.turns.length < 2 || c.turns.length > 3)) bad(`${where}: conversations need 2–3 turns`);
  if (typeof c.note !== 'string') { bad(`${where}: no note`); return; }
  const parts = c.note.split('; ');
  if (parts.length !== 3 || !['named', 'bare'].includes(parts[1])) bad(`${where}: note must be "<sub-kind>; named|bare; <doc>"`);
  const doc = parts[2];
  if (!(doc in docs)) { bad(`${where}: note names unknown document "${doc}"`); return; }
  perDoc[doc] ??= { answer: 0, refuse: 0, named: 0, bare: 0 };
  if (!c.turns) perDoc[doc][parts[1]]++;
  const last = ws(qs[qs.length - 1]);
  if (c.refuse === true) {
    if (c.must || c.passage) bad(`${where}: refusal must have no must / passage`);
    if (!c.turns) { perDoc[doc].refuse++; if (c.kind !== 'oos') bad(`${where}: refusal kind must be oos`); }
    return;
  }
  if (c.refuse !== undefined) bad(`${where}: refuse must be true or absent`);
  if (!c.turns) perDoc[doc].answer++;
  if (!Array.isArray(c.must) || !c.must.length) { bad(`${where}: must missing`); }
  else for (const g of c.must) {
    if (!Array.isArray(g) || !g.length) { bad(`${where}: empty must group`); continue; }
    for (const alt of g) {
      if (typeof alt !== 'string' || !ws(alt)) { bad(`${where}: empty must alternative`); continue; }
      if (!docs[doc].includes(ws(alt))) bad(`${where}: must "${alt}" not in ${doc}`);
      if (last.includes(ws(alt))) bad(`${where}: must "${alt}" is contained in the question`);
    }
  }
  if (typeof c.passage !== 'string') bad(`${where}: passage missing`);
  else {
    const p = ws(c.passage);
    if ([...p].length < 10 || [...p].length > 40) bad(`${where}: passage length ${[...p].length} outside 10–40`);
    if (!docs[doc].includes(p)) bad(`${where}: passage not in ${doc}`);
  }
}
function readJsonl(file) {
  const out = [];
  fs.readFileSync(path.join(dir, file), 'utf8').split('\n').forEach((l, i) => {
    if (!l.trim()) return;
    try { out.push([JSON.parse(l), i + 1]); } catch (e) { bad(`${file}:${i + 1}: invalid JSON (${e.message})`); }
  });
  return out;
}
const qs = readJsonl('questions.jsonl');
for (const [c, n] of qs) { if (c.turns) bad(`questions.jsonl:${n}: turns not allowed here`); checkCase(c, 'questions.jsonl', n); }
const cs = readJsonl('conversations.jsonl');
for (const [c, n] of cs) { if (!c.turns) bad(`conversations.jsonl:${n}: turns required`); if (c.kind !== 'multi') bad(`conversations.jsonl:${n}: kind must be multi`); checkCase(c, 'conversations.jsonl', n); }
if (qs.length !== 72) bad(`questions.jsonl: ${qs.length} cases, expected 72`);
if (cs.length !== 6) bad(`conversations.jsonl: ${cs.length} cases, expected 6`);
if (cs.filter(([c]) => c.refuse).length !== 2) bad('conversations.jsonl: expected 2 refusals');
for (const [d, s] of Object.entries(perDoc)) {
  if (s.answer !== 21 || s.refuse !== 3) bad(`${d}: ${s.answer} answerable + ${s.refuse} refusals, expected 21 + 3`);
}
// owners.json: every unit occurs in its document
if (fs.existsSync(path.join(dir, 'owners.json'))) {
  try {
    const o = JSON.parse(fs.readFileSync(path.join(dir, 'owners.json'), 'utf8'));
    for (const it of o.items) {
      const doc = Object.keys(docs).find((d) => d.includes(it.doc));
      if (!doc) { bad(`owners.json: unknown doc ${it.doc}`); continue; }
      for (const s of [it.no, it.title, ...it.units]) if (!docs[doc].includes(ws(s))) bad(`owners.json: "${s}" not in ${doc}`);
    }
  } catch (e) { bad(`owners.json: ${e.message}`); }
}

const kinds = {};
for (const [c] of [...qs, ...cs]) kinds[c.kind] = (kinds[c.kind] ?? 0) + 1;
for (const [d, s] of Object.entries(perDoc)) console.log(`${d}: ${s.answer} answerable, ${s.refuse} refusals; single questions named ${s.named}, bare ${s.bare}`);
console.log('kinds:', JSON.stringify(kinds));
if (problems.length) { for (const p of problems) console.log('PROBLEM', p); console.log(`${problems.length} problem(s)`); process.exit(1); }
console.log(`OK: ${qs.length} questions, ${cs.length} conversations, ${Object.keys(docs).length} documents`);
