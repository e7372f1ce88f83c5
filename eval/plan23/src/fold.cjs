// Builds src/fold_map.json (char map traditional->simplified) and src/doc_folded.txt from the seed,
// using opencc-js hk->cn, and verifies that the char-level map reproduces the phrase-level conversion.
const fs = require('node:fs');
const path = require('node:path');
const OpenCC = require('/work/main/node_modules/opencc-js');
const SEED = '/work/shared/seed/000_87c328761f19b533.txt';
const GLOSS = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;
const raw = fs.readFileSync(SEED, 'utf8');
const clean = raw.replace(GLOSS, '');
const conv = OpenCC.Converter({ from: 'hk', to: 'cn' });
const folded = conv(clean);
const map = {};
for (const c of new Set([...clean])) { const s = conv(c); if (s !== c) map[c] = s; }
const byMap = [...clean].map(c => map[c] ?? c).join('');
if (byMap !== folded) { console.error('char map differs from phrase conversion'); process.exit(1); }
fs.writeFileSync(path.join(__dirname, 'fold_map.json'), JSON.stringify(map, null, 0) + '\n');
fs.writeFileSync(path.join(__dirname, 'doc_folded.txt'), folded);
console.log(`map entries ${Object.keys(map).length}; folded ${[...folded].length} chars; lines ${folded.split('\n').length}`);
