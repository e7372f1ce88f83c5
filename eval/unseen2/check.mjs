// Static checker for the unseen2 suite. No dependencies: `node check.mjs` (exit 0 = pass, 1 = problems).
// Optional args: node check.mjs [QUESTIONS_FILE] [CONVERSATIONS_FILE] [KNOWLEDGE_DIR] (used to test broken copies).
// Checks:
//  1. knowledge/ holds exactly one .txt; its first line equals the file name without .txt; no HTML tags or
//     entities, no U+FFFD, no CR/BOM; no common traditional-only characters (the document is simplified).
//  2. every line of both files is JSON; ids are unique across both files; kind is one of the dev kinds;
//     every case has a note starting with "named;" or "bare;".
//  3. questions: exactly 16 (12 answerable + 4 refusals); conversations: exactly 4 (3 answerable + 1 refusal),
//     kind "multi", turns[] with >= 2 non-empty strings and no q.
//  4. refusals: refuse:true, kind oos (questions) or multi (conversations), no must/passage; the words that make
//     the asked fact absent (ABSENT below) really do not occur in the document.
//  5. answerable cases: must is a non-empty list of non-empty groups; every alternative occurs verbatim in the
//     document (white space removed on both sides) and in none of the case's turns (no echoing the question).
//  6. passage: 10..40 characters, no line break, occurs verbatim in the raw document text.
//  7. at least one English question, and its must groups are plain digits (language-neutral).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const qFile = process.argv[2] || path.join(here, 'questions.jsonl');
const cFile = process.argv[3] || path.join(here, 'conversations.jsonl');
const kdir = process.argv[4] || path.join(here, 'knowledge');
const problems = [];
const fail = (m) => problems.push(m);
const strip = (s) => String(s).replace(/\s+/g, '');

// 1. the document
const txts = fs.readdirSync(kdir).filter((f) => f.endsWith('.txt'));
if (txts.length !== 1) fail(`knowledge/ must hold exactly one .txt, found ${txts.length}`);
const docFile = txts[0];
const raw = docFile ? fs.readFileSync(path.join(kdir, docFile), 'utf8') : '';
const docName = docFile ? docFile.slice(0, -4) : '';
if (raw.split('\n')[0] !== docName) fail('first line of the document is not its file name');
if (/<[a-z\/][^>]*>|&[a-z]+;|&#\d+;/i.test(raw)) fail('document contains HTML tags or entities');
if (raw.includes('\uFFFD')) fail('document contains U+FFFD');
if (raw.includes('\r') || raw.charCodeAt(0) === 0xfeff) fail('document has CR or BOM');
const TRAD = '發會業長術實質產頭體協區國創萬與種項幣財務濟設計劃園億鏈級時對門開關應顯導';
for (const ch of TRAD) if (raw.includes(ch)) fail(`document contains traditional character ${ch}`);
const doc = strip(raw);

// refusal cases: words whose absence makes the asked fact absent
const ABSENT = {
  'u2-13': ['申报', '截止', '受理'],
  'u2-14': ['电话', '热线'],
  'u2-15': ['2022', '截至', '目前'],
  'u2-16': ['认定', '高企奖励'],
  'u2-c4': ['申报', '区域布局', '落户'],
};

const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'attack', 'multi']);
const ids = new Set();
const counts = { q: 0, qRefuse: 0, c: 0, cRefuse: 0, english: 0 };
const byKind = {};

function load(file) {
  const out = [];
  fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try { out.push(JSON.parse(line)); } catch { fail(`${path.basename(file)}:${i + 1} is not JSON`); }
  });
  return out;
}

function checkCase(c, where, isConv) {
  if (!c.id || typeof c.id !== 'string') { fail(`${where}: missing id`); return; }
  const w = `${where}:${c.id}`;
  if (ids.has(c.id)) fail(`${w}: duplicate id`);
  ids.add(c.id);
  if (!KINDS.has(c.kind)) fail(`${w}: bad kind ${c.kind}`);
  byKind[c.kind] = (byKind[c.kind] || 0) + 1;
  if (typeof c.note !== 'string' || !/^(named|bare);/.test(c.note)) fail(`${w}: note must start with "named;" or "bare;"`);
  let turns;
  if (isConv) {
    if (c.kind !== 'multi') fail(`${w}: conversation kind must be multi`);
    if ('q' in c) fail(`${w}: conversation must not have q`);
    if (!Array.isArray(c.turns) || c.turns.length < 2) fail(`${w}: turns must have >= 2 entries`);
    turns = Array.isArray(c.turns) ? c.turns : [];
  } else {
    if ('turns' in c) fail(`${w}: question must not have turns`);
    turns = [c.q];
  }
  if (turns.some((t) => typeof t !== 'string' || !t.trim())) fail(`${w}: empty question/turn`);
  const last = String(turns[turns.length - 1] || '');
  if (!isConv && !/[\u4e00-\u9fff]/.test(last)) {
    counts.english++;
    for (const g of c.must || []) if (!g.every((a) => /^\d+(\.\d+)?$/.test(a))) fail(`${w}: English question must groups should be plain numbers`);
  }
  if (c.refuse !== undefined && c.refuse !== true) fail(`${w}: refuse must be true or absent`);
  if (c.refuse) {
    if (isConv) counts.cRefuse++; else counts.qRefuse++;
    if (!isConv && c.kind !== 'oos') fail(`${w}: refusal question must be kind oos`);
    if ('must' in c || 'passage' in c) fail(`${w}: refusal must not have must/passage`);
    const words = ABSENT[c.id];
    if (!words) fail(`${w}: refusal without an ABSENT entry in check.mjs`);
    for (const word of words || []) if (doc.includes(strip(word))) fail(`${w}: "${word}" occurs in the document, so the refusal may be answerable`);
    return;
  }
  if (c.kind === 'oos') fail(`${w}: kind oos without refuse:true`);
  if (!Array.isArray(c.must) || !c.must.length) { fail(`${w}: must must be a non-empty list of groups`); }
  for (const g of c.must || []) {
    if (!Array.isArray(g) || !g.length || g.some((a) => typeof a !== 'string' || !a.trim())) { fail(`${w}: bad must group ${JSON.stringify(g)}`); continue; }
    for (const a of g) {
      if (!doc.includes(strip(a))) fail(`${w}: must "${a}" not in the document`);
      for (const t of turns) if (strip(t).includes(strip(a))) fail(`${w}: must "${a}" is echoed by the question`);
    }
  }
  const p = c.passage;
  if (typeof p !== 'string') { fail(`${w}: passage missing`); return; }
  if (p.length < 10 || p.length > 40) fail(`${w}: passage length ${p.length} not in 10..40`);
  if (/[\r\n]/.test(p)) fail(`${w}: passage has a line break`);
  if (!raw.includes(p)) fail(`${w}: passage not verbatim in the document: ${p}`);
}

const qs = load(qFile);
const cs = load(cFile);
qs.forEach((c) => { counts.q++; checkCase(c, 'questions', false); });
cs.forEach((c) => { counts.c++; checkCase(c, 'conversations', true); });

if (counts.q !== 16) fail(`expected 16 questions, found ${counts.q}`);
if (counts.qRefuse !== 4) fail(`expected 4 refusal questions, found ${counts.qRefuse}`);
if (counts.c !== 4) fail(`expected 4 conversations, found ${counts.c}`);
if (counts.cRefuse !== 1) fail(`expected 1 refusal conversation, found ${counts.cRefuse}`);
if (counts.english < 1) fail('expected at least one English question');

console.log(`document: ${docName} (${doc.length} characters without white space)`);
console.log(`questions ${counts.q} (refusals ${counts.qRefuse}, English ${counts.english}); conversations ${counts.c} (refusals ${counts.cRefuse})`);
console.log('by kind:', JSON.stringify(byKind));
if (problems.length) {
  for (const p of problems) console.error('FAIL ' + p);
  process.exit(1);
}
console.log('OK');
