// Builds questions.jsonl, conversations.jsonl, src/absent.json and src/dice.json from src/cases.mjs.
// Checks while building: every must alternative is in the folded plan and not in the question; every passage
// is 10-40 characters of one line of the folded plan and lies inside a stretch of the seed that carries no
// pinyin gloss; refusal strings are absent; bigram Dice against /tmp/earlier_plan_questions.txt <= 0.40.
// Run: node src/make.mjs   (node src/fold.cjs first if src/fold_map.json is missing)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { QUESTIONS, CONVERSATIONS, ABSENT, DOC } from './cases.mjs';
import { loadEarlier, nearest } from './dice.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(HERE, '..');
const SEED = '/work/shared/seed/000_87c328761f19b533.txt';
const GLOSS = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;
const map = JSON.parse(fs.readFileSync(path.join(HERE, 'fold_map.json'), 'utf8'));
const fold = s => [...s].map(c => map[c] ?? c).join('');
const strip = s => s.replace(/\s+/g, '');
const raw = fs.readFileSync(SEED, 'utf8');
const doc = strip(fold(raw.replace(GLOSS, '')));
// stretches of the seed between glosses, folded
const clean = raw.split('\n').flatMap(l => l.split(GLOSS)).map(s => strip(fold(s)));
const problems = [];
const P = m => problems.push(m);

const qs = QUESTIONS.map((c, i) => ({ id: `p43-${String(i + 1).padStart(2, '0')}`, doc: DOC, ...c }));
const cs = CONVERSATIONS.map((c, i) => ({ id: `p43c${String(i + 1).padStart(2, '0')}`, doc: DOC, kind: 'multi', ...c }));
const absent = {};
for (const o of [...qs, ...cs]) {
  const asked = (o.q !== undefined ? [o.q] : o.turns).map(t => strip(fold(t)).toLowerCase());
  for (const g of o.must || []) for (const a of g) {
    if (!doc.includes(strip(a))) P(`${o.id}: not in plan "${a}"`);
    if ([...strip(a)].length > 12) P(`${o.id}: too long "${a}"`);
    if (asked.some(t => t.includes(strip(a).toLowerCase()))) P(`${o.id}: in question "${a}"`);
  }
  if (o.passage !== undefined) {
    const p = strip(o.passage);
    if ([...p].length < 10 || [...p].length > 40) P(`${o.id}: passage length ${[...p].length}`);
    if (!doc.includes(p)) P(`${o.id}: passage not in plan "${o.passage}"`);
    else if (!clean.some(s => s.includes(p))) P(`${o.id}: passage crosses a gloss "${o.passage}"`);
  }
  if (o.refuse) {
    const key = o.absentKey;
    if (!ABSENT[key]) P(`${o.id}: no absence list`);
    absent[o.id] = ABSENT[key];
    for (const s of ABSENT[key] || []) if (doc.includes(s)) P(`${o.id}: "${s}" is in the plan`);
    delete o.absentKey;
  }
}
// Dice against earlier questions, per question, per turn and per whole conversation
const old = loadEarlier();
const diceRec = {};
let overall = { max: 0, id: '' };
for (const o of [...qs, ...cs]) {
  const texts = o.q !== undefined ? [o.q] : [...o.turns, o.turns.join(' ')];
  const rs = texts.map(t => ({ text: t, ...nearest(t, old) }));
  const worst = rs.reduce((a, b) => (b.max > a.max ? b : a));
  diceRec[o.id] = { max: +worst.max.toFixed(3), text: worst.text, nearest_earlier: worst.nearest };
  if (worst.max > 0.40) P(`${o.id}: Dice ${worst.max.toFixed(3)} "${worst.text}" ~ "${worst.nearest}"`);
  if (worst.max > overall.max) overall = { max: worst.max, id: o.id };
}
const order = ['id', 'doc', 'kind', 'q', 'turns', 'must', 'passage', 'refuse', 'mustNot', 'note'];
const line = o => JSON.stringify(Object.fromEntries(order.filter(k => o[k] !== undefined).map(k => [k, o[k]])));
fs.writeFileSync(path.join(OUT, 'questions.jsonl'), qs.map(line).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'conversations.jsonl'), cs.map(line).join('\n') + '\n');
fs.writeFileSync(path.join(HERE, 'absent.json'), JSON.stringify(absent, null, 1) + '\n');
fs.writeFileSync(path.join(HERE, 'dice.json'), JSON.stringify({ earlier_file: '/tmp/earlier_plan_questions.txt', limit: 0.40, overall_max: +overall.max.toFixed(3), overall_max_id: overall.id, cases: diceRec }, null, 1) + '\n');
const vals = Object.values(diceRec).map(r => r.max).sort((a, b) => a - b);
console.log(`${qs.length} questions, ${cs.length} conversations; Dice max ${overall.max.toFixed(3)} (${overall.id}), median ${vals[Math.floor(vals.length / 2)]}, min ${vals[0]}`);
if (problems.length) { console.log(problems.join('\n')); console.log(`${problems.length} problems`); process.exitCode = 1; }
