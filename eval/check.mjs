// Self-check of the eval set: every line parses, every must/passage string occurs in its document
// (after folding to simplified Chinese and removing white space), no passage has full-width parentheses.
// usage (from the project root): node eval/check.mjs
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
const here = path.dirname(new URL(import.meta.url).pathname);
const require = createRequire(path.join(here, '..', 'noop.js'));
const t2s = require('opencc-js').Converter({ from: 'hk', to: 'cn' });
const fold = s => t2s(String(s)).replace(/\s+/g, '');
const kdir = path.join(here, 'knowledge');
const docs = Object.fromEntries(fs.readdirSync(kdir).filter(f => f.endsWith('.txt'))
  .map(f => [f.replace(/\.txt$/, ''), fold(fs.readFileSync(path.join(kdir, f), 'utf8'))]));
const byPrefix = { ea: '人才高地的实施意见', eb: '数字化转型若干措施', ec: '三年行动方案', ed: '答记者问' };
const docOf = c => {
  const key = c.turns ? String(c.note ?? '').split('; ').pop() : byPrefix[c.id.slice(0, 2)];
  const hits = Object.keys(docs).filter(k => c.turns ? k === key : fold(k).includes(fold(key)));
  return hits.length === 1 ? hits[0] : null;
};
let bad = 0; const warn = [];
const err = m => { bad++; console.log('  ERROR ' + m); };
for (const [name, text] of Object.entries(docs)) {
  const raw = fs.readFileSync(path.join(kdir, name + '.txt'), 'utf8');
  console.log(`${name}: ${raw.length} characters, ${raw.trimEnd().split('\n').length} lines`);
  if (raw.length < 2500 || raw.length > 9000) err(`${name} length ${raw.length} outside 2,500-9,000`);
}
for (const file of ['questions.jsonl', 'conversations.jsonl']) {
  const lines = fs.readFileSync(path.join(here, file), 'utf8').split('\n').filter(l => l.trim());
  const kinds = {}; let refuse = 0; const ids = new Set();
  lines.forEach((l, i) => {
    let c; try { c = JSON.parse(l); } catch (e) { return err(`${file}:${i + 1} does not parse: ${e.message}`); }
    if (ids.has(c.id)) err(`${c.id} duplicate id`); ids.add(c.id);
    kinds[c.kind] = (kinds[c.kind] ?? 0) + 1;
    if (!(c.q || c.turns)) err(`${c.id} has no q/turns`);
    const d = docOf(c); if (!d) return err(`${c.id} document not identified`);
    if (c.refuse) { refuse++; if (c.must || c.passage) err(`${c.id} refuse case with must/passage`); return; }
    if (!Array.isArray(c.must) || !c.must.length) err(`${c.id} no must groups`);
    for (const g of c.must ?? []) for (const w of g) if (!docs[d].includes(fold(w))) err(`${c.id} must "${w}" not in ${d}`);
    if (!c.passage) return err(`${c.id} no passage`);
    if (/[（）]/.test(c.passage)) err(`${c.id} passage has full-width parentheses`);
    const p = fold(c.passage);
    const n = docs[d].split(p).length - 1;
    if (!n) err(`${c.id} passage "${c.passage}" not in ${d}`);
    else if (n > 1) warn.push(`${c.id} passage "${c.passage}" occurs ${n} times in its document`);
    for (const [o, t] of Object.entries(docs)) if (o !== d && t.includes(p)) warn.push(`${c.id} passage also in ${o}`);
  });
  console.log(`${file}: ${lines.length} cases, ${refuse} refusals, kinds ${JSON.stringify(kinds)}`);
}
// implementation-opinion structure: every numbered item carries its own lead unit, neighbours differ
const a = fs.readFileSync(path.join(kdir, Object.keys(docs).find(k => k.includes('人才高地')) + '.txt'), 'utf8');
const items = a.split('\n').filter(l => /^\d+\./.test(l));
const leads = items.map(l => (l.match(/（牵头单位：([^，）]+)，配合单位：.+）$/) ?? [])[1]);
items.forEach((l, i) => { if (!leads[i]) err(`item ${i + 1} has no （牵头单位：…，配合单位：…） ending`);
  if (Number(l.match(/^\d+/)[0]) !== i + 1) err(`item numbering breaks at ${l.slice(0, 10)}`); });
for (let i = 1; i < leads.length; i++) if (leads[i] && leads[i] === leads[i - 1]) err(`items ${i} and ${i + 1} share lead unit ${leads[i]}`);
console.log(`implementation opinion: ${items.length} items, ${leads.filter(x => x && x.includes('、')).length} with two lead units`);
for (const w of warn) console.log('  note ' + w);
console.log(bad ? `${bad} error(s)` : 'all checks passed');
process.exit(bad ? 1 : 0);
