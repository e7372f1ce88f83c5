// Writes ../questions.jsonl and ../conversations.jsonl from cases.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOC, singles, conversations } from './cases.mjs';
const HERE = path.dirname(fileURLToPath(import.meta.url));
const out = (f, rows) => fs.writeFileSync(path.join(HERE, '..', f), rows.map(r => JSON.stringify(r)).join('\n') + '\n');
const qs = singles.map((c, i) => {
  const id = `p34-${String(i + 1).padStart(2, '0')}`;
  return c.refuse ? { id, doc: DOC, kind: 'oos', q: c.q, refuse: true, note: c.note }
    : { id, doc: DOC, kind: c.kind, q: c.q, must: c.must, passage: c.passage, note: c.note };
});
const cs = conversations.map((c, i) => {
  const id = `p34-m${String(i + 1).padStart(2, '0')}`;
  return c.refuse ? { id, doc: DOC, kind: 'multi', turns: c.turns, refuse: true, note: c.note }
    : { id, doc: DOC, kind: 'multi', turns: c.turns, must: c.must, passage: c.passage, note: c.note };
});
out('questions.jsonl', qs); out('conversations.jsonl', cs);
console.log(`wrote ${qs.length} questions, ${cs.length} conversations`);
