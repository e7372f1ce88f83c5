// Standalone checker for the real4 set: node check.mjs  (no dependencies; exit 1 on any problem)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const dir = path.dirname(fileURLToPath(import.meta.url));
const kdir = path.join(dir, 'knowledge');
const strip = (s) => s.replace(/\s+/g, '');
const docs = {};
for (const f of fs.readdirSync(kdir).filter((f) => f.endsWith('.txt'))) {
  const text = fs.readFileSync(path.join(kdir, f), 'utf8');
  const name = f.slice(0, -4);
  const first = text.split('\n')[0].trim();
  if (first !== name) { console.error(`title line != file name: ${f}`); process.exitCode = 1; }
  docs[name] = strip(text);
}
const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'multi']);
const problems = [];
const ids = new Set();
const tally = {};
let total = 0;
for (const file of ['questions.jsonl', 'conversations.jsonl']) {
  const p = path.join(dir, file);
  if (!fs.existsSync(p)) { problems.push(`${file}: missing`); continue; }
  fs.readFileSync(p, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let c;
    try { c = JSON.parse(line); } catch (e) { problems.push(`${file}:${i + 1}: bad JSON`); return; }
    total++;
    const where = `${file}:${i + 1} ${c.id}`;
    if (!c.id) problems.push(`${where}: no id`);
    if (ids.has(c.id)) problems.push(`${where}: duplicate id`);
    ids.add(c.id);
    if (!KINDS.has(c.kind)) problems.push(`${where}: bad kind ${c.kind}`);
    const hasQ = typeof c.q === 'string' && c.q.trim();
    const hasT = Array.isArray(c.turns) && c.turns.length >= 2 && c.turns.every((t) => typeof t === 'string' && t.trim());
    if (!hasQ && !hasT) problems.push(`${where}: needs q or turns (2+)`);
    if (hasT && c.turns.length > 4) problems.push(`${where}: more than 4 turns`);
    const doc = docs[c.note];
    if (!doc) problems.push(`${where}: note does not name a document: ${c.note}`);
    const key = `${c.note ? c.note.slice(0, 8) : '?'} ${c.kind}${c.refuse ? '(refuse)' : ''}`;
    tally[key] = (tally[key] || 0) + 1;
    if (c.refuse) {
      if (c.must) problems.push(`${where}: refusal case has must`);
      if (c.kind !== 'oos' && c.kind !== 'multi') problems.push(`${where}: refusal with kind ${c.kind}`);
      return;
    }
    if (c.kind === 'oos') problems.push(`${where}: oos without refuse:true`);
    if (!Array.isArray(c.must) || !c.must.length) problems.push(`${where}: no must`);
    for (const g of c.must || []) {
      if (!Array.isArray(g) || !g.length) { problems.push(`${where}: empty must group`); continue; }
      for (const alt of g) if (doc && !doc.includes(strip(alt))) problems.push(`${where}: must "${alt}" not in document`);
    }
    if (typeof c.passage !== 'string') problems.push(`${where}: no passage`);
    else {
      const n = [...strip(c.passage)].length;
      if (n < 10 || n > 40) problems.push(`${where}: passage length ${n} (want 10-40)`);
      if (doc && !doc.includes(strip(c.passage))) problems.push(`${where}: passage not in document: ${c.passage}`);
    }
  });
}
// owners.json: one entry per numbered item of the 包头 document
const owners = JSON.parse(fs.readFileSync(path.join(dir, 'owners.json'), 'utf8'));
const d1 = Object.keys(docs).find((k) => k.startsWith('包头'));
owners.forEach((o, i) => {
  if (String(i + 1) !== o.no) problems.push(`owners.json: entry ${i} has no ${o.no}`);
  for (const u of [...o.lead, ...o.support]) if (!docs[d1].includes(strip(u))) problems.push(`owners.json ${o.no}: unit ${u} not in document`);

  const m = fs.readFileSync(path.join(kdir, d1 + '.txt'), 'utf8').match(new RegExp(`\\n\\s*${o.no}．[^\\n]*`));
  const mm = m && m[0].match(/牵头考核单位：([^）]*)）/);
  if (!mm || mm[1] !== o.lead.join('、')) problems.push(`owners.json ${o.no}: lead ${o.lead.join('、')} != text ${mm && mm[1]}`);
});
for (const [k, v] of Object.entries(tally).sort()) console.log(`${k}: ${v}`);
console.log(`${total} cases, ${owners.length} owner records, ${problems.length} problems`);
for (const p of problems) console.log('  ' + p);
if (problems.length) process.exitCode = 1;
