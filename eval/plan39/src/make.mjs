// Build questions.jsonl and conversations.jsonl from src/cases.mjs; verify must/passage/absent against the
// folded document and print the bigram-Dice maximum against /tmp/earlier_plan_questions.txt.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { DOC, answerable, refusals, REFUSAL_SLOTS, conversations } from './cases.mjs';
import { nearest } from './dice.mjs';
const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(HERE, '..');
const OpenCC = createRequire(import.meta.url)('/work/main/node_modules/opencc-js');
const conv = OpenCC.Converter({ from: 't', to: 'cn' });
const GLOSS = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;
const strip = s => s.replace(/\s+/g, '');
const folded = conv(fs.readFileSync('/work/shared/seed/000_87c328761f19b533.txt', 'utf8').replace(GLOSS, ''));
const doc = strip(folded), lines = folded.split('\n').map(strip);
const problems = [];
const qs = []; let a = 0, r = 0;
for (let i = 1; i <= answerable.length + refusals.length; i++) {
  const id = `p39-${String(i).padStart(2, '0')}`;
  if (REFUSAL_SLOTS.includes(i)) { const o = refusals[r++]; qs.push({ id, doc: DOC, kind: 'oos', q: o.q, refuse: true, note: o.note, _absent: o.absent }); }
  else { const o = answerable[a++]; qs.push({ id, doc: DOC, kind: o.kind, q: o.q, must: o.must, passage: o.passage, note: o.note }); }
}
const cs = conversations.map((o, i) => {
  const id = `p39c${String(i + 1).padStart(2, '0')}`;
  return o.refuse ? { id, doc: DOC, kind: 'multi', turns: o.turns, refuse: true, note: o.note, _absent: o.absent }
                  : { id, doc: DOC, kind: 'multi', turns: o.turns, must: o.must, note: o.note };
});
let max = 0, maxWho = '';
for (const o of [...qs, ...cs]) {
  const texts = o.q !== undefined ? [o.q] : [...o.turns, o.turns.join(' ')];
  for (const t of texts) { const [m, w] = nearest(t); if (m > max) { max = m; maxWho = o.id; } if (m > 0.36) console.log(`${o.id} ${m.toFixed(3)} ${t} <=> ${w}`); if (m > 0.40) problems.push(`${o.id} dice ${m.toFixed(3)}`); }
  const asked = texts.map(t => strip(conv(t)));
  for (const g of o.must || []) for (const alt of g) {
    if (!doc.includes(alt)) problems.push(`${o.id} must not in doc: ${alt}`);
    if (asked.some(t => t.includes(alt))) problems.push(`${o.id} must in question: ${alt}`);
  }
  if (o.passage && !lines.some(l => l.includes(o.passage))) problems.push(`${o.id} passage not in a line: ${o.passage}`);
  if (o.passage && ([...o.passage].length < 10 || [...o.passage].length > 40)) problems.push(`${o.id} passage length`);
  for (const s of o._absent || []) if (doc.includes(s)) problems.push(`${o.id} absent string present: ${s}`);
}
const absent = Object.fromEntries([...qs, ...cs].filter(o => o._absent).map(o => [o.id, o._absent]));
const clean = o => { const { _absent, ...rest } = o; return JSON.stringify(rest); };
fs.writeFileSync(path.join(OUT, 'questions.jsonl'), qs.map(clean).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'conversations.jsonl'), cs.map(clean).join('\n') + '\n');
fs.writeFileSync(path.join(HERE, 'absent.json'), JSON.stringify(absent, null, 1) + '\n');
console.log(`questions ${qs.length} (answerable ${a}, refusals ${r}), conversations ${cs.length}; max Dice ${max.toFixed(3)} (${maxWho})`);
if (problems.length) { console.log(problems.join('\n')); process.exit(1); }
