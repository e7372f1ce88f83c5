// Builds questions.jsonl, conversations.jsonl and src/absent.json from src/cases.mjs,
// and src/absence_evidence.txt (occurrence counts of every refusal's key strings in the folded document).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOC, singles, conversations } from './cases.mjs';
const SRC = path.dirname(fileURLToPath(import.meta.url));
const HERE = path.join(SRC, '..');
const pick = (o, keys) => Object.fromEntries(keys.filter(k => o[k] !== undefined).map(k => [k, o[k]]));
const absent = {}, related = {};
const qs = singles.map((o, i) => {
  const id = `p47-${String(i + 1).padStart(2, '0')}`;
  if (o.absent) { absent[id] = o.absent; related[id] = o.present || []; }
  return { id, doc: DOC, ...pick(o, ['kind', 'q', 'must', 'passage', 'refuse', 'note']) };
});
const cs = conversations.map((o, i) => {
  const id = `p47c${String(i + 1).padStart(2, '0')}`;
  if (o.absent) { absent[id] = o.absent; related[id] = o.present || []; }
  return { id, doc: DOC, kind: 'multi', ...pick(o, ['turns', 'must', 'refuse', 'note']) };
});
fs.writeFileSync(path.join(HERE, 'questions.jsonl'), qs.map(o => JSON.stringify(o)).join('\n') + '\n');
fs.writeFileSync(path.join(HERE, 'conversations.jsonl'), cs.map(o => JSON.stringify(o)).join('\n') + '\n');
fs.writeFileSync(path.join(SRC, 'absent.json'), JSON.stringify(absent, null, 1) + '\n');
// absence evidence against the folded document (glosses removed, white space removed)
const map = JSON.parse(fs.readFileSync(path.join(SRC, 'fold_map.json'), 'utf8'));
const GLOSS = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;
const raw = fs.readFileSync('/work/shared/seed/000_87c328761f19b533.txt', 'utf8');
const doc = [...raw.replace(GLOSS, '')].map(c => map[c] ?? c).join('').replace(/\s+/g, '');
let ev = 'Absence evidence: occurrences of each key string in the folded seed document (glosses removed, no white space).\n';
ev += 'Related strings that DO occur are listed too, to show what the text says instead.\n\n';
for (const [id, list] of Object.entries(absent)) {
  ev += `${id}: ` + list.map(s => `${s}=${doc.split(s).length - 1}`).join(' ') + '\n';
  if (related[id]) ev += `  present: ` + related[id].map(s => `${s}=${doc.split(s).length - 1}`).join(' ') + '\n';
}
fs.writeFileSync(path.join(SRC, 'absence_evidence.txt'), ev);
console.log(`wrote ${qs.length} questions, ${cs.length} conversations, ${Object.keys(absent).length} absence lists`);
