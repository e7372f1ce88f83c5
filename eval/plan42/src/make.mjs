// Writes questions.jsonl, conversations.jsonl and src/absent.json from src/cases.mjs. Run: node src/make.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOC, Q, C } from './cases.mjs';
const HERE = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const absent = {};
const qs = Q.map((c, i) => {
  const id = `p42-${String(i + 1).padStart(2, '0')}`;
  if (c.refuse) { absent[id] = c.absent; const o = { id, doc: DOC, kind: 'oos', q: c.q, refuse: true }; if (c.mustNot) o.mustNot = c.mustNot; o.note = c.note; return o; }
  return { id, doc: DOC, kind: c.kind, q: c.q, must: c.must, passage: c.passage, note: c.note };
});
const cs = C.map((c, i) => {
  const id = `p42c${String(i + 1).padStart(2, '0')}`;
  if (c.refuse) { absent[id] = c.absent; return { id, doc: DOC, kind: 'multi', turns: c.turns, refuse: true, note: c.note }; }
  return { id, doc: DOC, kind: 'multi', turns: c.turns, must: c.must, note: c.note };
});
fs.writeFileSync(path.join(HERE, 'questions.jsonl'), qs.map(o => JSON.stringify(o)).join('\n') + '\n');
fs.writeFileSync(path.join(HERE, 'conversations.jsonl'), cs.map(o => JSON.stringify(o)).join('\n') + '\n');
fs.writeFileSync(path.join(HERE, 'src/absent.json'), JSON.stringify(absent, null, 1) + '\n');
console.log(`wrote ${qs.length} questions, ${cs.length} conversations, ${Object.keys(absent).length} absence lists`);
