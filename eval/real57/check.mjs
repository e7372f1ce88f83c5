// Checks the real57 suite. Run: node check.mjs
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
  if (n < 3000 || n > 15000) err(`${f}: ${n} characters, outside 3000-15000`);
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
const KINDS = new Set(['fact', 'number', 'date', 'owner', 'condition', 'list', 'definition', 'procedure', 'target', 'task', 'policy', 'measure', 'overview', 'oos', 'multi']);
const per = {};
let english = 0, ownerTotal = 0;
for (const c of qs) {
  if (!/^r57-(0[0-6]\d|07[0-2])$/.test(c.id || '') || c.id === 'r57-000') err(`${c.id}: id must be r57-001…r57-072`);
  if (c.refuse && c.kind !== 'oos') err(`${c.id}: refusal must have kind oos`);
}
for (const c of cs) if (!/^r57c0[1-6]$/.test(c.id || '')) err(`${c.id}: conversation id must be r57c01…r57c06`);

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
    // and, where the note names the item ("item 二（二）5"), every must group names a unit of that item's row.
    const rows = owners.filter(o => o.doc === c.doc);
    const units = new Set(rows.flatMap(o => o.owners.map(ws)));
    if (!units.size) err(`${c.id}: owner question on a document without owners.json rows`);
    else if (!c.must[0].some(a => [...units].some(u => u.includes(ws(a)) || ws(a).includes(u)))) err(`${c.id}: first must group names no unit of owners.json`);
    const im = /item ([^\s;,]+)/.exec(c.note || '');
    if (!im) err(`${c.id}: owner question note does not name its item`);
    else {
      const row = rows.find(o => o.item === im[1]);
      if (!row) err(`${c.id}: item ${im[1]} not in owners.json`);
      else {
        for (const g of c.must) if (!g.some(a => row.owners.some(u => ws(u).includes(ws(a))))) err(`${c.id}: must group ${JSON.stringify(g)} names no owner of item ${row.item}`);
        if (row.lead.length && !c.must[0].some(a => row.lead.some(u => ws(u).includes(ws(a))))) err(`${c.id}: first must group is not the lead unit of item ${row.item}`);
      }
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
// owners.json: [{doc, no, item, title, owner, lead:[...], support:[...], owners:[...], text}] — one row for every task
// line of document A (广安 婴幼儿照护 实施意见) that ends in a responsibility annotation: the numbered tasks 1.–4. in
// sections （一）–（三） of "三、主要任务" (item "三（二）4") and the sections （一）–（四） of "四、保障措施" (item "四（三）").
// The annotation is "（牵头单位：L；责任单位：S）", "（牵头单位：L）" or "（责任单位：S）" at the end of the line.
// lead = L split at "、" (the text names its lead units), support = S split at "、", owners = lead + support,
// owner = the annotation text as written, title = text between the number and the first "。", text = first 60
// characters of the line. "五、组织实施" carries no annotations.
const A = '广安市人民政府办公室关于促进3岁以下婴幼儿照护服务发展的实施意见';
const B = '关于印发《上海市技术交易场所管理细则》的通知';
const C = '问答实录：《新时代新征程促进民营经济高质量发展的若干措施》相关情况';
const readK = t => fs.readFileSync(path.join(dir, 'knowledge', t + '.txt'), 'utf8');
const rawA = readK(A).split('\n').map(l => l.trim()).filter(Boolean);
const parsed = [];
let part = null, sec = null;
for (const l of rawA) {
  const h = /^([一二三四五六七八九十]+)、/.exec(l);
  if (h) { part = h[1]; sec = null; continue; }
  const s = /^（([一二三四五六七八九十]+)）(.+?)。/.exec(l);
  let item = null, title = null;
  if (s) { sec = `（${s[1]}）`; if (part === '四') { item = `四${sec}`; title = s[2]; } }
  else { const m = /^(\d+)\.(.+?)。/.exec(l); if (m && part === '三') { item = `三${sec}${m[1]}`; title = m[2]; } }
  if (part === '五' && /(牵头单位|责任单位)：/.test(l)) err(`A: unexpected annotation under 五: ${l.slice(0, 30)}`);
  if (!item) continue;
  const anns = [...l.matchAll(/（((?:牵头单位：[^（）；]+)?；?(?:责任单位：[^（）；]+)?)）/g)].map(x => x[1]).filter(x => /单位：/.test(x));
  if (anns.length !== 1 || !l.endsWith('（' + anns[0] + '）')) { err(`A task ${item}: want exactly one closing 牵头/责任单位 annotation`); continue; }
  const owner = anns[0];
  const L = /牵头单位：([^；]+)/.exec(owner), S = /责任单位：([^；]+)/.exec(owner);
  const lead = L ? L[1].split('、') : [], support = S ? S[1].split('、') : [];
  parsed.push({ no: parsed.length + 1, item, title, owner, lead, support, text: l.slice(0, 60) });
}
const same = (x, y) => JSON.stringify(x) === JSON.stringify(y);
const wantItems = ['三（一）1', '三（一）2', '三（一）3', '三（二）1', '三（二）2', '三（二）3', '三（二）4', '三（三）1', '三（三）2', '三（三）3', '三（三）4', '四（一）', '四（二）', '四（三）', '四（四）'];
if (!same(parsed.map(p => p.item), wantItems)) err(`A: annotated tasks ${parsed.map(p => p.item)} (want ${wantItems})`);
if (rawA.filter(l => /（(牵头单位|责任单位)：/.test(l)).length !== 15) err('A: want exactly 15 lines with a 牵头/责任单位 annotation');
if (!Array.isArray(owners)) err('owners.json must be an array');
else {
  if (owners.length !== parsed.length) err(`owners.json: ${owners.length} rows for ${parsed.length} annotated tasks`);
  for (const p of parsed) {
    const o = owners.find(r => r.no === p.no);
    if (!o) { err(`owners.json: no row for task ${p.no}`); continue; }
    if (o.doc !== A) err(`owners ${p.no}: wrong doc`);
    if (o.item !== p.item) err(`owners ${p.no}: item "${o.item}" is not "${p.item}"`);
    if (o.title !== p.title) err(`owners ${p.no}: title "${o.title}" is not "${p.title}"`);
    if (o.text !== p.text) err(`owners ${p.no}: text is not the first 60 characters of the task`);
    if (!same(o.lead, p.lead)) err(`owners ${p.no}: lead ${JSON.stringify(o.lead)} is not ${JSON.stringify(p.lead)}`);
    if (!same(o.support, p.support)) err(`owners ${p.no}: support ${JSON.stringify(o.support)} is not ${JSON.stringify(p.support)}`);
    if (o.owner !== p.owner) err(`owners ${p.no}: owner "${o.owner}" is not the annotation text as written`);
    if (!same(o.owners, [...p.lead, ...p.support])) err(`owners ${p.no}: owners is not lead + support`);
    for (const u of o.owners || []) if (!docs[A].includes(ws(u))) err(`owners ${p.no}: unit "${u}" not in the document`);
  }
}
// owner questions ask for a lead: only rows that name a 牵头单位 may be asked, and the first must group must be a lead
for (const c of qs.filter(c => c.kind === 'owner')) {
  const im = /item ([^\s;,]+)/.exec(c.note || '');
  const row = im && owners.find(o => o.item === im[1]);
  if (row && !row.lead.length) err(`${c.id}: owner question on item ${row.item}, which names no 牵头单位`);
}
// the knowledge files against the raw copies in src/raw/ (same rules as src/build_knowledge.py).
// A: the JSON record's one-line body minus the page footer; only line breaks may differ.
const FOOTER_A = '相关附件：二维码开始扫一扫在手机打开当前页用来校验该浏览器是否支持HTML5';
try {
  const rec = JSON.parse(fs.readFileSync(path.join(dir, 'src', 'raw', 'A_guangan_infant_care.json'), 'utf8'));
  const k = readK(A).split('\n').filter(Boolean);
  if (rec.metadata.title !== A || k[0] !== A) err('A: title differs from the raw record');
  if (!rec.content.endsWith(FOOTER_A) || k.slice(1).join('') !== rec.content.slice(0, -FOOTER_A.length)) err('A: knowledge file is not the raw body with line breaks inserted');
  if (k.length !== 33) err(`A: ${k.length} lines, want 33 (title + 32 segmented lines)`);
} catch (e) { err(`raw comparison failed for A: ${e.message}`); }
// B, C: drop the crawler's header up to the '---'/'--' line, the '## 政策全文', '**更新时间**', '【原文下载】' and '- ['
// link lines and empty lines, trim every line, unwrap '**…**'; line 1 = title.
const cleanRaw = raw => {
  const lines = raw.split('\n');
  const sep = lines.findIndex(l => ['---', '--'].includes(l.trim()));
  const out = [];
  for (const l of lines.slice(sep + 1)) {
    const s = l.trim();
    if (!s || s === '## 政策全文' || s.startsWith('**更新时间**') || s === '【原文下载】' || s.startsWith('- [')) continue;
    out.push(s.replace(/^\*\*(.+)\*\*$/, '$1'));
  }
  return out;
};
for (const [t, f] of [[B, 'B_shanghai_tech_exchange_rules.md'], [C, 'C_private_economy_qa.md']]) {
  try {
    const raw = fs.readFileSync(path.join(dir, 'src', 'raw', f), 'utf8');
    const k = readK(t).split('\n').filter(Boolean);
    if (k[0] !== t || !same(k.slice(1), cleanRaw(raw))) err(`${t}: knowledge file is not the cleaned raw copy src/raw/${f}`);
  } catch (e) { err(`raw comparison failed for ${f}: ${e.message}`); }
}
if (ownerTotal < 10 || ownerTotal > 14) err(`owner questions: ${ownerTotal}, want about 12`);
for (const doc of Object.keys(docs)) {
  const n = per[doc] ? per[doc].owner : 0;
  if (doc !== A && n) err(`${doc}: owner questions on a document without annotations`);
  if (doc !== A && docLines[doc].some(l => /责任单位：|牵头单位：|配合单位：|牵头单位$/.test(l))) err(`${doc}: has responsibility annotations but no owners.json rows`);
}
const ownerItems = new Set(qs.filter(c => c.kind === 'owner').map(c => (/item ([^\s;,]+)/.exec(c.note || '') || [])[1]));
if (ownerItems.size !== ownerTotal) err(`owner questions should each ask about a different task (${ownerItems.size} distinct for ${ownerTotal})`);

// no question or turn copies 12 or more consecutive characters of its document
const longestShared = (q, d) => {
  let best = 0;
  for (let i = 0; i < q.length; i++) for (let j = i + best + 1; j <= q.length; j++) { if (d.includes(q.slice(i, j))) best = j - i; else break; }
  return best;
};
for (const c of [...qs, ...cs]) {
  if (!docs[c.doc]) continue;
  for (const t of c.turns || [c.q]) { const n = longestShared(ws(t), docs[c.doc]); if (n >= 12) err(`${c.id}: shares ${n} consecutive characters with its document`); }
}
// id ranges: r57-001…024 and r57c01–02 on A, 025…048 and c03–04 on B, 049…072 and c05–06 on C
for (const c of qs) { const n = +c.id.slice(4); const want = n <= 24 ? A : n <= 48 ? B : C; if (c.doc !== want) err(`${c.id}: doc should be ${want}`); }
for (const c of cs) { const n = +c.id.slice(4); const want = n <= 2 ? A : n <= 4 ? B : C; if (c.doc !== want) err(`${c.id}: doc should be ${want}`); }
if (!cs.find(c => c.id === 'r57c06')?.refuse) err('r57c06 should be the conversation that ends in a refusal');
// owner questions never quote their item's title
for (const c of qs.filter(c => c.kind === 'owner')) {
  const im = /item ([^\s;,]+)/.exec(c.note || '');
  const row = im && owners.find(o => o.item === im[1]);
  if (row && ws(c.q).includes(ws(row.title))) err(`${c.id}: owner question names the item by its title`);
}
// kinds: every kind of the list except oos/multi should occur at least once across the suite
for (const k of ['fact', 'number', 'date', 'owner', 'condition', 'list', 'definition', 'procedure', 'target', 'task', 'policy', 'measure', 'overview'])
  if (!qs.some(c => c.kind === k)) err(`no question of kind ${k}`);

if (errors.length) { console.log(errors.join('\n')); console.log(`FAIL: ${errors.length} problem(s)`); process.exit(1); }
console.log(`OK: ${qs.length} questions (${nAns} answerable, ${nRef} refusals), ${cs.length} conversations (${convRef} refusal), ${owners.length} owner rows, ${Object.keys(docs).length} documents, ${english} in English, ${ownerTotal} owner questions`);
for (const [doc, p] of Object.entries(per)) console.log(`  ${doc}: ${p.ans}+${p.ref} questions (${p.owner} owner), ${p.conv} conversations (${p.convRef} refusal)`);
