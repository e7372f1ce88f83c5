// Lists, for each line of the seed (or the lines given as arguments), the gloss-free stretches of >= 10
// characters of the folded text: the only places a passage (10-30 chars) can be cut from so that it matches
// with and without the pinyin glosses. Scratch helper for writing cases; prints nothing of the doc to files.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const SRC = path.dirname(fileURLToPath(import.meta.url));
const map = JSON.parse(fs.readFileSync(path.join(SRC, 'fold_map.json'), 'utf8'));
const fold = s => [...s].map(c => map[c] ?? c).join('');
const GLOSS = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;
const lines = fs.readFileSync('/work/main/knowledge/盘锦市工业增长三年行动专项方案-新闻发布会解读.txt', 'utf8').split('\n');
const want = process.argv.slice(2).map(Number);
lines.forEach((l, i) => {
  if (want.length && !want.includes(i + 1)) return;
  const segs = fold(l).replace(/\s+/g, '').split(GLOSS).filter(s => [...s].length >= 10);
  console.log(`${i + 1}: ${segs.join(' | ')}`);
});
