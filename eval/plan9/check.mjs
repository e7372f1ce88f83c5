#!/usr/bin/env node
// Static checks for plan9 (questions.jsonl + conversations.jsonl) against the shipped 盘锦 plan.
// plan8's checker (same fold, same rules), with plan8 added to the overlap scan against earlier sets.
// Standalone, no dependencies:  node check.mjs [PLAN_FILE]   (exit 1 on any problem)
//
// The plan is stored in traditional characters with pinyin glosses after many characters (實(shí), 動(dòng)).
// It is folded the way the grader folds answers: glosses stripped, traditional -> simplified, whitespace removed.
// T2S (pairs "traditional simplified") is copied from /work/main/eval/english/check.mjs: every character of the
// plan that opencc-js (hk -> cn, the grader's converter) changes. If opencc-js happens to be resolvable (e.g. from
// /work/main), the fold is cross-checked against it; otherwise that step is skipped.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
const NAME = '盘锦市工业增长三年行动专项方案-新闻发布会解读';
const PLAN = process.argv[2] ?? join('/work/main/knowledge', NAME + '.txt');
const T2S = '貫贯徹彻黨党實实興兴動动題题聞闻發发會会場场開开辦办讀读盤盘錦锦業业長长專专項项點点紹绍結结構构調调進进強强設设產产優优轉转級级經经濟济現现總总體体標标務务舉举組组員员劉刘楊杨營营國国過过數数鏈链應应韌韧顯显漸渐穩稳遼辽寧宁區区軍军為为撐撑個个萬万億亿貢贡獻献質质規规劃划堅坚礎础圍围繞绕氣气繼继續续噸吨細细飛飞東东糧粮電电創创識识壯壮內内費费較较術术達达雛雏鷹鹰獨独獸兽計计關关躍跃則则統统籌筹協协這这間间準准學学環环藝艺龍龙頭头帶带聯联斷断資资綜综積积極极際际緊紧勢势謀谋別别兩两徑径廣广廠厂臺台評评價价儲储備备庫库類类導导掛挂帥帅織织決决難难檔档態态與与揮挥認认證证對对競竞爭争紐纽選选擇择條条戰战鍵键領领綠绿節节試试確确幫帮軟软園园嚴严來来團团隊队鳥鸟機机層层銀银貸贷滿满從从責责擴扩執执將将單单';
const MAP = new Map();
for (let i = 0; i < T2S.length; i += 2) MAP.set(T2S[i], T2S[i + 1]);
// a pinyin gloss after a Han character, in half- or full-width parentheses: 實(shí), 動（dòng）
const GLOSS = /[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+[)）]/gu;
const strip = (s) => String(s).replace(/\s+/gu, '');
const fold = (s) => strip([...String(s).replace(GLOSS, '')].map((c) => MAP.get(c) ?? c).join(''));
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;

const problems = [];
const bad = (m) => problems.push(m);

if (!existsSync(PLAN)) { console.error('plan not found: ' + PLAN); process.exit(1); }
const raw = readFileSync(PLAN, 'utf8');
const text = fold(raw);
if (/[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+[)）]/u.test(text)) bad('a pinyin gloss survived folding');
const leftover = [...new Set([...text].filter((c) => /[貫黨實興動發會開業長專項點經濟現總體標務舉國過數鏈應區軍為個萬質規劃東電創內費術達獨關頭帶聯資際兩臺評價儲庫導難態與對選條戰領綠試幫園來團鳥機層銀貸從責擴執將單]/u.test(c)))];
if (leftover.length) bad('traditional characters left after folding: ' + leftover.join(''));
let cross = 'skipped (opencc-js not resolvable)';
for (const base of [process.cwd(), here, '/work/main']) {
  try {
    const conv = createRequire(join(base, 'noop.js'))('opencc-js').Converter({ from: 'hk', to: 'cn' });
    const ref = strip(conv(raw.replace(GLOSS, '')));
    if (ref !== text) bad('embedded T2S fold and opencc-js (hk->cn) disagree on the plan');
    cross = 'agrees with opencc-js resolved from ' + base;
    break;
  } catch { /* not resolvable here */ }
}

function load(file) {
  const path = join(here, file);
  if (!existsSync(path)) { bad(file + ' missing'); return []; }
  return readFileSync(path, 'utf8').split('\n').map((l, i) => [l, i]).filter(([l]) => l.trim()).map(([l, i]) => {
    try { return JSON.parse(l); } catch (e) { bad(`${file}:${i + 1}: invalid JSON (${e.message})`); return null; }
  }).filter(Boolean);
}
const questions = load('questions.jsonl');
const conversations = load('conversations.jsonl');
const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'multi']);
const ids = new Set();
const perKind = {}, perRegister = {};

function checkCase(c, file, isConv) {
  const where = `${file} ${c.id ?? '(no id)'}`;
  if (!c.id) bad(where + ': missing id');
  if (ids.has(c.id)) bad(where + ': duplicate id');
  ids.add(c.id);
  if (!KINDS.has(c.kind)) bad(`${where}: unknown kind ${c.kind}`);
  if (c.note !== NAME) bad(where + ': note is not the plan name');
  let asked;
  if (isConv) {
    asked = Array.isArray(c.turns) ? c.turns : [];
    if (c.kind !== 'multi') bad(where + ': conversation kind must be multi');
    if (asked.length < 2 || asked.length > 4) bad(where + ': needs 2–4 turns');
    if ('q' in c) bad(where + ': conversation has q');
  } else {
    asked = [c.q];
    if ('turns' in c) bad(where + ': single-turn case has turns');
    if ((c.kind === 'oos') !== (c.refuse === true)) bad(where + ': kind oos <=> refuse:true');
  }
  for (const t of asked) if (typeof t !== 'string' || !t.trim()) bad(where + ': empty question text');
  const last = asked[asked.length - 1] ?? '';
  if (c.register === 'english' && CJK.test(last)) bad(where + ': English question contains Chinese characters');
  if (c.register && c.register !== 'english' && !CJK.test(last)) bad(where + ': Chinese question without Chinese');
  if (c.refuse === true) {
    if ('must' in c) bad(where + ': refusal has must');
    if ('passage' in c) bad(where + ': refusal has passage');
    if (!Array.isArray(c.absent) || !c.absent.length) bad(where + ': refusal lists no absent terms');
    for (const t of c.absent ?? []) if (text.includes(fold(t))) bad(`${where}: "${t}" does occur in the plan`);
  } else {
    if (!Array.isArray(c.must) || !c.must.length) bad(where + ': missing must');
    for (const g of c.must ?? []) {
      if (!Array.isArray(g) || !g.length) { bad(where + ': empty must group'); continue; }
      for (const alt of g) {
        if (typeof alt !== 'string' || !strip(alt)) { bad(`${where}: bad must ${JSON.stringify(alt)}`); continue; }
        if (fold(alt) !== alt) bad(`${where}: must "${alt}" is not simplified and whitespace-free`);
        if (!text.includes(fold(alt))) bad(`${where}: must "${alt}" not in the folded plan`);
        if (fold(last).includes(fold(alt))) bad(`${where}: must "${alt}" already occurs in the (last) question`);
      }
    }
    const p = c.passage;
    if (typeof p !== 'string') bad(where + ': missing passage');
    else {
      const n = [...strip(p)].length;
      if (n < 10 || n > 40) bad(`${where}: passage length ${n} not in 10–40`);
      if (/[()（）\n,]/u.test(p)) bad(where + ': passage contains parentheses, a half-width comma or a line break');
      if (fold(p) !== strip(p)) bad(where + ': passage is not simplified');
      if (!text.includes(fold(p))) bad(`${where}: passage "${p}" not in the folded plan`);
    }
  }
  perKind[c.kind] = (perKind[c.kind] ?? 0) + 1;
  if (!isConv) perRegister[c.register ?? '?'] = (perRegister[c.register ?? '?'] ?? 0) + 1;
}
questions.forEach((c) => checkCase(c, 'questions.jsonl', false));
conversations.forEach((c) => checkCase(c, 'conversations.jsonl', true));

const oos = questions.filter((c) => c.refuse).length;
if (questions.length !== 48) bad(`questions.jsonl: ${questions.length} cases, expected 48`);
if (oos !== 6) bad(`questions.jsonl: ${oos} oos cases, expected 6`);
if ((perRegister.english ?? 0) !== 3) bad(`questions.jsonl: ${perRegister.english ?? 0} English questions, expected 3`);
if (conversations.length !== 6) bad(`conversations.jsonl: ${conversations.length} cases, expected 6`);
const convRefusals = conversations.filter((c) => c.refuse).length;
if (convRefusals !== 1) bad(`conversations.jsonl: ${convRefusals} refusals, expected 1`);

// Informational: character-bigram Jaccard of every plan9 question (last turn and all turns) against earlier sets,
// when they are present on this machine. Reports the closest pairs; fails only on a near-copy (>= 0.6).
const EARLIER = ['/work/shared/eval/dev.jsonl', ...['plan', 'plan3', 'plan4', 'plan5', 'plan6', 'plan7', 'plan8']
  .flatMap((d) => ['questions.jsonl', 'conversations.jsonl'].map((f) => `/work/main/eval/${d}/${f}`))];
const bigrams = (s) => { const t = [...fold(s).replace(/[\p{P}\p{S}]/gu, '')]; const b = new Set(); for (let i = 0; i + 1 < t.length; i++) b.add(t[i] + t[i + 1]); return b; };
const jac = (x, y) => { let n = 0; for (const g of x) if (y.has(g)) n++; return n / (x.size + y.size - n || 1); };
const older = [];
for (const f of EARLIER) {
  if (!existsSync(f)) continue;
  for (const l of readFileSync(f, 'utf8').split('\n')) {
    if (!l.trim()) continue;
    try { const c = JSON.parse(l); for (const t of c.turns ?? [c.q]) if (t) older.push([`${f.split('/').slice(-2).join('/')} ${c.id}`, t, bigrams(t)]); } catch { /* ignore */ }
  }
}
const close = [];
for (const c of [...questions, ...conversations]) for (const t of c.turns ?? [c.q]) {
  const b = bigrams(t); let best = [0, ''];
  for (const [id, ot, ob] of older) { const j = jac(b, ob); if (j > best[0]) best = [j, `${id}: ${ot}`]; }
  if (best[0] >= 0.6) bad(`${c.id}: "${t}" nearly copies ${best[1]} (${best[0].toFixed(2)})`);
  if (best[0] >= 0.3) close.push(`${best[0].toFixed(2)} ${c.id} "${t}" ~ ${best[1]}`);
}
console.log(`overlap scan against ${older.length} earlier questions/turns: ${close.length} pair(s) >= 0.30`);
for (const l of close.sort().reverse()) console.log('  ' + l);

console.log(`plan: ${PLAN} (${[...text].length} folded chars); fold ${cross}`);
console.log('cases per kind:', JSON.stringify(perKind));
console.log('questions per register:', JSON.stringify(perRegister));
console.log(`questions ${questions.length} (answerable ${questions.length - oos}, oos ${oos}); conversations ${conversations.length} (refusals ${convRefusals})`);
if (problems.length) {
  console.log(`\n${problems.length} problem(s):`);
  for (const p of problems) console.log('  - ' + p);
  process.exit(1);
}
console.log('\nOK: all checks passed');
