// node check.mjs — validates the real13 suite; exits 1 on any problem. No dependencies.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const dir = path.dirname(fileURLToPath(import.meta.url));
const K = path.join(dir, 'knowledge');
const ws = s => String(s).replace(/\s+/g, '');
const problems = [];
const bad = m => problems.push(m);
const docs = {};
for (const f of fs.readdirSync(K).filter(f => f.endsWith('.txt'))) {
  const t = fs.readFileSync(path.join(K, f), 'utf8');
  const name = f.slice(0, -4);
  if (t.split('\n')[0].trim() !== name) bad(`${f}: first line is not the title`);
  const n = ws(t).length;
  if (n < 1500 || n > 15000) bad(`${f}: ${n} characters, outside 1,500–15,000`);
  docs[name] = ws(t);
}
const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'multi']);
const ids = new Set();
const count = {};
for (const file of ['questions.jsonl', 'conversations.jsonl']) {
  const lines = fs.readFileSync(path.join(dir, file), 'utf8').split('\n').filter(l => l.trim());
  lines.forEach((line, i) => {
    let c;
    try { c = JSON.parse(line); } catch (e) { bad(`${file}:${i + 1}: invalid JSON`); return; }
    const where = `${file}:${c.id ?? i + 1}`;
    if (!c.id || !/^r13/.test(c.id)) bad(`${where}: id missing or without prefix r13`);
    if (ids.has(c.id)) bad(`${where}: duplicate id`); ids.add(c.id);
    if (!KINDS.has(c.kind)) bad(`${where}: unknown kind ${c.kind}`);
    count[c.kind] = (count[c.kind] || 0) + 1;
    const qs = c.turns ? c.turns : [c.q];
    if (!qs.length || qs.some(q => typeof q !== 'string' || !q.trim())) bad(`${where}: empty q/turns`);
    if (file === 'conversations.jsonl' && (!c.turns || c.turns.length < 2 || c.turns.length > 3)) bad(`${where}: needs 2–3 turns`);
    const parts = String(c.note || '').split(';').map(s => s.trim());
    if (parts.length !== 3 || !['named', 'bare'].includes(parts[1])) bad(`${where}: note must be "<sub>; named|bare; <doc>"`);
    const doc = docs[parts[2]];
    if (!doc) { bad(`${where}: note names unknown document "${parts[2]}"`); return; }
    if (c.refuse) {
      if (c.must || c.passage) bad(`${where}: refusal with must/passage`);
      return;
    }
    if (!Array.isArray(c.must) || !c.must.length) bad(`${where}: no must`);
    const qall = ws(qs.join(''));
    for (const g of c.must || []) {
      if (!Array.isArray(g) || !g.length) { bad(`${where}: empty must group`); continue; }
      for (const a of g) {
        if (!doc.includes(ws(a))) bad(`${where}: must "${a}" not in document`);
        if (qall.includes(ws(a))) bad(`${where}: must "${a}" is contained in the question`);
      }
    }
    const p = ws(c.passage || '');
    if (p.length < 10 || p.length > 40) bad(`${where}: passage length ${p.length}`);
    if (!doc.includes(p)) bad(`${where}: passage not in document`);
  });
}
const ownersFile = path.join(dir, 'owners.json');
if (fs.existsSync(ownersFile)) {
  const o = JSON.parse(fs.readFileSync(ownersFile, 'utf8'));
  const doc = docs[o.document];
  if (!doc) bad(`owners.json: unknown document`);
  for (const it of o.items || []) {
    if (!it.no || !it.title || !Array.isArray(it.units) || !it.units.length) bad(`owners.json: item ${it.no} incomplete`);
    if (doc && !doc.includes(ws(it.title))) bad(`owners.json: title "${it.title}" not in document`);
    for (const u of it.units || []) if (doc && !doc.includes(ws(u))) bad(`owners.json: unit "${u}" not in document`);
  }
}
console.log(`documents ${Object.keys(docs).length}, cases ${ids.size}:`, JSON.stringify(count));
if (problems.length) { for (const p of problems) console.log('PROBLEM', p); process.exit(1); }
console.log('OK');
