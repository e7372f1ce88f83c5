// Static checks for the plan11 suite. No dependencies: `node check.mjs` exits 1 on any problem.
// The one document is the shipped 盘锦 plan (traditional characters with pinyin glosses).
import fs from 'fs';
import path from 'path';
import crypto from 'crypto';
import { fileURLToPath } from 'url';

const here = path.dirname(fileURLToPath(import.meta.url));
const PLAN_SHA = 'f6db3188e196d0b182968285bb65a00859b68b078345b1c3659c779a027336d9';
const PLAN_PATHS = ['/work/shared/seed/000_87c328761f19b533.txt',
  '/work/main/knowledge/盘锦市工业增长三年行动专项方案-新闻发布会解读.txt'];
const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'multi']);
const EARLIER = ['/work/shared/eval/dev.jsonl'];
for (const d of ['plan', 'plan3', 'plan5', 'plan6', 'plan7', 'plan8', 'plan9', 'plan10'])
  for (const f of ['questions.jsonl', 'conversations.jsonl']) EARLIER.push(`/work/main/eval/${d}/${f}`);
const DICE_MAX = 0.5;

const problems = [];
const bad = (id, msg) => problems.push(`${id}: ${msg}`);

// ---- the plan ----
const planPath = PLAN_PATHS.find(p => fs.existsSync(p));
if (!planPath) { console.error('plan file not found'); process.exit(1); }
const planBuf = fs.readFileSync(planPath);
const sha = crypto.createHash('sha256').update(planBuf).digest('hex');
if (sha !== PLAN_SHA) bad('plan', `sha256 ${sha} differs from ${PLAN_SHA}`);
const plan = planBuf.toString('utf8');
const ws = s => s.replace(/\s+/g, '');
const planRaw = ws(plan);                                   // white space removed, nothing else
const planLines = plan.split('\n').map(ws);
const GLOSS = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü?]+\)/g;

// ---- fold (opencc hk->cn, char by char; table made by gen_t2s.mjs) ----
const T2S = JSON.parse(fs.readFileSync(path.join(here, 't2s.json'), 'utf8'));
const fold = s => ws([...String(s)].map(c => T2S[c] ?? c).join(''));
const planFoldClean = fold(plan.replace(GLOSS, ''));        // for `absent` terms of refusals

// ---- read the suite ----
const readJsonl = (file) => {
  const out = [];
  const p = path.join(here, file);
  if (!fs.existsSync(p)) { bad(file, 'missing'); return out; }
  fs.readFileSync(p, 'utf8').split('\n').forEach((l, i) => {
    if (!l.trim()) return;
    try { out.push(JSON.parse(l)); } catch (e) { bad(`${file}:${i + 1}`, `invalid JSON (${e.message})`); }
  });
  return out;
};
const questions = readJsonl('questions.jsonl');
const convs = readJsonl('conversations.jsonl');

const ids = new Set();
const hasHan = s => /\p{Script=Han}/u.test(s);
let english = 0;

const checkCase = (c, isConv) => {
  const id = c.id ?? '(no id)';
  if (ids.has(id)) bad(id, 'duplicate id'); ids.add(id);
  if (!(isConv ? /^p11-m\d{2}$/ : /^p11-\d{2}$/).test(id)) bad(id, 'id not of the form p11-NN / p11-mNN');
  if (!KINDS.has(c.kind)) bad(id, `bad kind ${c.kind}`);
  if (isConv !== (c.kind === 'multi')) bad(id, 'kind multi must be used exactly for conversations');
  if (typeof c.note !== 'string' || !/^[^;]+; .+$/.test(c.note)) bad(id, 'note is not "<sub-kind>; <part of the plan>"');
  let graded;
  if (isConv) {
    if ('q' in c) bad(id, 'conversation has q');
    if (!Array.isArray(c.turns) || c.turns.length < 2 || c.turns.length > 3 || c.turns.some(t => typeof t !== 'string' || !t.trim()))
      bad(id, 'turns must be 2-3 non-empty strings');
    graded = (c.turns ?? []).at(-1) ?? '';
  } else {
    if ('turns' in c) bad(id, 'single-turn case has turns');
    if (typeof c.q !== 'string' || !c.q.trim()) bad(id, 'missing q');
    graded = c.q ?? '';
    if (!hasHan(graded)) english++;
  }
  if (c.refuse === true) {
    if ('must' in c || 'passage' in c) bad(id, 'refusal with must/passage');
    if (!isConv && c.kind !== 'oos') bad(id, 'single-turn refusal must have kind oos');
    if (!c.note.startsWith('oos;')) bad(id, 'refusal note must start with "oos;"');
    for (const a of c.absent ?? []) if (planFoldClean.includes(fold(a))) bad(id, `absent term "${a}" occurs in the plan`);
    return;
  }
  if ('refuse' in c) bad(id, 'refuse present but not true');
  if (c.kind === 'oos') bad(id, 'kind oos without refuse');
  // must: groups of alternatives, each an exact substring of the plan (white space removed only)
  if (!Array.isArray(c.must) || !c.must.length) bad(id, 'missing must');
  for (const g of c.must ?? []) {
    if (!Array.isArray(g) || !g.length) { bad(id, 'empty must group'); continue; }
    for (const w of g) {
      if (typeof w !== 'string' || !w) { bad(id, 'empty must alternative'); continue; }
      if (/\s/.test(w)) bad(id, `must "${w}" has white space`);
      if (/[()（）,]/.test(w)) bad(id, `must "${w}" has a gloss, parenthesis or comma`);
      if (!planRaw.includes(w)) bad(id, `must "${w}" does not occur in the plan`);
      if (fold(graded).includes(fold(w))) bad(id, `must "${w}" is contained in the question`);
    }
  }
  // passage: 10-40 characters, exact substring of one line of the plan, no gloss
  const p = c.passage;
  if (typeof p !== 'string') { bad(id, 'missing passage'); return; }
  const len = [...p].length;
  if (len < 10 || len > 40) bad(id, `passage length ${len} not in 10-40`);
  if (/\s/.test(p)) bad(id, 'passage has white space');
  if (/[()]/.test(p)) bad(id, 'passage has a gloss or parenthesis');
  if (/[;:]/.test(p)) bad(id, 'passage has ; or :');
  if (p.includes(',') && c.passage_comma !== true) bad(id, 'passage has a comma but is not flagged passage_comma');
  if (!planRaw.includes(p)) bad(id, 'passage does not occur in the plan');
  else if (!planLines.some(l => l.includes(p))) bad(id, 'passage spans a line break');
};

questions.forEach(c => checkCase(c, false));
convs.forEach(c => checkCase(c, true));

// ---- set shape ----
const refQ = questions.filter(c => c.refuse === true).length;
if (questions.length !== 48) bad('questions', `${questions.length} cases, want 48`);
if (refQ !== 6) bad('questions', `${refQ} refusals, want 6`);
if (english !== 3) bad('questions', `${english} English questions, want 3`);
if (convs.length !== 6) bad('conversations', `${convs.length} cases, want 6`);
const refC = convs.filter(c => c.refuse === true).length;
if (refC !== 1) bad('conversations', `${refC} refusing conversations, want 1`);
for (const [i, c] of questions.entries()) if (c.id !== `p11-${String(i + 1).padStart(2, '0')}`) bad(c.id, 'ids not in order 01..48');

// ---- overlap with earlier suites and within this one (character-bigram Dice, folded, punctuation dropped) ----
const norm = s => [...String(s)].map(c => T2S[c] ?? c).join('').toLowerCase().replace(/[\p{P}\p{S}\s]/gu, '');
// English texts are compared on word bigrams, Chinese ones on character bigrams
const bigrams = s => { const a = /\p{Script=Han}/u.test(s) ? [...norm(s)] : fold(s).toLowerCase().split(/[^a-z0-9&]+/).filter(Boolean); const m = new Map(); for (let i = 0; i + 1 < a.length; i++) { const b = a[i] + a[i + 1]; m.set(b, (m.get(b) ?? 0) + 1); } return m; };
const dice = (x, y) => { let inter = 0, nx = 0, ny = 0; for (const v of x.values()) nx += v; for (const v of y.values()) ny += v; for (const [k, v] of x) inter += Math.min(v, y.get(k) ?? 0); return nx + ny ? 2 * inter / (nx + ny) : 0; };
const textOf = c => c.q ?? (c.turns ?? []).join(' ');
const earlier = [];
let earlierFiles = 0;
for (const f of EARLIER) {
  if (!fs.existsSync(f)) continue;
  earlierFiles++;
  for (const l of fs.readFileSync(f, 'utf8').split('\n')) {
    if (!l.trim()) continue;
    try { const o = JSON.parse(l); earlier.push({ id: `${path.basename(path.dirname(f))}/${o.id}`, text: textOf(o), bg: bigrams(textOf(o)) });
      for (const t of o.turns ?? []) earlier.push({ id: `${path.basename(path.dirname(f))}/${o.id}(turn)`, text: t, bg: bigrams(t) }); } catch {}
  }
}
const mine = [...questions, ...convs].map(c => ({ id: c.id, text: textOf(c), bg: bigrams(textOf(c)), turns: c.turns ?? [] }));
let worst = { d: 0 }, worstOwn = { d: 0 };
for (const a of mine) {
  const units = [{ t: a.text, bg: a.bg }, ...a.turns.map(t => ({ t, bg: bigrams(t) }))];
  for (const u of units) for (const e of earlier) {
    const d = dice(u.bg, e.bg);
    if (d > worst.d) worst = { d, a: a.id, b: e.id };
    if (process.env.SHOW && d >= 0.38) console.log(`  ${a.id} ~ ${e.id} ${d.toFixed(2)}: ${u.t} || ${e.text}`);
    if (d >= DICE_MAX) bad(a.id, `too close to earlier ${e.id} (Dice ${d.toFixed(2)}): ${e.text}`);
  }
  for (const b of mine) if (a.id < b.id) {
    const d = dice(a.bg, b.bg);
    if (d > worstOwn.d) worstOwn = { d, a: a.id, b: b.id };
    if (d >= DICE_MAX) bad(a.id, `too close to ${b.id} (Dice ${d.toFixed(2)})`);
  }
}

// ---- report ----
const kinds = {};
for (const c of [...questions, ...convs]) kinds[c.kind] = (kinds[c.kind] ?? 0) + 1;
console.log(`plan: ${planPath} (sha256 ok: ${sha === PLAN_SHA})`);
console.log(`questions ${questions.length} (answerable ${questions.length - refQ}, refusals ${refQ}, English ${english}); conversations ${convs.length} (refusing ${refC})`);
console.log(`kinds: ${Object.entries(kinds).map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(`overlap: ${earlier.length} earlier questions/turns from ${earlierFiles} files; closest ${worst.a} ~ ${worst.b} Dice ${worst.d.toFixed(2)}; closest within suite ${worstOwn.a} ~ ${worstOwn.b} Dice ${worstOwn.d.toFixed(2)} (limit ${DICE_MAX})`);
if (problems.length) { console.log(`${problems.length} problem(s):\n` + problems.join('\n')); process.exit(1); }
console.log('all checks passed');
