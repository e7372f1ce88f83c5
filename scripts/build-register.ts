// Regenerates src/retrieval/lexical/data/register.tsv: the words of written law and policy Chinese — every
// word of two or more Han characters jieba finds (search mode, as the index cuts) in a corpus of national
// laws, regulations and interpretations, with its count. The gate reads it to tell an everyday word no loaded
// text uses (`撑腰`, `打头`, `挪到`) from a subject of the genre the texts lack (`贴息`, `所得税`, `营业执照`).
// `npx tsx scripts/build-register.ts [corpus folder]` (default: ../shared/corpus/laws, 1,584 texts).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { REGISTER_FILE } from '../src/retrieval/lexical/register.ts';

const root = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'laws'));
const jieba = Jieba.withDict(dict);
const counts = new Map<string, number>();
let texts = 0;
const walk = (dir: string): void => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.(?:md|txt)$/u.test(e.name)) {
      texts++;
      for (const w of jieba.cutForSearch(readFileSync(p, 'utf8'), true)) if (/^\p{Script=Han}{2,}$/u.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
};
walk(root);
// A word general Chinese uses far more often than the laws do (`印象`, `孩子`, `好像`, `大体`: the laws use them
// now and then, as any text does) is no word of the register: asked and absent from the loaded texts, it is the
// asker's everyday wording, not a subject of the genre they lack. Kept: a word the laws use at least
// EVERYDAY_RATIO as often as general Chinese (jieba's dictionary counts, ≈60 million words), or one general
// Chinese does not count (a placeholder count of 5 or less). (EVERYDAY_RATIO in the environment tries another cut-off:
// over the eval, 0.5 answered 55 more questions and kept 14 fewer refusals, 1 answered 68 more and kept 18 fewer — the
// asker's paraphrase and the subject a text lacks are both words the laws use rarely, so 0.02 stays.)
const EVERYDAY_RATIO = Number(process.env.EVERYDAY_RATIO || 0.02);
if (!(EVERYDAY_RATIO > 0 && Number.isFinite(EVERYDAY_RATIO))) throw new Error(`EVERYDAY_RATIO must be a number above 0, not ${process.env.EVERYDAY_RATIO}`);
const UNCOUNTED = 5;
const general = new Map<string, number>();
let generalTotal = 0;
for (const line of readFileSync(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt'), 'utf8').split('\n')) {
  const [w, f] = line.split(' ');
  const n = Number(f);
  if (!w || !(n > 0)) continue;
  generalTotal += n;
  if (n > UNCOUNTED) general.set(w, n);
}
let lawsTotal = 0;
for (const c of counts.values()) lawsTotal += c;
let everyday = 0;
for (const [w, c] of counts) {
  const g = general.get(w);
  if (g !== undefined && c / lawsTotal < (EVERYDAY_RATIO * g) / generalTotal) {
    counts.delete(w);
    everyday++;
  }
}
const lines = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w, c]) => `${w}\t${c}`);
const head = `# Words of written law and policy Chinese: jieba search-mode words of two or more Han characters in ${texts} national laws, regulations and interpretations (${path.basename(root)}), with counts, less those general Chinese uses over ${1 / EVERYDAY_RATIO} times as often; made by scripts/build-register.ts`;
writeFileSync(REGISTER_FILE, `${head}\n${lines.join('\n')}\n`);
console.log(`${lines.length} words from ${texts} texts (${everyday} everyday words left out) → ${REGISTER_FILE}`);
