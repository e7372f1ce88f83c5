import fs from 'fs';
import { questions, conversations } from './cases.mjs';
const out = new URL('..', import.meta.url).pathname;
const pad = n => String(n).padStart(2, '0');
const ql = questions.map((c, i) => JSON.stringify({ id: `p17-${pad(i + 1)}`, kind: c.kind, q: c.q,
  ...(c.refuse ? { refuse: true } : { must: c.must, passage: c.passage }), note: c.note }));
const cl = conversations.map((c, i) => JSON.stringify({ id: `p17-m${pad(i + 1)}`, kind: 'multi', turns: c.turns,
  ...(c.refuse ? { refuse: true } : { must: c.must, passage: c.passage }), note: c.note }));
fs.writeFileSync(out + 'questions.jsonl', ql.join('\n') + '\n');
fs.writeFileSync(out + 'conversations.jsonl', cl.join('\n') + '\n');
fs.writeFileSync(out + 'owners.json', '[]\n');
console.log('questions', ql.length, 'conversations', cl.length);
