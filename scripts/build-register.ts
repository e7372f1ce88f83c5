// Regenerates src/retrieval/lexical/data/register.tsv: the words of written law and policy Chinese — every
// word of two or more Han characters jieba finds (search mode, as the index cuts) in a corpus of national
// laws, regulations and interpretations, with its count. The gate reads it to tell an everyday word no loaded
// text uses (`撑腰`, `打头`, `挪到`) from a subject of the genre the texts lack (`贴息`, `所得税`, `营业执照`).
// `npx tsx scripts/build-register.ts [corpus folder]` (default: ../shared/corpus/laws, 1,584 texts).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
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
const lines = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w, c]) => `${w}\t${c}`);
const head = `# Words of written law and policy Chinese: jieba search-mode words of two or more Han characters in ${texts} national laws, regulations and interpretations (${path.basename(root)}), with counts; made by scripts/build-register.ts`;
writeFileSync(REGISTER_FILE, `${head}\n${lines.join('\n')}\n`);
console.log(`${lines.length} words from ${texts} texts → ${REGISTER_FILE}`);
