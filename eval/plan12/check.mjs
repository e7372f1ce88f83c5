// check.mjs — validates the plan12 suite. No dependencies: `node check.mjs` exits 1 on any problem.
// SHOW=1 lists every overlap pair >= 0.38.
import fs from 'node:fs';
import crypto from 'node:crypto';
import { EARLIER } from './earlier.mjs';

const here = new URL('.', import.meta.url).pathname;
const problems = [];
const bad = (id, msg) => problems.push(`${id}: ${msg}`);

// ---- the one document: the plan
const PLAN_PATHS = ['/work/shared/seed/000_87c328761f19b533.txt',
  '/work/main/knowledge/盘锦市工业增长三年行动专项方案-新闻发布会解读.txt'];
const PLAN_SHA = 'f6db3188e196d0b182968285bb65a00859b68b078345b1c3659c779a027336d9';
const planPath = PLAN_PATHS.find(p => fs.existsSync(p));
if (!planPath) { console.error('plan file not found'); process.exit(1); }
const planRaw = fs.readFileSync(planPath, 'utf8');
const sha = crypto.createHash('sha256').update(planRaw).digest('hex');
if (sha !== PLAN_SHA) bad('plan', `sha256 ${sha} differs from ${PLAN_SHA}`);
const nows = s => s.replace(/\s+/g, '');
const plan = nows(planRaw);                              // white space removed, nothing else
const planLines = planRaw.split('\n').map(nows);
const GLOSS = /\([a-zA-Z\u00C0-\u024F]+\)/g;
const t2s = JSON.parse(fs.readFileSync(here + 't2s.json', 'utf8'));
const fold = s => [...s].map(c => t2s[c] || c).join('');
const planFoldedClean = fold(plan.replace(GLOSS, ''));   // for refusal "absent" terms only

// ---- read the suite
const readJsonl = (file, out) => {
  const txt = fs.readFileSync(here + file, 'utf8');
  txt.split('\n').forEach((l, i) => {
    if (!l.trim()) return;
    try { out.push(JSON.parse(l)); } catch (e) { bad(`${file}:${i + 1}`, 'invalid JSON'); }
  });
};
const questions = [], convs = [];
readJsonl('questions.jsonl', questions);
readJsonl('conversations.jsonl', convs);

const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos']);
const ids = new Set();
const HAN = /\p{Script=Han}/u;

const checkCase = (o, isConv, idx) => {
  const id = o.id || `(no id #${idx})`;
  const want = isConv ? `p12-m${String(idx + 1).padStart(2, '0')}` : `p12-${String(idx + 1).padStart(2, '0')}`;
  if (o.id !== want) bad(id, `id should be ${want}`);
  if (ids.has(o.id)) bad(id, 'duplicate id'); ids.add(o.id);
  if (isConv ? o.kind !== 'multi' : !KINDS.has(o.kind)) bad(id, `bad kind ${o.kind}`);
  if (typeof o.note !== 'string' || !/^[^;]+; .+/.test(o.note)) bad(id, 'note must be "<sub-kind>; <part of the plan>"');
  let turns;
  if (isConv) {
    if (!Array.isArray(o.turns) || o.turns.length < 2 || o.turns.length > 3 || o.turns.some(t => typeof t !== 'string' || !t.trim()))
      bad(id, 'turns must be 2-3 non-empty strings');
    if ('q' in o) bad(id, 'conversation has q');
    turns = o.turns || [];
  } else {
    if (typeof o.q !== 'string' || !o.q.trim()) bad(id, 'missing q');
    if ('turns' in o) bad(id, 'single case has turns');
    turns = [o.q || ''];
  }
  const asked = turns.map(t => fold(nows(t)));
  if (o.refuse) {
    if (o.refuse !== true) bad(id, 'refuse must be true');
    if (!isConv && o.kind !== 'oos') bad(id, 'single refusal must be kind oos');
    if ('must' in o || 'passage' in o) bad(id, 'refusal with must/passage');
    if (!o.note?.startsWith('oos;')) bad(id, 'refusal note must start with "oos;"');
    for (const a of o.absent || []) if (planFoldedClean.includes(fold(a))) bad(id, `absent term "${a}" occurs in the plan`);
    return;
  }
  if (o.kind === 'oos') bad(id, 'kind oos without refuse');
  if (!Array.isArray(o.must) || !o.must.length) bad(id, 'must missing');
  for (const g of o.must || []) {
    if (!Array.isArray(g) || !g.length) { bad(id, 'empty must group'); continue; }
    for (const a of g) {
      if (typeof a !== 'string' || !a) { bad(id, 'empty must alternative'); continue; }
      if (/\s/.test(a)) bad(id, `must "${a}" has white space`);
      if (/[(),;:]/.test(a)) bad(id, `must "${a}" has a gloss, parenthesis or half-width punctuation`);
      if (!plan.includes(a)) bad(id, `must "${a}" not in the plan (own characters, white space removed)`);
      if (asked.some(t => t.includes(fold(a)))) bad(id, `must "${a}" contained in the question`);
    }
  }
  const p = o.passage;
  if (typeof p !== 'string') { bad(id, 'passage missing'); return; }
  const plen = [...nows(p)].length;
  if (plen < 10 || plen > 40) bad(id, `passage length ${plen}`);
  if (/[()]/.test(p)) bad(id, 'passage has a gloss or parenthesis');
  if (/[;:]/.test(p)) bad(id, 'passage has half-width ; or :');
  if (p.includes(',') && o.passage_comma !== true) bad(id, 'passage has a comma but is not flagged passage_comma');
  if (!planLines.some(l => l.includes(nows(p)))) bad(id, `passage "${p}" not found within one line of the plan`);
};
questions.forEach((o, i) => checkCase(o, false, i));
convs.forEach((o, i) => checkCase(o, true, i));

// ---- set shape
const qRef = questions.filter(o => o.refuse).length;
if (questions.length !== 48) bad('set', `${questions.length} questions, want 48`);
if (qRef !== 6) bad('set', `${qRef} single refusals, want 6`);
const english = questions.filter(o => o.q && !HAN.test(o.q));
if (english.length !== 3) bad('set', `${english.length} English questions, want 3`);
if (convs.length !== 6) bad('set', `${convs.length} conversations, want 6`);
if (convs.filter(o => o.refuse).length !== 1) bad('set', 'want exactly 1 refusing conversation');

// ---- overlap with the earlier suites and within this one (Dice over bigrams)
const grams = s => {
  if (HAN.test(s)) {
    const c = [...fold(s).toLowerCase()].filter(ch => /[\p{L}\p{N}]/u.test(ch));
    const out = []; for (let i = 0; i + 1 < c.length; i++) out.push(c[i] + c[i + 1]); return out;
  }
  const w = s.toLowerCase().match(/[a-z0-9]+/g) || [];
  const out = []; for (let i = 0; i + 1 < w.length; i++) out.push(w[i] + ' ' + w[i + 1]); return out;
};
const dice = (a, b) => {
  const A = grams(a), B = grams(b);
  if (!A.length || !B.length) return 0;
  const m = new Map(); for (const g of A) m.set(g, (m.get(g) || 0) + 1);
  let inter = 0; for (const g of B) { const n = m.get(g); if (n) { inter++; m.set(g, n - 1); } }
  return 2 * inter / (A.length + B.length);
};
const texts = o => (o.turns ? [o.turns.join(' '), ...o.turns] : [o.q]);
const earlier = [];
for (const f of EARLIER) {
  if (!fs.existsSync(f)) continue;
  const set = f.split('/').slice(-2, -1)[0];
  for (const l of fs.readFileSync(f, 'utf8').split('\n')) {
    if (!l.trim()) continue;
    const o = JSON.parse(l);
    for (const t of texts(o)) earlier.push({ id: `${set}/${o.id}`, t });
  }
}
const mine = [];
for (const o of [...questions, ...convs]) for (const t of texts(o)) mine.push({ id: o.id, t });
const LIMIT = 0.5, SHOW = 0.38;
const pairs = [];
for (const a of mine) {
  for (const b of earlier) pairs.push([dice(a.t, b.t), a, b]);
  for (const b of mine) if (b.id > a.id) pairs.push([dice(a.t, b.t), a, b]);
}
let maxPair = [0];
for (const pr of pairs) {
  if (pr[0] > maxPair[0]) maxPair = pr;
  if (pr[0] >= LIMIT) bad(pr[1].id, `overlap ${pr[0].toFixed(2)} with ${pr[2].id}: "${pr[2].t}"`);
  if (process.env.SHOW && pr[0] >= SHOW) console.log(`${pr[0].toFixed(2)} ${pr[1].id} ~ ${pr[2].id}\n   ${pr[1].t}\n   ${pr[2].t}`);
}

if (problems.length) { console.log(problems.join('\n')); console.log(`FAIL: ${problems.length} problem(s)`); process.exit(1); }
console.log(`OK: ${questions.length} questions (${questions.length - qRef} answerable, ${qRef} refusals, ${english.length} English), ` +
  `${convs.length} conversations (${convs.filter(o => o.refuse).length} refusing); plan ${planPath} sha256 ok; ` +
  `compared with ${earlier.length} earlier questions/turns, max overlap ${maxPair[0].toFixed(2)}` +
  (maxPair[1] ? ` (${maxPair[1].id} ~ ${maxPair[2].id})` : ''));
