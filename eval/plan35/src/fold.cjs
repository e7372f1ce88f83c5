// Fold the seed (traditional + pinyin glosses) to simplified text with opencc-js t->cn,
// and build src/fold_map.json (char map) verified to give the same result as phrase conversion.
// Usage: node src/fold.cjs [outfile]   (outfile: where to write the folded text for reading; default stdout-less)
const fs = require('fs');
const path = require('path');
const OpenCC = require('/work/main/node_modules/opencc-js');
const SEED = '/work/shared/seed/000_87c328761f19b533.txt';
const GLOSS = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;
const raw = fs.readFileSync(SEED, 'utf8').replace(GLOSS, '');
const conv = OpenCC.Converter({ from: 't', to: 'cn' });
const full = conv(raw);
const map = {};
for (const c of new Set([...raw])) { const d = conv(c); if (d !== c) map[c] = d; }
const byChar = [...raw].map(c => map[c] ?? c).join('');
if (byChar !== full) { console.error('char map differs from phrase conversion'); process.exit(1); }
fs.writeFileSync(path.join(__dirname, 'fold_map.json'), JSON.stringify(map, null, 0) + '\n');
if (process.argv[2]) fs.writeFileSync(process.argv[2], full);
console.log(`map ${Object.keys(map).length} chars; folded ${[...full].length} chars`);
