// Verifies questions.jsonl (plan3, q01–q48) against the plan text in /work/main/knowledge/.
// Adapted from /work/main/eval/plan/check.mjs. The text is folded the way the grader folds answers:
// pinyin glosses after Han characters removed (e.g. 實(shí) -> 实), traditional -> simplified
// (opencc-js, hk -> cn), all whitespace removed.
// Extra checks over the original: ids are q01..qNN in order; group sizes by id range; no must string
// inside its own question; no ASCII comma in a passage; refusal key terms absent from the text;
// question wording not too close to dev.jsonl or eval/plan/questions.jsonl (character-bigram Dice).
// usage: node check.mjs [questions.jsonl]
import fs from 'node:fs';
import path from 'node:path';
import * as OpenCC from '/work/main/node_modules/opencc-js/dist/esm/full.js';

const DIR = '/work/main/knowledge/';
const file = fs.readdirSync(DIR).find(n => n.endsWith('.txt'));
const raw = fs.readFileSync(path.join(DIR, file), 'utf8');
const conv = OpenCC.Converter({ from: 'hk', to: 'cn' });
const TONE = 'a-zA-ZüÜāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
const glossRe = new RegExp(`(\\p{Script=Han})[(（][${TONE}]+[)）]`, 'gu');
const stripGloss = s => s.replace(glossRe, '$1');
const text = conv(stripGloss(raw)).replace(/\s+/g, '');
const fold = s => conv(String(s)).replace(/\s+/g, '');
if (/[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+[)）]/u.test(text)) console.log('warning: a pinyin gloss survived stripping');

const qfile = process.argv[2] ?? new URL('./questions.jsonl', import.meta.url).pathname;
const lines = fs.readFileSync(qfile, 'utf8').split('\n').filter(l => l.trim());
const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos']);
// groups by id range: [first, last, label, predicate]
const GROUPS = [
  [1, 24, 'paraphrases of dev', c => !c.refuse && /paraphrase of dev d\d\d/.test(c.note ?? '')],
  [25, 38, 'new facts', c => !c.refuse && /^new:/.test(c.note ?? '')],
  [39, 41, 'English, numeric must', c => !c.refuse && !/\p{Script=Han}/u.test(c.q) && c.must?.every(g => g.every(w => /^[0-9.]+$/.test(w)))],
  [42, 48, 'refusals', c => c.refuse === true && c.kind === 'oos'],
];
// terms a refusal hinges on: the text must not contain them
const ABSENT = { q42: ['奖励', '万元', '资金'], q43: ['电话'], q44: ['截止', '申报'], q45: ['沈阳'], q46: ['2024'], q47: ['专精特新'], q48: ['增长了', '实际增长'] };

// earlier sets, to keep wording apart
const older = [];
for (const f of ['/work/shared/eval/dev.jsonl', '/work/main/eval/plan/questions.jsonl']) {
  for (const l of fs.readFileSync(f, 'utf8').split('\n').filter(x => x.trim())) {
    const c = JSON.parse(l);
    for (const q of c.turns ?? [c.q]) older.push([c.id, fold(q)]);
  }
}
const bigrams = s => { const a = [...s.replace(/[\p{P}\p{S}]/gu, '')]; const m = new Map(); for (let i = 0; i + 1 < a.length; i++) { const k = a[i] + a[i + 1]; m.set(k, (m.get(k) ?? 0) + 1); } return m; };
const dice = (x, y) => { const a = bigrams(x), b = bigrams(y); let inter = 0, na = 0, nb = 0; for (const v of a.values()) na += v; for (const v of b.values()) nb += v; for (const [k, v] of a) inter += Math.min(v, b.get(k) ?? 0); return na + nb ? 2 * inter / (na + nb) : 0; };
const SIM_MAX = 0.6;

const errs = []; const ids = new Set(); const counts = {}; let nMust = 0, nPass = 0, maxSim = [0, '', ''];
lines.forEach((l, i) => {
  let c;
  try { c = JSON.parse(l); } catch (e) { errs.push(`line ${i + 1}: does not parse: ${e.message}`); return; }
  const id = c.id ?? `line ${i + 1}`;
  const want = `q${String(i + 1).padStart(2, '0')}`;
  if (c.id !== want) errs.push(`${id}: expected id ${want} on line ${i + 1}`);
  if (ids.has(c.id)) errs.push(`${id}: duplicate id`); ids.add(c.id);
  if (!KINDS.has(c.kind)) errs.push(`${id}: bad kind ${c.kind}`);
  counts[c.kind] = (counts[c.kind] ?? 0) + 1;
  if (typeof c.q !== 'string' || !c.q.trim()) { errs.push(`${id}: no question`); return; }
  if (typeof c.note !== 'string' || !c.note.trim()) errs.push(`${id}: no note`);
  const g = GROUPS.find(([a, b]) => i + 1 >= a && i + 1 <= b);
  if (!g) errs.push(`${id}: beyond the ${GROUPS.at(-1)[1]} planned cases`);
  else if (!g[3](c)) errs.push(`${id}: does not fit its group (${g[2]})`);
  const fq = fold(c.q);
  for (const [oid, oq] of older) { const s = dice(fq, oq); if (s > maxSim[0]) maxSim = [s, id, oid]; if (s > SIM_MAX) errs.push(`${id}: wording too close to ${oid} (Dice ${s.toFixed(2)})`); }
  if (c.refuse) {
    if (c.kind !== 'oos') errs.push(`${id}: refuse but kind ${c.kind}`);
    if (c.must || c.passage) errs.push(`${id}: refusal should carry no must/passage`);
    for (const w of ABSENT[c.id] ?? []) if (text.includes(w)) errs.push(`${id}: refusal term "${w}" occurs in the text`);
    return;
  }
  if (c.kind === 'oos') errs.push(`${id}: oos without refuse:true`);
  if (!Array.isArray(c.must) || !c.must.length) errs.push(`${id}: no must groups`);
  for (const grp of c.must ?? []) {
    if (!Array.isArray(grp) || !grp.length) { errs.push(`${id}: empty/bad must group`); continue; }
    for (const w of grp) {
      nMust++;
      if (w !== fold(w)) errs.push(`${id}: must "${w}" is not simplified / has whitespace`);
      if (!text.includes(fold(w))) errs.push(`${id}: must "${w}" not in text`);
      if (fq.includes(fold(w))) errs.push(`${id}: must "${w}" occurs inside the question`);
    }
  }
  const p = c.passage;
  if (typeof p !== 'string') { errs.push(`${id}: no passage`); return; }
  nPass++;
  const n = [...p].length;
  if (n < 8 || n > 30) errs.push(`${id}: passage length ${n} not in 8..30`);
  if (/[（）\n\r,]/.test(p)) errs.push(`${id}: passage has full-width parenthesis, ASCII comma or line break`);
  if (!text.includes(fold(p))) errs.push(`${id}: passage "${p}" not in text`);
});
for (const [a, b, label] of GROUPS) { const n = lines.length >= b ? b - a + 1 : Math.max(0, lines.length - a + 1); if (n !== b - a + 1) errs.push(`group ${label}: ${n} cases, want ${b - a + 1}`); }
for (const e of errs) console.log('FAIL ' + e);
console.log(`${lines.length} cases; kinds ${JSON.stringify(counts)}; ${nMust} must strings, ${nPass} passages checked`);
console.log(`closest wording to an earlier question: ${maxSim[1]} ~ ${maxSim[2]} (Dice ${maxSim[0].toFixed(2)}, limit ${SIM_MAX})`);
console.log(errs.length ? `${errs.length} problem(s)` : 'OK: every line parses, every must string and passage occurs in the folded text');
process.exit(errs.length ? 1 : 0);
