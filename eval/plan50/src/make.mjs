// Builds questions.jsonl, conversations.jsonl and src/refusal_evidence.json from src/cases.mjs.
// refusal_evidence.json: for every refusal, the key strings an answer would need (each must occur 0 times in the
// folded document) and related strings that do occur (to show what the text says instead), with counts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOC, singles, conversations } from './cases.mjs';
const SRC = path.dirname(fileURLToPath(import.meta.url));
const HERE = path.join(SRC, '..');
const KNOWLEDGE = '/work/main/knowledge/盘锦市工业增长三年行动专项方案-新闻发布会解读.txt';
const pick = (o, keys) => Object.fromEntries(keys.filter(k => o[k] !== undefined).map(k => [k, o[k]]));
const map = JSON.parse(fs.readFileSync(path.join(SRC, 'fold_map.json'), 'utf8'));
const GLOSS = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;
const raw = fs.readFileSync(KNOWLEDGE, 'utf8');
const doc = [...raw.replace(GLOSS, '')].map(c => map[c] ?? c).join('').replace(/\s+/g, '');
const count = s => doc.split(s).length - 1;
const evidence = {};
const ev = (id, o) => { if (o.absent) evidence[id] = { question: o.q ?? o.turns, note: o.note,
  absent: Object.fromEntries(o.absent.map(s => [s, count(s)])), present: Object.fromEntries((o.present || []).map(s => [s, count(s)])) }; };
const qs = singles.map((o, i) => {
  const id = `p50-${String(i + 1).padStart(3, '0')}`; ev(id, o);
  return { id, doc: DOC, ...pick(o, ['kind', 'q', 'must', 'passage', 'refuse', 'note']) };
});
const cs = conversations.map((o, i) => {
  const id = `p50c${String(i + 1).padStart(2, '0')}`; ev(id, o);
  return { id, doc: DOC, kind: 'multi', ...pick(o, ['turns', 'must', 'refuse', 'note']) };
});
fs.writeFileSync(path.join(HERE, 'questions.jsonl'), qs.map(o => JSON.stringify(o)).join('\n') + '\n');
fs.writeFileSync(path.join(HERE, 'conversations.jsonl'), cs.map(o => JSON.stringify(o)).join('\n') + '\n');
fs.writeFileSync(path.join(SRC, 'refusal_evidence.json'), JSON.stringify({ _comment: 'Occurrences of each key string in the folded document (pinyin glosses removed, traditional->simplified via src/fold_map.json, white space removed). "absent" strings must all be 0; "present" shows related wording that does occur.', document: KNOWLEDGE, cases: evidence }, null, 1) + '\n');
for (const [id, e] of Object.entries(evidence)) for (const [s, n] of Object.entries(e.absent)) if (n) console.log(`!! ${id}: "${s}" occurs ${n}x`);
console.log(`wrote ${qs.length} questions, ${cs.length} conversations, ${Object.keys(evidence).length} refusal evidence entries`);
