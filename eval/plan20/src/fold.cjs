// Folds the seed document: drops ASCII pinyin glosses "(shí)" and converts hk -> cn with opencc-js.
// Writes /tmp/plan20_folded.txt and src/fold_map.json (per-character map, verified to reproduce the
// phrase-level conversion for this text).
const fs = require('fs');
const path = require('path');
const OpenCC = require('/work/main/node_modules/opencc-js');
const SEED = '/work/shared/seed/000_87c328761f19b533.txt';
const GLOSS = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;
const raw = fs.readFileSync(SEED, 'utf8').replace(GLOSS, '');
const conv = OpenCC.Converter({ from: 'hk', to: 'cn' });
const folded = conv(raw);
fs.writeFileSync('/tmp/plan20_folded.txt', folded);
const map = {};
for (const c of new Set([...raw])) { const t = conv(c); if (t !== c) map[c] = t; }
const byMap = [...raw].map(c => map[c] ?? c).join('');
if (byMap !== folded) { console.error('char map differs from phrase conversion'); process.exit(1); }
fs.writeFileSync(path.join(__dirname, 'fold_map.json'), JSON.stringify(map, null, 0) + '\n');
console.log('ok', Object.keys(map).length, 'mapped chars;', (fs.readFileSync(SEED,'utf8').match(GLOSS)||[]).length, 'glosses dropped');
