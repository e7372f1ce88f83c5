// Self-check for suite plan50 (node >= 18, no dependencies; started from the plan-suite template
// /tmp/blind_templates/plan_check.mjs, which is plan49's check.mjs).
// Changed for plan50: ids p50-001 ... p50-048 / p50c01 ... p50c06, exactly one refusing conversation (brief),
// this suite's refusal comment, and no exemption for exact copies in the earlier-questions file, which is
// src/earlier_plan_questions.txt (a byte-identical copy of /tmp/earlier_plan_questions.txt, 2,977 lines,
// pinned by SHA-256).
// The document is /work/main/knowledge/盘锦市工业增长三年行动专项方案-新闻发布会解读.txt, published in traditional
// characters with pinyin glosses in parentheses; it is folded here by dropping the glosses and mapping
// characters with src/fold_map.json (built by src/fold.cjs from opencc-js t->cn and verified there to
// equal the phrase-level conversion for this text). The plan itself is not copied into this folder.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SEED = '/work/main/knowledge/盘锦市工业增长三年行动专项方案-新闻发布会解读.txt';
const DOC = '盘锦市工业增长三年行动专项方案(新闻发布会解读)';
const GLOSS = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;
const MAX_DICE = 0.40;
const errors = [];
const err = m => errors.push(m);

const map = JSON.parse(fs.readFileSync(path.join(HERE, 'src/fold_map.json'), 'utf8'));
const fold = s => [...s].map(c => map[c] ?? c).join('');
const strip = s => s.replace(/\s+/g, '');
const raw = fs.readFileSync(SEED, 'utf8');
const SHA256 = 'f6db3188e196d0b182968285bb65a00859b68b078345b1c3659c779a027336d9';
if (createHash('sha256').update(fs.readFileSync(SEED)).digest('hex') !== SHA256) err('seed file changed: sha256 differs from the version this suite was written for');
const doc = strip(fold(raw.replace(GLOSS, '')));
const docLines = fold(raw.replace(GLOSS, '')).split('\n').map(strip);
// the same text with the pinyin glosses left in place: every must string and passage must also occur here,
// so none of them straddles a gloss (they match whether or not a reader strips the glosses)
const docGlossed = strip(fold(raw));

// cross-check against opencc-js (phrase-level t->cn) when that module is present
try {
  const req = createRequire(import.meta.url);
  const OpenCC = req('/work/main/node_modules/opencc-js');
  const conv = OpenCC.Converter({ from: 't', to: 'cn' });
  if (strip(conv(raw.replace(GLOSS, ''))) !== doc) err('fold_map result differs from opencc-js t->cn');
  else console.log('fold cross-checked with opencc-js');
} catch { console.log('opencc-js not available: using src/fold_map.json only'); }

const readJsonl = f => fs.readFileSync(path.join(HERE, f), 'utf8').split('\n').filter(l => l.trim()).map((l, i) => {
  try { return JSON.parse(l); } catch (e) { err(`${f}:${i + 1} JSON: ${e.message}`); return null; }
}).filter(Boolean);
const qs = readJsonl('questions.jsonl');
const cs = readJsonl('conversations.jsonl');
const KINDS = new Set(['fact', 'number', 'date', 'condition', 'list', 'procedure', 'definition', 'owner', 'target', 'task',
  'overview', 'policy', 'measure', 'oos', 'multi']);
const ids = new Set();

function checkCase(o, file) {
  if (!o.id) return err(`${file}: case without id`);
  if (ids.has(o.id)) err(`${o.id}: duplicate id`); ids.add(o.id);
  if (o.doc !== DOC) err(`${o.id}: doc must be "${DOC}"`);
  if (!KINDS.has(o.kind)) err(`${o.id}: bad kind ${o.kind}`);
  if (typeof o.note !== 'string') err(`${o.id}: note missing`);
  const asked = o.q !== undefined ? [o.q] : (o.turns || []);
  if (!asked.length || asked.some(t => typeof t !== 'string' || !t.trim())) err(`${o.id}: empty question/turns`);
  const askedFolded = asked.map(t => strip(fold(t)).toLowerCase());
  if (o.refuse) {
    if (o.refuse !== true) err(`${o.id}: refuse must be true`);
    if (o.must || o.passage) err(`${o.id}: refusal with must/passage`);
    if (o.q !== undefined && o.kind !== 'oos') err(`${o.id}: single refusal must have kind oos`);
    return;
  }
  if (o.kind === 'oos') err(`${o.id}: kind oos without refuse`);
  if (!Array.isArray(o.must) || !o.must.length) return err(`${o.id}: must missing`);
  for (const g of o.must) {
    if (!Array.isArray(g) || !g.length) { err(`${o.id}: empty must group`); continue; }
    for (const a of g) {
      const s = strip(a);
      if (!s) err(`${o.id}: empty alternative`);
      if ([...s].length > 12) err(`${o.id}: alternative too long "${a}"`);
      if (!doc.includes(s)) err(`${o.id}: alternative not in document "${a}"`);
      else if (!docGlossed.includes(s)) err(`${o.id}: alternative straddles a pinyin gloss "${a}"`);
      if (askedFolded.some(t => t.includes(s.toLowerCase()))) err(`${o.id}: alternative occurs in question "${a}"`);
    }
  }
  if (o.q === undefined) { if (o.passage !== undefined) err(`${o.id}: conversation with passage`); return; }
  const p = strip(o.passage || '');
  const n = [...p].length;
  if (n < 10 || n > 30) err(`${o.id}: passage length ${n} (want 10-30)`);
  if (/[（）]/.test(p)) err(`${o.id}: passage has full-width parentheses`);
  if (!doc.includes(p)) err(`${o.id}: passage not in document "${o.passage}"`);
  else if (!docLines.some(l => l.includes(p))) err(`${o.id}: passage spans lines "${o.passage}"`);
  else if (!docGlossed.includes(p)) err(`${o.id}: passage straddles a pinyin gloss "${o.passage}"`);
}
qs.forEach(o => checkCase(o, 'questions.jsonl'));
// paraphrase rule: no question or turn copies 12 or more consecutive characters of the (folded) document
for (const o of [...qs, ...cs]) for (const t of (o.q !== undefined ? [o.q] : o.turns || [])) {
  const a = [...strip(fold(t))];
  for (let i = 0; i + 12 <= a.length; i++) { const sub = a.slice(i, i + 12).join(''); if (doc.includes(sub)) { err(`${o.id}: question copies 12+ characters of the document "${sub}"`); break; } }
}

cs.forEach(o => checkCase(o, 'conversations.jsonl'));

// refusals: strings an answer would need, verified absent from the folded document
// (the lists live in src/cases.mjs and are written, with their counts, to src/refusal_evidence.json by src/make.mjs)
const EVID = JSON.parse(fs.readFileSync(path.join(HERE, 'src/refusal_evidence.json'), 'utf8'));
const ABSENT = Object.fromEntries(Object.entries(EVID.cases).map(([id, e]) => [id, Object.keys(e.absent)]));
for (const [id, e] of Object.entries(EVID.cases)) {
  if (!Object.keys(e.absent).length) err(`${id}: empty absence list`);
  for (const [s, n] of Object.entries(e.present || {})) if (!doc.includes(s)) err(`${id}: "present" string "${s}" not in document`);
}
// p50-043 an award for becoming a high-tech enterprise (奖励/万元); p50-044 last year's output value and growth
// (亿元/同比); p50-045 a video replay of the press conference (视频/回放); p50-046 names of the industrial parks
// (辽东湾/双台子...); p50-047 a hotline for 千人助千企 (电话/热线); p50-048 actual crude output of the oilfield
// (原油/产量); p50c05 the year by which industry must peak carbon (2030/年前达峰; turn 1 is answerable).
for (const o of [...qs, ...cs]) if (o.refuse && !ABSENT[o.id]) err(`${o.id}: refusal without absence proof`);
for (const [id, list] of Object.entries(ABSENT)) {
  const o = [...qs, ...cs].find(x => x.id === id);
  if (!o || !o.refuse) err(`${id}: listed as refusal but is not one`);
  for (const s of list) if (doc.includes(s)) err(`${id}: "${s}" occurs in the document`);
}

// shape and counts
const qAns = qs.filter(o => !o.refuse).length, qRef = qs.filter(o => o.refuse).length;
if (qs.length !== 48 || qAns !== 42 || qRef !== 6) err(`questions: ${qs.length} (${qAns} answerable, ${qRef} refusals), want 48 (42+6)`);
qs.forEach((o, i) => { if (o.id !== `p50-${String(i + 1).padStart(3, '0')}`) err(`unexpected id order ${o.id}`); if (o.turns) err(`${o.id}: turns in questions.jsonl`); if (o.kind === 'multi') err(`${o.id}: multi in questions.jsonl`); });
if (cs.length !== 6) err(`conversations: ${cs.length}, want 6`);
cs.forEach((o, i) => {
  if (o.id !== `p50c${String(i + 1).padStart(2, '0')}`) err(`unexpected id ${o.id}`);
  if (o.q !== undefined || !Array.isArray(o.turns) || o.turns.length !== 2) err(`${o.id}: needs exactly 2 turns`);
  if (o.kind !== 'multi') err(`${o.id}: kind must be multi`);
});
if (cs.filter(o => o.refuse).length !== 1) err(`conversations: ${cs.filter(o => o.refuse).length} refusals, want exactly 1`);
const isEnglish = t => /^[\x00-\x7F]*$/.test(t);
const english = qs.filter(o => isEnglish(o.q)).length;
if (english !== 2) err(`English questions: ${english}, want 2`);
for (const o of cs) if (o.turns.some(isEnglish)) err(`${o.id}: English turn (English only in the 2 single questions)`);
// English questions keep Chinese must strings: every alternative holds at least one CJK character
for (const o of qs.filter(o => isEnglish(o.q) && o.must)) for (const g of o.must) for (const a of g)
  if (!/\p{Script=Han}/u.test(a)) err(`${o.id}: English question with a non-Chinese must alternative "${a}"`);
const englishIds = qs.filter(o => isEnglish(o.q)).map(o => o.id);

// no owners.json for this suite (task brief); the text annotates no task with lead/responsible units
for (const m of ['牵头单位', '责任单位', '牵头', '配合']) if (doc.includes(m)) err(`document contains "${m}": lead-unit annotations exist`);
if (fs.existsSync(path.join(HERE, 'owners.json'))) err('owners.json not expected in this suite');

// the plan must not be copied into this folder
for (const f of fs.readdirSync(HERE, { recursive: true })) {
  const fp = path.join(HERE, f);
  if (!fs.statSync(fp).isFile() || f.endsWith('fold_map.json') || f.startsWith('.')) continue;
  const t = strip(fs.readFileSync(fp, 'utf8'));
  for (const l of docLines.filter(l => [...l].length > 60)) if (t.includes(l) || t.includes(strip(raw.split('\n')[docLines.indexOf(l)] || '\u0000')))
    err(`${f}: contains a whole line of the plan`);
}

// novelty: bigram Dice <= 0.40 against every earlier question/turn, for every question, every conversation
// turn and every whole conversation (turns joined), measured twice: on character bigrams (as the template does)
// and on word bigrams (words from Intl.Segmenter 'zh'; punctuation dropped, text folded and lower-cased).
// src/dice.mjs prints the nearest earlier texts.
const EARLIER = [path.join(HERE, 'src/earlier_plan_questions.txt')].filter(f => fs.existsSync(f));
const maxima = {};
if (EARLIER.length) {
  const norm = s => fold(s).toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
  const seg = new Intl.Segmenter('zh', { granularity: 'word' });
  const words = s => [...seg.segment(fold(s).toLowerCase())].filter(x => x.isWordLike).map(x => x.segment);
  const pairs = a => { const o = new Set(); for (let i = 0; i + 1 < a.length; i++) o.add(a[i] + '\u0001' + a[i + 1]); return o; };
  const MEASURES = { char: s => pairs([...norm(s)]), word: s => pairs(words(s)) };
  const dice = (A, B) => { let c = 0; for (const g of A) if (B.has(g)) c++; return A.size + B.size ? 2 * c / (A.size + B.size) : 0; };
  const texts = o => o.q !== undefined ? [o.q] : [...o.turns, o.turns.join(' ')];
  // plan50: no exact-copy exemption (the template skipped earlier lines equal to this suite's own texts, which would
  // let a verbatim copy of an earlier question pass); instead the earlier file is pinned by SHA-256, so appending
  // this suite's questions to src/earlier_plan_questions.txt is reported rather than silently tolerated.
  const EARLIER_SHA256 = '51a5eaed7b69461bc2323c52625a4b15ebe225c9fdd4f717715ea00623c87f3b';
  for (const f of EARLIER) if (createHash('sha256').update(fs.readFileSync(f)).digest('hex') !== EARLIER_SHA256)
    err(`${f}: sha256 differs from the copy of /tmp/earlier_plan_questions.txt this suite was checked against`);
  const oldTexts = [];
  for (const f of EARLIER) for (const l of fs.readFileSync(f, 'utf8').split('\n')) if (l.trim()) {
    const parts = l.split(' / ');
    for (const t of parts.length > 1 ? [...parts, parts.join(' ')] : parts) oldTexts.push(t);
  }
  for (const [name, bg] of Object.entries(MEASURES)) {
    const old = oldTexts.map(bg);
    let max = 0, who = '';
    for (const o of [...qs, ...cs]) for (const t of texts(o)) {
      const g = bg(t); let m = 0;
      for (const e of old) { const s = dice(g, e); if (s > m) m = s; }
      if (m > MAX_DICE) err(`${o.id}: ${name}-bigram similarity ${m.toFixed(3)} > ${MAX_DICE} ("${t}")`);
      if (m > max) { max = m; who = o.id; }
    }
    maxima[name] = max;
    console.log(`max ${name}-bigram Dice vs earlier questions: ${max.toFixed(3)} (${who}); earlier texts ${old.length} from ${EARLIER.join(', ')}`);
  }
} else err('earlier questions file src/earlier_plan_questions.txt missing: novelty not checked');

console.log(`${DOC}: ${qs.length} questions (${qAns} answerable, ${qRef} refusals), ${cs.length} conversations, ${english} English (${englishIds.join(', ')})`);
console.log(`refusals: ${[...qs, ...cs].filter(o => o.refuse).map(o => o.id).join(', ')}`);
const kinds = {}; for (const o of [...qs, ...cs]) kinds[o.kind] = (kinds[o.kind] || 0) + 1;
console.log('kinds:', JSON.stringify(kinds));
if (errors.length) { console.log(errors.join('\n')); console.log(`FAIL (${errors.length})`); process.exit(1); }
console.log('OK');
