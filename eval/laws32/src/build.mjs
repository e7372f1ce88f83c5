// Build questions.jsonl, conversations.jsonl and src/refusal_proof.json for suite laws32 from src/cases.mjs,
// and write src/cross_check.txt (how the passages and refusal strings behave across the whole corpus).
// Usage: node src/build.mjs   (LAWS_DIR overrides the corpus path)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { L, SINGLE, CONVS } from './cases.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..');
const LAWS = process.env.LAWS_DIR || '/work/shared/corpus/laws';
const req = createRequire(import.meta.url);
let fold = (s) => s;
try { fold = req('/work/main/node_modules/opencc-js').Converter({ from: 'tw', to: 'cn' }); } catch { /* corpus is simplified */ }
const strip = (s) => fold(String(s)).replace(/\s+/g, '');
const titleOf = (p) => path.basename(p).replace(/\.md$/, '').replace(/\(\d{4}-\d{2}-\d{2}\)$/, '');

const corpus = [];
(function walk(d) {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p); else if (e.name.endsWith('.md') && e.name !== '_index.md') corpus.push(path.relative(LAWS, p));
  }
})(LAWS);
const textCache = new Map();
const text = (rel) => {
  if (!textCache.has(rel)) textCache.set(rel, strip(fs.readFileSync(path.join(LAWS, rel), 'utf8')));
  return textCache.get(rel);
};

const problems = [];
const report = [];
const proof = {};
const out = (c, id) => {
  const note = L[c.law];
  if (!note) throw new Error('unknown law ' + c.law);
  const o = { id, doc: titleOf(note), note, kind: c.kind };
  if (c.turns) o.turns = c.turns; else o.q = c.q;
  if (c.refuse) {
    o.refuse = true;
    proof[id] = c.proof;
    for (const s of c.proof) if (text(note).includes(strip(s))) problems.push(`${id}: proof string in law: ${s}`);
    for (const other of c.alsoCheck || []) {
      const hits = c.proof.filter((s) => text(other).includes(strip(s)));
      report.push(`${id} refusal also-check ${other}: ${hits.length ? 'contains ' + hits.join(',') + ' (see README)' : 'none of ' + c.proof.join(',')}`);
    }
  } else {
    o.must = c.must;
    o.passage = c.passage;
    const t = text(note);
    if (!t.includes(strip(c.passage))) problems.push(`${id}: passage not in law`);
    const others = corpus.filter((f) => f !== note && text(f).includes(strip(c.passage)));
    report.push(`${id} passage elsewhere: ${others.length ? others.join(' | ') : 'none'}`);
  }
  return o;
};

const questions = SINGLE.map((c, i) => out(c, `lw32-${String(i + 1).padStart(3, '0')}`));
const convs = CONVS.map((c, i) => out(c, `lw32c${String(i + 1).padStart(2, '0')}`));
fs.writeFileSync(path.join(root, 'questions.jsonl'), questions.map((o) => JSON.stringify(o)).join('\n') + '\n');
fs.writeFileSync(path.join(root, 'conversations.jsonl'), convs.map((o) => JSON.stringify(o)).join('\n') + '\n');
fs.writeFileSync(path.join(here, 'refusal_proof.json'), JSON.stringify(proof, null, 1) + '\n');
fs.writeFileSync(path.join(here, 'cross_check.txt'), report.join('\n') + '\n');
if (!fs.existsSync(path.join(root, 'owners.json'))) fs.writeFileSync(path.join(root, 'owners.json'), '[]\n');
console.log(`wrote ${questions.length} questions, ${convs.length} conversations`);
if (problems.length) { console.log(problems.join('\n')); process.exit(1); }
