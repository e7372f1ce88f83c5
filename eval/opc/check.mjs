// Self-check of the `opc` suite. No dependencies: `node check.mjs` exits 1 on any problem.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
const kdir = path.join(root, 'knowledge');
const problems = [];
const bad = (m) => problems.push(m);
const ws = (s) => s.replace(/\s+/g, '');

// knowledge: first line = file name, UTF-8, size
const docs = new Map();
for (const f of fs.readdirSync(kdir).filter((f) => f.endsWith('.txt')).sort()) {
  const buf = fs.readFileSync(path.join(kdir, f));
  const text = buf.toString('utf8');
  if (Buffer.from(text, 'utf8').compare(buf) !== 0) bad(`${f}: not valid UTF-8`);
  const title = text.split('\n')[0];
  if (title !== f.slice(0, -4)) bad(`${f}: first line "${title}" != file name`);
  if (/[\\/:*?"<>|]/.test(title)) bad(`${f}: illegal character in file name`);
  const n = [...text].length;
  if (n < 1500 || n > 15000) bad(`${f}: ${n} characters (want 1,500-15,000)`);
  docs.set(f.slice(0, -4), { text, flat: ws(text), n });
}
if (docs.size !== 8) bad(`knowledge/ has ${docs.size} documents, want 8`);

const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'attack', 'multi']);
const ids = new Set();
const stats = { single: 0, answerable: 0, refuse: 0, named: 0, bare: 0, multi: 0, multiRefuse: 0, kinds: {}, perDoc: {} };

function load(file) {
  const out = [];
  const lines = fs.readFileSync(path.join(root, file), 'utf8').split('\n').filter((l) => l.trim());
  lines.forEach((l, i) => {
    try { out.push(JSON.parse(l)); } catch (e) { bad(`${file}:${i + 1}: invalid JSON (${e.message})`); }
  });
  return out;
}

function checkCase(c, file) {
  const where = `${file} ${c.id ?? '?'}`;
  if (typeof c.id !== 'string' || !/^opc-[a-hm]\d\d$/.test(c.id)) bad(`${where}: bad id`);
  if (ids.has(c.id)) bad(`${where}: duplicate id`);
  ids.add(c.id);
  if (!KINDS.has(c.kind)) bad(`${where}: bad kind ${c.kind}`);
  stats.kinds[c.kind] = (stats.kinds[c.kind] ?? 0) + 1;
  const qs = c.turns ?? [c.q];
  if (c.turns && c.q) bad(`${where}: both q and turns`);
  if (!qs.length || qs.some((q) => typeof q !== 'string' || !q.trim())) bad(`${where}: empty question`);
  if (c.turns && (c.turns.length < 2 || c.turns.length > 3)) bad(`${where}: conversation needs 2-3 turns`);
  if (typeof c.note !== 'string') { bad(`${where}: no note`); return; }
  const parts = c.note.split('; ');
  const [sub, nb, docName] = parts;
  if (!sub || !['named', 'bare'].includes(nb)) bad(`${where}: note must be "<sub-kind>; named|bare; <document>"`);
  const doc = docs.get(docName);
  if (!doc) { bad(`${where}: note names unknown document "${docName}"`); return; }
  stats.perDoc[docName] = (stats.perDoc[docName] ?? 0) + 1;
  if (c.refuse === true) {
    if (c.must || c.passage) bad(`${where}: refusal with must/passage`);
    if (!/not answered: .{20,}/.test(c.note)) bad(`${where}: refusal note must say why it is not answered`);
    return 'refuse';
  }
  if (c.refuse !== undefined) bad(`${where}: refuse must be true or absent`);
  if (!Array.isArray(c.must) || !c.must.length) bad(`${where}: no must`);
  for (const g of c.must ?? []) {
    if (!Array.isArray(g) || !g.length) { bad(`${where}: empty must group`); continue; }
    for (const alt of g) {
      if (typeof alt !== 'string' || !alt.trim()) { bad(`${where}: empty must alternative`); continue; }
      if (!doc.flat.includes(ws(alt))) bad(`${where}: must "${alt}" not in document`);
      for (const q of qs) if (ws(q).includes(ws(alt))) bad(`${where}: must "${alt}" occurs in the question`);
      if ([...alt].length > 30) bad(`${where}: must "${alt}" too long`);
    }
  }
  if (typeof c.passage !== 'string') bad(`${where}: no passage`);
  else {
    const L = [...ws(c.passage)].length;
    const R = [...c.passage].length;
    if (L < 10 || R > 40) bad(`${where}: passage length ${L}/${R} (want 10-40)`);
    if (!doc.flat.includes(ws(c.passage))) bad(`${where}: passage not in document`);
  }
  if (nb === 'named') stats.named++; else stats.bare++;
  return 'answer';
}

for (const c of load('questions.jsonl')) {
  stats.single++;
  if (c.turns) bad(`questions.jsonl ${c.id}: turns in single-turn file`);
  const r = checkCase(c, 'questions.jsonl');
  if (r === 'refuse') stats.refuse++; else if (r === 'answer') stats.answerable++;
}
const namedSingle = stats.named, bareSingle = stats.bare;
for (const c of load('conversations.jsonl')) {
  stats.multi++;
  if (!c.turns) bad(`conversations.jsonl ${c.id}: no turns`);
  if (c.kind !== 'multi') bad(`conversations.jsonl ${c.id}: kind must be multi`);
  if (checkCase(c, 'conversations.jsonl') === 'refuse') stats.multiRefuse++;
}

if (stats.single !== 48) bad(`questions.jsonl: ${stats.single} cases, want 48`);
if (stats.answerable !== 42 || stats.refuse !== 6) bad(`questions.jsonl: ${stats.answerable} answerable / ${stats.refuse} refusals, want 42 / 6`);
if (stats.multi !== 6 || stats.multiRefuse !== 1) bad(`conversations.jsonl: ${stats.multi} conversations, ${stats.multiRefuse} refusals, want 6 / 1`);
for (const l of 'abcdefgh') {
  const n = [...ids].filter((i) => i.startsWith(`opc-${l}`)).length;
  if (n !== 6) bad(`document letter ${l}: ${n} cases, want 6`);
}

console.log(`documents ${docs.size}: ` + [...docs].map(([k, v]) => `${k.slice(0, 14)}… ${v.n}`).join(', '));
console.log(`single-turn ${stats.single} (answerable ${stats.answerable}: named ${namedSingle}, bare ${bareSingle}; refusals ${stats.refuse}), conversations ${stats.multi} (refusal ${stats.multiRefuse})`);
console.log('kinds ' + JSON.stringify(stats.kinds));
if (problems.length) {
  for (const p of problems) console.log('PROBLEM ' + p);
  console.log(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log('OK');
