// Builds src/fold_map.json (traditional->simplified character map for the seed text) and
// src/doc_folded.txt (the seed with pinyin glosses dropped, folded with opencc-js hk->cn).
// Verifies that character-wise mapping equals opencc-js phrase-level conversion for this text.
const fs = require('node:fs');
const path = require('node:path');
const OpenCC = require('/work/main/node_modules/opencc-js');
const SEED = '/work/shared/seed/000_87c328761f19b533.txt';
const GLOSS = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;
const conv = OpenCC.Converter({ from: 'hk', to: 'cn' });
const raw = fs.readFileSync(SEED, 'utf8').replace(GLOSS, '');
const folded = conv(raw);
const map = {};
for (const c of new Set(raw)) { const s = conv(c); if (s !== c) map[c] = s; }
const charwise = [...raw].map(c => map[c] ?? c).join('');
if (charwise !== folded) { console.error('char-wise fold differs from phrase-level conversion'); process.exit(1); }
fs.writeFileSync(path.join(__dirname, 'fold_map.json'), JSON.stringify(map, null, 0) + '\n');
fs.writeFileSync(path.join(__dirname, 'doc_folded.txt'), folded);
console.log(`map entries ${Object.keys(map).length}; folded ${[...folded].length} chars; glosses removed ${(fs.readFileSync(SEED, 'utf8').match(GLOSS) || []).length}`);
