// Builds src/fold_map.json (char map) and src/doc_folded.txt from the seed, using opencc-js hk->cn.
// Pinyin glosses "(xxx)" are removed first; the nested gloss "(第二場(chǎng))" becomes "(第二场)".
// Verifies the per-character map reproduces the phrase-level conversion for this text.
const fs = require('fs');
const path = require('path');
const OpenCC = require('/work/main/node_modules/opencc-js');
const SEED = '/work/shared/seed/000_87c328761f19b533.txt';
const GLOSS = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;
const raw = fs.readFileSync(SEED, 'utf8');
const noGloss = raw.replace(GLOSS, '');
const conv = OpenCC.Converter({ from: 'hk', to: 'cn' });
const phrase = conv(noGloss);
const map = {};
for (const c of new Set([...noGloss])) { const d = conv(c); if (d !== c) map[c] = d; }
const byChar = [...noGloss].map(c => map[c] ?? c).join('');
if (byChar !== phrase) { console.error('char map differs from phrase conversion'); process.exit(1); }
fs.writeFileSync(path.join(__dirname, 'fold_map.json'), JSON.stringify(map, null, 0) + '\n');
fs.writeFileSync(path.join(__dirname, 'doc_folded.txt'), phrase);
console.log(`map entries ${Object.keys(map).length}; folded chars ${[...phrase.replace(/\s+/g, '')].length}; lines ${phrase.split('\n').length}`);
