// Writes ../questions.jsonl and ../conversations.jsonl from cases.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOC, questions, conversations } from './cases.mjs';
const HERE = path.dirname(fileURLToPath(import.meta.url));
const pad = i => String(i + 1).padStart(2, '0');
const q = questions.map((o, i) => {
  const { kind, q, refuse, must, passage, note } = o;
  return refuse ? { id: `p32-${pad(i)}`, doc: DOC, kind, q, refuse: true, note }
                : { id: `p32-${pad(i)}`, doc: DOC, kind, q, must, passage, note };
});
const c = conversations.map((o, i) => {
  const { turns, refuse, must, passage, note } = o;
  return refuse ? { id: `p32-m${pad(i)}`, doc: DOC, kind: 'multi', turns, refuse: true, note }
                : { id: `p32-m${pad(i)}`, doc: DOC, kind: 'multi', turns, must, passage, note };
});
fs.writeFileSync(path.join(HERE, '../questions.jsonl'), q.map(o => JSON.stringify(o)).join('\n') + '\n');
fs.writeFileSync(path.join(HERE, '../conversations.jsonl'), c.map(o => JSON.stringify(o)).join('\n') + '\n');
console.log(`wrote ${q.length} questions, ${c.length} conversations`);
