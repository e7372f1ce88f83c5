// Writes questions.jsonl and conversations.jsonl from src/cases.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOC, QUESTIONS, CONVERSATIONS } from './cases.mjs';
const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const pad = i => String(i + 1).padStart(2, '0');
const qs = QUESTIONS.map(([kind, q, must, passage, note], i) => {
  const o = { id: `p28-${pad(i)}`, doc: DOC, kind, q };
  if (must) Object.assign(o, { must, passage }); else o.refuse = true;
  o.note = note; return o;
});
const cs = CONVERSATIONS.map(([turns, must, passage, note], i) => {
  const o = { id: `p28-m${pad(i)}`, doc: DOC, kind: 'multi', turns };
  if (must) Object.assign(o, { must, passage }); else o.refuse = true;
  o.note = note; return o;
});
fs.writeFileSync(path.join(ROOT, 'questions.jsonl'), qs.map(o => JSON.stringify(o)).join('\n') + '\n');
fs.writeFileSync(path.join(ROOT, 'conversations.jsonl'), cs.map(o => JSON.stringify(o)).join('\n') + '\n');
console.log(`wrote ${qs.length} questions, ${cs.length} conversations`);
