// Writes questions.jsonl and conversations.jsonl from src/cases.mjs. Usage: node src/build.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { questions, conversations } from './cases.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const order = ['id', 'note', 'kind', 'q', 'turns', 'refuse', 'must', 'passage'];
const line = (c) => JSON.stringify(Object.fromEntries(order.filter((k) => k in c).map((k) => [k, c[k]])));
fs.writeFileSync(path.join(root, 'questions.jsonl'), questions.map(line).join('\n') + '\n');
fs.writeFileSync(path.join(root, 'conversations.jsonl'), conversations.map(line).join('\n') + '\n');
console.log(`wrote ${questions.length} questions, ${conversations.length} conversations`);
