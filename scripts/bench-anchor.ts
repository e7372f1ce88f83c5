// The anchor, measured on the same files: what a TypeScript developer would reach for —
// MiniSearch with a jieba tokenizer over fixed 300-character chunks of the same normalised
// documents. Run by `npm run bench -- --anchor` in its own process (its memory is its own); prints
// one JSON line: build time, chunks, RSS, query p50/p99 over the dev questions, and how often the
// first result holds the dev case's passage.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import MiniSearch from 'minisearch';
import { parseCases } from '../src/answer/grade.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { normalizeQuery, toSimplified } from '../src/text/normalize.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: bench-anchor.ts KNOWLEDGE_DIR');
const DEV = path.resolve(import.meta.dirname, '../../shared/eval/dev.jsonl');

const started = performance.now();
const jieba = Jieba.withDict(dict);
const tokenize = (text: string) => jieba.cutForSearch(text, true).filter((t) => /[\p{L}\p{N}]/u.test(t));
const { documents } = await loadKnowledge(dir);
const chunks: { id: number; text: string }[] = [];
for (const d of documents) for (let i = 0; i < d.text.length; i += 300) chunks.push({ id: chunks.length, text: d.text.slice(i, i + 300) });
const search = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], storeFields: ['text'], tokenize, processTerm: (t) => t.toLowerCase() });
search.addAll(chunks);
const buildMs = Math.round(performance.now() - started);
(globalThis as { gc?: () => void }).gc?.();
const rssMiB = Math.round(process.memoryUsage().rss / 2 ** 20);

const cases = existsSync(DEV) ? parseCases(readFileSync(DEV, 'utf8')) : [];
const times: number[] = [];
let first = 0;
let graded = 0;
for (let pass = 0; pass < 5; pass++) {
  for (const c of cases) {
    const q = normalizeQuery(c.q ?? c.turns?.at(-1) ?? '');
    const t = performance.now();
    const hits = search.search(q);
    times.push(performance.now() - t);
    if (pass === 0 && c.passage) {
      graded++;
      const fold = (s: string) => toSimplified(s).replace(/\s+/g, '');
      if (hits[0] && fold(String(hits[0].text)).includes(fold(c.passage))) first++;
    }
  }
}
times.sort((a, b) => a - b);
const at = (p: number) => Math.round(times[Math.max(0, Math.ceil(p * times.length) - 1)] ?? NaN);
console.log(JSON.stringify({ buildMs, chunks: chunks.length, rssMiB, p50: at(0.5), p99: at(0.99), r1: graded ? `${Math.round((100 * first) / graded)}%` : '—' }));
