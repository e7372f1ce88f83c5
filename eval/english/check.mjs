#!/usr/bin/env node
// Standalone checker for the English eval set (no dependencies).
//   node check.mjs                 -> uses the four default knowledge folders below
//   node check.mjs DIR [DIR ...]   -> looks for each `note` document in the given folders instead
// Prints a summary and exits 1 on any problem.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const DEFAULT_DIRS = [
  '/work/main/knowledge',                   // the shipped plan (traditional characters, pinyin glosses)
  '/work/shared/eval/real-dev/knowledge',   // three real-dev documents
  '/work/main/eval/real/knowledge',         // three documents of eval/real
  '/work/main/eval/real3/knowledge',        // three documents of eval/real3
];
const dirs = process.argv.length > 2 ? process.argv.slice(2) : DEFAULT_DIRS;
const GROUP = {
  '/work/main/knowledge': 'plan',
  '/work/shared/eval/real-dev/knowledge': 'real-dev',
  '/work/main/eval/real/knowledge': 'real',
  '/work/main/eval/real3/knowledge': 'real3',
};

const problems = [];
const bad = (m) => problems.push(m);

// ---- folding, as the grader folds answers: traditional -> simplified, whitespace removed ----
// T2S holds every character of the shipped plan that opencc-js (hk -> cn) changes, as pairs
// "traditional simplified". It was generated once with /work/main/node_modules/opencc-js 1.4.2 from the
// plan with its pinyin glosses removed; folding the whole plan with this table gives exactly the opencc-js
// result. The other nine documents are already simplified (the summary prints a check of that).
const T2S = '貫贯徹彻黨党實实興兴動动題题聞闻發发會会場场開开辦办讀读盤盘錦锦業业長长專专項项點点紹绍結结構构調调進进強强設设產产優优轉转級级經经濟济現现總总體体標标務务舉举組组員员劉刘楊杨營营國国過过數数鏈链應应韌韧顯显漸渐穩稳遼辽寧宁區区軍军為为撐撑個个萬万億亿貢贡獻献質质規规劃划堅坚礎础圍围繞绕氣气繼继續续噸吨細细飛飞東东糧粮電电創创識识壯壮內内費费較较術术達达雛雏鷹鹰獨独獸兽計计關关躍跃則则統统籌筹協协這这間间準准學学環环藝艺龍龙頭头帶带聯联斷断資资綜综積积極极際际緊紧勢势謀谋別别兩两徑径廣广廠厂臺台評评價价儲储備备庫库類类導导掛挂帥帅織织決决難难檔档態态與与揮挥認认證证對对競竞爭争紐纽選选擇择條条戰战鍵键領领綠绿節节試试確确幫帮軟软園园嚴严來来團团隊队鳥鸟機机層层銀银貸贷滿满從从責责擴扩執执將将單单';
const MAP = new Map();
for (let i = 0; i < T2S.length; i += 2) MAP.set(T2S[i], T2S[i + 1]);
// a pinyin gloss follows a Han character: 實(shí), 動(dòng)
const GLOSS = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+\)/gu;
const strip = (s) => s.replace(/\s+/gu, '');
const fold = (s) => strip([...s.replace(GLOSS, '')].map((c) => MAP.get(c) ?? c).join(''));
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;

// ---- documents ----
const docs = {};
for (const d of dirs) {
  if (!existsSync(d)) { bad(`knowledge folder ${d} does not exist`); continue; }
  for (const f of readdirSync(d).filter((f) => f.endsWith('.txt')).sort()) {
    const name = f.slice(0, -4);
    if (docs[name]) { bad(`document ${name} found in two folders`); continue; }
    const raw = readFileSync(join(d, f), 'utf8');
    docs[name] = { dir: d, group: GROUP[d] ?? d, flat: fold(raw), plain: strip(raw), glosses: (raw.match(GLOSS) ?? []).length };
  }
}

// ---- cases ----
function load(file) {
  const path = join(here, file);
  if (!existsSync(path)) { bad(`${file} missing`); return []; }
  return readFileSync(path, 'utf8').split('\n').map((l, i) => [l, i]).filter(([l]) => l.trim()).map(([l, i]) => {
    try { return JSON.parse(l); } catch (e) { bad(`${file}:${i + 1}: invalid JSON (${e.message})`); return null; }
  }).filter(Boolean);
}
const questions = load('questions.jsonl');
const conversations = load('conversations.jsonl');
const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'multi']);
const ids = new Set();
const perDoc = {};
const perKind = {};
const perGroup = {};

function checkCase(c, file, isConv) {
  const where = `${file} ${c.id ?? '(no id)'}`;
  if (!c.id) bad(`${where}: missing id`);
  if (ids.has(c.id)) bad(`${where}: duplicate id`);
  ids.add(c.id);
  if (!KINDS.has(c.kind)) bad(`${where}: unknown kind ${c.kind}`);
  const doc = docs[c.note];
  if (!doc) { bad(`${where}: note "${c.note}" names no document in the knowledge folders`); return; }
  let asked;
  if (isConv) {
    asked = Array.isArray(c.turns) ? c.turns : [];
    if (c.kind !== 'multi') bad(`${where}: conversation kind must be multi`);
    if (asked.length < 2 || asked.length > 3) bad(`${where}: needs 2–3 turns`);
    if ('q' in c) bad(`${where}: conversation has q`);
  } else {
    asked = [c.q];
    if (typeof c.q !== 'string' || !c.q.trim()) bad(`${where}: missing q`);
    if ((c.kind === 'oos') !== (c.refuse === true)) bad(`${where}: kind oos <=> refuse:true`);
  }
  for (const t of asked) {
    if (typeof t !== 'string' || !t.trim()) bad(`${where}: empty question text`);
    else if (CJK.test(t)) bad(`${where}: question contains Chinese characters: ${t}`);
  }
  if (c.refuse === true) {
    if ('must' in c) bad(`${where}: refusal has must`);
    if ('passage' in c) bad(`${where}: refusal has passage`);
    // the answer's key terms must be absent: `absent` from the note document, `absentAll` from every document
    if (!Array.isArray(c.absent) || c.absent.length === 0) bad(`${where}: refusal lists no absent terms`);
    for (const t of c.absent ?? []) if (doc.flat.includes(fold(t))) bad(`${where}: "${t}" occurs in ${c.note}`);
    for (const t of c.absentAll ?? []) for (const [n, d] of Object.entries(docs)) if (d.flat.includes(fold(t))) bad(`${where}: "${t}" occurs in ${n}`);
  } else {
    if (!Array.isArray(c.must) || c.must.length === 0) bad(`${where}: missing must`);
    for (const group of c.must ?? []) {
      if (!Array.isArray(group) || group.length === 0) { bad(`${where}: empty must group`); continue; }
      for (const alt of group) {
        if (typeof alt !== 'string' || !strip(alt)) { bad(`${where}: bad must alternative ${JSON.stringify(alt)}`); continue; }
        if (fold(alt) !== alt) bad(`${where}: must "${alt}" is not simplified and whitespace-free`);
        if (!doc.flat.includes(fold(alt))) bad(`${where}: must "${alt}" not in ${c.note}`);
        if (asked.some((t) => fold(t).includes(fold(alt)))) bad(`${where}: must "${alt}" already occurs in the question`);
      }
    }
    const p = c.passage;
    if (typeof p !== 'string') bad(`${where}: missing passage`);
    else {
      const n = [...strip(p)].length;
      if (n < 10 || n > 40) bad(`${where}: passage length ${n} not in 10–40`);
      if (/[（）\n]/u.test(p)) bad(`${where}: passage contains （） or a line break`);
      if (fold(p) !== strip(p)) bad(`${where}: passage is not simplified`);
      if (!doc.flat.includes(fold(p))) bad(`${where}: passage "${p}" not in ${c.note}`);
      // documents without glosses or traditional characters: the passage must be verbatim (whitespace ignored)
      if (doc.plain === doc.flat && !doc.plain.includes(strip(p))) bad(`${where}: passage not verbatim in ${c.note}`);
    }
  }
  perDoc[c.note] ??= { answerable: 0, oos: 0, conv: 0, convRefuse: 0 };
  if (isConv) { perDoc[c.note].conv++; if (c.refuse) perDoc[c.note].convRefuse++; }
  else if (c.refuse) perDoc[c.note].oos++; else perDoc[c.note].answerable++;
  if (!isConv) perGroup[doc.group] = (perGroup[doc.group] ?? 0) + 1;
  perKind[c.kind] = (perKind[c.kind] ?? 0) + 1;
}
questions.forEach((c) => checkCase(c, 'questions.jsonl', false));
conversations.forEach((c) => checkCase(c, 'conversations.jsonl', true));

// ---- set-level counts ----
if (questions.length !== 40) bad(`questions.jsonl: ${questions.length} cases, expected 40`);
const oosCount = questions.filter((c) => c.refuse).length;
if (oosCount !== 5) bad(`questions.jsonl: ${oosCount} oos cases, expected 5`);
if (conversations.length !== 4) bad(`conversations.jsonl: ${conversations.length} cases, expected 4`);
const convRefusals = conversations.filter((c) => c.refuse).length;
if (convRefusals !== 1) bad(`conversations: ${convRefusals} refusals, expected 1`);
if (process.argv.length <= 2) {
  const want = { plan: [7, 9], 'real-dev': [9, 11] };
  for (const [g, [lo, hi]] of Object.entries(want)) {
    const n = perGroup[g] ?? 0;
    if (n < lo || n > hi) bad(`${n} questions on ${g}, expected ${lo}–${hi}`);
  }
  const rr = (perGroup.real ?? 0) + (perGroup.real3 ?? 0);
  if (rr < 20 || rr > 24) bad(`${rr} questions on eval/real + eval/real3, expected 20–24`);
}

// ---- summary ----
console.log('documents (folded chars; glosses; folded == raw without whitespace?):');
for (const [name, d] of Object.entries(docs)) console.log(`  ${String([...d.flat].length).padStart(6)}  ${String(d.glosses).padStart(3)}  ${d.plain === d.flat ? 'yes' : 'no '}  [${d.group}] ${name}`);
console.log('cases per document (answerable / oos / conversations):');
for (const [name, s] of Object.entries(perDoc)) console.log(`  ${s.answerable} / ${s.oos} / ${s.conv}${s.convRefuse ? ` (${s.convRefuse} refusal)` : ''}  ${name}`);
console.log('questions per folder:', JSON.stringify(perGroup));
console.log('cases per kind:', JSON.stringify(perKind));
console.log(`questions ${questions.length} (oos ${oosCount}); conversations ${conversations.length} (refusals ${convRefusals})`);
if (problems.length) {
  console.log(`\n${problems.length} problem(s):`);
  for (const p of problems) console.log('  - ' + p);
  process.exit(1);
}
console.log('\nOK: all checks passed');
