// Writes questions.jsonl, conversations.jsonl and src/absent.json from src/cases.mjs. Run: node src/make.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOC, singles, conversations } from './cases.mjs';
const SRC = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.dirname(SRC);
const absent = {};
const q = singles.map((c, i) => {
  const id = `p40-${String(i + 1).padStart(2, '0')}`;
  if (c.refuse) { absent[id] = c.absent; return { id, doc: DOC, kind: 'oos', q: c.q, refuse: true, note: c.note }; }
  return { id, doc: DOC, kind: c.kind, q: c.q, must: c.must, passage: c.passage, note: c.note };
});
const cv = conversations.map((c, i) => {
  const id = `p40c${String(i + 1).padStart(2, '0')}`;
  if (c.refuse) { absent[id] = c.absent; return { id, doc: DOC, kind: 'multi', turns: c.turns, refuse: true, note: c.note }; }
  return { id, doc: DOC, kind: 'multi', turns: c.turns, must: c.must, note: c.note };
});
fs.writeFileSync(path.join(OUT, 'questions.jsonl'), q.map(o => JSON.stringify(o)).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'conversations.jsonl'), cv.map(o => JSON.stringify(o)).join('\n') + '\n');
fs.writeFileSync(path.join(SRC, 'absent.json'), JSON.stringify(absent, null, 1) + '\n');
console.log(`wrote ${q.length} questions, ${cv.length} conversations, ${Object.keys(absent).length} absence lists`);
