// Build script for suite laws34: reads src/cases.mjs, checks every case against its law text,
// writes ../questions.jsonl, ../conversations.jsonl and src/refusal_proof.json.
// Usage: node src/build.mjs   (LAWS_DIR overrides the corpus path)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { LAWS, SINGLES, CONVS } from './cases.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, '..');
const LAWS_DIR = process.env.LAWS_DIR || '/work/shared/corpus/laws';
const req = createRequire(import.meta.url);
let OpenCC;
try { OpenCC = req('opencc-js'); } catch { OpenCC = req('/work/main/node_modules/opencc-js'); }
const fold = OpenCC.Converter({ from: 'tw', to: 'cn' });
const strip = (s) => fold(String(s)).replace(/\s+/g, '');
const titleOf = (p) => path.basename(p).replace(/\.md$/, '').replace(/\(\d{4}-\d{2}-\d{2}\)$/, '');

const texts = {};
const lines = {};
for (const [k, rel] of Object.entries(LAWS)) {
  const raw = fs.readFileSync(path.join(LAWS_DIR, rel), 'utf8');
  texts[k] = strip(raw);
  lines[k] = raw.split('\n').map(strip);
}

const problems = [];
const notes = [];
const longestCopy = (q, text) => {
  const a = [...strip(q)];
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = i + best + 1; j <= a.length; j++) {
      if (text.includes(a.slice(i, j).join(''))) best = j - i; else break;
    }
  }
  return best;
};

function row(c, id, isConv) {
  const text = texts[c.law];
  if (!text) throw new Error(`${id}: unknown law ${c.law}`);
  const asked = isConv ? c.turns : [c.q];
  const askedFlat = strip(asked.join('\n'));
  for (const t of asked) {
    const n = longestCopy(t, text);
    if (n >= 12) problems.push(`${id}: copies ${n} chars of the law`);
  }
  const base = { id, doc: titleOf(LAWS[c.law]), note: LAWS[c.law], kind: isConv ? 'multi' : c.kind };
  if (isConv) base.turns = c.turns; else base.q = c.q;
  if (c.refuse) {
    for (const s of c.proof) if (text.includes(strip(s))) problems.push(`${id}: refusal string present in law: ${s}`);
    return { ...base, refuse: true };
  }
  for (const g of c.must) for (const a of g) {
    const f = strip(a);
    if (!text.includes(f)) problems.push(`${id}: must not in law: ${a}`);
    if (askedFlat.includes(f)) problems.push(`${id}: must in question: ${a}`);
    if ([...f].length > 12) problems.push(`${id}: must too long: ${a}`);
  }
  const p = strip(c.passage);
  const n = [...p].length;
  if (n < 10 || n > 40) problems.push(`${id}: passage length ${n}`);
  if (/[（）]/.test(p)) problems.push(`${id}: passage has full-width parentheses`);
  if (!lines[c.law].some((l) => l.includes(p))) problems.push(`${id}: passage not within one line: ${c.passage}`);
  for (const g of c.must) if (!g.some((a) => p.includes(strip(a)))) notes.push(`${id}: note (same article, outside passage): must group ${g.join('/')}`);
  return { ...base, must: c.must, passage: p };
}

const proof = {};
const qs = SINGLES.map((c, i) => {
  const id = `lw34-${String(i + 1).padStart(2, '0')}`;
  if (c.refuse) proof[id] = c.proof;
  return row(c, id, false);
});
const cs = CONVS.map((c, i) => {
  const id = `lw34c${String(i + 1).padStart(2, '0')}`;
  if (c.refuse) proof[id] = c.proof;
  return row(c, id, true);
});

fs.writeFileSync(path.join(out, 'questions.jsonl'), qs.map((r) => JSON.stringify(r)).join('\n') + '\n');
fs.writeFileSync(path.join(out, 'conversations.jsonl'), cs.map((r) => JSON.stringify(r)).join('\n') + '\n');
fs.writeFileSync(path.join(here, 'refusal_proof.json'), JSON.stringify(proof, null, 1) + '\n');
if (!fs.existsSync(path.join(out, 'owners.json'))) fs.writeFileSync(path.join(out, 'owners.json'), '[]\n');

const per = {};
for (const r of [...qs, ...cs]) {
  per[r.doc] = per[r.doc] || [0, 0];
  per[r.doc][r.refuse ? 1 : 0]++;
}
for (const [d, [a, r]] of Object.entries(per)) console.log(`${a}/${r}  ${d}`);
console.log(`singles ${qs.length} (refusals ${qs.filter((r) => r.refuse).length}), conversations ${cs.length} (refusals ${cs.filter((r) => r.refuse).length})`);
if (notes.length) console.log(notes.join('\n'));
if (problems.length) { console.log(problems.join('\n')); process.exitCode = 1; }
