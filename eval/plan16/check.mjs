// Suite plan16 self-check. Node only, no dependencies.
// Folds the seed (drop pinyin glosses like "(shí)", traditional->simplified via src/t2s_map.json,
// a per-character map generated from opencc hk->cn by src/make_map.mjs), removes white space, and checks
// every case against it.
import fs from 'fs';
import path from 'path';
const here = path.dirname(new URL(import.meta.url).pathname);
const SEED = '/work/shared/seed/000_87c328761f19b533.txt';
const DOC = '盘锦市工业增长三年行动专项方案(解读,新闻发布会)';
const map = JSON.parse(fs.readFileSync(path.join(here, 'src/t2s_map.json'), 'utf8'));
const dropGloss = s => s.replace(/\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ]+\)/g, '');
const fold = s => [...dropGloss(s)].map(c => map[c] ?? c).join('');
const sq = s => s.replace(/\s+/g, '');
const doc = sq(fold(fs.readFileSync(SEED, 'utf8')));
const errors = [];
const err = (id, m) => errors.push(`${id}: ${m}`);
const read = f => fs.readFileSync(path.join(here, f), 'utf8').split('\n').filter(l => l.trim()).map((l, i) => {
  try { return JSON.parse(l); } catch (e) { err(`${f}:${i + 1}`, 'JSON parse error ' + e.message); return null; }
}).filter(Boolean);
const qs = read('questions.jsonl'), cs = read('conversations.jsonl');
const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'multi']);
const ids = new Set();
const isEnglish = t => /^[\x00-\x7F]*$/.test(t.replace(/[\u2018\u2019\u201c\u201d\u2013\u2014]/g, '')) && /[A-Za-z]{3,}/.test(t);
for (const o of [...qs, ...cs]) {
  const id = o.id ?? '(no id)';
  if (ids.has(id)) err(id, 'duplicate id'); ids.add(id);
  if (!KINDS.has(o.kind)) err(id, 'bad kind ' + o.kind);
  if (typeof o.note !== 'string' || !o.note) err(id, 'missing note');
  const turns = o.q !== undefined ? [o.q] : o.turns;
  if (!Array.isArray(turns) || !turns.length || turns.some(t => typeof t !== 'string' || !t.trim())) { err(id, 'bad q/turns'); continue; }
  if (o.q !== undefined && o.turns !== undefined) err(id, 'both q and turns');
  const qtext = sq(fold(turns.join('\n')));
  if (o.refuse) {
    if (o.refuse !== true) err(id, 'refuse must be true');
    if (o.must || o.passage) err(id, 'refusal with must/passage');
    continue;
  }
  if (!Array.isArray(o.must) || !o.must.length) { err(id, 'missing must'); continue; }
  for (const g of o.must) {
    if (!Array.isArray(g) || !g.length) { err(id, 'empty must group'); continue; }
    for (const a of g) {
      const s = sq(a);
      if (!s) err(id, 'empty alternative');
      if (s.length > 12) err(id, `alternative longer than 12 chars: ${a}`);
      if (!doc.includes(s)) err(id, `alternative not in document: ${a}`);
      if (qtext.includes(s)) err(id, `alternative occurs in the question: ${a}`);
    }
  }
  const p = sq(o.passage ?? '');
  if (p.length < 10 || p.length > 40) err(id, `passage length ${p.length}`);
  if (/[（）]/.test(p)) err(id, 'full-width parenthesis in passage');
  if (!doc.includes(p)) err(id, `passage not in document: ${o.passage}`);
}
// counts
const ans = qs.filter(o => !o.refuse), ref = qs.filter(o => o.refuse);
const expect = (cond, m) => { if (!cond) err('counts', m); };
expect(qs.length === 48, `questions ${qs.length} != 48`);
expect(ans.length === 42 && ref.length === 6, `answerable ${ans.length}/refusals ${ref.length} != 42/6`);
expect(qs.every((o, i) => o.id === `p16-${String(i + 1).padStart(2, '0')}`), 'question ids not p16-01..48 in order');
expect(cs.length === 6, `conversations ${cs.length} != 6`);
expect(cs.every((o, i) => o.id === `p16-m${String(i + 1).padStart(2, '0')}` && o.kind === 'multi' && Array.isArray(o.turns) && o.turns.length === 2), 'conversation ids/kind/turns');
expect(cs.filter(o => o.refuse).length === 1, 'exactly one conversation must end in a refusal');
expect(ref.every(o => o.kind === 'oos'), 'single refusals must be kind oos');
const en = qs.filter(o => isEnglish(o.q)).length;
expect(en === 3, `English questions ${en} != 3`);
// owners.json: this document has no items with responsible units -> empty list; any entry must still check out
const owners = JSON.parse(fs.readFileSync(path.join(here, 'owners.json'), 'utf8'));
if (!Array.isArray(owners)) err('owners.json', 'not an array');
else for (const r of owners) for (const u of r.units ?? []) if (!doc.includes(sq(u))) err('owners.json', `unit not in document: ${u}`);
const byKind = {}; for (const o of [...qs, ...cs]) byKind[o.kind] = (byKind[o.kind] ?? 0) + 1;
console.log(`document: ${DOC}\nquestions ${qs.length} (answerable ${ans.length}, refusals ${ref.length}, English ${en}); conversations ${cs.length} (refusal ${cs.filter(o => o.refuse).length})`);
console.log('by kind', JSON.stringify(byKind));
if (errors.length) { console.log(errors.join('\n')); console.log(`FAIL (${errors.length})`); process.exit(1); }
console.log('OK');
