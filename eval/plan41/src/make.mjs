// node src/make.mjs : writes questions.jsonl, conversations.jsonl and src/absent.json from src/cases.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOC, QUESTIONS, CONVERSATIONS } from './cases.mjs';
const HERE = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const absent = {};
const q = QUESTIONS.map((c, i) => {
  const id = `p41-${String(i + 1).padStart(2, '0')}`;
  if (c.refuse) { absent[id] = c.absent; return { id, doc: DOC, kind: 'oos', q: c.q, refuse: true, note: c.note }; }
  return { id, doc: DOC, kind: c.kind, q: c.q, must: c.must, passage: c.passage, note: c.note };
});
const cv = CONVERSATIONS.map((c, i) => {
  const id = `p41c${String(i + 1).padStart(2, '0')}`;
  if (c.refuse) { absent[id] = c.absent; return { id, doc: DOC, kind: 'multi', turns: c.turns, refuse: true, note: c.note }; }
  return { id, doc: DOC, kind: 'multi', turns: c.turns, must: c.must, note: c.note };
});
const out = a => a.map(o => JSON.stringify(o)).join('\n') + '\n';
fs.writeFileSync(path.join(HERE, 'questions.jsonl'), out(q));
fs.writeFileSync(path.join(HERE, 'conversations.jsonl'), out(cv));
fs.writeFileSync(path.join(HERE, 'src/absent.json'), JSON.stringify(absent, null, 1) + '\n');
console.log(`wrote ${q.length} questions, ${cv.length} conversations, ${Object.keys(absent).length} refusal proofs`);
