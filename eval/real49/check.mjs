// Checks the real49 suite. Run: node check.mjs
// Uses /work/main/node_modules/opencc-js (traditional -> simplified folding) when it can be found; plain text otherwise.
import fs from 'node:fs';
import path from 'node:path';
const dir = path.dirname(new URL(import.meta.url).pathname);
let fold = s => s;
try {
  const OpenCC = await import('opencc-js');
  const conv = OpenCC.Converter({ from: 't', to: 'cn' });
  fold = s => conv(s);
} catch {
  try {
    const OpenCC = await import(path.join(dir, '..', '..', 'node_modules', 'opencc-js', 'dist', 'esm', 'full.js'));
    const conv = OpenCC.Converter({ from: 't', to: 'cn' });
    fold = s => conv(s);
  } catch { console.log('note: opencc-js not found, no traditional->simplified folding'); }
}
const ws = s => fold(s.replace(/\s+/g, ''));
const errors = [];
const err = m => errors.push(m);

// documents
const docs = {}, docLines = {};
for (const f of fs.readdirSync(path.join(dir, 'knowledge'))) {
  if (!f.endsWith('.txt')) continue;
  const text = fs.readFileSync(path.join(dir, 'knowledge', f), 'utf8');
  const title = f.slice(0, -4);
  if (text.split('\n')[0].trim() !== title) err(`${f}: first line is not the title`);
  const n = [...text].length;
  if (n < 3000 || n > 30000) err(`${f}: ${n} characters, outside 3000-30000`);
  docs[title] = ws(text);
  docLines[title] = text.split('\n').map(l => l.trim()).filter(Boolean).map(ws);
}
if (Object.keys(docs).length !== 3) err(`want 3 documents, have ${Object.keys(docs).length}`);

const readJsonl = f => fs.readFileSync(path.join(dir, f), 'utf8').split('\n').filter(l => l.trim()).map((l, i) => {
  try { return JSON.parse(l); } catch (e) { err(`${f}:${i + 1}: bad JSON`); return null; }
}).filter(Boolean);
const qs = readJsonl('questions.jsonl');
const cs = readJsonl('conversations.jsonl');
let evidence = {};
try { evidence = JSON.parse(fs.readFileSync(path.join(dir, 'src', 'refusal_evidence.json'), 'utf8')); }
catch { err('src/refusal_evidence.json missing or bad'); }
const owners = JSON.parse(fs.readFileSync(path.join(dir, 'owners.json'), 'utf8'));

const ids = new Set();
const KINDS = new Set(['fact', 'number', 'date', 'owner', 'condition', 'list', 'definition', 'procedure', 'oos', 'multi']);
const per = {};
let english = 0, ownerTotal = 0;
for (const c of qs) {
  if (!/^r49-(0[0-6]\d|07[0-2])$/.test(c.id || '') || c.id === 'r49-000') err(`${c.id}: id must be r49-001…r49-072`);
  if (c.refuse && c.kind !== 'oos') err(`${c.id}: refusal must have kind oos`);
}
for (const c of cs) if (!/^r49c0[1-6]$/.test(c.id || '')) err(`${c.id}: conversation id must be r49c01…r49c06`);

for (const c of [...qs, ...cs]) {
  if (ids.has(c.id)) err(`duplicate id ${c.id}`);
  ids.add(c.id);
  if (!KINDS.has(c.kind)) err(`${c.id}: bad kind ${c.kind}`);
  if (c.turns && c.kind !== 'multi') err(`${c.id}: conversation kind must be multi`);
  if (!c.turns && c.kind === 'multi') err(`${c.id}: single question with kind multi`);
  if (c.q && c.refuse && c.kind !== 'oos') err(`${c.id}: refusal kind must be oos`);
  if (c.q && !c.refuse && c.kind === 'oos') err(`${c.id}: oos question without refuse`);
  const d = docs[c.doc];
  if (!d) { err(`${c.id}: unknown doc ${c.doc}`); continue; }
  if (!c.q && !(Array.isArray(c.turns) && c.turns.length >= 2 && c.turns.length <= 3)) err(`${c.id}: needs q or 2-3 turns`);
  if (c.q && c.turns) err(`${c.id}: both q and turns`);
  const turns = c.turns || [c.q];
  const asked = ws(turns.join('\n'));
  if (!/[\u4e00-\u9fff]/.test(asked)) english++;
  const p = (per[c.doc] ||= { q: 0, ans: 0, ref: 0, conv: 0, convRef: 0, owner: 0 });
  if (c.turns) { p.conv++; if (c.refuse) p.convRef++; } else { p.q++; if (c.refuse) p.ref++; else p.ans++; }
  if (c.kind === 'owner') { p.owner++; ownerTotal++; }
  if (c.refuse) {
    if (c.must || c.passage) err(`${c.id}: refusal with must/passage`);
    const ev = evidence[c.id];
    if (!Array.isArray(ev) || !ev.length) err(`${c.id}: no refusal evidence in src/refusal_evidence.json`);
    else for (const s of ev) if (d.includes(ws(s))) err(`${c.id}: refusal evidence "${s}" occurs in the document`);
    for (const s of c.mustNot || []) if (d.includes(ws(s))) err(`${c.id}: mustNot "${s}" occurs in the document`);
    continue;
  }
  if (!Array.isArray(c.must) || !c.must.length) { err(`${c.id}: no must`); continue; }
  for (const g of c.must) {
    if (!Array.isArray(g) || !g.length) { err(`${c.id}: empty must group`); continue; }
    for (const alt of g) {
      const a = ws(alt);
      if (!d.includes(a)) err(`${c.id}: must "${alt}" not in document`);
      if (asked.includes(a)) err(`${c.id}: must "${alt}" occurs in the question`);
      if ([...a].length > 12) err(`${c.id}: must "${alt}" longer than 12 characters`);
    }
  }
  if (c.kind === 'owner') {
    // owner questions are matched against owners.json: the first must group names a unit listed there,
    // and, where the note names the item ("item (九)"), every must group names a unit of that item's row.
    const rows = owners.filter(o => o.doc === c.doc);
    const units = new Set(rows.flatMap(o => o.owner.map(ws)));
    if (!units.size) err(`${c.id}: owner question on a document without owners.json rows`);
    else if (!c.must[0].some(a => [...units].some(u => u.includes(ws(a)) || ws(a).includes(u)))) err(`${c.id}: first must group names no unit of owners.json`);
    const im = /item \((.+?)\)/.exec(c.note || '');
    if (!im) err(`${c.id}: owner question note does not name its item`);
    else {
      const row = rows.find(o => o.item === `（${im[1]}）`);
      if (!row) err(`${c.id}: item （${im[1]}） not in owners.json`);
      else for (const g of c.must) if (!g.some(a => row.owner.some(u => ws(u).includes(ws(a))))) err(`${c.id}: must group ${JSON.stringify(g)} names no owner of item ${row.item}`);
    }
  }
  if (c.turns) continue; // conversations carry no passage
  const ps = c.passage || '';
  const pl = [...ws(ps)].length;
  if (pl < 10 || pl > 40) err(`${c.id}: passage length ${pl}`);
  if (/[（）]/.test(ps)) err(`${c.id}: passage has full-width parentheses`);
  if (!d.includes(ws(ps))) err(`${c.id}: passage not in document`);
  else if (!docLines[c.doc].some(l => l.includes(ws(ps)))) err(`${c.id}: passage spans more than one line`);
}

for (const [doc, p] of Object.entries(per)) {
  if (p.q !== 24 || p.ans !== 21 || p.ref !== 3) err(`${doc}: ${p.q} questions (${p.ans} answerable, ${p.ref} refusals), want 24 (21+3)`);
  if (p.conv !== 2) err(`${doc}: ${p.conv} conversations, want 2`);
}
if (qs.length !== 72) err(`questions: ${qs.length}, want 72`);
const nAns = qs.filter(c => !c.refuse).length, nRef = qs.filter(c => c.refuse).length;
if (nAns !== 63 || nRef !== 9) err(`questions: ${nAns} answerable + ${nRef} refusals, want 63 + 9`);
if (cs.length !== 6) err(`conversations: ${cs.length}, want 6`);
const convRef = cs.filter(c => c.refuse).length;
if (convRef !== 1) err(`conversations ending in refusal: ${convRef}, want 1`);
for (const c of cs) if (!c.refuse && !c.must) err(`${c.id}: answerable conversation without must`);
if (english !== 3) err(`English questions: ${english}, want exactly 3`);
for (const doc of Object.keys(docs)) {
  const en = qs.filter(c => c.doc === doc && !/[\u4e00-\u9fff]/.test(c.q || '')).length;
  if (en !== 1) err(`${doc}: ${en} English questions, want 1`);
}
if (ownerTotal < 10 || ownerTotal > 14) err(`owner questions: ${ownerTotal}, want about 12`);

// owners.json: [{doc, task, item, title, owner_as_written, lead:[...], responsible:[...], owner:[...], note}]
// Only the Jinan measures (关于加快“科创济南”建设全面提升科技创新能力的若干政策措施, 济南市人民政府, 2021-08-29)
// annotate their items. Each measure （一）…（二十九） is one line that starts with the number and the heading
// sentence ("（九）扶持技术标准创制和品牌建设。…") and ends with one annotation in （…）, written in one of three ways:
//   （牵头单位：A、B，责任单位：C、D）   or   （牵头单位：A；责任单位：B、C）   or   （责任单位：A、B）
// lead = the units after 牵头单位： (empty when the item names only 责任单位), responsible = the units after
// 责任单位：, owner = lead + responsible in written order. Units are separated by 、 and contain no parentheses.
// The other two documents have no inline responsibility annotations and no rows.
if (!Array.isArray(owners) || !owners.length) err('owners.json must be a non-empty array');
const ownerDocs = new Set();
const tasks = new Set();
const HEAD = /^（[一二三四五六七八九十]+）/;
const ANNOT = /（((?:牵头单位|责任单位)：[^（）]*)）$/;
const parse = inner => {
  const m = /^牵头单位：(.*?)(?:[，；]责任单位：(.*))?$/.exec(inner);
  if (m) return { lead: m[1].split('、'), resp: m[2] ? m[2].split('、') : [] };
  const r = /^责任单位：(.*)$/.exec(inner);
  return { lead: [], resp: r[1].split('、') };
};
const same = (a, b) => a.length === b.length && a.every((x, k) => ws(x) === ws(b[k]));
for (const o of owners) {
  const lines = docLines[o.doc];
  if (!lines) { err(`owners: unknown doc ${o.doc}`); continue; }
  ownerDocs.add(o.doc);
  if (tasks.has(o.task)) err(`owners: duplicate task ${o.task}`);
  tasks.add(o.task);
  if (!HEAD.test(o.task || '')) err(`owners: task without item number: ${o.task}`);
  if (o.item && !(o.task || '').startsWith(o.item)) err(`owners ${o.task}: item ${o.item} does not match`);
  if (o.task !== (o.item || '') + (o.title || '')) err(`owners ${o.task}: task is not item + title`);
  const at = lines.map((l, i) => l.startsWith(ws(o.task) + '。') ? i : -1).filter(i => i >= 0);
  if (at.length !== 1) { err(`owners: task ${o.task} starts ${at.length} lines, want exactly 1`); continue; }
  const m = lines[at[0]].match(ANNOT);
  if (!m) { err(`owners ${o.task}: the item's line does not end with a 牵头单位/责任单位 annotation`); continue; }
  if (ws(o.owner_as_written || '') !== m[0]) err(`owners ${o.task}: owner_as_written is not the item's annotation`);
  const { lead, resp } = parse(m[1]);
  if (!Array.isArray(o.lead) || (!o.lead.length && /^牵头单位/.test(m[1]))) err(`owners ${o.task}: no lead unit although 牵头单位 is written`);
  if (!Array.isArray(o.owner) || !o.owner.length) err(`owners ${o.task}: no owner unit`);
  if (!same(o.lead || [], lead)) err(`owners ${o.task}: lead is not the units written after 牵头单位：`);
  if (!same(o.responsible || [], resp)) err(`owners ${o.task}: responsible is not the units written after 责任单位：`);
  if (!same(o.owner || [], [...lead, ...resp])) err(`owners ${o.task}: owner is not lead + responsible in written order`);
  for (const u of o.owner || []) if (!m[1].includes(ws(u))) err(`owners ${o.task}: unit "${u}" not in the annotation`);
}
for (const doc of ownerDocs) {
  const annotated = docLines[doc].filter(l => ANNOT.test(l) || /责任单位：|牵头单位：/.test(l)).length;
  const listed = owners.filter(o => o.doc === doc).length;
  if (annotated !== listed) err(`owners: ${listed} rows for ${annotated} annotation lines`);
  const ownerQs = per[doc] ? per[doc].owner : 0;
  if (ownerQs < 10 || ownerQs > 14) err(`${doc}: ${ownerQs} owner questions, want about 12`);
}
for (const [doc] of Object.entries(docs)) if (!ownerDocs.has(doc) && docLines[doc].some(l => /责任单位：|牵头单位：/.test(l))) err(`${doc}: has responsibility annotations but no owners.json rows`);

if (errors.length) { console.log(errors.join('\n')); console.log(`FAIL: ${errors.length} problem(s)`); process.exit(1); }
console.log(`OK: ${qs.length} questions (${nAns} answerable, ${nRef} refusals), ${cs.length} conversations (${convRef} refusal), ${owners.length} owner rows, ${Object.keys(docs).length} documents, ${english} in English, ${ownerTotal} owner questions`);
for (const [doc, p] of Object.entries(per)) console.log(`  ${doc}: ${p.ans}+${p.ref} questions (${p.owner} owner), ${p.conv} conversations (${p.convRef} refusal)`);
