// Rebuild questions.jsonl, conversations.jsonl and the proof files of suite laws38 from src/cases.mjs.
// Usage: node src/build.mjs   (LAWS_DIR overrides the corpus path /work/shared/corpus/laws)
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { LAWS, SINGLE, CONVS, REFUSAL_PROOF, CORPUS_ABSENT } from './cases.mjs';

const src = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(src);
const LAWS_DIR = process.env.LAWS_DIR || '/work/shared/corpus/laws';
const titleOf = (p) => path.basename(p).replace(/\.md$/, '').replace(/\(\d{4}-\d{2}-\d{2}\)$/, '');
const pad = (n) => String(n).padStart(2, '0');

const key = [['id', 'law file', 'article', 'passage or reason']];
const questions = SINGLE.map(([law, kind, q, must, passage, extra], i) => {
  const id = `lw38-${pad(i + 1)}`;
  const note = LAWS[law];
  if (!note) throw new Error(`${id}: unknown law ${law}`);
  key.push([id, note, kind === 'oos' ? 'refusal' : extra, kind === 'oos' ? extra : passage]);
  if (kind === 'oos') return { id, doc: titleOf(note), kind: 'oos', q, refuse: true, note };
  return { id, doc: titleOf(note), kind, q, must, passage, note };
});
const conversations = CONVS.map(([law, turns, must, passage, extra], i) => {
  const id = `lw38c${pad(i + 1)}`;
  const note = LAWS[law];
  if (!note) throw new Error(`${id}: unknown law ${law}`);
  key.push([id, note, must ? extra : 'refusal', must ? passage : extra]);
  if (!must) return { id, doc: titleOf(note), kind: 'multi', turns, refuse: true, note };
  return { id, doc: titleOf(note), kind: 'multi', turns, must, passage, note };
});

const jsonl = (rows) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
fs.writeFileSync(path.join(root, 'questions.jsonl'), jsonl(questions));
fs.writeFileSync(path.join(root, 'conversations.jsonl'), jsonl(conversations));
fs.writeFileSync(path.join(src, 'refusal_proof.json'), JSON.stringify(REFUSAL_PROOF, null, 2) + '\n');
fs.writeFileSync(path.join(src, 'corpus_absent.json'), JSON.stringify(CORPUS_ABSENT, null, 2) + '\n');
fs.writeFileSync(path.join(src, 'answer_key.tsv'), key.map((r) => r.join('\t')).join('\n') + '\n');

// Provenance: byte length, character count and SHA-256 of every law file used.
const rows = [['note', 'bytes', 'chars', 'sha256']];
for (const note of Object.values(LAWS)) {
  const buf = fs.readFileSync(path.join(LAWS_DIR, note));
  rows.push([note, buf.length, [...buf.toString('utf8')].length, createHash('sha256').update(buf).digest('hex')]);
}
fs.writeFileSync(path.join(src, 'sources.tsv'), rows.map((r) => r.join('\t')).join('\n') + '\n');
console.log(`wrote ${questions.length} questions, ${conversations.length} conversations, ${rows.length - 1} sources`);
